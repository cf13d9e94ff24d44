/**
 * The two calls the action's entry points make (issue 7):
 * - main: `tuneInMain` before the tests run: `tune: plan` plans, `tune: apply` plans and applies, and
 *   returns the state to save (ActionState.tune) and the variables to give the action's own `go test`;
 * - post: `restoreInPost` (post-if: always(), so also after failed tests) puts the sysctls back when
 *   `restore: true`, from the saved action state or, if main died before saving it, the state file.
 * Neither throws: problems become warnings in the result.
 */
import type { Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import type { Finding, ReportFailure } from '../report/model.js'
import type { TuneView } from '../report/view.js'
import { applyPlan, type ApplyResult } from './apply.js'
import { planTune, type TunePlan } from './plan.js'
import { restoreState, type RestoreResult } from './restore.js'
import { openChanges, parseState, readStateFile, type TuneState } from './state.js'
import { applyLines, planLines, restoreLines, viewFromApply, viewFromPlan, viewFromRestore } from './view.js'

/** The action's own state file (distinct from the CLI's default, so a user's `tune apply` is theirs). */
export function actionStatePath(env: Readonly<Record<string, string | undefined>>): string | null {
  const rt = env['RUNNER_TEMP']
  return rt && rt.startsWith('/') ? `${rt.replace(/\/+$/, '')}/go-env-guard/action-tune-state.json` : null
}

export interface MainTuneInput {
  mode: 'off' | 'plan' | 'apply'
  restore: boolean
  facts: Facts | null
  findings: readonly Finding[]
  /** Diagnosed failures, when tuning after a run (their medium/high causes count). */
  failures?: readonly ReportFailure[]
}

export interface MainTuneResult {
  /** For RenderInput.tune; undefined with `tune: off`. */
  view: TuneView | undefined
  /** For ActionState.tune (null: nothing changed). */
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
    const result = await applyPlan(host, plan, { statePath: actionStatePath(host.env) })
    const changed = result.state.changes.length > 0 || result.state.env.length > 0
    return {
      view: viewFromApply(result, plan, { restore: input.restore }),
      state: changed ? result.state : null,
      env: result.env,
      log: applyLines(result),
      warnings: result.warnings,
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

/**
 * Restores what main changed. `saved` is ActionState.tune (opaque to the state module); when it is
 * missing, the action's state file is used. With `restore: false`, lists what stays changed.
 */
export async function restoreInPost(
  host: Host,
  saved: unknown,
  opts: { restore: boolean }
): Promise<PostTuneResult> {
  const warnings: string[] = []
  const path = actionStatePath(host.env)
  let state: TuneState | null = null
  try {
    // The file is written ahead of every change, so it is at least as new as the saved state.
    const file = path ? await readStateFile(host, path) : null
    if (file) {
      state = file.state
      warnings.push(...file.warnings)
    } else if (saved) {
      const p = parseState(saved, 'the saved action state')
      state = p.state
      warnings.push(...p.warnings)
    }
  } catch (e) {
    warnings.push(`tune restore: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (!state || openChanges(state).length === 0) return { view: undefined, log: [], warnings, restore: null }
  if (!opts.restore) {
    const log = openChanges(state).map(
      c => `left changed (restore: false): ${c.key} = ${c.after} (was ${c.before})`
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
    const result = await restoreState(host, state, { statePath: path })
    return {
      view: viewFromRestore(result),
      log: restoreLines(result),
      warnings: [...warnings, ...result.warnings],
      restore: result
    }
  } catch (e) {
    warnings.push(`tune restore: ${e instanceof Error ? e.message : String(e)}`)
    return { view: undefined, log: [], warnings, restore: null }
  }
}
