/**
 * The two calls the action's steps make (docs/tuning.md):
 * - main: `tuneInMain` before the tests run: `tune: plan` plans, `tune: apply` plans and applies, and
 *   returns the variables to give the action's own `go test`;
 * - post: `restoreInPost` (post-if: always(), so also after failed tests) puts the sysctls back when
 *   `restore: true`.
 * Neither throws: problems become warnings in the result.
 *
 * Each use of the action (each step) has its own record, so two uses in one job, or two at once, never
 * overwrite each other's:
 * - a step id and a signing key, both random, made by main and saved in the step state (TuneRecord)
 *   before the first change, so a main killed half-way still tells post where its file is;
 * - the state file `$RUNNER_TEMP/go-env-guard/action-tune-state-<step id>.json`, written ahead of every
 *   change (atomically), each entry signed with the key (state.entryMac);
 * - the step state re-saved after each record (GITHUB_STATE is appended to; the last value wins).
 * The runner gives the step state to this step's post only, and no other step can write it, so its
 * entries are trusted; a file entry counts only with a valid signature. Post reads the file (the newer
 * of the two) and falls back to the saved step state when the file is missing, empty, truncated or not
 * JSON, and says so.
 */
import type { Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import type { Finding, ReportFailure } from '../core/model.js'
import type { TuneView } from './view.js'
import { applyPlan, type ApplyResult } from './apply.js'
import { oneLine } from './oneline.js'
import { planTune, type TunePlan } from './plan.js'
import { currentBootId } from './privilege.js'
import { restoreState, type RestoreResult } from './restore.js'
import {
  emptyState,
  macValid,
  newOwner,
  openChanges,
  parseState,
  readStateFile,
  type SysctlChange,
  type TuneState
} from './state.js'
import { applyLines, planLines, restoreLines, viewFromApply, viewFromPlan, viewFromRestore } from './view.js'

/** What main saves in the step state for its post step (core.saveState, see src/action/step-state.ts). */
export interface TuneRecord {
  version: 2
  /** Names this step's state file and, as `action:<id>`, its entries in the ledger. */
  stepId: string
  /** HMAC key (hex) for the entries of the state file. */
  macKey: string
  /** The state as last recorded; entries here are trusted. */
  state: TuneState | null
}

export const STEP_ID = /^[0-9a-f]{16,64}$/
const MAC_KEY = /^[0-9a-f]{64}$/

/** The action's state file for one step (distinct from the CLI's default, so a user's `tune apply` is theirs). */
export function actionStatePath(
  env: Readonly<Record<string, string | undefined>>,
  stepId: string
): string | null {
  const rt = env['RUNNER_TEMP']
  if (!STEP_ID.test(stepId)) return null
  return rt && rt.startsWith('/')
    ? `${rt.replace(/\/+$/, '')}/go-env-guard/action-tune-state-${stepId}.json`
    : null
}

export interface MainTuneInput {
  mode: 'off' | 'plan' | 'apply'
  restore: boolean
  facts: Facts | null
  findings: readonly Finding[]
  /** Diagnosed failures, when tuning after a run (their medium/high causes count). */
  failures?: readonly ReportFailure[]
  /** This step's id and signing key (random, made by main). */
  stepId: string
  macKey: string
  /** Saves the record in the step state (core.saveState); called before the first change and after each. */
  save: (record: TuneRecord) => void
}

export interface MainTuneResult {
  /** For RenderInput.tune; undefined with `tune: off`. */
  view: TuneView | undefined
  /** What was recorded (null: nothing changed). */
  state: TuneState | null
  /** Variables exported for the following steps; pass them to the action's own `go test` too. */
  env: Record<string, string>
  /** Lines for the log. */
  log: string[]
  /** For core.warning. */
  warnings: string[]
  plan: TunePlan | null
  apply: ApplyResult | null
}

export async function tuneInMain(host: Host, input: MainTuneInput): Promise<MainTuneResult> {
  const none: MainTuneResult = {
    view: undefined,
    state: null,
    env: {},
    log: [],
    warnings: [],
    plan: null,
    apply: null
  }
  if (input.mode === 'off') return none
  try {
    const plan = planTune({
      facts: input.facts,
      findings: input.findings,
      failures: input.failures ?? [],
      env: host.env
    })
    if (input.mode === 'plan') return { ...none, view: viewFromPlan(plan), log: planLines(plan), plan }
    const owner = newOwner('action', input.stepId)
    const record = (state: TuneState): TuneRecord => ({
      version: 2,
      stepId: input.stepId,
      macKey: input.macKey,
      state
    })
    const initial = emptyState(new Date(host.now()).toISOString(), await currentBootId(host), owner)
    const warnings: string[] = []
    // Before anything changes: post learns the step id (its state file) and the key even if main is
    // killed half-way through.
    if (plan.steps.some(s => s.auto && s.kind === 'sysctl'))
      try {
        input.save(record(initial))
      } catch (e) {
        warnings.push(`could not save the step state: ${oneLine(e instanceof Error ? e.message : String(e))}`)
      }
    const result = await applyPlan(host, plan, {
      statePath: actionStatePath(host.env, input.stepId),
      state: initial,
      owner,
      macKey: input.macKey,
      onRecord: state => input.save(record(state))
    })
    const changed = result.state.changes.length > 0 || result.state.env.length > 0
    return {
      view: viewFromApply(result, plan, { restore: input.restore }),
      state: changed ? result.state : null,
      env: result.env,
      log: applyLines(result),
      warnings: [...warnings, ...result.warnings],
      plan,
      apply: result
    }
  } catch (e) {
    const msg = `tune: ${e instanceof Error ? e.message : String(e)}`
    return { ...none, warnings: [msg], view: { mode: input.mode, steps: [], note: `Tuning failed: ${msg}` } }
  }
}

export interface PostTuneResult {
  view: TuneView | undefined
  log: string[]
  warnings: string[]
  restore: RestoreResult | null
}

/** The trusted record from the step state: a TuneRecord, or (older mains) a bare TuneState. */
function parseRecord(saved: unknown): {
  stepId: string | null
  macKey: string | null
  state: TuneState | null
  warnings: string[]
} {
  const none = { stepId: null, macKey: null, state: null, warnings: [] as string[] }
  if (!saved || typeof saved !== 'object') return none
  const r = saved as Partial<TuneRecord> & { changes?: unknown }
  if (Array.isArray(r.changes)) {
    const p = parseState(saved, 'the saved step state')
    return { ...none, state: p.state, warnings: p.warnings }
  }
  if (r.version !== 2 || typeof r.stepId !== 'string' || !STEP_ID.test(r.stepId))
    return { ...none, warnings: ['the saved step state has no usable tune record; nothing to restore'] }
  const macKey = typeof r.macKey === 'string' && MAC_KEY.test(r.macKey) ? r.macKey : null
  let state: TuneState | null = null
  const warnings: string[] = []
  if (r.state) {
    try {
      const p = parseState(r.state, 'the saved step state')
      state = p.state
      warnings.push(...p.warnings)
    } catch (e) {
      warnings.push(oneLine(e instanceof Error ? e.message : String(e)))
    }
  }
  return { stepId: r.stepId, macKey, state, warnings }
}

const sameEntry = (a: SysctlChange, b: SysctlChange): boolean => a.key === b.key && a.netns === b.netns

/**
 * This step's state: the file's entries whose signature holds, and the saved step state's entries for
 * any key the file has no good entry for. A file that is missing or unusable leaves the saved state
 * alone, with a warning saying so.
 */
async function loadStepState(
  host: Host,
  rec: ReturnType<typeof parseRecord>,
  path: string | null,
  warnings: string[]
): Promise<TuneState | null> {
  const trusted = rec.state
  if (!path) return trusted
  let file: { state: TuneState; warnings: string[] } | null = null
  let problem: string | null = null
  try {
    file = await readStateFile(host, path)
    if (!file) problem = `${path} is missing`
  } catch (e) {
    problem = oneLine(e instanceof Error ? e.message : String(e))
  }
  if (!file) {
    if (trusted && openChanges(trusted).length > 0)
      warnings.push(`tune state file unusable: ${problem}; restoring from the saved step state instead`)
    return trusted
  }
  warnings.push(...file.warnings)
  const bootId = trusted?.bootId ?? file.state.bootId
  const good: SysctlChange[] = []
  for (const c of file.state.changes) {
    if (rec.macKey && macValid(rec.macKey, c, bootId)) {
      good.push(c)
      continue
    }
    const fallback = trusted?.changes.find(t => sameEntry(t, c))
    warnings.push(
      `tampered: the entry for ${c.key} in ${path} does not carry this step's signature; refused (never written)${fallback ? '; the saved step state has it, and restore uses that' : ''}`
    )
  }
  const fromSaved = (trusted?.changes ?? []).filter(t => !good.some(g => sameEntry(g, t)))
  return {
    ...(trusted ?? file.state),
    bootId,
    changes: [...fromSaved, ...good].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    env: trusted?.env ?? []
  }
}

/**
 * Restores what main changed. `saved` is the step state's tune record (see TuneRecord). With
 * `restore: false`, lists what stays changed.
 */
export async function restoreInPost(
  host: Host,
  saved: unknown,
  opts: { restore: boolean }
): Promise<PostTuneResult> {
  const rec = parseRecord(saved)
  const warnings: string[] = [...rec.warnings]
  const path = rec.stepId ? actionStatePath(host.env, rec.stepId) : null
  let state: TuneState | null = null
  try {
    state = await loadStepState(host, rec, path, warnings)
  } catch (e) {
    warnings.push(`tune restore: ${oneLine(e instanceof Error ? e.message : String(e))}`)
  }
  if (!state || openChanges(state).length === 0) return { view: undefined, log: [], warnings, restore: null }
  if (!opts.restore) {
    const log = openChanges(state).map(c =>
      oneLine(`left changed (restore: false): ${c.key} = ${c.after} (was ${c.before})`)
    )
    return {
      view: {
        mode: 'apply',
        steps: openChanges(state).map(c => ({
          title: `${c.key} ${c.before} -> ${c.after}`,
          status: 'applied',
          detail: 'left changed: restore is false'
        })),
        note: "restore: false, so the changed kernel settings stay for the rest of the machine's life (or until reboot)."
      },
      log,
      warnings,
      restore: null
    }
  }
  try {
    const result = await restoreState(host, state, {
      statePath: path,
      ...(rec.stepId ? { owner: newOwner('action', rec.stepId) } : {}),
      ...(rec.macKey ? { macKey: rec.macKey } : {})
    })
    return {
      view: viewFromRestore(result),
      log: restoreLines(result),
      warnings: [...warnings, ...result.warnings],
      restore: result
    }
  } catch (e) {
    warnings.push(`tune restore: ${oneLine(e instanceof Error ? e.message : String(e))}`)
    return { view: undefined, log: [], warnings, restore: null }
  }
}
