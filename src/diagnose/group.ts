/**
 * The one grouping of a run's failures by cause, with the run's conclusions applied: what every renderer
 * (terminal, summary, comment, annotations) and the `causes` output read, so a shared cause is said once.
 */
import {
  confidenceRank,
  type Cause,
  type Conclusion,
  type Confidence,
  type ReportFailure,
  type RunnerUp
} from '../core/model.js'

export interface CauseGroup {
  /** null: failures with no supported cause. */
  rule: string | null
  confidence: Confidence | null
  failures: ReportFailure[]
  /** Evidence and remedy of the group's cause (all in the group share the rule). */
  evidence: string[]
  remedy: string
  /** From the log alone: the other likely cause and the one check that tells them apart. */
  runnerUp?: RunnerUp
  /** Preflight findings that said the same before the tests ran. */
  explainedBy: string[]
}

/**
 * The cause a failure is grouped under: its own top cause, or, where the run as a whole says more
 * (`Report.conclusions`: the same EMFILE in several test processes, silent build failures beside ones
 * with a cause), the conclusion.
 */
function effectiveTop(f: ReportFailure, concluded: Conclusion | undefined): Cause | undefined {
  const own = f.causes[0]
  if (!concluded) return own
  if (own && confidenceRank(own.confidence) < confidenceRank(concluded.confidence)) return own
  const same = f.causes.find(c => c.rule === concluded.rule)
  return {
    rule: concluded.rule,
    confidence: concluded.confidence,
    evidence: [concluded.why, ...(same?.evidence ?? own?.evidence ?? [])],
    remedy: same?.remedy ?? '',
    ...(concluded.runnerUp ? { runnerUp: concluded.runnerUp } : {}),
    ...(same?.explainedBy ? { explainedBy: same.explainedBy } : {})
  }
}

/**
 * Groups failures by their most likely cause, with the run's conclusions applied. Order:
 * high-confidence causes first, then larger groups, then rule id; failures without a cause last.
 */
export function groupFailures(
  failures: readonly ReportFailure[],
  conclusions: readonly Conclusion[] = []
): CauseGroup[] {
  const concludedAt = new Map<number, Conclusion>()
  for (const c of conclusions) for (const i of c.failures) if (!concludedAt.has(i)) concludedAt.set(i, c)
  const byRule = new Map<string, CauseGroup>()
  const none: CauseGroup = {
    rule: null,
    confidence: null,
    failures: [],
    evidence: [],
    remedy: '',
    explainedBy: []
  }
  failures.forEach((f, i) => {
    const top = effectiveTop(f, concludedAt.get(i))
    if (!top) {
      none.failures.push(f)
      return
    }
    let g = byRule.get(top.rule)
    if (!g) {
      g = {
        rule: top.rule,
        confidence: top.confidence,
        failures: [],
        evidence: [],
        remedy: '',
        explainedBy: []
      }
      byRule.set(top.rule, g)
    }
    g.failures.push(f)
    if (confidenceRank(top.confidence) < confidenceRank(g.confidence)) g.confidence = top.confidence
    if (!g.remedy && top.remedy) g.remedy = top.remedy
    if (!g.runnerUp && top.runnerUp) g.runnerUp = top.runnerUp
    for (const e of top.explainedBy ?? [])
      if (!g.explainedBy.includes(e) && g.explainedBy.length < 4) g.explainedBy.push(e)
    for (const e of top.evidence) if (!g.evidence.includes(e) && g.evidence.length < 12) g.evidence.push(e)
  })
  // A group at medium or high has settled it: the runner-up of a low failure in it is moot.
  for (const g of byRule.values()) if (g.confidence !== 'low') delete g.runnerUp
  const groups = [...byRule.values()].sort(
    (a, b) =>
      confidenceRank(a.confidence) - confidenceRank(b.confidence) ||
      b.failures.length - a.failures.length ||
      (a.rule! < b.rule! ? -1 : 1)
  )
  if (none.failures.length > 0) groups.push(none)
  return groups
}
