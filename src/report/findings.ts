import { meetsFailOn, severityRank, type FailOn, type Finding } from '../core/model.js'
import { plural } from './text.js'

/** Findings in the order they are shown: errors first, then by rule id (stable within a rule). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

export interface FindingCounts {
  all: number
  error: number
  warning: number
  notice: number
  /** error + warning: the `findings` output, what fail-on and the headline count. */
  significant: number
}

/** The one place finding counts come from: the headline, the list heading and the outputs agree. */
export function findingCounts(findings: readonly Finding[]): FindingCounts {
  const c = { all: findings.length, error: 0, warning: 0, notice: 0, significant: 0 }
  for (const f of findings) c[f.severity]++
  c.significant = c.error + c.warning
  return c
}

/** `1 error, 2 warnings, 1 notice` (parts that are zero left out; `none` when all are). */
export function countsPhrase(c: FindingCounts): string {
  const parts: string[] = []
  if (c.error) parts.push(plural(c.error, 'error'))
  if (c.warning) parts.push(plural(c.warning, 'warning'))
  if (c.notice) parts.push(plural(c.notice, 'notice'))
  return parts.join(', ') || 'none'
}

/**
 * `2 preflight findings at warning or above (1 error, 1 warning)`: the one sentence every surface gives
 * for the significant findings. `emph` marks the count (bold in Markdown).
 */
export function significantPhrase(
  c: FindingCounts,
  noun = 'preflight finding',
  emph: (s: string) => string = s => s
): string {
  return `${emph(plural(c.significant, noun))} at warning or above (${countsPhrase({ ...c, notice: 0 })})`
}

/** The findings that meet `fail-on`, named: `nofile-limit (error), inotify-limit (warning)`. */
export function trippedBy(failOn: FailOn, findings: readonly Finding[]): string {
  const hit = findings.filter(f => meetsFailOn(failOn, f.severity))
  const ids = [...new Set(hit.map(f => `${f.rule} (${f.severity})`))]
  return ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '')
}
