import { severityRank, type Finding } from '../core/model.js'

/** Findings in the order they are shown: errors first, then by rule id (stable within a rule). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

/** Findings at warning or above (the `findings` output). */
export const significantFindings = (findings: readonly Finding[]): Finding[] =>
  findings.filter(f => f.severity === 'error' || f.severity === 'warning')
