/**
 * Annotations for the diff view. GitHub shows at most 10 error, 10 warning and 10 notice annotations
 * per step (actions/toolkit docs/problem-matchers.md "Limitations"; community discussion #68471), and
 * drops `file` when it is not a path inside the repository. So we spend the slots on the most valuable
 * items first (failures with a high-confidence cause, then the rest, then findings by severity), put
 * them on the failing test's line with a repository-relative path, and count what did not fit so the
 * summary can say so.
 */
import { ellipsis, sanitize } from './escape.js'
import type { Cause, Finding, ReportFailure } from '../core/model.js'
import type { RuleInfo } from './view.js'
import { plainTitle, plural, testLabel } from './text.js'
import { ruleDocUrl, safeRelativePath, type LinkContext } from './links.js'
import { groupFailures } from '../diagnose/group.js'
import { confidenceRank, severityRank } from '../core/model.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file?: string
  startLine?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  notEmitted: number
}

export const ANNOTATIONS_PER_LEVEL = 10
const TITLE_MAX = 255
const MESSAGE_MAX = 4000

const clip = (s: string, n: number): string => ellipsis(sanitize(s), n)

export interface AnnotationInput {
  failures: readonly ReportFailure[]
  findings: readonly Finding[]
  links: LinkContext | null
  rules?: Record<string, RuleInfo>
  perLevel?: number
}

function failureAnnotation(f: ReportFailure, input: AnnotationInput): Annotation {
  const top = f.causes[0]
  const file = safeRelativePath(f.file) ?? undefined
  // `TestX failed`; a build or package failure's label already says it failed (`build failed`).
  const name = f.test ? `${f.test} failed` : testLabel(f)
  const lines: string[] = []
  let title: string
  if (top) {
    const info = input.rules?.[top.rule]
    title = `${name}: ${plainTitle(info?.title ?? top.rule)} (${top.confidence} confidence)`
    lines.push(
      `Likely cause: ${top.rule}${info && !info.environmental ? ' (in the code, not the runner)' : ''}.`
    )
    lines.push(...causeLines(top, input))
  } else {
    title = name
    lines.push(
      f.excerpt.trim() ? f.excerpt.trim() : `${f.kind} failure${f.package ? ` in ${f.package}` : ''}`
    )
  }
  return {
    level: 'error',
    title: clip(title, TITLE_MAX),
    message: clip(lines.join('\n'), MESSAGE_MAX),
    ...(file ? { file, ...(f.line && f.line > 0 ? { startLine: Math.floor(f.line) } : {}) } : {})
  }
}

/** A cause's evidence, its runner-up and check (log only), fix and doc link, one per line. */
function causeLines(top: Cause, input: AnnotationInput): string[] {
  const lines = top.evidence.slice(0, 4).map(e => `- ${e}`)
  if (top.runnerUp)
    lines.push(`Or: ${top.runnerUp.rule}; the log alone cannot tell them apart. Check: ${top.runnerUp.check}`)
  if (top.remedy) lines.push(`Fix: ${top.remedy}`)
  const doc = ruleDocUrl(input.links, top.rule)
  if (doc) lines.push(doc)
  return lines
}

/** One annotation for failures that have no line: per cause group, attached to the run. */
function groupAnnotation(rule: string | null, failures: ReportFailure[], input: AnnotationInput): Annotation {
  const top = failures[0]!.causes[0]
  const names = failures.slice(0, 10).map(testLabel)
  const more = failures.length > names.length ? ` and ${failures.length - names.length} more` : ''
  const info = rule ? input.rules?.[rule] : undefined
  const lines = [`${plural(failures.length, 'failure')}: ${names.join(', ')}${more}.`]
  if (top) {
    lines.push(...causeLines(top, input))
  } else {
    for (const f of failures.slice(0, 3)) if (f.excerpt.trim()) lines.push(clip(f.excerpt.trim(), 1200))
  }
  return {
    level: 'error',
    title: clip(
      rule
        ? `Likely cause: ${plainTitle(info?.title ?? rule)} (${top?.confidence})`
        : 'Failures not linked to the environment',
      TITLE_MAX
    ),
    message: clip(lines.join('\n'), MESSAGE_MAX)
  }
}

function findingAnnotation(f: Finding, input: AnnotationInput): Annotation {
  const file = safeRelativePath(f.file) ?? undefined
  const lines = [f.message]
  for (const e of f.evidence.slice(0, 4)) lines.push(`- ${e}`)
  if (f.remedy) lines.push(`Fix: ${f.remedy}`)
  const doc = ruleDocUrl(input.links, f.rule)
  if (doc) lines.push(doc)
  return {
    level: f.severity,
    title: clip(`${plainTitle(f.title)} (${f.rule})`, TITLE_MAX),
    message: clip(lines.join('\n'), MESSAGE_MAX),
    ...(file ? { file, ...(f.line && f.line > 0 ? { startLine: Math.floor(f.line) } : {}) } : {})
  }
}

export function toAnnotations(input: AnnotationInput): AnnotationPlan {
  const cap = input.perLevel ?? ANNOTATIONS_PER_LEVEL
  // Failures on a source line get one each; failures without a line one per cause group. Best
  // explained first; the sort is stable, so go test's own order breaks ties.
  const ranked: { rank: number; a: Annotation }[] = []
  for (const f of input.failures) {
    if (safeRelativePath(f.file))
      ranked.push({ rank: confidenceRank(f.causes[0]?.confidence), a: failureAnnotation(f, input) })
  }
  const unlocated = input.failures.filter(f => !safeRelativePath(f.file))
  for (const g of groupFailures(unlocated)) {
    ranked.push({ rank: confidenceRank(g.confidence), a: groupAnnotation(g.rule, g.failures, input) })
  }
  const candidates = ranked.sort((x, y) => x.rank - y.rank).map(r => r.a)
  // Findings (Dockerfile ones on their lines), errors first; located ones before unlocated.
  const findings = [...input.findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || Number(!a.file) - Number(!b.file)
  )
  for (const f of findings) candidates.push(findingAnnotation(f, input))
  // Within each level, the earlier candidate is the more valuable one.
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  let notEmitted = 0
  for (const a of candidates) {
    if (used[a.level] < cap) {
      used[a.level]++
      annotations.push(a)
    } else notEmitted++
  }
  return { annotations, notEmitted }
}
