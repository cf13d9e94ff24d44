/**
 * The parser against go test's OWN verdicts, over real output captured by scripts/capture-gotest.sh
 * from testdata/gotest with Go 1.26.8, 1.22.12 and 1.19.13 (-json, -v and plain). The expected values
 * come from the .verdict.json files: go test's exit code, its `ok`/`FAIL`/`?` lines, and the terminal
 * test2json events decoded by encoding/json in a separate Go program.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

const FIX = join(import.meta.dirname, '..', 'fixtures', 'gotest')

interface Verdict {
  go: string
  exitCode: number
  summary: string[]
  packages?: Record<string, { action: string; failedBuild?: string }>
  tests?: { package: string; test: string; action: string }[]
}

function parse(file: string): TestRun {
  const p = createParser({ keepPassed: true })
  p.beginSource(file)
  // Small uneven chunks: lines and JSON events split across chunk boundaries.
  const buf = readFileSync(file)
  for (let i = 0; i < buf.length; i += 977) p.push(buf.subarray(i, i + 977))
  return p.end()
}

function summaryStatus(line: string): [string, string] {
  let m = /^ok {2}\t(\S+)/.exec(line)
  if (m) return [m[1], 'passed']
  m = /^FAIL\t(\S+) \[(build|setup) failed\]/.exec(line)
  if (m) return [m[1], `${m[2]}-failed`]
  m = /^\?\s+\t(\S+)\t\[no test files\]/.exec(line)
  if (m) return [m[1], 'no-test-files']
  m = /^FAIL\t(\S+)/.exec(line)
  if (m) return [m[1], 'failed']
  throw new Error(`unexpected summary line ${line}`)
}

/** go test's verdict for a package, from the summary lines and (for -json) the package events. */
function expectedPackages(v: Verdict): Map<string, string> {
  const m = new Map<string, string>()
  for (const l of v.summary) {
    const [name, st] = summaryStatus(l)
    m.set(name, st)
  }
  for (const [name, p] of Object.entries(v.packages ?? {})) {
    if (m.has(name)) continue
    if (p.action === 'pass') m.set(name, 'passed')
    else if (p.action === 'skip') m.set(name, 'no-test-files')
    else if (p.action === 'fail') m.set(name, p.failedBuild ? 'build-or-setup-failed' : 'failed')
  }
  return m
}

function matches(expected: string, got: string): boolean {
  if (expected === 'failed') return ['failed', 'timed-out', 'killed'].includes(got)
  if (expected === 'build-or-setup-failed') return got === 'build-failed' || got === 'setup-failed'
  return expected === got
}

const versions = readdirSync(FIX).filter(d => d.startsWith('go'))
const cases: [string, string, string][] = []
for (const ver of versions) {
  for (const f of readdirSync(join(FIX, ver))) {
    const m = /^(.+)\.(json|v|text)\.txt$/.exec(f)
    if (m) cases.push([ver, m[1], m[2]])
  }
}

describe('parser verdicts equal go test verdicts', () => {
  it('has fixtures for three Go versions', () => {
    expect(versions.sort()).toEqual(['go1.19.13', 'go1.22.12', 'go1.26.8'])
    expect(cases.length).toBeGreaterThanOrEqual(3 * 17 * 3)
  })

  it.each(cases)('%s %s (%s)', (ver, name, mode) => {
    const dir = join(FIX, ver)
    const v = JSON.parse(readFileSync(join(dir, `${name}.${mode}.verdict.json`), 'utf8')) as Verdict
    const run = parse(join(dir, `${name}.${mode}.txt`))
    // Before Go 1.24, cmd/go printed build and setup failures as text even with -json.
    const lines = readFileSync(join(dir, `${name}.${mode}.txt`), 'utf8')
      .split('\n')
      .filter(l => l !== '')
    const hasJson = lines.some(l => l.startsWith('{'))
    const hasText = lines.some(l => !l.startsWith('{'))
    expect(run.format).toBe(hasJson && hasText ? 'mixed' : hasJson ? 'json' : 'text')
    // go test's own package lines inside -json output events count as its verdict too.
    for (const l of lines.filter(x => x.startsWith('{'))) {
      const out = (JSON.parse(l) as { Output?: string }).Output ?? ''
      if (/^(ok {2}|FAIL|\? {3})\t\S+/.test(out) && !/^FAIL\t\S+\t[\d.]+s/.test(out))
        v.summary.push(out.replace(/\t[\d.]+s\n$|\n$/, ''))
    }

    // Packages: same names, same verdicts.
    const exp = expectedPackages(v)
    const got = new Map(run.packages.map(p => [p.name, p.status]))
    expect([...got.keys()].sort()).toEqual([...exp.keys()].sort())
    for (const [pkg, st] of exp) {
      if (!matches(st, got.get(pkg) as string))
        throw new Error(`${pkg}: go test says ${st}, parser says ${got.get(pkg)}`)
    }
    // go test fails exactly when the parser finds a failed package.
    const anyFailed = run.packages.some(p => !['passed', 'no-test-files', 'skipped'].includes(p.status))
    expect(anyFailed).toBe(v.exitCode !== 0)
    expect(run.failures.length > 0).toBe(v.exitCode !== 0)

    // Tests: in -json, every terminal event; in text modes, compare with the -json capture of the
    // same scenario (the tests are deterministic): -v prints every verdict, plain prints failures only.
    const jv = JSON.parse(readFileSync(join(dir, `${name}.json.verdict.json`), 'utf8')) as Verdict
    const want = new Map((jv.tests ?? []).map(t => [`${t.package} ${t.test}`, t.action]))
    const have = new Map((run.tests ?? []).map(t => [`${t.package} ${t.test}`, t.status]))
    const norm = (a: string): string =>
      ({ pass: 'passed', fail: 'failed', skip: 'skipped', running: 'running' })[a] ?? a
    if (mode === 'json' || mode === 'v') {
      // -json runs benchmarks with -test.v=test2json, which frames them (=== RUN, no verdict: test2json
      // leaves them "running"); plain -v prints no === RUN line for a benchmark.
      const wantN = new Map(
        [...want].filter(([k]) => mode === 'json' || !/ Benchmark/.test(k)).map(([k, a]) => [k, norm(a)])
      )
      expect(Object.fromEntries(have)).toEqual(Object.fromEntries(wantN))
    } else {
      const failedWant = [...want]
        .filter(([, a]) => a === 'fail')
        .map(([k]) => k)
        .sort()
      const failedHave = [...have]
        .filter(([, a]) => a === 'failed')
        .map(([k]) => k)
        .sort()
      expect(failedHave).toEqual(failedWant)
    }
  })
})
