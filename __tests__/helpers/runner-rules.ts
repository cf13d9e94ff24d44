/**
 * What the GitHub Actions runner does with a step's output, to count the workflow commands a hostile
 * input could issue through us. From actions/runner (src/Runner.Worker/Handlers/OutputManager.cs,
 * src/Runner.Worker/ActionCommandManager.cs, src/Runner.Common/ActionCommand.cs):
 * - stdout and stderr are read line by line with .NET's StreamReader.ReadLine, which ends a line at
 *   \r, \n or \r\n;
 * - a line holding `##[` or `::` is offered to TryProcessCommand: first TryParseV2 (the line,
 *   TrimStart()ed, must start with `::`; the name runs to the next `::` or space; `k=v` properties
 *   split on `,`), then the legacy TryParse (`##[name k=v;k=v]data` anywhere in the line);
 * - names are matched case-insensitively against the registered commands;
 * - after `stop-commands` with data T, nothing is processed until a command named T.
 * Stricter than the runner on purpose: default-ignorable characters (zero-width spaces, joiners, bidi
 * marks) are deleted before parsing, as a culture-sensitive comparison might skip them, so an escape
 * that relies on one of them counts as live here.
 */

export const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
] as const

/** .NET Char.IsWhiteSpace, what TrimStart removes. */
const DOTNET_WS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/
const IGNORABLE =
  // eslint-disable-next-line no-misleading-character-class -- the combining marks are listed on purpose
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g

export interface LiveCommand {
  /** 1-based line of the output. */
  line: number
  form: 'v2' | 'legacy'
  command: string
  properties: Record<string, string>
  data: string
  raw: string
}

export interface RunnerView {
  commands: LiveCommand[]
  /** The stop token still in force when the output ended (commands were off from there on). */
  stoppedAtEnd: string | null
}

function parseV2(line: string, known: Set<string>): Omit<LiveCommand, 'line' | 'raw'> | null {
  const m = line.replace(DOTNET_WS, '')
  if (!m.startsWith('::')) return null
  const end = m.indexOf('::', 2)
  if (end < 0) return null
  const info = m.slice(2, end)
  const sp = info.indexOf(' ')
  const command = sp < 0 ? info : info.slice(0, sp)
  if (!known.has(command.toLowerCase())) return null
  const properties: Record<string, string> = {}
  if (sp > 0)
    for (const p of info
      .slice(sp + 1)
      .trim()
      .split(',')) {
      const eq = p.indexOf('=')
      if (eq > 0) properties[p.slice(0, eq)] = p.slice(eq + 1)
    }
  return { form: 'v2', command, properties, data: m.slice(end + 2) }
}

function parseLegacy(line: string, known: Set<string>): Omit<LiveCommand, 'line' | 'raw'> | null {
  const at = line.indexOf('##[')
  if (at < 0) return null
  const rb = line.indexOf(']', at)
  if (rb < 0) return null
  const info = line.slice(at + 3, rb)
  const sp = info.indexOf(' ')
  const command = sp < 0 ? info : info.slice(0, sp)
  if (!known.has(command.toLowerCase())) return null
  const properties: Record<string, string> = {}
  if (sp > 0)
    for (const p of info.slice(sp + 1).split(';')) {
      const eq = p.indexOf('=')
      if (eq > 0) properties[p.slice(0, eq)] = p.slice(eq + 1)
    }
  return { form: 'legacy', command, properties, data: line.slice(rb + 1) }
}

/** The commands the runner would process in `output` (one step's stdout and stderr). */
export function runnerView(output: string): RunnerView {
  const known = new Set<string>(REGISTERED)
  const commands: LiveCommand[] = []
  let stopped: string | null = null
  const lines = output.split(/\r\n|\r|\n/)
  lines.forEach((raw, i) => {
    const line = raw.replace(IGNORABLE, '')
    if (!line.includes('##[') && !line.includes('::')) return
    const cmd = parseV2(line, known) ?? parseLegacy(line, known)
    if (!cmd) return
    if (stopped !== null) {
      if (cmd.command.toLowerCase() === stopped.toLowerCase()) {
        known.delete(stopped.toLowerCase())
        stopped = null
      }
      return
    }
    commands.push({ ...cmd, line: i + 1, raw })
    if (cmd.command.toLowerCase() === 'stop-commands') {
      stopped = cmd.data
      known.add(cmd.data.toLowerCase())
    }
  })
  return { commands, stoppedAtEnd: stopped }
}

/** Properties the toolkit's annotations use (core.error/warning/notice). */
const OUR_PROPERTIES = new Set(['title', 'file', 'line', 'endLine', 'col', 'endColumn'])
/** Commands go-env-guard never prints: outputs and state go through GITHUB_OUTPUT / GITHUB_STATE. */
const NEVER_OURS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'echo',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output'
])

/**
 * The live commands that cannot be the product's own: the legacy form (never written), a name not in
 * lower case, a command the product never prints, a property the toolkit never writes (hostile
 * payloads carry `pwnkey=1`), a stop token that is not one of ours (32 hex digits), or output that
 * ends with commands switched off. Each is described in one line.
 */
export function foreignCommands(output: string): string[] {
  const view = runnerView(output)
  const out: string[] = []
  for (const c of view.commands) {
    const why =
      c.form === 'legacy'
        ? 'legacy ##[ form'
        : c.command !== c.command.toLowerCase()
          ? 'name not in lower case'
          : NEVER_OURS.has(c.command)
            ? 'a command the product never prints'
            : Object.keys(c.properties).some(k => !OUR_PROPERTIES.has(k))
              ? 'a property the toolkit never writes'
              : c.command === 'stop-commands' && !/^[0-9a-f]{32}$/.test(c.data)
                ? 'a stop token that is not ours'
                : null
    if (why) out.push(`line ${c.line}: ${why}: ${JSON.stringify(c.raw.slice(0, 200))}`)
  }
  if (view.stoppedAtEnd !== null) out.push(`commands still stopped at the end (token ${view.stoppedAtEnd})`)
  return out
}

/**
 * Hostile lines: every registered command, in odd case and in lower case with a `pwnkey` property,
 * behind each kind of leading blank the runner trims (and some it does not but a lax parser might),
 * after a \r, and in the legacy form at the start and in the middle of a line.
 */
export function hostileLines(tag = 'x'): string[] {
  const leads = [
    '',
    '  ',
    '\t',
    '      ',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\u200b',
    '\ufeff',
    '\u0085',
    '\x1b[31m'
  ]
  const out: string[] = []
  for (const name of REGISTERED) {
    const odd = name.replace(/[a-z]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c))
    for (const lead of leads) {
      out.push(`${lead}::${odd}::${tag}`)
      out.push(`${lead}::${name} pwnkey=1::${tag}`)
    }
    out.push(`before\r::${name} pwnkey=1::${tag}`)
    out.push(`##[${name}]${tag}`)
    out.push(`text ##[${odd}]${tag}`)
    out.push(`#\u200b#[${name}]${tag}`)
  }
  out.push(`::stop-commands::evil${tag}`, `::add-mask::secret${tag}`)
  return out
}
