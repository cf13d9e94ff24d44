/**
 * What the renderers need beyond the JSON report: where links point, how the run went, the tuning
 * section and what the annotation budget left out. Built by the entry points (main/post, the CLI);
 * everything here is pure.
 */
import type { Report } from './model.js'
import type { LinkContext } from './links.js'
import type { TuneView } from '../remediate/view.js'

export interface RuleInfo {
  title: string
  environmental: boolean
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
