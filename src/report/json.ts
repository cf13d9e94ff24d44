/**
 * The JSON report as text, written a piece at a time: the same bytes as
 * `JSON.stringify(report, null, 2) + '\n'`, without building that string, the largest allocation of
 * `explain` with thousands of failures (docs/perf.md, "The JSON report").
 */
import type { Report } from './model.js'
import type { Finding } from '../core/model.js'
import type { Conclusion, ReportFailure } from '../core/model.js'

type Totals = Report['totals']

/**
 * Bytes gathered before a piece is handed to `out` (and at the end). They wait as UTF-8 in a Buffer,
 * outside V8's heap, so that they do not grow V8's young generation (docs/perf.md).
 */
const BATCH = 64 * 1024

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
  w.end(report.totals, report.conclusions)
}

/**
 * Writes a report whose failures come one at a time and whose totals are known only at the end
 * (`failures` and `totals` are its last two keys). The text equals
 * `JSON.stringify({ ...report, failures: [every failure given], totals }, null, 2) + '\n'`.
 */
export class ReportJsonWriter {
  /** The text not handed on yet: bytes[0, pos). */
  private readonly bytes = Buffer.allocUnsafeSlow(BATCH)
  private pos = 0
  private n = 0
  private ended = false

  constructor(
    report: Report,
    private readonly out: (text: string) => void
  ) {
    // Stringify the report with an empty failures array and write what comes before the `]`; the
    // failures go where the `[]` was, the totals after them at the end.
    const { conclusions: _c, ...head } = report
    const text = JSON.stringify({ ...head, failures: [] }, null, 2)
    this.put(text.slice(0, openOf(text)))
  }

  /** Appends s (at most 3 UTF-8 bytes per UTF-16 unit); a piece too long for the buffer goes as is. */
  private put(s: string): void {
    if (this.pos + s.length * 3 > BATCH) this.flush()
    if (s.length * 3 > BATCH) this.out(s)
    else this.pos += this.bytes.write(s, this.pos)
  }

  private flush(): void {
    if (this.pos > 0) this.out(this.bytes.toString('utf8', 0, this.pos))
    this.pos = 0
  }

  failure(f: ReportFailure): void {
    if (this.ended) throw new Error('report JSON: failure after end')
    this.put(element(f, this.n++ === 0))
  }

  end(totals: Totals, conclusions: readonly Conclusion[] = []): void {
    if (this.ended) return
    this.ended = true
    // The same indentation as in the whole report: these keys are at the top level.
    const tail = JSON.stringify(
      { failures: [], ...(conclusions.length ? { conclusions } : {}), totals },
      null,
      2
    )
    this.put((this.n === 0 ? ']' : '\n  ]') + tail.slice(openOf(tail) + 1) + '\n')
    this.flush()
  }
}

/** Where the elements of the top-level `"failures": []` of a stringified report would go. */
function openOf(text: string): number {
  const at = text.indexOf('\n  "failures": []')
  if (at < 0) throw new Error('report JSON: no failures key at the top level')
  return at + '\n  "failures": ['.length
}

/**
 * A failure as it reads inside the report's failures array, with what separates it from the one
 * before (`\n    ` for the first, `,\n    ` after): stringified inside an array in an array, which
 * puts it at depth 2, and cut out of `[\n  [` + it + `\n  ]\n]`, where a `0` before it in the inner
 * array leaves its comma. Half the garbage of stringifying it alone and re-indenting it, and no
 * concatenation.
 */
function element(f: ReportFailure, first: boolean): string {
  if (first) {
    const s = JSON.stringify([[f]], null, 2)
    return s.slice(5, s.length - 6)
  }
  const s = JSON.stringify([[0, f]], null, 2)
  return s.slice(11, s.length - 6)
}

/** The findings of a go-env-guard report given as `--facts` (null: bare facts, or none listed). */
export function findingsFromJson(text: string): Finding[] | null {
  try {
    const r = JSON.parse(text) as { findings?: unknown }
    return Array.isArray(r.findings) ? (r.findings as Finding[]).slice(0, 500) : null
  } catch {
    return null
  }
}
