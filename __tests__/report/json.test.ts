import { describe, expect, it } from '@jest/globals'
import { writeReportJson } from '../../src/report/json.js'
import type { Report, ReportFailure } from '../../src/report/model.js'
import { assembleReport } from '../../src/pipeline-preflight.js'

function failure(i: number): ReportFailure {
  return {
    package: `example.com/p${i % 7}`,
    test: i % 5 === 0 ? null : `TestX${i}/case "${i}"\u2028é`,
    kind: 'test',
    file: `p/x_test.go`,
    line: i,
    excerpt: `line one\n\tline two ${i}\r\n</details> @someone`,
    causes: [
      {
        rule: 'fd-limit',
        title: 'Open-file limit',
        confidence: 'high',
        environmental: true,
        evidence: ['too many open files', `RLIMIT_NOFILE soft=${i}`],
        remedy: 'Raise it: `ulimit -n 65536`.'
      } as unknown as ReportFailure['causes'][number]
    ]
  }
}

function written(report: Report): string[] {
  const pieces: string[] = []
  writeReportJson(report, t => pieces.push(t))
  return pieces
}

describe('writeReportJson', () => {
  it.each([0, 1, 2, 37])('writes exactly JSON.stringify(report, null, 2) with %i failures', n => {
    const report = assembleReport({
      facts: null,
      findings: [
        { rule: 'inotify-limit', severity: 'warning', title: 't', message: 'm', evidence: ['a'], remedy: 'r' }
      ],
      failures: Array.from({ length: n }, (_, i) => failure(i)),
      totals: { packages: 1, tests: n, passed: 0, failed: n, skipped: 0 }
    })
    expect(written(report).join('')).toBe(JSON.stringify(report, null, 2) + '\n')
  })
  it('hands a large report over in pieces, never as one string', () => {
    const report = assembleReport({
      facts: null,
      failures: Array.from({ length: 4000 }, (_, i) => failure(i))
    })
    const pieces = written(report)
    const whole = JSON.stringify(report, null, 2) + '\n'
    expect(pieces.join('')).toBe(whole)
    expect(pieces.length).toBeGreaterThan(4)
    expect(Math.max(...pieces.map(p => p.length))).toBeLessThan(whole.length / 4)
    expect(() => JSON.parse(pieces.join(''))).not.toThrow()
  })
})
