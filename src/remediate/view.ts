/**
 * Plan, apply and restore results as the renderers' TuneView (src/report/view.ts), and as plain text
 * lines for the CLI and the log. Pure.
 */
import type { ApplyResult, OutcomeStatus, StepOutcome } from './apply.js'
import type { PlanStep, TunePlan } from './plan.js'
import { oneLine } from './oneline.js'
import type { RestoreResult, RestoreStatus } from './restore.js'

export type TuneStepStatus = 'planned' | 'applied' | 'restored' | 'failed' | 'skipped' | 'pending-restore'

export interface TuneStep {
  /** What the step changes, e.g. `fs.inotify.max_user_instances 128 -> 1024`. */
  title: string
  /** The exact command or setting, shown in a code span. */
  command?: string
  status: TuneStepStatus
  detail?: string
}

export interface TuneView {
  mode: 'off' | 'plan' | 'apply'
  steps: TuneStep[]
  /** Said instead of, or after, the steps (e.g. why nothing could be applied). */
  note?: string
}

export function stepTitle(s: PlanStep): string {
  if (s.kind === 'snippet') {
    const what: Record<string, string> = {
      'runner-service-nofile': 'open-file limit of the runner service',
      'runner-service-tasksmax': 'task limit of the runner service',
      'runner-service-nproc': 'process limit of the runner service',
      'container-ulimit-nofile': 'open-file limit of the job container',
      'container-ulimit-nproc': 'process limit of the job container',
      'container-pids-limit': 'pids limit of the job container',
      'container-shm-size': '/dev/shm size of the container',
      'docker-ulimit-nofile': 'open-file limit of containers the tests start',
      'step-nofile': 'hard open-file limit of the test step',
      'ptrace-scope': 'kernel.yama.ptrace_scope'
    }
    return `${what[s.key] ?? s.key}${s.from ? ` (now ${s.from})` : ''}`
  }
  return `${s.key} ${s.from ?? '(unset)'} -> ${s.to}`
}

function detailOf(s: PlanStep, extra?: string): string {
  return [
    extra,
    s.reason,
    s.manual && extra !== s.manual ? s.manual : undefined,
    s.warning ? `Warning: ${s.warning}` : undefined
  ]
    .filter(Boolean)
    .join('. ')
}

export function viewFromPlan(plan: TunePlan): TuneView {
  const steps: TuneStep[] = plan.steps.map(s => ({
    title: stepTitle(s),
    command: s.command,
    status: 'planned',
    detail: detailOf(s, s.auto ? undefined : s.manual)
  }))
  const view: TuneView = { mode: 'plan', steps }
  if (plan.notes.length) view.note = plan.notes.join(' ')
  return view
}

const APPLY_STATUS: Record<OutcomeStatus, TuneStepStatus> = {
  applied: 'applied',
  unchanged: 'skipped',
  planned: 'planned',
  skipped: 'skipped',
  failed: 'failed'
}

export function viewFromApply(result: ApplyResult, plan: TunePlan, opts: { restore: boolean }): TuneView {
  const steps: TuneStep[] = result.outcomes.map((o: StepOutcome) => ({
    title: stepTitle(o.step),
    command: o.step.command,
    status:
      o.status === 'applied' && o.step.kind === 'sysctl' && opts.restore
        ? 'pending-restore'
        : APPLY_STATUS[o.status],
    detail: detailOf(o.step, o.detail)
  }))
  const notes = [...plan.notes, ...result.warnings]
  if (opts.restore && result.outcomes.some(o => o.status === 'applied' && o.step.kind === 'sysctl'))
    notes.push('Changed kernel settings are put back in the post step.')
  const view: TuneView = { mode: 'apply', steps }
  if (notes.length) view.note = notes.join(' ')
  return view
}

const RESTORE_STATUS: Record<RestoreStatus, TuneStepStatus> = {
  restored: 'restored',
  already: 'restored',
  'handed-over': 'skipped',
  'left-alone': 'skipped',
  skipped: 'skipped',
  failed: 'failed'
}

export function viewFromRestore(result: RestoreResult): TuneView {
  const steps: TuneStep[] = result.outcomes.map(o => ({
    title: `${o.key} ${o.after} -> ${o.before}`,
    status: RESTORE_STATUS[o.status],
    detail: o.detail
  }))
  const notes = [...result.warnings]
  if (result.outcomes.length === 0)
    notes.push(
      result.alreadyHandled > 0
        ? 'Nothing left to restore: every change was already put back.'
        : 'Nothing was changed, so nothing was restored.'
    )
  const view: TuneView = { mode: 'apply', steps }
  if (notes.length) view.note = notes.join(' ')
  return view
}

/** Plain text for the terminal and the log. */
export function planLines(plan: TunePlan): string[] {
  if (plan.steps.length === 0)
    return ['Nothing to tune: no finding has an allow-listed fix.', ...plan.notes.map(n => `note: ${n}`)]
  const out: string[] = []
  for (const s of plan.steps) {
    out.push(`${s.auto ? '*' : '-'} [${s.kind}] ${stepTitle(s)}`)
    out.push(`    why: ${s.reason}`)
    for (const line of s.command.split('\n')) out.push(`    $ ${line}`)
    if (!s.auto && s.manual) out.push(`    manual: ${s.manual}`)
    if (s.warning) out.push(`    warning: ${s.warning}`)
  }
  out.push('', '* = performed by `tune apply`; - = shown only')
  for (const n of plan.notes) out.push(`note: ${n}`)
  return out
}

/** Each line is made inert (oneLine): no value can start a line of its own in the log. */
export function applyLines(result: ApplyResult): string[] {
  const out = result.outcomes.map(o => `${o.status.padEnd(9)} ${stepTitle(o.step)}: ${o.detail}`)
  if (result.privilege) out.push(`privilege: ${result.privilege.detail}`)
  for (const w of result.warnings) out.push(`warning: ${w}`)
  return out.map(oneLine)
}

export function restoreLines(result: RestoreResult): string[] {
  const out = result.outcomes.map(o => `${o.status.padEnd(11)} ${o.key}: ${o.detail}`)
  if (result.outcomes.length === 0)
    out.push(
      result.alreadyHandled > 0
        ? 'Nothing left to restore: every change was already put back.'
        : 'Nothing to restore.'
    )
  for (const w of result.warnings) if (!result.outcomes.some(o => o.detail === w)) out.push(`warning: ${w}`)
  return out.map(oneLine)
}
