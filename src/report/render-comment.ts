/**
 * The sticky PR comment: short by design. The headline verdict, one line per cause with its fix and
 * link, the count of preflight findings, and a link to the run's summary, which has everything else
 * (evidence, excerpts, the tuning plan, the facts). The body starts with a hidden marker naming the
 * workflow, the job and the matrix leg (or `comment-key`), so each leg keeps exactly one comment and a
 * later clean run can mark it resolved. GitHub rejects bodies over 65,536 characters ("Body is too long
 * (maximum is 65536 characters)"; danger/danger#424): causes are dropped from the end until it fits.
 */
import { md, mdCode, truncate } from './escape.js'
import { mdRich, provenanceLines, verdict, type RenderedMarkdown } from './render-markdown.js'
import type { RenderInput } from './view.js'
import { groupFailures, type CauseGroup } from '../diagnose/group.js'
import { countsPhrase, findingCounts, significantPhrase } from './findings.js'
import { failuresPhrase, plural, testLabel } from './text.js'
import { ruleDocUrl } from './links.js'

export const COMMENT_MAX_CHARS = 65_536
/** Causes listed in the comment; the run summary lists all. */
const CAUSES_MAX = 20

/** Encoded so that a workflow or job name cannot end the HTML comment or fake another marker. */
const enc = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D')

/**
 * A matrix leg's key from `comment-key` (default `${{ toJSON(matrix) }}`): `null` or empty is no key;
 * a JSON object becomes `name=value,...` in key order; anything else is used as given. Bounded.
 */
export function commentKeyOf(raw: string | undefined): string {
  const t = (raw ?? '').trim()
  if (t === '' || t === 'null' || t === '{}') return ''
  try {
    const v = JSON.parse(t) as unknown
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const parts = Object.entries(v as Record<string, unknown>).map(
        ([k, x]) => `${k}=${typeof x === 'string' ? x : JSON.stringify(x)}`
      )
      return parts.join(',').slice(0, 300)
    }
  } catch {
    /* not JSON: the key as given */
  }
  return t.replace(/\s+/g, ' ').slice(0, 300)
}

export function stickyMarker(workflow: string, job: string, key = ''): string {
  return `<!-- go-env-guard:sticky workflow=${enc(workflow)} job=${enc(job)}${key ? ` key=${enc(key)}` : ''} -->`
}

/** Whether a comment body is ours for this workflow and job: the marker must open the body. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && (body.startsWith(marker + '\n') || body === marker)
}

export interface CommentIds {
  workflow: string
  job: string
  /** The matrix leg or `comment-key` (see commentKeyOf); empty for none. */
  key?: string
}

const NAMES_PER_LINE = 3

function names(g: CauseGroup): string {
  const list = g.failures.slice(0, NAMES_PER_LINE).map(f => mdCode(truncate(testLabel(f), 100)))
  const more = g.failures.length > list.length ? ` and ${g.failures.length - list.length} more` : ''
  return `${list.join(', ')}${more}`
}

/** One line per cause: title, id and confidence, what failed, the fix and the rule's page. */
function causeLine(g: CauseGroup, input: RenderInput): string {
  const n = failuresPhrase(g.failures)
  if (g.rule === null) return `- ${n} not linked to the runner's environment: ${names(g)}.`
  const info = input.rules?.[g.rule]
  const title = info ? `**${mdRich(info.title, 200)}**` : `**${mdCode(g.rule)}**`
  const code = info && !info.environmental ? ', in the code' : ''
  const fix = g.remedy ? ` Fix: ${mdRich(g.remedy.replace(/\s*\n\s*/g, ' '), 500)}` : ''
  const doc = ruleDocUrl(input.links, g.rule)
  return `- ${title} (${mdCode(g.rule)}, ${g.confidence} confidence${code}): ${n}, ${names(g)}.${fix}${doc ? ` [About ${mdCode(g.rule)}](${doc})` : ''}`
}

function closing(input: RenderInput): string[] {
  const c = findingCounts(input.report.findings)
  const run = input.links?.runUrl
  const where = run ? `[the run's summary](${run})` : "the run's job summary"
  const what = c.significant
    ? `${plural(c.significant, 'preflight finding')} at warning or above (${countsPhrase({ ...c, notice: 0 })}; ${c.all} in all)`
    : c.all
      ? `${plural(c.all, 'preflight notice')}`
      : 'no preflight findings'
  return [`${what}; evidence, test output, the tuning plan and the facts are in ${where}.`, '']
}

export function renderComment(
  input: RenderInput,
  ids: CommentIds,
  opts: { maxChars?: number } = {}
): RenderedMarkdown {
  const max = (opts.maxChars ?? COMMENT_MAX_CHARS) - 16
  const marker = stickyMarker(ids.workflow, ids.job, ids.key ?? '')
  const head = [marker, '## go-env-guard', '', verdict(input), '', ...provenanceLines(input)]
  const tail = [...closing(input), `<sub>go-env-guard ${md(input.report.tool.version)}</sub>`, '']
  const groups = groupFailures(input.report.failures, input.report.conclusions)
  const lines = groups.slice(0, CAUSES_MAX).map(g => causeLine(g, input))
  for (let n = lines.length; n >= 0; n--) {
    const left = groups.length - n
    const list = [
      ...lines.slice(0, n),
      ...(left ? [`- … and ${plural(left, 'more cause')} in the run's summary.`] : [])
    ]
    const markdown = [...head, ...list, ...(list.length ? [''] : []), ...tail].join('\n')
    if (markdown.length <= max)
      return {
        markdown,
        level: n === lines.length ? 0 : 1,
        cut: n === groups.length ? '' : 'causes were left out'
      }
  }
  // Not even the headline fits (a tiny maxChars): the marker and heading, cut.
  const markdown = truncate([...head, ...tail].join('\n'), Math.max(0, max), '… (cut to fit)')
  const keep = `${marker}\n## go-env-guard\n`
  return { markdown: markdown.startsWith(keep) ? markdown : keep, level: 2, cut: 'the comment was cut short' }
}

/** The body that replaces our comment when a later run of the same job has no failing test. */
export function renderResolvedComment(input: RenderInput, ids: CommentIds): string {
  const sha = input.links?.sha ? ` at ${mdCode(input.links.sha.slice(0, 12))}` : ''
  const run = input.links?.runUrl ? ` ([workflow run](${input.links.runUrl}))` : ''
  const c = findingCounts(input.report.findings)
  const tests = input.mode === 'preflight' ? '' : 'found no failing tests'
  const rest = c.significant
    ? `${tests ? `${tests}; ` : ''}${significantPhrase(c)} ${c.significant === 1 ? 'is' : 'are'} still open, listed in the run's summary`
    : `${tests ? `${tests} and ` : 'found '}no environmental problems at warning or above${c.notice ? ` (${plural(c.notice, 'notice')} in the run's summary)` : ''}`
  const head = c.significant ? '☑️ **Failures resolved.**' : '✅ **Resolved.**'
  return [
    stickyMarker(ids.workflow, ids.job, ids.key ?? ''),
    '## go-env-guard',
    '',
    `${head} The latest run${sha}${run} ${rest}.`,
    '',
    `<sub>go-env-guard ${md(input.report.tool.version)}</sub>`,
    ''
  ].join('\n')
}
