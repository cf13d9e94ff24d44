import { terminalStyle, type Io } from './cli.js'
import { DEFAULT_DOCKERFILE_GLOBS } from '../dockerlint/default-globs.js'
import { failOnMet, type FailOn } from '../core/model.js'
import { trippedBy } from '../report/findings.js'
import type { Host } from '../host/host.js'
import { assembleReport, runPreflight } from '../pipeline/preflight.js'
import { parseArgs, str, UsageError } from './args.js'
import { flagSpec } from './help.js'
import { writeReportJson } from '../report/json.js'

export async function doctorCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagSpec('doctor'))
  if (positionals.length) throw new UsageError(`doctor takes no arguments (got "${positionals[0]}")`)
  const dir = str(flags['dir']) ?? '.'
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`)
  })
  const { facts, findings } = await runPreflight(host, {
    dir,
    goProbe: (str(flags['go-probe']) as 'auto' | 'off' | undefined) ?? 'auto',
    dockerfiles: DEFAULT_DOCKERFILE_GLOBS
  })
  const report = assembleReport({ facts, findings })
  if (flags['json']) writeReportJson(report, t => io.out(t))
  else {
    const { renderTerminal } = await import('../report/render-terminal.js')
    io.out(
      renderTerminal(report, {
        ...terminalStyle(host.env, io),
        factsSource: { kind: 'here' }
      }) + '\n'
    )
  }
  const failOn = (str(flags['fail-on']) as FailOn | undefined) ?? 'never'
  if (failOnMet(failOn, findings)) {
    io.err(`go-env-guard: --fail-on ${failOn} is met by ${trippedBy(failOn, findings)}\n`)
    return 1
  }
  return 0
}
