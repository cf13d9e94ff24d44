/**
 * ParserOptions.onFailure: failures handed over as soon as their package has ended (explain --json
 * writes them while parsing, so memory does not grow with the number of failures). The failures
 * handed over must be exactly TestRun.failures of a run that keeps them, in the same order, on every
 * real capture (json, -v and plain text of three Go versions, and the real-failure captures), fed in
 * small chunks so that lines and events straddle chunk boundaries.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { ParserOptions, SourceLayout } from '../../src/gotest/index.js'
import type { Failure, TestRun } from '../../src/gotest/model.js'

const REPO = join(import.meta.dirname, '..', '..')
const FIX = join(REPO, '__tests__', 'fixtures')
const layout: SourceLayout = {
  repoRoot: '/work/main',
  modules: [
    { path: 'example.com/envguard/fixture', dir: 'testdata/gotest' },
    { path: 'example.com/envguard/nested', dir: 'testdata/gotest/nested' }
  ],
  workingDirectory: 'testdata/gotest'
}

function feed(data: Buffer, opts: ParserOptions): TestRun {
  const p = createParser(opts)
  p.beginSource('capture')
  for (let i = 0; i < data.length; i += 977) p.push(data.subarray(i, i + 977))
  return p.end()
}

const captures: string[] = []
for (const ver of readdirSync(join(FIX, 'gotest')))
  for (const f of readdirSync(join(FIX, 'gotest', ver)))
    if (f.endsWith('.txt')) captures.push(join('gotest', ver, f))
for (const name of readdirSync(join(FIX, 'real')))
  for (const f of ['go-test.json', 'go-test.txt'])
    if (existsSync(join(FIX, 'real', name, f))) captures.push(join('real', name, f))

describe('onFailure', () => {
  it('has captures to check', () => {
    expect(captures.length).toBeGreaterThan(100)
  })

  it.each(captures)('hands over exactly the failures a kept run lists, in order: %s', file => {
    const data = readFileSync(join(FIX, file))
    const kept = feed(data, { layout })
    const handed: Failure[] = []
    const streamed = feed(data, { layout, onFailure: f => void handed.push(f) })
    expect(handed).toEqual(kept.failures)
    expect(streamed.failures).toEqual([])
    expect({ ...streamed, failures: kept.failures }).toEqual(kept)
  })

  it('a capture with failures hands some over before the end of the run', () => {
    const data = readFileSync(join(FIX, 'gotest', 'go1.26.8', 'all.json.txt'))
    const handed: Failure[] = []
    const p = createParser({ layout, onFailure: f => void handed.push(f) })
    p.beginSource('all')
    p.push(data)
    const before = handed.length
    p.end()
    expect(before).toBeGreaterThan(0)
  })
})

const ev = (o: Record<string, unknown>): string =>
  JSON.stringify({ Time: '2026-11-22T10:00:00Z', ...o }) + '\n'
const failTest = (pkg: string, test: string): string =>
  ev({ Action: 'run', Package: pkg, Test: test }) +
  ev({ Action: 'output', Package: pkg, Test: test, Output: `    x_test.go:9: broken in ${pkg}\n` }) +
  ev({ Action: 'output', Package: pkg, Test: test, Output: `--- FAIL: ${test} (0.00s)\n` }) +
  ev({ Action: 'fail', Package: pkg, Test: test, Elapsed: 0 })
const endPkg = (pkg: string): string =>
  ev({ Action: 'output', Package: pkg, Output: `FAIL\t${pkg}\t0.01s\n` }) +
  ev({ Action: 'fail', Package: pkg, Elapsed: 0.01 })

describe('when a failure is handed over', () => {
  it('when its package ends, not when its test fails', () => {
    const handed: string[] = []
    const p = createParser({ onFailure: f => void handed.push(`${f.package} ${f.test}`) })
    p.beginSource('log')
    p.push(ev({ Action: 'start', Package: 'a' }) + failTest('a', 'TestOne'))
    expect(handed).toEqual([])
    p.push(endPkg('a'))
    expect(handed).toEqual(['a TestOne'])
    expect(p.end().failures).toEqual([])
  })

  it('a package still running holds back the failures after its own (the order stays that of the log)', () => {
    const handed: string[] = []
    const p = createParser({ onFailure: f => void handed.push(`${f.package} ${f.test}`) })
    p.beginSource('log')
    p.push(failTest('a', 'TestA') + failTest('b', 'TestB') + endPkg('b'))
    expect(handed).toEqual([])
    p.push(endPkg('a'))
    expect(handed).toEqual(['a TestA', 'b TestB'])
  })

  it('a package that never ends hands its failures over at the end, as killed', () => {
    const handed: Failure[] = []
    const p = createParser({ onFailure: f => void handed.push(f) })
    p.beginSource('log')
    p.push(failTest('a', 'TestA') + ev({ Action: 'run', Package: 'a', Test: 'TestHangs' }))
    expect(handed).toEqual([])
    const run = p.end()
    expect(handed.map(f => [f.test, f.kind])).toEqual([
      ['TestA', 'test'],
      ['TestHangs', 'killed']
    ])
    expect(run.partial.join('\n')).toContain('package a has no final result')
  })

  it('plain text: once the package is named by its FAIL line', () => {
    const handed: string[] = []
    const p = createParser({ onFailure: f => void handed.push(`${f.package} ${f.test}`) })
    p.beginSource('log')
    p.push('--- FAIL: TestText (0.00s)\n    x_test.go:3: nope\nFAIL\n')
    expect(handed).toEqual([])
    p.push('FAIL\texample.com/m/pkg\t0.004s\n')
    expect(handed).toEqual(['example.com/m/pkg TestText'])
  })

  it('lines that are not go test output at all: one log failure, handed over at the end', () => {
    const handed: Failure[] = []
    const p = createParser({ onFailure: f => void handed.push(f) })
    p.beginSource('log')
    p.push('make: *** [test] Error 1\n')
    expect(p.end().failures).toEqual([])
    expect(handed.map(f => f.kind)).toEqual(['log'])
  })

  it('verdicts: false lists no test verdicts (nor counts those past the cap); the rest of the run is the same', () => {
    const data = readFileSync(join(FIX, 'gotest', 'go1.26.8', 'all.json.txt'))
    const kept = feed(data, { layout })
    const bare = feed(data, { layout, verdicts: false })
    expect(kept.tests?.length).toBeGreaterThan(0)
    expect(bare.tests).toEqual([])
    expect({ ...bare, tests: kept.tests }).toEqual(kept)
  })
})

describe('a package that ends and then runs again (a second file, a rerun)', () => {
  it('starts over with its own output, keeps one entry and adds up its counts', () => {
    const p = createParser({})
    p.beginSource('first')
    p.push(failTest('a', 'TestOne') + endPkg('a'))
    p.beginSource('second')
    p.push(
      failTest('a', 'TestTwo') +
        ev({ Action: 'run', Package: 'a', Test: 'TestThree' }) +
        ev({ Action: 'pass', Package: 'a', Test: 'TestThree', Elapsed: 0 }) +
        endPkg('a')
    )
    const run = p.end()
    expect(run.failures.map(f => [f.test, f.output])).toEqual([
      ['TestOne', '    x_test.go:9: broken in a\n--- FAIL: TestOne (0.00s)\n'],
      ['TestTwo', '    x_test.go:9: broken in a\n--- FAIL: TestTwo (0.00s)\n']
    ])
    expect(run.packages).toEqual([
      { name: 'a', status: 'failed', elapsed: 0.01, tests: 3, passed: 1, failed: 2, skipped: 0 }
    ])
    expect(run.totals).toEqual({ packages: 1, tests: 3, passed: 1, failed: 2, skipped: 0 })
  })

  it('a second run that fails outside any test reports its own package output', () => {
    const p = createParser({})
    p.beginSource('first')
    p.push(failTest('a', 'TestOne') + endPkg('a') + failTest('b', 'TestB') + endPkg('b'))
    p.beginSource('second')
    p.push(
      ev({ Action: 'output', Package: 'a', Output: 'panic: init failed in a\n' }) +
        ev({ Action: 'output', Package: 'a', Output: 'FAIL\ta\t0.01s\n' }) +
        ev({ Action: 'fail', Package: 'a', Elapsed: 0.01 })
    )
    const run = p.end()
    const pkgFailure = run.failures.find(f => f.package === 'a' && f.test === null)
    expect(pkgFailure?.kind).toBe('panic')
    expect(pkgFailure?.output).toBe('panic: init failed in a\nFAIL\ta\t0.01s\n')
  })

  it("a JSON event that ends the text converter's pending package does not cost later text its output", () => {
    const p = createParser({})
    p.beginSource('log')
    p.push(ev({ Action: 'fail', Package: '\u0000pending', Elapsed: 0 }))
    p.push('panic: boom in init\nFAIL\texample.com/m/pkg\t0.004s\n')
    const f = p.end().failures.find(x => x.kind === 'panic')
    expect(f?.output).toContain('panic: boom in init')
  })
})
