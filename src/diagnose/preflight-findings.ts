/**
 * Preflight: findings from the probed facts alone, before any test runs. Each catalog rule
 * with a `preflight` contributes; a rule that throws is skipped (reported through `onError`).
 */
import { rules as catalog } from '../catalog/index.js'
import { preflightOf, type Rule } from '../catalog/rule.js'
import type { Facts } from '../facts/types.js'
import { severityRank, type Finding } from '../core/model.js'

export interface PreflightFindingsOptions {
  rules?: readonly Rule[]
  onError?: (rule: string, error: unknown) => void
}

/** Findings sorted by severity (errors first), then rule id. */
export function preflight(facts: Facts, opts: PreflightFindingsOptions = {}): Finding[] {
  const out: Finding[] = []
  for (const rule of opts.rules ?? catalog) {
    if (typeof rule.preflight !== 'function') continue
    try {
      out.push(...preflightOf(rule, facts))
    } catch (e) {
      opts.onError?.(rule.id, e)
    }
  }
  return out.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.rule.localeCompare(b.rule)
  )
}
