/**
 * `go-env-guard tune plan|apply|restore [--state FILE] [--json]` (CONTRACT.md), plus:
 *   --dir DIR          where the Go module is (for the probes; default .)
 *   --rule ID[,ID...]  fix these rules (only these), as if a failing test had been diagnosed with them
 *   --report FILE      also fix the causes in a JSON report (`explain --json`, the action's report)
 * plan: print the steps; apply: perform the automatic ones and record the originals in the state file;
 * restore: put them back (idempotent). Exit: 0; 1 when a step failed; 2 bad usage or unreadable input.
 */
import type { Io } from './cli.js'
import type { Host } from '../host/host.js'
import { runPreflight } from '../pipeline/preflight.js'
import type { Report } from '../report/model.js'
import { applyPlan } from '../remediate/apply.js'
import { planTune } from '../remediate/plan.js'
import { restoreState } from '../remediate/restore.js'
import { defaultStatePath, readStateFile } from '../remediate/state.js'
import { oneLine } from '../remediate/oneline.js'
import { applyLines, planLines, restoreLines } from '../remediate/view.js'
import { parseArgs, str, UsageError } from './args.js'
import { flagSpec } from './help.js'

const ACTIONS = ['plan', 'apply', 'restore'] as const
type TuneAction = (typeof ACTIONS)[number]

async function readReport(host: Host, path: string): Promise<Report> {
  let text: string
  try {
    text = await host.readFile(path, 64 << 20)
  } catch (e) {
    throw new Error(`--report ${path}: cannot read it (${e instanceof Error ? e.message : String(e)})`, {
      cause: e
    })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`--report ${path} is not JSON: ${(e as Error).message}`, { cause: e })
  }
  const r = parsed as Partial<Report> | null
  if (!r || typeof r !== 'object' || r.version !== 1 || !Array.isArray(r.failures))
    throw new Error(`--report ${path} is not a go-env-guard JSON report (version 1)`)
  return r as Report
}

export async function tuneCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagSpec('tune'))
  const action = (positionals[0] ?? 'plan') as TuneAction
  if (!ACTIONS.includes(action))
    throw new UsageError(`tune takes plan, apply or restore (got "${positionals[0]}")`)
  if (positionals.length > 1)
    throw new UsageError(`tune ${action} takes no further arguments (got "${positionals[1]}")`)
  const json = flags['json'] === true
  const statePath = str(flags['state']) ?? defaultStatePath(host.env)
  if (!statePath && action !== 'plan')
    throw new UsageError('no state file: pass --state FILE (neither RUNNER_TEMP nor HOME is set)')

  if (action === 'restore') {
    const loaded = await readStateFile(host, statePath!)
    if (!loaded) {
      if (json)
        io.out(
          JSON.stringify({ action, statePath, outcomes: [], warnings: [], note: 'no state file' }, null, 2) +
            '\n'
        )
      else io.out(`Nothing to restore: no state file at ${statePath}.\n`)
      return 0
    }
    const result = await restoreState(host, loaded.state, { statePath: statePath! })
    const warnings = [...loaded.warnings, ...result.warnings]
    if (json)
      io.out(
        JSON.stringify(
          { action, statePath, outcomes: result.outcomes, alreadyHandled: result.alreadyHandled, warnings },
          null,
          2
        ) + '\n'
      )
    else
      io.out(
        [...loaded.warnings.map(w => oneLine(`warning: ${w}`)), ...restoreLines(result)].join('\n') + '\n'
      )
    return result.outcomes.some(o => o.status === 'failed') ? 1 : 0
  }

  const rules = (str(flags['rule']) ?? '')
    .split(',')
    .map(r => r.trim())
    .filter(Boolean)
  for (const r of rules)
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(r)) throw new UsageError(`--rule: "${r}" is not a rule id`)
  const reportPath = str(flags['report'])
  const report = reportPath ? await readReport(host, reportPath) : null
  const dir = str(flags['dir']) ?? '.'
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`)
  })
  const { facts, findings } = await runPreflight(host, { dir, goProbe: 'off', dockerfiles: [] })
  // With --rule, only those rules are acted on: `tune apply --rule somaxconn-backlog` must not also
  // raise an inotify limit because the preflight happened to find one.
  const keep = (rule: string): boolean => rules.length === 0 || rules.includes(rule)
  const plan = planTune({
    facts,
    findings: [...findings, ...(report?.findings ?? [])].filter(f => keep(f.rule)),
    causes: (report?.failures ?? []).flatMap(f => f.causes ?? []).filter(c => keep(c.rule)),
    rules,
    env: host.env
  })

  if (action === 'plan') {
    if (json) io.out(JSON.stringify({ action, plan }, null, 2) + '\n')
    else io.out(planLines(plan).join('\n') + '\n')
    return 0
  }

  const previous = await readStateFile(host, statePath!)
  const result = await applyPlan(host, plan, { statePath: statePath!, state: previous?.state ?? null })
  const warnings = [...(previous?.warnings ?? []), ...result.warnings]
  if (json)
    io.out(
      JSON.stringify(
        {
          action,
          statePath,
          plan,
          outcomes: result.outcomes.map(o => ({ ...o, step: o.step.key, kind: o.step.kind })),
          env: result.env,
          privilege: result.privilege,
          warnings
        },
        null,
        2
      ) + '\n'
    )
  else {
    const lines = [...(previous?.warnings ?? []).map(w => oneLine(`warning: ${w}`)), ...applyLines(result)]
    if (result.state.changes.some(c => c.status === 'applied'))
      lines.push(
        `Originals recorded in ${statePath}; put them back with: go-env-guard tune restore --state ${statePath}`
      )
    if (plan.steps.length === 0) lines.unshift(...planLines(plan))
    io.out(lines.join('\n') + '\n')
  }
  return result.outcomes.some(o => o.status === 'failed') ? 1 : 0
}
