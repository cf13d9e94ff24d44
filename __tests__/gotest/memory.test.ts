/**
 * What the parser keeps across a whole run is bounded (issue 3): one output budget shared by the buffers
 * of running tests and by the failures kept (past it, 4 KiB head-and-tail excerpts and a partial note),
 * package state freed when the package ends, and at most 20000 non-passing verdicts listed.
 */
import { describe, expect, it } from '@jest/globals'
import { createParser } from '../../src/gotest/index.js'
import { Engine, FOLD_AFTER, PENDING } from '../../src/gotest/engine.js'
import type { ParserOptions } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

let seq = 0
function ev(o: Record<string, unknown>): string {
  return JSON.stringify({ Time: `2026-11-21T10:00:00.${String(++seq).padStart(9, '0')}Z`, ...o }) + '\n'
}

/** `n` lines of about 100 bytes, the first and last marked. */
function body(pkg: string, test: string | undefined, tag: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) {
    const mark = i === 0 ? 'FIRST' : i === n - 1 ? 'LAST' : 'mid'
    s += ev({
      Action: 'output',
      Package: pkg,
      Test: test,
      Output: `    x_test.go:9: ${tag} ${mark} ${i} ${'.'.repeat(60)}\n`
    })
  }
  return s
}

function parse(text: string, opts: ParserOptions): TestRun {
  const p = createParser(opts)
  const buf = Buffer.from(text)
  for (let i = 0; i < buf.length; i += 65536) p.push(buf.subarray(i, i + 65536))
  return p.end()
}

describe('run-wide memory bounds', () => {
  it('failures past the output budget keep a head-and-tail excerpt, and the run says so', () => {
    const pkg = 'example.com/m/p'
    let text = ev({ Action: 'start', Package: pkg })
    for (let i = 0; i < 40; i++) {
      const t = `TestBig${i}`
      text += ev({ Action: 'run', Package: pkg, Test: t }) + body(pkg, t, t, 300) // ~30 KB each
      text += ev({ Action: 'fail', Package: pkg, Test: t, Elapsed: 0.1 })
    }
    text += ev({ Action: 'fail', Package: pkg, Elapsed: 1 })
    const budget = 256 << 10
    const run = parse(text, { maxRetainedOutput: budget })
    expect(run.failures).toHaveLength(40)
    const cut = run.failures.filter(f => f.output.includes('omitted by go-env-guard'))
    const full = run.failures.filter(f => !cut.includes(f))
    // The first failures fit (30 KB each under the 64 KiB per-failure cap): whole, every line there.
    expect(full.length).toBeGreaterThanOrEqual(Math.floor(budget / 31000) - 1)
    for (const f of full)
      expect(f.output.split('\n').filter(l => l.includes(f.test as string))).toHaveLength(300)
    expect(cut.length).toBe(40 - full.length)
    for (const f of cut) {
      // The excerpt keeps the start and the end of the test's own output, and nothing of other tests.
      expect(f.output).toContain(`${f.test} FIRST 0`)
      expect(f.output).toContain(`${f.test} LAST 299`)
      expect(f.output.replaceAll(f.test as string, '')).not.toMatch(/TestBig\d/)
    }
    // All but the one being written when the budget ran out are short excerpts.
    expect(cut.filter(f => f.output.length > 4096 + 200).length).toBeLessThanOrEqual(1)
    expect(run.partial).toEqual([
      `output of ${cut.length} failure(s) cut to a head-and-tail excerpt: the run's output budget (256 KiB) was spent`
    ])
    // What the run keeps stays near the budget however many failures come after it.
    const kept = run.failures.reduce((n, f) => n + f.output.length, 0)
    expect(kept).toBeLessThan(budget + 64 * 1024 + cut.length * 4300)
  })

  it('buffers of tests running at once shrink to excerpts once the budget is spent', () => {
    const pkg = 'example.com/m/par'
    let text = ev({ Action: 'start', Package: pkg })
    const names = Array.from({ length: 50 }, (_, i) => `TestPar/case_${i}`)
    text += ev({ Action: 'run', Package: pkg, Test: 'TestPar' })
    for (const t of names)
      text += ev({ Action: 'run', Package: pkg, Test: t }) + ev({ Action: 'pause', Package: pkg, Test: t })
    // All fifty write 30 KB each while all of them run (interleaved), then all fail.
    for (let round = 0; round < 30; round++)
      for (const t of names) {
        text += ev({ Action: 'cont', Package: pkg, Test: t })
        text += body(pkg, t, `${t} r${round}`, 10)
      }
    for (const t of names) text += ev({ Action: 'fail', Package: pkg, Test: t, Elapsed: 0.1 })
    text += ev({ Action: 'fail', Package: pkg, Test: 'TestPar', Elapsed: 1 })
    text += ev({ Action: 'fail', Package: pkg, Elapsed: 1 })
    const budget = 512 << 10
    const run = parse(text, { maxRetainedOutput: budget })
    expect(run.failures.map(f => f.test).sort()).toEqual([...names].sort())
    // 50 x 30 KB = 1.5 MB written; what is kept stays within the budget plus one excerpt per test.
    const kept = run.failures.reduce((n, f) => n + f.output.length, 0)
    expect(kept).toBeLessThan(budget + 50 * 4300)
    for (const f of run.failures) {
      expect(f.output).toContain(`${f.test} r0 FIRST 0`)
      expect(f.output).toContain(`${f.test} r29 LAST 9`)
    }
  })

  it('a finished package gives its output back: later failures are not cut because of it', () => {
    let text = ''
    for (let k = 0; k < 100; k++) {
      const pkg = `example.com/m/ok${k}`
      text += ev({ Action: 'start', Package: pkg }) + body(pkg, undefined, `pkg${k}`, 100) // 10 KB each
      text += ev({ Action: 'pass', Package: pkg, Elapsed: 0.1 })
    }
    const pkg = 'example.com/m/bad'
    text += ev({ Action: 'run', Package: pkg, Test: 'TestLate' }) + body(pkg, 'TestLate', 'late', 200)
    text += ev({ Action: 'fail', Package: pkg, Test: 'TestLate', Elapsed: 0.1 })
    text += ev({ Action: 'fail', Package: pkg, Elapsed: 1 })
    // 1 MB of package output went by; the budget is 64 KiB: only released buffers leave room.
    const run = parse(text, { maxRetainedOutput: 64 << 10 })
    expect(run.packages.filter(p => p.status === 'passed')).toHaveLength(100)
    const f = run.failures.find(x => x.test === 'TestLate')
    expect(f?.output).not.toContain('budget spent')
    expect(f?.output.split('\n').filter(l => l.includes('late '))).toHaveLength(200)
    expect(run.partial).toEqual([])
  })

  it('lists at most 20000 non-passing verdicts, counts all of them', () => {
    const pkg = 'example.com/m/skips'
    let text = ev({ Action: 'start', Package: pkg })
    for (let i = 0; i < 20005; i++)
      text +=
        ev({ Action: 'run', Package: pkg, Test: `TestSkip${i}` }) +
        ev({ Action: 'skip', Package: pkg, Test: `TestSkip${i}`, Elapsed: 0 })
    text += ev({ Action: 'pass', Package: pkg, Elapsed: 1 })
    const run = parse(text, {})
    expect(run.totals.skipped).toBe(20005)
    expect(run.tests).toHaveLength(20000)
    expect(run.partial).toEqual(['5 more test verdict(s) not listed (limit 20000)'])
  })
})

describe('packages past FOLD_AFTER are counted, not kept (issue 21)', () => {
  // A mix that the totals must add up exactly: every 7th package verbose with 3 passing tests and one
  // skipped, every 11th without test files, every 997th failing; in -json and in plain text.
  const N = FOLD_AFTER * 3 + 17
  const expected = { packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 }
  let json = ''
  let text = ''
  for (let i = 0; i < N; i++) {
    const pkg = `example.com/m/p${i}`
    expected.packages++
    json += ev({ Action: 'start', Package: pkg })
    if (i % 11 === 0) {
      json += ev({ Action: 'output', Package: pkg, Output: `?   \t${pkg}\t[no test files]\n` })
      json += ev({ Action: 'skip', Package: pkg, Elapsed: 0 })
      text += `?   \t${pkg}\t[no test files]\n`
      continue
    }
    const fail = i % 997 === 5
    if (i % 7 === 0 || fail) {
      for (const t of ['TestA', 'TestB', 'TestC', 'TestS']) {
        const verdict = t === 'TestS' ? 'skip' : fail && t === 'TestB' ? 'fail' : 'pass'
        json += ev({ Action: 'run', Package: pkg, Test: t })
        json += ev({ Action: 'output', Package: pkg, Test: t, Output: `=== RUN   ${t}\n` })
        if (verdict === 'fail')
          json += ev({ Action: 'output', Package: pkg, Test: t, Output: '    a_test.go:9: boom\n' })
        json += ev({
          Action: 'output',
          Package: pkg,
          Test: t,
          Output: `--- ${verdict.toUpperCase()}: ${t} (0.00s)\n`
        })
        json += ev({ Action: verdict, Package: pkg, Test: t, Elapsed: 0 })
        text += `=== RUN   ${t}\n${verdict === 'fail' ? '    a_test.go:9: boom\n' : ''}--- ${verdict.toUpperCase()}: ${t} (0.00s)\n`
        expected.tests++
        if (verdict === 'pass') expected.passed++
        else if (verdict === 'fail') expected.failed++
        else expected.skipped++
      }
    }
    json += ev({ Action: fail ? 'fail' : 'pass', Package: pkg, Elapsed: 0.01 })
    text += fail ? `FAIL\nFAIL\t${pkg}\t0.010s\n` : `ok  \t${pkg}\t0.010s\n`
  }
  const failing = Math.floor((N - 1 - 5) / 997) + 1

  it.each([
    ['-json', () => json],
    ['text', () => text]
  ])('%s: totals exact, every failure kept with its package', (_form, input) => {
    const run = parse(input(), {})
    expect(run.totals).toEqual(expected)
    expect(run.failures.map(f => `${f.package} ${f.test}`)).toEqual(
      Array.from({ length: failing }, (_, k) => `example.com/m/p${k * 997 + 5} TestB`)
    )
    expect(run.partial).toEqual([])
    // What the run keeps: records for at most FOLD_AFTER packages plus the failed ones.
    expect(run.packages.length).toBeLessThanOrEqual(FOLD_AFTER + failing + 1)
    expect(run.packages.filter(p => p.status === 'failed').map(p => p.name)).toHaveLength(failing)
  })
})

describe('what survives a young-generation collection', () => {
  it("an ended test's pooled state keeps neither its name nor its output", () => {
    // The text hot path (a verbose log: RUN, output, PASS in the pending package) as TextConverter
    // drives it, then the chunk's end. A name kept by a pooled state stays alive until the state is
    // taken again, up to a chunk later: on the bench's 500 MB verbose log that was 186 KB of names
    // found alive at every scavenge, and V8 grew its young generation on it (peak RSS 76 -> 84 MB
    // from a 50 to a 500 MB log with the same failures; 76 -> 76 MB without).
    const engine = new Engine({
      maxOutputPerFailure: 64 << 10,
      maxRetainedOutput: 16 << 20,
      maxFailures: 5000,
      keepPassed: false
    })
    const line = Buffer.from('    x_test.go:9: a line of output\n')
    for (let i = 0; i < 100; i++) {
      engine.runText(`TestPooled${i}`)
      engine.textOutput(`TestPooled${i}`, line, 0, line.length)
      engine.testEvent(PENDING, `TestPooled${i}`, 'pass', 0)
    }
    engine.commit()
    const pool = (engine as unknown as { pool: { n: number; at(i: number): { name: string; out: unknown } } })
      .pool
    expect(pool.n).toBe(100)
    for (let i = 0; i < pool.n; i++) expect(pool.at(i)).toMatchObject({ name: '', out: null })
    // Taken again, a state is the new test's alone.
    engine.runText('TestAgain')
    engine.testEvent(PENDING, 'TestAgain', 'fail', 0.1)
    expect(pool.n).toBe(99)
  })
})
