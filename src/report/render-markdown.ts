/**
 * The Markdown body shared by the job summary and the PR comment, rendered at a detail level. The
 * callers try levels from richest to leanest until the text fits their budget (dorny/test-reporter's
 * retry-then-trim, but stepwise: trim excerpts, drop them, drop the facts, then list names only) and
 * say what was cut.
 */
import type { Finding, ReportFailure } from '../core/model.js'
import { ellipsis, md, mdBlock, mdCode, truncate } from './escape.js'
import { factRows } from './facts-table.js'
import { provenanceText, type RenderInput } from './view.js'
import type { TuneStepStatus } from '../remediate/view.js'
import { environmentalCount, failuresPhrase, plural, testLabel } from './text.js'
import { countsPhrase, findingCounts, significantPhrase, sortFindings } from './findings.js'
import { ruleDocUrl, sourceUrl, type LinkContext } from './links.js'
import { groupFailures, type CauseGroup } from '../diagnose/group.js'

export interface DetailLevel {
  /** Characters of each failure's excerpt; 0 drops excerpts. */
  excerptChars: number
  /** Failures whose excerpt is shown at all. */
  excerptFailures: number
  evidenceMax: number
  testsPerGroup: number
  findingsMax: number
  facts: boolean
  /** What this level cut, for the reader (empty at full detail). */
  cut: string
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  {
    excerptChars: 4000,
    excerptFailures: 100,
    evidenceMax: 12,
    testsPerGroup: 300,
    findingsMax: 200,
    facts: true,
    cut: ''
  },
  {
    excerptChars: 1000,
    excerptFailures: 50,
    evidenceMax: 6,
    testsPerGroup: 200,
    findingsMax: 200,
    facts: true,
    cut: 'test output excerpts were trimmed'
  },
  {
    excerptChars: 0,
    excerptFailures: 0,
    evidenceMax: 4,
    testsPerGroup: 100,
    findingsMax: 100,
    facts: true,
    cut: 'test output excerpts were left out'
  },
  {
    excerptChars: 0,
    excerptFailures: 0,
    evidenceMax: 2,
    testsPerGroup: 50,
    findingsMax: 50,
    facts: false,
    cut: 'test output excerpts and the facts table were left out'
  },
  {
    excerptChars: 0,
    excerptFailures: 0,
    evidenceMax: 1,
    testsPerGroup: 10,
    findingsMax: 20,
    facts: false,
    cut: 'only test names are listed, at most 10 per cause; excerpts and the facts table were left out'
  }
]

/** Longest untrusted inline text we print (test names, messages, evidence lines). */
const NAME_MAX = 300
const TEXT_MAX = 1500

const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
const STATUS_TEXT: Record<TuneStepStatus, string> = {
  planned: 'planned',
  applied: '✅ applied',
  restored: '↩️ restored',
  failed: '❌ failed',
  skipped: 'skipped',
  'pending-restore': '⏳ restore pending'
}

/** Text with `code spans` kept as code and everything else escaped (remedies, messages). */
export function mdRich(text: string, max = TEXT_MAX): string {
  const t = ellipsis(text, max)
  return t
    .split(/(`[^`\n]+`)/)
    .map(part => (/^`[^`\n]+`$/.test(part) ? mdCode(part.slice(1, -1)) : md(part)))
    .join('')
}

function link(label: string, url: string | null): string {
  return url ? `[${label}](${url})` : label
}

/** How the verdict marks code and emphasis: Markdown for the summary and comment, nothing for the log. */
export interface VerdictFormat {
  code: (s: string) => string
  strong: (s: string) => string
}
export const MARKDOWN_VERDICT: VerdictFormat = { code: mdCode, strong: s => `**${s}**` }
export const PLAIN_VERDICT: VerdictFormat = { code: s => s, strong: s => s }

/** The headline: what failed and why, or that nothing did. */
export function verdict(input: RenderInput, fmt: VerdictFormat = MARKDOWN_VERDICT): string {
  const { code, strong } = fmt
  const { report } = input
  const failures = report.failures
  const counts = findingCounts(report.findings)
  const findingsText = counts.significant
    ? `; ${plural(counts.significant, 'preflight finding')} at warning or above`
    : ''
  if (failures.length > 0) {
    const env = environmentalCount(failures, input.rules)
    const rules = groupFailures(failures, report.conclusions)
      .filter(g => g.rule !== null)
      .slice(0, 3)
      .map(g => `${code(g.rule!)} (${g.confidence})`)
    const linked =
      env > 0
        ? `${env} linked to a likely environmental cause: ${rules.join(', ')}`
        : rules.length
          ? `none linked to the runner; causes in the code: ${rules.join(', ')}`
          : "none linked to the runner's environment"
    return `❌ ${strong(`${failuresPhrase(failures)} in ${code('go test')}`)}, ${linked}${findingsText}.`
  }
  if (input.mode === 'go-test' && input.exitCode !== 0) {
    const how =
      input.exitCode === null || input.exitCode === undefined
        ? 'was stopped'
        : `exited with code ${input.exitCode}`
    return `❌ ${strong(`${code('go test')} ${how}`)} but no failing test was recognised in its output${findingsText}.`
  }
  const { totals } = report
  if (input.mode !== 'preflight' && (totals.tests > 0 || totals.packages > 0)) {
    return `✅ ${strong(`${code('go test')} passed`)}: ${plural(totals.passed, 'test')} passed in ${plural(totals.packages, 'package')}${totals.skipped ? `, ${totals.skipped} skipped` : ''}${findingsText}.`
  }
  if (counts.significant > 0) {
    return `⚠️ ${significantPhrase(counts, undefined, strong)} can make Go tests fail on this runner.`
  }
  return `✅ ${strong('No environmental problems found')} on this runner.`
}

/** The provenance sentence as a Markdown line, or nothing when the caller did not say. */
export function provenanceLines(input: RenderInput): string[] {
  const t = provenanceText(input.factsSource, input.report.facts)
  return t ? [`<sub>${md(t)}</sub>`, ''] : []
}

/**
 * A command as Markdown: one line stays a code span; several lines are a fenced block (a code span
 * joins lines with spaces, and the pasted text then runs as one command). `indent` puts the block
 * inside a list item.
 */
export function mdCommand(command: string, indent = ''): string {
  if (!command.includes('\n')) return mdCode(command)
  return (
    '\n\n' +
    mdBlock(command, 'sh')
      .split('\n')
      .map(l => indent + l)
      .join('\n') +
    '\n'
  )
}

function failureLine(f: ReportFailure, links: LinkContext | null, others: boolean): string {
  const name = mdCode(ellipsis(testLabel(f), NAME_MAX))
  const url = sourceUrl(links, f.file, f.line)
  const where = f.file
    ? ` · ${link(mdCode(`${ellipsis(f.file, NAME_MAX)}${f.line ? `:${f.line}` : ''}`), url)}`
    : ''
  const pkg = f.package ? ` in ${mdCode(ellipsis(f.package, NAME_MAX))}` : ''
  const kind = f.kind !== 'test' ? ` (${f.kind})` : ''
  const alt =
    others && f.causes.length > 1
      ? ` · also possible: ${f.causes
          .slice(1, 3)
          .map(c => `${mdCode(c.rule)} (${c.confidence})`)
          .join(', ')}`
      : ''
  return `- ${name}${pkg}${kind}${where}${alt}`
}

function groupSection(
  g: CauseGroup,
  input: RenderInput,
  level: DetailLevel,
  excerptBudget: { left: number }
): string[] {
  const out: string[] = []
  const n = failuresPhrase(g.failures)
  if (g.rule === null) {
    out.push(`### Not linked to the runner's environment: ${n}`, '')
    out.push(
      'No probed fact supports an environmental cause for these; they look like ordinary test failures.',
      ''
    )
  } else {
    const info = input.rules?.[g.rule]
    const title = info ? mdRich(info.title, NAME_MAX) : mdCode(g.rule)
    const idPart = info ? ` (${mdCode(g.rule)})` : ''
    out.push(`### ${title}${idPart}: ${g.confidence} confidence, ${n}`, '')
    if (info && !info.environmental) out.push('_This looks like the code itself, not the runner._', '')
    const ev = g.evidence.slice(0, level.evidenceMax)
    if (ev.length) {
      out.push('**Evidence**', '')
      for (const e of ev) out.push(`- ${mdRich(e)}`)
      if (g.evidence.length > ev.length) out.push(`- … ${g.evidence.length - ev.length} more`)
      out.push('')
    }
    if (g.explainedBy.length)
      out.push(`**Seen before the tests:** ${g.explainedBy.map(e => mdRich(e)).join(' · ')}`, '')
    if (g.runnerUp)
      out.push(
        `**Or:** ${mdCode(g.runnerUp.rule)}. The log alone cannot tell them apart; to check: ${mdRich(g.runnerUp.check)}`,
        ''
      )
    if (g.remedy) out.push(`**Fix:** ${mdRich(g.remedy)}`, '')
    const doc = ruleDocUrl(input.links, g.rule)
    if (doc) out.push(`[About ${mdCode(g.rule)}](${doc})`, '')
  }
  const listed = g.failures.slice(0, level.testsPerGroup)
  for (const f of listed) out.push(failureLine(f, input.links, level.evidenceMax > 1))
  if (g.failures.length > listed.length) out.push(`- … and ${g.failures.length - listed.length} more`)
  out.push('')
  if (level.excerptChars > 0) {
    const shown = listed.filter(f => f.excerpt.trim() !== '')
    const withExcerpt: string[] = []
    let count = 0
    for (const f of shown) {
      if (excerptBudget.left <= 0) break
      excerptBudget.left--
      count++
      withExcerpt.push(
        `**${mdCode(ellipsis(testLabel(f), NAME_MAX))}**`,
        '',
        mdBlock(truncate(f.excerpt, level.excerptChars)),
        ''
      )
    }
    if (withExcerpt.length) {
      out.push(
        `<details><summary>Output (${count} of ${g.failures.length})</summary>`,
        '',
        ...withExcerpt,
        '</details>',
        ''
      )
    }
  }
  return out
}

function findingLine(f: Finding, input: RenderInput, level: DetailLevel): string[] {
  const url = sourceUrl(input.links, f.file, f.line)
  const where = f.file
    ? ` · ${link(mdCode(`${ellipsis(f.file, NAME_MAX)}${f.line ? `:${f.line}` : ''}`), url)}`
    : ''
  const doc = ruleDocUrl(input.links, f.rule)
  const out = [
    `- ${SEVERITY_ICON[f.severity]} **${mdRich(f.title, NAME_MAX)}** (${link(mdCode(f.rule), doc)})${where}: ${mdRich(f.message)}`
  ]
  const ev = f.evidence.slice(0, level.evidenceMax)
  if (ev.length) out.push(`  - Evidence: ${ev.map(e => mdRich(e, 400)).join('; ')}`)
  if (f.remedy) out.push(`  - Fix: ${mdRich(f.remedy)}`)
  return out
}

function tuneSection(input: RenderInput): string[] {
  const tune = input.tune
  if (!tune || tune.mode === 'off') return []
  const out = [tune.mode === 'apply' ? '### Tuning applied' : '### Tuning plan', '']
  for (const s of tune.steps.slice(0, 50)) {
    const status = tune.mode === 'plan' && s.status === 'planned' ? '' : ` · ${STATUS_TEXT[s.status]}`
    const detail = s.detail ? ` (${mdRich(s.detail, 300)})` : ''
    const command = s.command ? ellipsis(s.command, 2000) : ''
    if (command.includes('\n')) {
      // Several lines: a fenced block under the item, to copy whole.
      out.push(
        `- ${mdRich(s.title, 300)}${status}${detail}:`,
        mdCommand(command, '  ').replace(/^\n+|\n+$/g, '')
      )
    } else out.push(`- ${mdRich(s.title, 300)}${command ? `: ${mdCode(command)}` : ''}${status}${detail}`)
  }
  if (tune.steps.length === 0 && !tune.note) out.push('Nothing to tune: no finding has an allow-listed fix.')
  if (tune.note) out.push(...(tune.steps.length ? [''] : []), mdRich(tune.note))
  out.push('')
  return out
}

function factsSection(input: RenderInput): string[] {
  const rows = factRows(input.report.facts, input.report.findings)
  if (rows.length === 0) return []
  const unknown = rows.filter(r => r.status === 'unknown').length
  const flagged = rows.filter(r => r.status === 'flagged').length
  const out = [
    `<details><summary>Runner facts: ${rows.length} probed, ${flagged} flagged, ${unknown} unknown</summary>`,
    '',
    '| What | Value | Why it matters | Status |',
    '|---|---|---|---|'
  ]
  for (const r of rows) {
    const status =
      r.status === 'flagged'
        ? `⚠️ ${md(r.detail)}`
        : r.status === 'unknown'
          ? `❔ unknown: ${md(ellipsis(r.detail, 200))}`
          : '✓ no finding'
    out.push(`| ${md(r.what)} | ${md(ellipsis(r.value, 200))} | ${md(r.why)} | ${status} |`)
  }
  out.push('', '</details>', '')
  return out
}

/** The body without headline or marker; `level` decides how much detail goes in. */
export function renderBody(input: RenderInput, level: DetailLevel): string[] {
  const out: string[] = []
  const groups = groupFailures(input.report.failures, input.report.conclusions)
  const budget = { left: level.excerptFailures }
  for (const g of groups) out.push(...groupSection(g, input, level, budget))
  const findings = sortFindings(input.report.findings)
  if (findings.length) {
    out.push(`### Preflight findings: ${countsPhrase(findingCounts(findings))}`, '')
    for (const f of findings.slice(0, level.findingsMax)) out.push(...findingLine(f, input, level))
    if (findings.length > level.findingsMax)
      out.push(`- … and ${findings.length - level.findingsMax} more (see the JSON report)`)
    out.push('')
  }
  out.push(...tuneSection(input))
  if (level.facts) out.push(...factsSection(input))
  return out
}

export function footer(input: RenderInput, cut: string, budgetName: string): string[] {
  const out: string[] = []
  const notes = [...(input.notes ?? [])]
  for (const p of (input.partial ?? []).slice(0, 20)) notes.push(`Incomplete: ${ellipsis(p, 300)}`)
  if (input.annotations && input.annotations.notEmitted > 0) {
    notes.push(
      `${plural(input.annotations.notEmitted, 'problem was', 'problems were')} not annotated in the diff view (GitHub shows at most 10 annotations per type per step); all are listed here.`
    )
  }
  if (cut) notes.push(`To stay within ${budgetName}, ${cut}; the JSON report has everything.`)
  for (const n of notes) out.push(`> ${md(n)}`, '>')
  if (notes.length) out.pop()
  if (notes.length) out.push('')
  const run = input.links?.runUrl ? ` · [workflow run](${input.links.runUrl})` : ''
  out.push(`<sub>go-env-guard ${md(input.report.tool.version)}${run}</sub>`, '')
  return out
}

export interface RenderedMarkdown {
  markdown: string
  /** Index into DETAIL_LEVELS that fit, or DETAIL_LEVELS.length when the text was hard-trimmed. */
  level: number
  cut: string
}

/** A size limit of GitHub's, and how to measure against it. */
export interface MarkdownLimit {
  max: number
  /** The size of a text as the limit counts it (UTF-8 bytes, characters). */
  size: (text: string) => number
  /** The most that one character can add to `size`. */
  perChar: number
  /** Room kept free when the text is cut by hand. */
  margin: number
  /** The limit in words, for the footer (`GitHub's 1 MiB step-summary limit`). */
  name: string
  /** What the footer says when even the least detailed level did not fit. */
  cutShort: string
  /**
   * The first lines of `head`, kept whole when the text is cut (the comment's sticky marker: cut, it
   * would no longer be found, and the next run would post a second comment); alone before the footer
   * when not even the cut text fits.
   */
  keep: string[]
}

/**
 * `head`, the body and the footer at the most detailed level that fits the limit; when none does, the
 * least detailed body cut at a character bound, and as a last resort `keep` and the footer alone.
 */
export function fitMarkdown(input: RenderInput, head: string[], limit: MarkdownLimit): RenderedMarkdown {
  for (let i = 0; i < DETAIL_LEVELS.length; i++) {
    const level = DETAIL_LEVELS[i]!
    const markdown = [...head, ...renderBody(input, level), ...footer(input, level.cut, limit.name)].join(
      '\n'
    )
    if (limit.size(markdown) <= limit.max) return { markdown, level: i, cut: level.cut }
  }
  // Still too big (a pathological number of findings or groups): cut at a character bound.
  const cut = limit.cutShort
  const tail = footer(input, cut, limit.name).join('\n')
  const last = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
  const kept = limit.keep.map(l => l + '\n').join('')
  const body = [...head.slice(limit.keep.length), ...renderBody(input, last)].join('\n')
  const room = Math.floor((limit.max - limit.size(kept) - limit.size(tail) - limit.margin) / limit.perChar)
  let markdown = kept + truncate(body, Math.max(0, room), '… (cut to fit)') + '\n\n' + tail
  if (limit.size(markdown) > limit.max) markdown = kept + tail
  return { markdown, level: DETAIL_LEVELS.length, cut }
}
