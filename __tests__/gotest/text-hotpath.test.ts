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
