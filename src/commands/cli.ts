/**
 * go-env-guard's command line: picks the command, keeps what it prints inert in CI, and turns bad usage
 * into one line and exit 2. src/cli.ts runs it.
 * Exit status: 0 success; doctor 1 when --fail-on is met; test: go test's status; 2 bad usage or
 * unreadable input, with a one-line reason on stderr.
 */
import { UsageError } from './args.js'
import type { Host } from '../host/host.js'
import { InertWriter } from '../report/escape.js'
import { VERSION } from '../core/version.js'
import { commandHelp } from './help.js'

export const USAGE = `go-env-guard ${VERSION}: explains why Go tests fail in CI.

Usage:
  go-env-guard doctor  [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]
  go-env-guard explain [FILE ...|-] [--dir DIR] [--facts FACTS.json] [--no-probe] [--json]
  go-env-guard test    [--dir DIR] [--json] -- <go test args>
  go-env-guard tune    plan|apply|restore [--state FILE] [--json]
  go-env-guard rules   [ID] [--json]

"go-env-guard COMMAND --help" explains a command and its options.
Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

Exit status: 0 success; doctor 1 when --fail-on is met; test exits with go test's status;
2 bad usage or unreadable input.`

export interface Io {
  out(text: string): void
  err(text: string): void
  /** What the streams are attached to (src/cli.ts fills it in); absent: not a terminal. */
  tty?: { stdout: boolean; stdin: boolean; columns: number | null }
}

/** Colour on a terminal; NO_COLOR (any non-empty value) turns it off, FORCE_COLOR (not 0/false) on. */
function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  return isTTY
}

/** The width to wrap at: the terminal's, or COLUMNS when set; null (no wrap) when not a terminal. */
function wrapWidth(env: Readonly<Record<string, string | undefined>>, io: Io): number | null {
  const cols = Number(env['COLUMNS'])
  if (Number.isInteger(cols) && cols >= 20) return cols
  return io.tty?.stdout && io.tty.columns && io.tty.columns >= 20 ? io.tty.columns : null
}

/** How the text report is drawn for `io`'s stdout: colour and wrap width, from one look at the terminal. */
export function terminalStyle(
  env: Readonly<Record<string, string | undefined>>,
  io: Io
): { color: boolean; width: number | null } {
  return { color: useColor(env, Boolean(io.tty?.stdout)), width: wrapWidth(env, io) }
}

/**
 * In CI the runner reads every line a step prints as a possible workflow command, and what the CLI
 * prints holds test output, test names and evidence from a pull request: there both streams go through
 * InertWriter (see inertText). GitHub Actions sets GITHUB_ACTIONS=true; most CI systems set CI.
 */
export function inCi(env: Readonly<Record<string, string | undefined>>): boolean {
  return (
    env['GITHUB_ACTIONS'] === 'true' || (env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false')
  )
}

export async function cli(argv: readonly string[], host: Host, rawIo: Io): Promise<number> {
  const [command, ...args] = argv
  if (!inCi(host.env)) return run(command, args, host, rawIo)
  const dashes = args.indexOf('--')
  const json = (dashes < 0 ? args : args.slice(0, dashes)).some(a => a === '--json')
  const out = new InertWriter(t => rawIo.out(t), json ? 'json' : 'text')
  const err = new InertWriter(t => rawIo.err(t))
  try {
    return await run(command, args, host, {
      out: t => out.write(t),
      err: t => err.write(t),
      ...(rawIo.tty ? { tty: rawIo.tty } : {})
    })
  } finally {
    out.end()
    err.end()
  }
}

async function run(command: string | undefined, args: string[], host: Host, io: Io): Promise<number> {
  try {
    // `COMMAND --help` / `-h` (before any `--`): the command's help, exit 0.
    const dashes = args.indexOf('--')
    const own = dashes < 0 ? args : args.slice(0, dashes)
    const help = command && own.some(a => a === '--help' || a === '-h') ? commandHelp(command) : null
    if (help) {
      io.out(help + '\n')
      return 0
    }
    switch (command) {
      // Each command is loaded when it runs, so that `doctor` does not parse the test-output parser,
      // the report renderers or the tuner (start-up time is most of what doctor costs).
      case 'doctor':
        return await (await import('./doctor.js')).doctorCommand(args, host, io)
      case 'explain':
        return await (await import('./explain.js')).explainCommand(args, host, io)
      case 'test':
        return await (await import('./test.js')).testCommand(args, host, io)
      case 'tune':
        return await (await import('./tune.js')).tuneCommand(args, host, io)
      case 'rules':
        return await (await import('./rules.js')).rulesCommand(args, host, io)
      case '--version':
      case 'version':
        io.out(VERSION + '\n')
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE + '\n')
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`)
    }
  } catch (e) {
    // One line, no stack: bad usage and unreadable input are the user's to fix, not a crash.
    const msg = e instanceof Error ? e.message : String(e)
    io.err(`go-env-guard: ${msg.split('\n')[0]}\n`)
    return 2
  }
}
