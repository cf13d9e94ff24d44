/**
 * The JSON report as text, written a piece at a time: the same bytes as
 * `JSON.stringify(report, null, 2) + '\n'`, without building that string. With thousands of failures
 * the one string (and the stringifier's intermediate copies) was the largest allocation of `explain`
 * (4.8 MB of text for 3,912 failures, and 18 MB more V8 heap at the peak).
 */
import type { Report, ReportFailure } from './model.js'

type Totals = Report['totals']

/**
 * Pieces are handed to `out` once they reach this many characters (and at the end). Small: text
 * waiting here survives the garbage collector's young-generation passes, and survivors make V8 grow
 * that generation (a bigger peak RSS on long runs).
 */
const BATCH = 16 * 1024

export function writeReportJson(report: Report, out: (text: string) => void): void {
  writeReportJsonStream(report, report.failures, out)
}

/**
 * The same text for `report` with its failures taken from `failures` (report.failures is ignored),
 * each stringified and handed on as it comes: with a lazy iterable (diagnoseEach) no failure's report
 * entry outlives its piece of text.
 */
export function writeReportJsonStream(
  report: Report,
  failures: Iterable<ReportFailure>,
  out: (text: string) => void
): void {
  const w = new ReportJsonWriter(report, out)
  for (const f of failures) w.failure(f)
  w.end(report.totals)
}

/**
 * Writes a report whose failures come one at a time and whose totals are known only at the end
 * (`failures` and `totals` are its last two keys). The text equals
 * `JSON.stringify({ ...report, failures: [every failure given], totals }, null, 2) + '\n'`.
 */
export class ReportJsonWriter {
  private buf: string
  private n = 0
  private ended = false

  constructor(
    report: Report,
    private readonly out: (text: string) => void
  ) {
    // Stringify the report with an empty failures array and write what comes before the `]`; the
    // failures go where the `[]` was, the totals after them at the end.
    const text = JSON.stringify({ ...report, failures: [] }, null, 2)
    this.buf = text.slice(0, openOf(text))
  }

  failure(f: ReportFailure): void {
    if (this.ended) throw new Error('report JSON: failure after end')
    this.buf += (this.n++ === 0 ? '\n    ' : ',\n    ') + element(f)
    if (this.buf.length >= BATCH) {
      this.out(this.buf)
      this.buf = ''
    }
  }

  end(totals: Totals): void {
    if (this.ended) return
    this.ended = true
    // The same indentation as in the whole report: both keys are at the top level.
    const tail = JSON.stringify({ failures: [], totals }, null, 2)
    this.out(this.buf + (this.n === 0 ? ']' : '\n  ]') + tail.slice(openOf(tail) + 1) + '\n')
    this.buf = ''
  }
}

/** Where the elements of the top-level `"failures": []` of a stringified report would go. */
function openOf(text: string): number {
  const at = text.indexOf('\n  "failures": []')
  if (at < 0) throw new Error('report JSON: no failures key at the top level')
  return at + '\n  "failures": ['.length
}

/**
 * A failure as it reads inside the report's failures array (indented for depth 2): stringified as
 * the only element of an array in an array, which puts it at that depth, and cut out (`[\n  [\n    `
 * before it, `\n  ]\n]` after it). Half the garbage of stringifying it alone and re-indenting it.
 */
function element(f: ReportFailure): string {
  const s = JSON.stringify([[f]], null, 2)
  return s.slice(10, s.length - 6)
}
