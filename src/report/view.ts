/**
 * What the renderers need beyond the JSON report: the links (./links.ts), how the run went, the rules'
 * titles, the tuning section and what the annotation budget left out. Built by the action's steps and
 * the CLI's commands; everything here is pure.
 */
import { ruleInfos } from '../catalog/index.js'
import type { Report } from './model.js'
import type { LinkContext } from './links.js'
import type { TuneView } from '../remediate/view.js'

export interface RuleInfo {
  title: string
  environmental: boolean
}

/** Title and kind of every catalog rule, by id: what the renderers name a cause with. */
export function defaultRuleInfo(): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = {}
  for (const r of ruleInfos()) out[r.id] = { title: r.title, environmental: r.environmental }
  return out
}

export type RunMode = 'go-test' | 'results' | 'preflight'

export interface RenderInput {
  report: Report
  mode: RunMode
  /** null outside Actions (CLI): no links. */
  links: LinkContext | null
  /** go test's exit code in `go-test` mode (null: killed or not started). */
  exitCode?: number | null
  /** Why the result may be incomplete (unreadable file, truncated input, missing results). */
  partial?: string[]
  tune?: TuneView
  /** Filled by the publisher after the annotation budget was applied. */
  annotations?: { emitted: number; notEmitted: number }
  rules?: Record<string, RuleInfo>
  /** Extra lines for the reader (a probe that failed, results mode, fork PR...). Trusted text. */
  notes?: string[]
  /** Where the facts came from, said in every surface (see provenanceText). */
  factsSource?: FactsSource
}

/**
 * Where the facts that back a diagnosis came from. A diagnosis made with another machine's facts is
 * wrong in a way the reader cannot see, so every surface names the source.
 */
export type FactsSource =
  | { kind: 'runner' }
  /** The main step's facts, read again by the post step on the same runner. */
  | { kind: 'main-step' }
  /** This machine (`doctor`, `test`; `explain --facts here`, where `asked` is set). */
  | { kind: 'here'; asked?: boolean }
  | { kind: 'file'; path: string }
  | { kind: 'none'; why: string }

/** When the facts were collected, to the second (`2026-01-02T03:04:05Z`), or '' when unknown. */
function collectedAt(facts: Report['facts']): string {
  return 'system' in facts && typeof facts.collectedAt === 'string'
    ? facts.collectedAt.replace(/\.\d+Z$/, 'Z')
    : ''
}

/** When and where a facts object was recorded, from its own fields: `at T on a github-hosted runner, kernel K`. */
function recorded(facts: Report['facts']): string {
  if (!('system' in facts)) return ''
  const parts: string[] = []
  const runner = facts.system.runner
  const kernel = facts.system.kernel
  if (runner && 'value' in runner) {
    if (runner.value.name) parts.push(`on runner ${runner.value.name.slice(0, 100)}`)
    else if (runner.value.kind !== 'not-actions') parts.push(`on a ${runner.value.kind} runner`)
    else parts.push('outside GitHub Actions')
  }
  if (kernel && 'value' in kernel) parts.push(`kernel ${kernel.value}`)
  const at = collectedAt(facts)
  return [at ? `recorded at ${at}` : 'recorded', ...parts].join(', ')
}

/** One sentence naming the facts' source: "Facts: this runner (probed at T)." */
export function provenanceText(source: FactsSource | undefined, facts: Report['facts']): string | null {
  if (!source) return null
  const at = collectedAt(facts)
  switch (source.kind) {
    case 'runner':
      return `Facts: this runner${at ? `, probed at ${at}` : ''}.`
    case 'main-step':
      return `Facts: this runner, recorded by the action's main step${at ? ` at ${at}` : ''} (before your test step).`
    case 'here':
      return `Facts: this machine${at ? `, probed at ${at}` : ''}${source.asked ? ' (--facts here): right only if the log was written on this machine' : ''}.`
    case 'file':
      return `Facts: file ${source.path} (${recorded(facts)}).`
    case 'none':
      return `Facts: none. ${source.why}`
  }
}
