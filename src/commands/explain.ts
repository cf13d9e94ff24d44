import { terminalStyle, type Io } from './cli.js'
import type { FactsSource } from '../report/view.js'
import type { Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import { explainFilesJson, explainRun, parseOutputFiles } from '../pipeline/explain.js'
import { runPreflight } from '../pipeline/preflight.js'
import { findingsFromJson } from '../report/json.js'
import { factsFromJson } from '../facts/from-json.js'
import { preflight } from '../diagnose/preflight-findings.js'
import type { Finding } from '../core/model.js'
import { renderTerminal } from '../report/render-terminal.js'
import { parseArgs, str, UsageError } from './args.js'
import { flagSpec } from './help.js'

export async function explainCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagSpec('explain'))
  if (typeof flags['facts'] === 'string' && flags['no-probe'])
    throw new UsageError('--facts and --no-probe exclude each other')
  const files = positionals.length ? positionals : ['-']
  if (files.filter(f => f === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once')
  for (const f of files) {
    if (f === '-') continue
    const st = await host.lstat(f).catch(() => null)
    if (!st) throw new Error(`cannot read ${f}: no such file`)
    if (st.kind === 'dir') throw new Error(`cannot read ${f}: it is a directory`)
  }
  // Never a silent wait: someone who typed `explain` at a prompt is told what it waits for.
  if (files.includes('-') && io.tty?.stdin)
    io.err(
      'go-env-guard: reading go test output from standard input (end with Ctrl-D; "go-env-guard explain --help" shows how to name a file)...\n'
    )
  const dir = str(flags['dir']) ?? '.'
  let facts: Facts | null = null
  let findings: Finding[] = []
  let source: FactsSource = {
    kind: 'none',
    why: "The diagnosis rests on the log alone; explain does not use this machine's facts unless asked (--facts here, or --facts FILE recorded where the tests ran)."
  }
  const factsFlag = str(flags['facts'])
  if (factsFlag === 'here') {
    // Asked for: this machine's facts, said to be this machine's.
    const pre = await runPreflight(host, { dir, goProbe: 'auto', dockerfiles: [] })
    facts = pre.facts
    findings = pre.findings
    source = { kind: 'here', asked: true }
  } else if (factsFlag !== undefined) {
    const path = factsFlag
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`)
    })
    facts = factsFromJson(text, path)
    // A report keeps its machine's findings (container-file lint included); bare facts give their own.
    findings = findingsFromJson(text) ?? preflight(facts)
    source = { kind: 'file', path }
  }
  let run
  if (flags['json']) run = await explainFilesJson(host, files, { dir, facts, findings }, t => io.out(t))
  else {
    run = await parseOutputFiles(host, files, dir)
    // With no input left to read there is no report to show, only the reasons.
    if ((run.unusable?.length ?? 0) < files.length)
      io.out(
        renderTerminal(explainRun(run, facts, findings).report, {
          ...terminalStyle(host.env, io),
          factsSource: source
        }) + '\n'
      )
  }
  return unusableInputs(run.unusable, io)
}

/** Exit 2 with a line per input that held no go test output (unreadable, binary, empty): never a green verdict. */
function unusableInputs(unusable: readonly { reason: string }[] | undefined, io: Io): number {
  if (!unusable?.length) return 0
  for (const u of unusable) io.err(`go-env-guard: ${u.reason}\n`)
  return 2
}
