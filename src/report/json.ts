/**
 * The JSON report as text, written a piece at a time: the same bytes as
 * `JSON.stringify(report, null, 2) + '\n'`, without building that string. With thousands of failures
 * the one string (and the stringifier's intermediate copies) was the largest allocation of `explain`
 * (4.8 MB of text for 3,912 failures, and 18 MB more V8 heap at the peak).
 */
import type { Report } from './model.js'

/** Pieces are handed to `out` once they reach this many characters (and at the end). */
const BATCH = 256 * 1024

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
  failures: Iterable<Report['failures'][number]>,
  out: (text: string) => void
): void {
  // Stringify the report with an empty failures array, then put the failures where `[]` is. Strings in
  // JSON hold no raw newline, so indenting an element is a replace of its newlines.
  const shell = JSON.stringify({ ...report, failures: [] }, null, 2)
  const at = shell.indexOf('\n  "failures": []')
  if (at < 0) throw new Error('report JSON: no failures key at the top level')
  const open = at + '\n  "failures": ['.length
  let buf = shell.slice(0, open)
  let n = 0
  for (const f of failures) {
    buf += (n++ === 0 ? '\n    ' : ',\n    ') + JSON.stringify(f, null, 2).replace(/\n/g, '\n    ')
    if (buf.length >= BATCH) {
      out(buf)
      buf = ''
    }
  }
  out(buf + (n === 0 ? ']' : '\n  ]') + shell.slice(open + 1) + '\n')
}
