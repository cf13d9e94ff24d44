import { describe, expect, it } from '@jest/globals'
import { ReportJsonWriter, writeReportJson } from '../../src/report/json.js'
import type { Report } from '../../src/report/model.js'
import type { ReportFailure } from '../../src/core/model.js'
import { assembleReport } from '../../src/pipeline/preflight.js'

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

describe('ReportJsonWriter', () => {
  it('takes the totals at the end, when the failures are known', () => {
    const shell = assembleReport({ facts: null })
    const pieces: string[] = []
    const w = new ReportJsonWriter(shell, t => void pieces.push(t))
    const failures = [failure(1), failure(2), failure(3)]
    for (const f of failures) w.failure(f)
    const totals = { packages: 2, tests: 9, passed: 6, failed: 3, skipped: 0 }
    w.end(totals)
    expect(pieces.join('')).toBe(JSON.stringify({ ...shell, failures, totals }, null, 2) + '\n')
    w.end(totals)
    expect(pieces.join('')).toBe(JSON.stringify({ ...shell, failures, totals }, null, 2) + '\n')
    expect(() => w.failure(failure(4))).toThrow('failure after end')
  })

  it('hands a failure longer than a batch on whole and in its place, multi-byte text intact', () => {
    const shell = assembleReport({ facts: null })
    const big = { ...failure(1), excerpt: 'ü€\u{1F600}'.repeat(30000) }
    const failures = [failure(0), big, ...Array.from({ length: 300 }, (_, i) => failure(i + 2))]
    const pieces: string[] = []
    const w = new ReportJsonWriter(shell, t => void pieces.push(t))
    for (const f of failures) w.failure(f)
    const totals = { packages: 7, tests: 302, passed: 0, failed: 302, skipped: 0 }
    w.end(totals)
    expect(pieces.join('')).toBe(JSON.stringify({ ...shell, failures, totals }, null, 2) + '\n')
    expect(pieces.filter(p => p.includes(big.excerpt))).toHaveLength(1)
    expect(pieces.length).toBeGreaterThan(3)
  })

  it('holds small pieces back until a batch is full or the report ends', () => {
    const pieces: string[] = []
    const w = new ReportJsonWriter(assembleReport({ facts: null }), t => void pieces.push(t))
    w.failure(failure(1))
    expect(pieces.join('')).not.toContain('TestX1')
    w.end(assembleReport({ facts: null }).totals)
    expect(JSON.parse(pieces.join('')).failures).toEqual([JSON.parse(JSON.stringify(failure(1)))])
  })
})
