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
}
