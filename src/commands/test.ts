import { terminalStyle, type Io } from './cli.js'
import type { Facts } from '../facts/types.js'
import { formatLive } from '../gotest/index.js'
import type { Host } from '../host/host.js'
import { explainRun, writeExplainedJson } from '../pipeline/explain.js'
import { findRepoRoot } from '../probes/repo-root.js'
import { runPreflight, withGoProbe } from '../pipeline/preflight.js'
import { runGoTest } from '../pipeline/go-test.js'
import { probeCounters, withCountersNow } from '../probes/index.js'
import { renderTerminal } from '../report/render-terminal.js'
import { parseArgs, str, UsageError } from './args.js'
import { flagSpec } from './help.js'

/**
 * `go-env-guard test [--dir DIR] [--json] -- <go test args>`: runs `go test -json <args>` in DIR,
 * prints readable output as it arrives (to stderr with --json, so stdout stays one JSON document),
 * reads the cgroup counters before and after, diagnoses, and exits with go test's status.
 */
export async function testCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals, rest } = parseArgs(argv, flagSpec('test'))
  if (positionals.length) throw new UsageError(`put go test arguments after "--" (got "${positionals[0]}")`)
  const dir = str(flags['dir']) ?? '.'
  const json = flags['json'] === true
  const live = json ? io.err : io.out

  // The same facts as the action's go-test mode, Go runtime probe included (it names blocked syscalls);
  // it runs after the tests, whose build leaves the standard library in GOCACHE for it.
  let pre = await runPreflight(host, { dir, goProbe: 'off', dockerfiles: [] })
  let facts: Facts = pre.facts
  const before = await probeCounters(host, facts.cgroup)

  const { run, code, startError } = await runGoTest(host, rest, {
    cwd: dir,
    repoRoot: await findRepoRoot(host, dir),
    onEvent: e => {
      const line = formatLive(e)
      if (line !== null) live(line + '\n')
    },
    onStderr: live
  })
  if (startError) throw new Error(`could not start go test (${startError}); is Go on PATH?`)

  facts = await withCountersNow(host, facts, before)
  pre = await withGoProbe(host, pre, dir)
  facts = { ...facts, goProbe: pre.facts.goProbe }
  // The preflight findings of the same facts go with the report: a failure they explain shows them.
  if (json) writeExplainedJson(run, facts, pre.findings, t => io.out(t))
  else
    io.out(
      '\n' +
        renderTerminal(explainRun(run, facts, pre.findings).report, {
          ...terminalStyle(host.env, io),
          factsSource: { kind: 'here' }
        }) +
        '\n'
    )
  // go test's own status: 1 for failures, 2 for build/usage errors; a signal death maps to 1.
  return code ?? 1
}
