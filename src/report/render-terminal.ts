/**
 * The CLI's readable report (`doctor`, `explain`, `test`): a verdict, failures grouped by cause with
 * evidence and fix, preflight findings, and for `doctor` the facts. Colour only when asked (a TTY);
 * untrusted text is stripped of terminal escapes so a test's output cannot drive the terminal.
 */
import { ellipsis, sanitize } from './escape.js'
import { factRows } from './facts-table.js'
import type { Report } from './model.js'
import { defaultRuleInfo, provenanceText, type FactsSource, type RuleInfo } from './view.js'
import { environmentalCount, failuresPhrase, plainTitle, plural, testLabel } from './text.js'
import { countsPhrase, findingCounts, significantPhrase, sortFindings } from './findings.js'
import { groupFailures } from '../diagnose/group.js'

export interface TerminalOptions {
  color: boolean
  /** Rule titles; defaults to the catalog. */
  rules?: Record<string, RuleInfo>
  /** Show the facts table (default: when there are no failures, i.e. `doctor`). */
  facts?: boolean
  /** Lines of each failure's excerpt (default 8; 0 hides excerpts). */
  excerptLines?: number
  /** Wrap lines at this many columns (a terminal's width), at spaces, keeping the indent; none: no wrap. */
  width?: number | null
  /** Where the facts came from (said under the headline). */
  factsSource?: FactsSource
}

const ANSI = /\x1b\[[0-9;]*m/g
const visible = (s: string): number => [...s.replace(ANSI, '')].length

/**
 * Wraps one line at spaces to `width` columns. Continuation lines keep the line's indent plus two
 * (plus the width of a leading `• `, `fix: `-style label), so a wrapped item stays readable; a word
 * longer than the whole line (a URL) is never broken.
 */
export function wrapLine(line: string, width: number, hangAt?: number): string[] {
  if (visible(line) <= width) return [line]
  const plain = line.replace(ANSI, '')
  const lead = /^ */.exec(plain)![0].length
  const label = /^ *(?:[•✗!✓] |(?:fix|or|error|warning|notice) *:? +|seen before the tests: )/.exec(plain)
  const hang = Math.min(hangAt ?? (label ? label[0].length : lead + 2), Math.floor(width / 2))
  const pad = ' '.repeat(hang)
  const out: string[] = []
  let cur = ''
  let curLen = 0
  const push = (): void => {
    out.push(cur.replace(/ +$/, ''))
    cur = pad
    curLen = hang
  }
  for (const w of line.split(/( +)/)) {
    if (w === '') continue
    const len = visible(w)
    if (/^ +$/.test(w)) {
      if (cur.trim() === '') {
        // Leading spaces: the indent of the first line (continuation lines have theirs).
        if (out.length === 0) {
          cur += w
          curLen += len
        }
      } else if (curLen + len < width) {
        cur += w
        curLen += len
      } else push() // the space itself does not fit: it is the line break
      continue
    }
    if (curLen + len > width && cur.trim() !== '') push()
    // A word longer than the line (a URL) goes on a line of its own, whole: a copied URL must work.
    cur += w
    curLen += len
  }
  if (cur.trim() !== '') out.push(cur.replace(/ +$/, ''))
  return out
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const
type Style = keyof typeof CODES

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text)
}

const clean = (s: string, max = 500): string => {
  return ellipsis(sanitize(s).replace(/\n/g, ' '), max)
}

export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const p = painter(opts.color)
  const rules = opts.rules ?? defaultRuleInfo()
  const excerptLines = opts.excerptLines ?? 8
  const out: string[] = []
  const { failures, totals } = report
  const counts = findingCounts(report.findings)
  const showFacts = opts.facts ?? failures.length === 0

  if (failures.length > 0) {
    const env = environmentalCount(failures, rules)
    out.push(
      p('bold', `${p('red', '✗')} ${failuresPhrase(failures)}`) +
        `, ${env} linked to a likely environmental cause` +
        (totals.tests
          ? p('dim', ` (${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped)`)
          : '')
    )
  } else if (totals.tests > 0 || totals.packages > 0) {
    out.push(
      p('bold', `${p('green', '✓')} go test passed`) +
        p('dim', ` (${plural(totals.passed, 'test')} in ${plural(totals.packages, 'package')})`)
    )
  } else if (counts.significant > 0) {
    out.push(
      p(
        'bold',
        `${p('yellow', '!')} ${significantPhrase(counts, 'finding')} can make Go tests fail on this machine`
      )
    )
  } else {
    out.push(p('bold', `${p('green', '✓')} no environmental problems found`))
  }
  const prov = provenanceText(opts.factsSource, report.facts)
  if (prov) out.push(p('dim', prov))
  out.push('')

  for (const g of groupFailures(failures, report.conclusions)) {
    if (g.rule === null) {
      out.push(p('bold', `Not linked to the environment: ${failuresPhrase(g.failures)}`))
    } else {
      const info = rules[g.rule]
      const title = info ? `${plainTitle(info.title)} ` : ''
      const tag = info && !info.environmental ? p('yellow', ' [looks like the code, not the runner]') : ''
      out.push(
        `${p('bold', title + `[${g.rule}]`)} ${p('dim', `${g.confidence} confidence, ${failuresPhrase(g.failures)}`)}${tag}`
      )
      for (const e of g.evidence.slice(0, 6)) out.push(`  ${p('dim', '•')} ${clean(e)}`)
      for (const e of g.explainedBy) out.push(`  ${p('dim', 'seen before the tests:')} ${clean(e)}`)
      if (g.runnerUp)
        out.push(
          `  ${p('yellow', 'or:')} ${clean(g.runnerUp.rule)} ${p('dim', '(the log alone cannot tell them apart); check:')} ${clean(g.runnerUp.check, 400)}`
        )
      if (g.remedy) out.push(`  ${p('green', 'fix:')} ${clean(g.remedy, 1000)}`)
    }
    for (const f of g.failures.slice(0, 50)) {
      const where = f.file ? p('dim', ` ${clean(f.file, 200)}${f.line ? `:${f.line}` : ''}`) : ''
      const pkg = f.package ? p('dim', ` (${clean(f.package, 200)})`) : ''
      out.push(`  ${p('red', '✗')} ${clean(testLabel(f), 300)}${pkg}${where}`)
      if (excerptLines > 0 && f.excerpt.trim()) {
        const lines = sanitize(f.excerpt)
          .split('\n')
          .filter(l => l.trim() !== '')
        for (const l of lines.slice(0, excerptLines)) out.push(p('dim', `      ${ellipsis(l, 300)}`))
        if (lines.length > excerptLines)
          out.push(p('dim', `      … ${lines.length - excerptLines} more lines`))
      }
    }
    if (g.failures.length > 50) out.push(p('dim', `  … and ${g.failures.length - 50} more`))
    out.push('')
  }

  if (showFacts) {
    const rows = factRows(report.facts, report.findings)
    if (rows.length) {
      out.push(p('bold', 'Facts'))
      const w = Math.min(34, Math.max(...rows.map(r => r.what.length)))
      for (const r of rows) {
        const status =
          r.status === 'flagged'
            ? p('yellow', ` ⚠ ${r.detail}`)
            : r.status === 'unknown'
              ? p('dim', ` ? ${clean(r.detail, 200)}`)
              : ''
        out.push(`  ${r.what.padEnd(w)}  ${clean(r.value, 200)}${status}`)
      }
      out.push('')
    }
  }
  // doctor: the most severe last, nearest the prompt, where a terminal leaves it on screen.
  const sorted = sortFindings(report.findings)
  const findings = showFacts ? [...sorted].reverse() : sorted
  if (findings.length) {
    out.push(p('bold', `Preflight findings: ${countsPhrase(counts)}`))
    for (const f of findings) {
      const sev =
        f.severity === 'error'
          ? p('red', 'error  ')
          : f.severity === 'warning'
            ? p('yellow', 'warning')
            : p('blue', 'notice ')
      const where = f.file ? p('dim', ` ${clean(f.file, 200)}${f.line ? `:${f.line}` : ''}`) : ''
      out.push(`  ${sev} ${clean(plainTitle(f.title), 300)} ${p('dim', `[${f.rule}]`)}${where}`)
      if (f.message) out.push(`          ${clean(f.message, 1000)}`)
      for (const e of f.evidence.slice(0, 4)) out.push(`          ${p('dim', '•')} ${clean(e)}`)
      if (f.remedy) out.push(`          ${p('green', 'fix:')} ${clean(f.remedy, 1000)}`)
    }
    out.push('')
  }

  // doctor: the facts first and the findings last, where a terminal leaves them on screen.
  // ... and one closing line that names every finding, so the last screen has them all.
  if (showFacts && findings.length) {
    const ids = sorted.slice(0, 12).map(f => `${f.rule} (${f.severity})`)
    const more = sorted.length > ids.length ? `, and ${sorted.length - ids.length} more` : ''
    out.push(
      p('bold', `${plural(findings.length, 'finding')}: ${ids.join(', ')}${more}.`),
      p('dim', '"go-env-guard rules ID" explains a rule.'),
      ''
    )
  }
  const width = opts.width
  if (!width || width < 20) return out.join('\n')
  return out.flatMap(l => wrapLine(l, width)).join('\n')
}
