/**
 * The plain-text hot path (text.ts hotLine, engine.ts textOutput: `=== RUN`, `--- PASS` and a running
 * test's indented output read from their bytes, output kept as offsets into the chunk) against an
 * oracle: the same log with CRLF line ends, which the hot path refuses (a CR in the line) and line()
 * reads the same (the CR is removed before it). Inputs: every plain-text capture of three Go versions
 * (go test and go test -v, __tests__/fixtures/gotest), the tools' text outputs (gotestsum's formats,
 * ginkgo) and the real failures (__tests__/fixtures/real), each fed whole and in odd chunk sizes (a line
 * across two chunks, output of a test still running at a chunk's end).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'
import { Engine } from '../../src/gotest/engine.js'
import { TextConverter } from '../../src/gotest/text.js'

const FIX = join(import.meta.dirname, '..', 'fixtures')

function files(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = []
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) out.push(...files(p, keep))
    else if (keep(n)) out.push(p)
  }
  return out
}

function parse(text: string, chunk: number): TestRun {
  const p = createParser({})
  p.beginSource('go-test.txt')
  const b = Buffer.from(text)
  for (let i = 0; i < b.length; i += chunk) p.push(b.subarray(i, i + chunk))
  return p.end()
}

const inputs = [
  ...files(join(FIX, 'gotest'), n => /\.(?:v|text)\.txt$/.test(n)),
  ...files(join(FIX, 'formats'), n => n === 'output.txt'),
  ...files(join(FIX, 'real'), n => n === 'go-test.txt')
]
  .map(f => [f.slice(FIX.length + 1), readFileSync(f, 'utf8')] as [string, string])
  .filter(([, t]) => !t.includes('\r') && !t.trimStart().startsWith('{'))

describe('plain-text hot path agrees with line()', () => {
  it('covers the captures', () => expect(inputs.length).toBeGreaterThan(60))
  it.each(inputs)('%s', (_name, text) => {
    const want = parse(text.replace(/\n/g, '\r\n'), 1 << 16)
    for (const chunk of [1 << 16, 4096, 97]) expect(parse(text, chunk)).toEqual(want)
  })
})

/**
 * Logs shaped to reach what the hot path reuses: a test's state taken back from the pool when the
 * next package runs tests of the same names, Report objects reused from one `--- PASS` to the next, a
 * rerun inside a block (-count=2) and in a later block of the same package (gotestsum --rerun-fails),
 * names with `(` and `_` where the test's name had a space, a non-ASCII name.
 */
function stress(): string {
  const out: string[] = []
  const pass = (n: string): void => {
    out.push(`=== RUN   ${n}`, `    x_test.go:9: working on ${n}`, `--- PASS: ${n} (0.00s)`)
  }
  for (let k = 0; k < 40; k++) {
    const pkg = `example.com/m/p${k % 7}`
    let failed = false
    for (let i = 0; i < 30; i++) {
      const n = `TestA${i % 5}/case_${i % 3}`
      if ((k * 30 + i) % 17 === 3) {
        failed = true
        out.push(`=== RUN   ${n}`, `    x_test.go:12: boom in ${n}`, `--- FAIL: ${n} (0.01s)`)
      } else pass(n)
    }
    // Go writes a space in a subtest's name as `_`: these are the names it can print.
    pass('TestOdd/x_(name)')
    pass('TestÜmlaut')
    pass('TestOdd/(paren')
    out.push(failed ? 'FAIL' : 'PASS', `${failed ? 'FAIL' : 'ok  '}\t${pkg}\t0.123s`)
  }
  return out.join('\n') + '\n'
}

describe('plain-text hot path on reused state', () => {
  const text = stress()
  it('agrees with line()', () => {
    const want = parse(text.replace(/\n/g, '\r\n'), 1 << 16)
    for (const chunk of [1 << 16, 4096, 97, 1 << 20]) expect(parse(text, chunk)).toEqual(want)
  })
  it('finds the flakes: a test that failed, then passed in its package', () => {
    const run = parse(text, 4096)
    const flaky = (run.flaky ?? []).map(f => `${f.package} ${f.test}`).sort()
    // Every failed name passes elsewhere in its package's blocks (names repeat every 5 tests).
    const failed = new Set(run.failures.map(f => `${f.package} ${f.test}`))
    expect(failed.size).toBeGreaterThan(10)
    expect(flaky).toEqual([...failed].sort())
    expect(run.failures.every(f => f.output.includes(`boom in ${f.test}`))).toBe(true)
  })
  it('finds a flake inside one block (-count=2: failed, then passed before the verdict line)', () => {
    const first = text.slice(0, text.indexOf('\t0.123s\n') + 8)
    const run = parse(first, 4096)
    // i = 3 and 20 fail; TestA3/case_0 runs again at i = 18 and passes, TestA0/case_2 passed at i = 5.
    expect(run.failures.map(f => f.test)).toEqual(['TestA3/case_0', 'TestA0/case_2'])
    expect(run.flaky?.map(f => f.test)).toContain('TestA3/case_0')
  })
})

/**
 * quickPass (text.ts): a whole passing test read ahead from its `=== RUN` line, counted with no test
 * state and its name left undecoded. Every shape it must leave to the line-at-a-time path sits in one
 * log, checked against the CRLF oracle in several chunk sizes; and the read-ahead is shown to happen.
 */
function shapes(): string {
  const out: string[] = []
  const run = (n: string, ...lines: string[]): void => {
    out.push(`=== RUN   ${n}`, ...lines)
  }
  // Silent tests before any evidence of go test output (no `file_test.go:N:` line yet), then one that
  // writes: its indented lines wait for that evidence.
  run('TestSilent', '--- PASS: TestSilent (0.00s)')
  run('TestSilent2', '--- PASS: TestSilent2 (0.00s)')
  run('TestFirstWords', '    not yet known as go test output', '--- PASS: TestFirstWords (0.00s)')
  for (let k = 0; k < 6; k++) {
    const pkg = `example.com/q/p${k % 3}`
    // The plain shape, the one quickPass takes.
    run('TestPlain', '    a_test.go:3: fine', `--- PASS: TestPlain (0.0${k}s)`)
    // Its report followed by output at the margin (the passed test's), not by a `=== RUN`.
    run('TestMargin', '    a_test.go:4: fine', '--- PASS: TestMargin (0.00s)', 'trailing text at the margin')
    // A tab, a colour, a nested report under the output: the read-ahead stops.
    run('TestTab', '    a_test.go:5: a\ttab', '--- PASS: TestTab (0.00s)')
    run('TestColour', '    a_test.go:6: \x1b[31mred\x1b[0m', '--- PASS: TestColour (0.00s)')
    // Subtests as go test -v prints them: the parent's report, the children's indented under it.
    run('TestParent')
    run('TestParent/a', '    a_test.go:7: child a')
    run('TestParent/b', '    a_test.go:8: child b')
    out.push(
      '--- PASS: TestParent (0.00s)',
      '    --- PASS: TestParent/a (0.00s)',
      '    --- PASS: TestParent/b (0.00s)'
    )
    // A report of another name, a time that is not seconds, no output at all, a long output.
    run('TestWho', '--- PASS: TestOther (0.00s)')
    run('TestOdd', '    a_test.go:9: x', '--- PASS: TestOdd (fast)')
    run('TestQuiet', '--- PASS: TestQuiet (0.00s)')
    run(
      'TestLong',
      ...Array.from({ length: 300 }, (_, i) => `    a_test.go:10: line ${i}`),
      '--- PASS: TestLong (1.50s)'
    )
    // A flake inside the block both ways (-count=2): passed then failed, failed then passed.
    run('TestFlip', '--- PASS: TestFlip (0.00s)')
    run('TestFlop', '    a_test.go:11: boom', '--- FAIL: TestFlop (0.00s)')
    run('TestFlip', '    a_test.go:12: boom', '--- FAIL: TestFlip (0.00s)')
    run('TestFlop', '--- PASS: TestFlop (0.00s)')
    // A non-ASCII name that fails and then passes, a test already running when its name runs again.
    run('TestÜber', '    a_test.go:13: boom', '--- FAIL: TestÜber (0.00s)')
    run('TestÜber', '--- PASS: TestÜber (0.00s)')
    run('TestAgain')
    run('TestAgain', '--- PASS: TestAgain (0.00s)')
    run('TestPlain', '--- PASS: TestPlain (0.00s)')
    out.push(k % 2 === 0 ? 'FAIL' : 'PASS', `${k % 2 === 0 ? 'FAIL' : 'ok  '}\t${pkg}\t0.5s`)
  }
  return out.join('\n') + '\n'
}

const newEngine = (): Engine =>
  new Engine({
    maxOutputPerFailure: 64 << 10,
    maxRetainedOutput: 16 << 20,
    maxFailures: 5000,
    keepPassed: false
  })

describe('quickPass: whole passing tests read ahead', () => {
  it('agrees with line() on every shape it must leave alone', () => {
    const text = shapes()
    const want = parse(text.replace(/\n/g, '\r\n'), 1 << 16)
    expect(want.flaky?.map(f => f.test)).toEqual(expect.arrayContaining(['TestFlip', 'TestFlop', 'TestÜber']))
    for (const chunk of [1 << 16, 4096, 97, 13]) expect(parse(text, chunk)).toEqual(want)
  })

  it('leaves a report alone when the next line only starts like a `=== RUN` (a review found it)', () => {
    // Its tabs and timestamp make it a `gh run view` line once decoded, and what is left ('foo') does
    // not end TestA's report, so the indented FAIL after it is a subtest of TestA.
    const text = [
      '=== RUN   TestE',
      '--- PASS: TestE (0.00s)',
      '=== RUN   TestA',
      '--- PASS: TestA (0.00s)',
      '=== RUN   x\ty\t2024-05-01T10:00:00Z foo',
      '    --- FAIL: TestA/Sub (0.00s)',
      'FAIL',
      'FAIL\tex.com/p\t0.1s',
      ''
    ].join('\n')
    const want = parse(text.replace(/\n/g, '\r\n'), 1 << 16)
    expect(want.failures.map(f => f.test)).toEqual(['TestA/Sub'])
    for (const chunk of [1 << 16, 4096, 97, 13]) expect(parse(text, chunk)).toEqual(want)
  })

  it('keeps flakes exact past the bytes it keeps undecoded (a block of 17,000 long passing names)', () => {
    // More than PASS_ARENA bytes of names: the later passes are kept as strings, the flake still found.
    const long = (i: number): string => `TestLongName_${String(i).padStart(6, '0')}_${'x'.repeat(48)}`
    const early = `TestEarly_${'y'.repeat(60)}`
    const out = [`=== RUN   ${early}`, '    a_test.go:1: boom', `--- FAIL: ${early} (0.00s)`]
    for (let i = 0; i < 17000; i++) out.push(`=== RUN   ${long(i)}`, `--- PASS: ${long(i)} (0.00s)`)
    out.push(`=== RUN   ${long(3)}`, '    a_test.go:2: boom', `--- FAIL: ${long(3)} (0.00s)`)
    out.push(
      `=== RUN   ${early}`,
      `--- PASS: ${early} (0.00s)`,
      '=== RUN   TestLast',
      '--- PASS: TestLast (0.00s)'
    )
    out.push('FAIL', 'FAIL\texample.com/q/big\t9.0s')
    const text = out.join('\n') + '\n'
    const run = parse(text, 1 << 16)
    expect(run.flaky?.map(f => f.test).sort()).toEqual([long(3), early].sort())
    expect(run).toEqual(parse(text.replace(/\n/g, '\r\n'), 1 << 16))
  })

  it('tells names apart whose hashes agree (a pass of one is no flake of the other)', () => {
    // FNV-1a gives these two names one hash (found by search): renamePending compares the bytes too.
    const [a, b] = ['TestC_001pwu', 'TestC_00c5fa']
    const lines = ['=== RUN   TestX', '    a_test.go:1: boom', '--- FAIL: TestX (0.00s)']
    lines.push(`=== RUN   ${a}`, '    a_test.go:2: boom', `--- FAIL: ${a} (0.00s)`)
    lines.push(`=== RUN   ${b}`, `--- PASS: ${b} (0.00s)`, '=== RUN   TestY', '--- PASS: TestY (0.00s)')
    lines.push('FAIL', 'FAIL\texample.com/q/hash\t0.1s')
    const text = lines.join('\n') + '\n'
    const run = parse(text, 1 << 16)
    expect(run.failures.map(f => f.test)).toEqual(['TestX', a])
    expect(run.flaky ?? []).toEqual([])
    expect(run).toEqual(parse(text.replace(/\n/g, '\r\n'), 1 << 16))
  })

  it('reads the test in one step and leaves the next `=== RUN` to the parser', () => {
    // A silent test needs no evidence of go test output first: its RUN and PASS lines are framing.
    {
      const engine = newEngine()
      const text = new TextConverter(engine)
      const b = Buffer.from(
        '=== RUN   TestS\n--- PASS: TestS (0.00s)\n=== RUN   TestT\n    t_test.go:1: x\n--- PASS: TestT (0.00s)\n=== RUN   TestU\n'
      )
      engine.useBuffer(b)
      expect(text.hotLine(b, 0, b.indexOf(0x0a))).toBe(true)
      expect(text.skipTo).toBe(b.indexOf('\n=== RUN   TestT'))
      // Its indented line is not read ahead before that evidence.
      text.skipTo = -1
      const t = b.indexOf('=== RUN   TestT')
      expect(text.hotLine(b, t, b.indexOf(0x0a, t))).toBe(true)
      expect(text.skipTo).toBe(-1)
    }
    const engine = newEngine()
    const text = new TextConverter(engine)
    // Evidence of go test output first (a `file_test.go:N:` line), as quickPass asks.
    text.line('    a_test.go:1: first')
    const b = Buffer.from(
      '=== RUN   TestA\n    a_test.go:3: fine\n--- PASS: TestA (0.01s)\n=== RUN   TestB\n'
    )
    engine.useBuffer(b)
    const nl = b.indexOf(0x0a)
    expect(text.hotLine(b, 0, nl)).toBe(true)
    expect(text.skipTo).toBe(b.indexOf('\n=== RUN   TestB'))
    expect(text.skipLines).toBe(2)
    // The same bytes with the report of another name: one line, no read-ahead.
    const other = Buffer.from('=== RUN   TestC\n--- PASS: TestD (0.01s)\n=== RUN   TestB\n')
    text.skipTo = -1
    engine.useBuffer(other)
    expect(text.hotLine(other, 0, other.indexOf(0x0a))).toBe(true)
    expect(text.skipTo).toBe(-1)
  })
})
