/** A small, strict argument parser: unknown flags are usage errors (exit 2), never ignored. */

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface FlagSpec {
  /** Flags that take a value (`--dir DIR` or `--dir=DIR`). */
  values?: readonly string[]
  /** Boolean flags. */
  booleans?: readonly string[]
  /** Allowed values per flag. */
  choices?: Readonly<Record<string, readonly string[]>>
  /** Whether `--` ends the flags and everything after it is passed through. */
  passthrough?: boolean
}

export interface ParsedArgs {
  flags: Record<string, string | true>
  positionals: string[]
  rest: string[]
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const flags: Record<string, string | true> = {}
  const positionals: string[] = []
  let rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      if (!spec.passthrough) throw new UsageError('unexpected "--"')
      rest = argv.slice(i + 1)
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      if (spec.values?.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
        if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`)
        const allowed = spec.choices?.[name]
        if (allowed && !allowed.includes(value)) {
          throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`)
        }
        flags[name] = value
      } else if (spec.booleans?.includes(name) && eq === -1) {
        flags[name] = true
      } else {
        throw new UsageError(`unknown option --${name}`)
      }
    } else if (arg.length > 1 && arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`)
    } else {
      positionals.push(arg)
    }
  }
  return { flags, positionals, rest }
}

export const str = (v: string | true | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined
