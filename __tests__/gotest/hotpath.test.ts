/**
 * The parser's hot path (byte templates, undecoded test names, per-chunk pending lines; keys.ts and
 * engine.ts) against an independent oracle: the same events with their keys in another order, which
 * the fast paths do not recognise, so every line goes through JSON.parse. Inputs are the real -json
 * captures of three Go versions (scripts/capture-gotest.sh) and a generated stream with the shapes the
 * hot path special-cases (sequential tests, subtests, interleaved parallel tests, package-level output,
 * varying Time lengths, escaped and non-ASCII names, CRLF).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { LiveEvent, LiveLine, ParserOptions } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

const FIX = join(import.meta.dirname, '..', 'fixtures', 'gotest')

/** Rewrites each JSON line with its keys in reverse order (same values: JSON.parse sees the same event). */
function reorder(text: string): string {
  return text
    .split('\n')
    .map(l => {
      if (!l.startsWith('{')) return l
      let ev: Record<string, unknown>
      try {
        ev = JSON.parse(l) as Record<string, unknown>
      } catch {
        return l
      }
      return JSON.stringify(Object.fromEntries(Object.entries(ev).reverse()))
    })
    .join('\n')
}

interface Fed {
  run: TestRun
  events: LiveEvent[]
}

/**
 * Feeds `data` in chunks of `size` bytes, each chunk a fresh copy that is overwritten with garbage right
 * after push() returns (the caller may reuse its buffers: the parser must keep no reference to them).
 */
function feed(data: Buffer, size: number, opts: ParserOptions = {}, live = true): Fed {
  const events: LiveEvent[] = []
  const p = createParser(live ? { ...opts, onEvent: e => events.push(e) } : opts)
  p.beginSource('input')
  for (let i = 0; i < data.length; i += size) {
    const chunk = Buffer.alloc(Math.min(size, data.length - i))
    data.copy(chunk, 0, i, i + chunk.length)
    p.push(chunk)
    chunk.fill(0x7e)
  }
  return { run: p.end(), events }
}

const captures: [string, string][] = []
for (const ver of readdirSync(FIX).filter(d => d.startsWith('go')))
  for (const f of readdirSync(join(FIX, ver)).filter(n => n.endsWith('.json.txt'))) captures.push([ver, f])

/** A stream with the shapes the hot path special-cases; the expected verdicts are written alongside. */
function generated(): { text: string; failed: string[]; passed: number; skipped: string[] } {
  const lines: string[] = []
  const failed: string[] = []
  const skipped: string[] = []
  let passed = 0
  let seq = 0
  // RFC 3339 with trailing zeros trimmed, as Go writes it: the Time value changes length.
  const time = (): string => `2026-11-21T10:00:0${seq % 10}.${String(++seq).replace(/0+$/, '')}Z`
  // Go's encoding/json escapes <, > and & in strings.
  const ev = (o: Record<string, unknown>): void => {
    lines.push(
      JSON.stringify({ Time: time(), ...o })
        .replaceAll('<', '\\u003c')
        .replaceAll('>', '\\u003e')
        .replaceAll('&', '\\u0026')
    )
  }
  for (let pk = 0; pk < 3; pk++) {
    const pkg = `example.com/gen/p${pk}`
    ev({ Action: 'start', Package: pkg })
    const names = ['TestA', 'TestB/case_1', 'Test<html>&amp', 'TestÜnïcode', 'TestLast']
    for (let i = 0; i < 40; i++) {
      const name = `${names[i % names.length]}_${i}`
      const fail = i % 9 === 4
      const skip = i % 11 === 7
      ev({ Action: 'run', Package: pkg, Test: name })
      ev({ Action: 'output', Package: pkg, Test: name, Output: `=== RUN   ${name}\n` })
      for (let j = 0; j < (i % 4) + 1; j++)
        ev({
          Action: 'output',
          Package: pkg,
          Test: name,
          Output: `    x_test.go:${10 + j}: line ${j} of ${name}\n`
        })
      if (i % 6 === 1) ev({ Action: 'output', Package: pkg, Output: `package-level line ${i}\n` })
      if (i % 5 === 2) {
        // A subtest while the parent runs, and a parallel sibling interleaved with it.
        const sub = `${name}/sub`
        const par = `${name}/par`
        ev({ Action: 'run', Package: pkg, Test: sub })
        ev({ Action: 'run', Package: pkg, Test: par })
        ev({ Action: 'pause', Package: pkg, Test: par })
        ev({ Action: 'output', Package: pkg, Test: sub, Output: `sub of ${name} says hi\n` })
        ev({ Action: 'cont', Package: pkg, Test: par })
        ev({ Action: 'output', Package: pkg, Test: par, Output: `par of ${name}: too many open files\n` })
        ev({ Action: 'output', Package: pkg, Test: sub, Output: `sub of ${name} again\n` })
        ev({ Action: 'output', Package: pkg, Test: par, Output: `--- FAIL: ${par} (0.00s)\n` })
        ev({ Action: 'fail', Package: pkg, Test: par, Elapsed: 0 })
        failed.push(`${pkg} ${par}`)
        ev({ Action: 'pass', Package: pkg, Test: sub, Elapsed: 0.001 })
        passed++
      }
      if (fail) {
        ev({
          Action: 'output',
          Package: pkg,
          Test: name,
          Output: `    x_test.go:40: ${name}: boom "quoted"\n`
        })
        ev({ Action: 'fail', Package: pkg, Test: name, Elapsed: 0.25 })
        failed.push(`${pkg} ${name}`)
      } else if (skip) {
        ev({ Action: 'skip', Package: pkg, Test: name, Elapsed: 0 })
        skipped.push(`${pkg} ${name}`)
      } else {
        ev({ Action: 'pass', Package: pkg, Test: name, Elapsed: 0.125 })
        passed++
      }
    }
    ev({ Action: 'output', Package: pkg, Output: 'FAIL\n' })
    ev({ Action: 'fail', Package: pkg, Elapsed: 1.5 })
  }
  // CRLF on every other line (a log saved on Windows).
  return { text: lines.map((l, i) => (i % 2 ? l + '\r' : l)).join('\n') + '\n', failed, passed, skipped }
}

describe('hot path equals the JSON.parse path', () => {
  it.each(captures)('%s %s: same run with the keys reordered, in any chunking', (ver, f) => {
    const text = readFileSync(join(FIX, ver, f), 'utf8')
    const oracle = feed(Buffer.from(reorder(text)), 1 << 20)
    // The oracle really takes the slow path: no line starts like the fast paths expect.
    expect(reorder(text)).not.toMatch(/^\{"Time":/m)
    expect(reorder(text)).not.toMatch(/^\{"Action":"(output|run|pass|pause|cont)"/m)
    for (const size of [1 << 20, 4096, 977, 61, 7]) {
      const got = feed(Buffer.from(text), size)
      expect(got.run).toEqual(oracle.run)
      expect(got.events).toEqual(oracle.events)
    }
  })

  it('generated stream: verdicts as written, and equal to the oracle in any chunking', () => {
    const g = generated()
    const oracle = feed(Buffer.from(reorder(g.text.replaceAll('\r', ''))), 1 << 20)
    const fails = oracle.run.failures.map(f => `${f.package} ${f.test}`)
    expect(fails.sort()).toEqual([...g.failed].sort())
    expect(oracle.run.totals.passed).toBe(g.passed)
    expect(oracle.run.tests?.filter(t => t.status === 'skipped').map(t => `${t.package} ${t.test}`)).toEqual(
      g.skipped
    )
    // Escaped quotes, HTML escapes and non-ASCII names come out decoded.
    expect(oracle.run.failures.some(f => f.test?.startsWith('Test<html>&amp'))).toBe(true)
    expect(oracle.run.failures.some(f => f.output.includes('boom "quoted"'))).toBe(true)
    for (const size of [1 << 20, 65536, 4093, 500, 33]) {
      const got = feed(Buffer.from(g.text), size)
      expect(got.run).toEqual(oracle.run)
      expect(got.events).toEqual(oracle.events)
    }
    // Without onEvent and with keepPassed the engine takes its other branches: still the same run.
    const plain = feed(Buffer.from(g.text), 4093, {}, false)
    expect(plain.run).toEqual(oracle.run)
    const kept = feed(Buffer.from(g.text), 4093, { keepPassed: true })
    const keptOracle = feed(Buffer.from(reorder(g.text.replaceAll('\r', ''))), 1 << 20, { keepPassed: true })
    expect(kept.run).toEqual(keptOracle.run)
    expect(kept.run.tests?.filter(t => t.status === 'passed')).toHaveLength(g.passed)
  })

  it('onLine: every line once, a JSON line as JSON.parse reads it, in any chunking; the run is the same', () => {
    const str = (v: unknown): string => (typeof v === 'string' ? v : '')
    const texts = [generated().text, ...captures.map(([v, f]) => readFileSync(join(FIX, v, f), 'utf8'))]
    for (const text of texts) {
      const want: LiveLine[] = text
        .replace(/\n$/, '')
        .split('\n')
        .map(l => {
          let ev: Record<string, unknown> | null = null
          if (l.startsWith('{'))
            try {
              ev = JSON.parse(l) as Record<string, unknown>
            } catch {
              ev = null
            }
          if (ev === null || typeof ev.Action !== 'string') return l
          const elapsed = typeof ev.Elapsed === 'number' ? ev.Elapsed : undefined
          const [pkg, test, ip, out] = [ev.Package, ev.Test, ev.ImportPath, ev.Output].map(str)
          return { action: ev.Action, package: pkg, test, importPath: ip, output: out, elapsed }
        })
      const plain = feed(Buffer.from(text), 1 << 20)
      for (const size of [1 << 20, 4093, 61]) {
        const lines: LiveLine[] = []
        const got = feed(Buffer.from(text), size, { onLine: l => void lines.push(l) })
        expect(lines).toEqual(want)
        expect(got.run).toEqual(plain.run)
        expect(got.events).toEqual(plain.events)
      }
    }
  })

  it('the state of a test that ended is reused; a test still running at the chunk end keeps its own', () => {
    // Chunk 1: after TestZero, TestAlpha/sub fails, then its parent TestAlpha (a failed child, nothing of its own);
    // TestEpsilon is still running at the chunk's end. Chunk 2: TestBeta12 and TestDeltaLong get the
    // two ended states from the pool, TestAlpha writes a late line, TestDeltaLong fails with no output
    // at all (it must be reported: it has no failed child), TestEpsilon fails with its two lines.
    const pkg = 'example.com/reuse/p'
    let seq = 0
    const ev = (o: Record<string, unknown>): string =>
      JSON.stringify({ Time: `2026-11-21T10:00:00.${String(++seq).padStart(3, '0')}Z`, ...o }) + '\n'
    const act = (action: string, test: string): string => ev({ Action: action, Package: pkg, Test: test })
    const out = (test: string, text: string): string =>
      ev({ Action: 'output', Package: pkg, Test: test, Output: text })
    const first =
      ev({ Action: 'start', Package: pkg }) +
      // The first run event of a package takes the slow path (it sets the template); the rest do not.
      act('run', 'TestZero') +
      act('pass', 'TestZero') +
      act('run', 'TestAlpha') +
      act('run', 'TestAlpha/sub') +
      out('TestAlpha/sub', '    x_test.go:1: sub says\n') +
      act('fail', 'TestAlpha/sub') +
      act('fail', 'TestAlpha') +
      act('run', 'TestEpsilon') +
      out('TestEpsilon', '    x_test.go:2: epsilon first\n')
    const second =
      act('run', 'TestBeta12') +
      act('run', 'TestDeltaLong') +
      out('TestAlpha', '    x_test.go:3: late line of alpha\n') +
      act('fail', 'TestDeltaLong') +
      act('pass', 'TestBeta12') +
      out('TestEpsilon', '    x_test.go:4: epsilon second\n') +
      act('fail', 'TestEpsilon') +
      ev({ Action: 'fail', Package: pkg, Elapsed: 0.1 })
    const p = createParser({})
    p.push(Buffer.from(first))
    p.push(Buffer.from(second))
    const run = p.end()
    const out2 = (t: string): string | undefined => run.failures.find(f => f.test === t)?.output
    expect(run.failures.map(f => f.test)).toEqual(['TestAlpha/sub', 'TestDeltaLong', 'TestEpsilon'])
    expect(out2('TestDeltaLong')).toBe('')
    expect(out2('TestEpsilon')).toBe('    x_test.go:2: epsilon first\n    x_test.go:4: epsilon second\n')
    expect(run).toEqual(feed(Buffer.from(reorder(first + second)), 1 << 20).run)
  })

  it('a test that fails and then passes on its rerun (go test -count=2, real capture) is a flake', () => {
    // fixtures/flaky/SOURCE.md: the rerun's run and pass events take the hot path unless the engine
    // knows the name failed before (Engine.runRaw's failed-name check).
    const text = readFileSync(join(FIX, '..', 'flaky', 'count2.json.txt'))
    const run = feed(text, 1 << 20).run
    expect(run.flaky).toEqual([{ package: 'example.com/formats/flaky', test: 'TestFlakyOnce' }])
    expect(run.failures.map(f => [f.test, f.flaky])).toEqual([['TestFlakyOnce', true]])
    expect(run).toEqual(feed(Buffer.from(reorder(text.toString('utf8'))), 1 << 20).run)
    // Streamed: the failure is handed over when its package ends, after the rerun passed.
    const handed: boolean[] = []
    const p = createParser({ onFailure: f => void handed.push(f.flaky === true) })
    p.push(text)
    p.end()
    expect(handed).toEqual([true])
  })

  it('a failing test keeps exactly its own lines, even when its run event is chunks before its failure', () => {
    const g = generated()
    const run = feed(Buffer.from(g.text), 200).run
    const f = run.failures.find(x => x.test === 'Test<html>&amp_22')
    expect(f?.output).toBe(
      [
        '=== RUN   Test<html>&amp_22',
        '    x_test.go:10: line 0 of Test<html>&amp_22',
        '    x_test.go:11: line 1 of Test<html>&amp_22',
        '    x_test.go:12: line 2 of Test<html>&amp_22',
        '    x_test.go:40: Test<html>&amp_22: boom "quoted"',
        ''
      ].join('\n')
    )
  })
})
