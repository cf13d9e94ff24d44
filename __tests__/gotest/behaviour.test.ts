/**
 * What the parser says about each kind of failure, over the real captures in __tests__/fixtures/gotest
 * (scripts/capture-gotest.sh). Expected files and lines are the fixture module's own sources
 * (testdata/gotest), checked here by reading those source lines, not copied from parser output.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createParser, discoverLayout, formatLive, parseFiles } from '../../src/gotest/index.js'
import type { LiveEvent, SourceLayout } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'
import { NodeHost } from '../../src/host/node-host.js'

const REPO = join(import.meta.dirname, '..', '..')
const FIX = join(REPO, '__tests__', 'fixtures', 'gotest')
// The captures were made with the repo at /work/main (captureRoot in each verdict file): panic traces
// carry that absolute path. A runner checkout elsewhere is simulated by a different repoRoot below.
const CAPTURE_ROOT = '/work/main'
const layout: SourceLayout = {
  repoRoot: CAPTURE_ROOT,
  modules: [
    { path: 'example.com/envguard/fixture', dir: 'testdata/gotest' },
    { path: 'example.com/envguard/nested', dir: 'testdata/gotest/nested' }
  ],
  workingDirectory: 'testdata/gotest'
}

function parse(
  ver: string,
  name: string,
  mode: string,
  opts: Parameters<typeof createParser>[0] = { layout }
): TestRun {
  const p = createParser(opts)
  p.beginSource(name)
  p.push(readFileSync(join(FIX, ver, `${name}.${mode}.txt`)))
  return p.end()
}

/** The 1-based line of the fixture source that contains `needle`. */
function srcLine(file: string, needle: string): number {
  const lines = readFileSync(join(REPO, file), 'utf8').split('\n')
  const i = lines.findIndex(l => l.includes(needle))
  if (i < 0) throw new Error(`${needle} not in ${file}`)
  return i + 1
}

const V = ['go1.26.8', 'go1.22.12', 'go1.19.13']

describe('failure kinds and locations', () => {
  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    't.Errorf maps to the test file (%s %s)',
    (v, m) => {
      const run = parse(v, 'fail', m)
      const f = run.failures.find(x => x.test === 'TestErrorf')
      expect(f).toMatchObject({
        kind: 'test',
        file: 'testdata/gotest/fail/fail_test.go',
        line: srcLine('testdata/gotest/fail/fail_test.go', 'too many open files')
      })
      expect(f?.output).toContain('too many open files')
      // The passing test's output was dropped.
      expect(run.failures.map(x => x.test).sort()).toEqual(['TestErrorf', 'TestFatal'])
    }
  )

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    'panic: kind panic, location from the trace (%s %s)',
    (v, m) => {
      const run = parse(v, 'panic', m)
      expect(run.failures).toHaveLength(1)
      expect(run.failures[0]).toMatchObject({
        test: 'TestPanics',
        kind: 'panic',
        file: 'testdata/gotest/panicky/panic_test.go',
        line: srcLine('testdata/gotest/panicky/panic_test.go', 'm["x"] = 1')
      })
      expect(run.failures[0].excerpt.split('\n')[0]).toMatch(/^panic: assignment to entry in nil map/)
    }
  )

  it('maps a runner path (/home/runner/work/r/r/...) into the workspace through the package, not the prefix', () => {
    const text = readFileSync(join(FIX, 'go1.26.8', 'panic.json.txt'), 'utf8').replaceAll(
      CAPTURE_ROOT,
      '/home/runner/work/repo/repo'
    )
    const p = createParser({ layout: { ...layout, repoRoot: '/src/checkout' } })
    p.push(text)
    const f = p.end().failures[0]
    expect(f.file).toBe('testdata/gotest/panicky/panic_test.go')
  })

  it('gives no location when the package is not in the layout (never a guess)', () => {
    const run = parse('go1.26.8', 'panic', 'json', {
      layout: { repoRoot: '/x', modules: [{ path: 'example.com/other', dir: '' }] }
    })
    expect(run.failures[0].file).toBeUndefined()
    const run2 = parse('go1.26.8', 'fail', 'json', {})
    expect(run2.failures.every(f => f.file === undefined)).toBe(true)
  })

  it("locates the ginkgo CLI's specs by the suite directory only through a module's directory in it", () => {
    // The real capture (scripts/capture-formats.sh) names the suite by its runner directory
    // /work/wt/formats/__tests__/fixtures/formats/pkgs/ginkgosuite; `In [It] at:` gives the line.
    const file = join(REPO, '__tests__', 'fixtures', 'formats', 'ginkgo', 'suite', 'output.txt')
    const text = readFileSync(file, 'utf8')
    const line = Number(/In \[It\] at: \S+\/ginkgosuite\/suite_test\.go:(\d+)/.exec(text)![1])
    const run = (l: SourceLayout): TestRun => {
      const p = createParser({ layout: l })
      p.push(Buffer.from(text))
      return p.end()
    }
    const anchored = run({
      repoRoot: '/src/checkout',
      modules: [{ path: 'example.com/formats', dir: '__tests__/fixtures/formats/pkgs' }]
    })
    const spec = anchored.failures.find(f => f.test === 'Cart applies a discount')!
    expect(`${spec.file}:${spec.line}`).toBe(
      `__tests__/fixtures/formats/pkgs/ginkgosuite/suite_test.go:${line}`
    )
    // A module at the repository root, or one whose directory the path does not run through: no guess.
    for (const dir of ['', 'elsewhere/pkgs']) {
      const r = run({ repoRoot: '/src/checkout', modules: [{ path: 'example.com/formats', dir }] })
      expect(r.failures.length).toBeGreaterThan(2)
      expect(r.failures.filter(f => f.file !== undefined)).toEqual([])
    }
  })

  it.each(V.flatMap(v => ['json', 'v'].map(m => [v, m])))(
    'subtests: leaves reported, parents counted (%s %s)',
    (v, m) => {
      const run = parse(v, 'subtests', m)
      expect(run.failures.map(f => f.test).sort()).toEqual([
        'TestTable/bad_case',
        'TestTable/nested/deep_bad'
      ])
      const deep = run.failures.find(f => f.test === 'TestTable/nested/deep_bad')
      expect(deep?.line).toBe(srcLine('testdata/gotest/subtests/sub_test.go', 'deep failure'))
      expect(run.packages[0]).toMatchObject({ status: 'failed', failed: 4, skipped: 1 })
    }
  )

  it.each(V.flatMap(v => ['json', 'v'].map(m => [v, m])))(
    'parallel: interleaved output goes to the right test (%s %s)',
    (v, m) => {
      const run = parse(v, 'parallel', m)
      const by = new Map(run.failures.map(f => [f.test, f.output]))
      expect([...by.keys()].sort()).toEqual(['TestPar/beta', 'TestPar/delta', 'TestTopA'])
      for (const name of ['beta', 'delta']) {
        const out = by.get(`TestPar/${name}`) as string
        expect(out).toContain(`${name} failed: resource temporarily unavailable`)
        for (const other of ['alpha', 'beta', 'gamma', 'delta'].filter(o => o !== name))
          expect(out).not.toContain(`${other} step`)
      }
    }
  )

  it('joins test2json lines split at 1024 bytes', () => {
    const run = parse('go1.26.8', 'longline', 'json')
    const out = run.failures[0].output
    expect(out).toMatch(/begin (0123456789){300} end-of-long-line\n/)
    expect(run.failures[0].line).toBe(srcLine('testdata/gotest/longline/long_test.go', 't.Errorf'))
  })

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    'timeouts name the running tests (%s %s)',
    (v, m) => {
      const run = parse(v, 'timeout', m)
      expect(run.packages[0].status).toBe('timed-out')
      expect(run.failures.every(f => f.kind === 'timeout')).toBe(true)
      const names = run.failures.map(f => f.test).sort()
      if (v === 'go1.26.8' || m !== 'text') {
        // Go 1.26 lists "running tests:"; with -v or -json older versions still show which tests ran.
        expect(names).toEqual(['TestAlsoHangs/inner', 'TestHangs'])
        for (const f of run.failures) expect(f.output).toContain('panic: test timed out after 3s')
      } else {
        expect(names).toEqual([null]) // plain text of Go < 1.20ish: no test names to be sure of
      }
      if (v === 'go1.26.8' && m === 'text')
        expect(run.failures.find(f => f.test === 'TestHangs')?.elapsed).toBe(3)
    }
  )

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    'killed (SIGKILL) is kind killed (%s %s)',
    (v, m) => {
      for (const name of ['killed', 'killed-quiet']) {
        const run = parse(v, name, m)
        // go1.19 prints no "signal: killed" when the binary wrote any output (failure-catalog claim g; with
        // -v and -json the t.Log line counts): an abrupt end while TestKilled ran, not provably a kill.
        const printsSignal = v !== 'go1.19.13' || (name === 'killed-quiet' && m === 'text')
        if (!printsSignal) {
          expect(run.packages[0].status).toBe('failed')
          if (m !== 'text') expect(run.failures).toMatchObject([{ test: 'TestKilled', kind: 'package' }])
          continue
        }
        expect(run.packages[0].status).toBe('killed')
        expect(run.failures.every(f => f.kind === 'killed')).toBe(true)
        if (m !== 'text') expect(run.failures.map(f => f.test)).toEqual(['TestKilled'])
      }
    }
  )

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    'build failure: kind build, file relative to the working directory (%s %s)',
    (v, m) => {
      const run = parse(v, 'buildfail', m)
      expect(run.packages[0]).toMatchObject({
        name: 'example.com/envguard/fixture/buildfail',
        status: 'build-failed'
      })
      expect(run.failures[0]).toMatchObject({
        kind: 'build',
        file: 'testdata/gotest/buildfail/buildfail_test.go',
        line: srcLine('testdata/gotest/buildfail/buildfail_test.go', 'Add(1, 2)')
      })
      expect(run.failures[0].output).toMatch(/cannot use Add\(1, 2\)/)
    }
  )

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    "the test binary does not link: one build failure of the package, the linker's words in it (%s %s)",
    (v, m) => {
      // cmd/go heads the link step `# <pkg>.test` (the test binary's import path), not `# <pkg>`.
      const run = parse(v, 'linkfail', m)
      expect(run.packages.map(p => [p.name, p.status])).toEqual([
        ['example.com/envguard/fixture/linkfail', 'build-failed']
      ])
      expect(run.failures).toHaveLength(1)
      expect(run.failures[0]).toMatchObject({
        kind: 'build',
        package: 'example.com/envguard/fixture/linkfail'
      })
      expect(run.failures[0].output).toContain('# example.com/envguard/fixture/linkfail.test')
      expect(run.failures[0].output).toContain(
        'relocation target example.com/envguard/fixture/linkfail.nowhere not defined'
      )
    }
  )

  it.each(V.flatMap(v => ['json', 'v', 'text'].map(m => [v, m])))(
    'setup failure (missing import): setup-failed (%s %s)',
    (v, m) => {
      const run = parse(v, 'setupfail', m)
      expect(run.packages.map(p => [p.name, p.status])).toEqual([
        ['example.com/envguard/fixture/setupfail', 'setup-failed']
      ])
      expect(run.failures[0].output).toContain(
        'no required module provides package example.com/envguard/fixture/doesnotexist'
      )
      expect(run.failures[0].file).toBe('testdata/gotest/setupfail/setupfail_test.go')
    }
  )

  it('race: the test that raced fails with the race report (json)', () => {
    const run = parse('go1.26.8', 'race', 'json')
    const f = run.failures.find(x => x.test === 'TestRacy')
    expect(f?.output).toContain('WARNING: DATA RACE')
    // "testing.go:NNN: race detected" is the testing package's line, never a location in the package.
    expect(f?.file === undefined || f.file.endsWith('race_test.go')).toBe(true)
  })

  it('os.Exit in a test: package failure naming the running test, not killed', () => {
    const run = parse('go1.26.8', 'exit', 'json')
    expect(run.packages[0].status).toBe('failed')
    expect(run.failures).toMatchObject([{ test: 'TestExits', kind: 'package' }])
  })

  it('multi-module: the nested module maps through its own go.mod', () => {
    const run = parse('go1.26.8', 'nested', 'json', {
      layout: { ...layout, workingDirectory: 'testdata/gotest/nested' }
    })
    expect(run.failures[0]).toMatchObject({
      package: 'example.com/envguard/nested/inner',
      file: 'testdata/gotest/nested/inner/inner_test.go'
    })
  })
})

describe('streams and bad input', () => {
  const host = new NodeHost()

  it('several files, CRLF and ANSI colour', async () => {
    const dir = join(FIX, 'go1.26.8')
    const crlf = readFileSync(join(dir, 'fail.v.txt'), 'utf8')
      .replaceAll('\n', '\r\n')
      .replace('--- FAIL: TestErrorf', '\x1b[31m--- FAIL: TestErrorf\x1b[0m')
    const p = createParser({ layout })
    p.beginSource('a')
    p.push(crlf)
    p.beginSource('b')
    p.push(readFileSync(join(dir, 'subtests.json.txt')))
    const run = p.end()
    expect(run.format).toBe('mixed')
    expect(run.packages.map(x => x.name)).toEqual([
      'example.com/envguard/fixture/fail',
      'example.com/envguard/fixture/subtests'
    ])
    expect(run.failures.find(f => f.test === 'TestErrorf')?.line).toBe(11)
    expect(run.partial).toEqual([])
  })

  it('stderr lines inside a -json stream are tolerated', () => {
    const json = readFileSync(join(FIX, 'go1.26.8', 'fail.json.txt'), 'utf8').split('\n')
    json.splice(3, 0, 'go: downloading example.com/x v1.0.0', 'some warning on stderr')
    const p = createParser({})
    p.push(json.join('\n'))
    const run = p.end()
    expect(run.failures.map(f => f.test)).toEqual(['TestErrorf', 'TestFatal'])
  })

  it('truncated stream: packages without a verdict are killed and the run is partial', () => {
    const text = readFileSync(join(FIX, 'go1.26.8', 'fail.json.txt'), 'utf8')
    const cut = text.slice(0, text.indexOf('"Test":"TestFatal"') + 40)
    const p = createParser({})
    p.push(cut)
    const run = p.end()
    expect(run.packages[0].status).toBe('killed')
    expect(run.partial.join('\n')).toMatch(/truncated|no final result/)
    expect(run.failures.some(f => f.test === 'TestErrorf' && f.kind === 'test')).toBe(true)
  })

  it('empty input, binary garbage, a single 10 MB line, and a missing file never throw', async () => {
    const empty = createParser({})
    empty.push('')
    expect(empty.end().partial).toEqual(['input: empty'])

    const bin = createParser({})
    bin.push(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0xfe]))
    const b = bin.end()
    expect(b.partial[0]).toMatch(/binary/)
    expect(b.failures).toEqual([])

    const big = createParser({ maxOutputPerFailure: 4096 })
    const line = Buffer.alloc(10 << 20, 0x61)
    for (let i = 0; i < line.length; i += 65536) big.push(line.subarray(i, i + 65536))
    const r = big.end()
    expect(r.partial.join(' ')).toMatch(/longer than/)
    expect(r.failures).toHaveLength(1)
    expect(r.failures[0].kind).toBe('log')
    expect(r.failures[0].output.length).toBeLessThan(5000)
    expect(r.failures[0].output).toContain('bytes of output omitted')

    const missing = await parseFiles(host, ['/nonexistent/go-test.json'], {})
    expect(missing.partial).toEqual(['/nonexistent/go-test.json does not exist on this system'])
    expect(missing.failures).toEqual([])
  })

  it('a pasted excerpt that is not go test output is one log failure', () => {
    const p = createParser({})
    p.push(
      'runtime: failed to create new OS thread (have 11 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\n'
    )
    const r = p.end()
    expect(r.format).toBe('unknown')
    expect(r.failures).toMatchObject([{ kind: 'log', package: null, test: null }])
  })

  it('caps output per failure, keeping head and tail with a marker', () => {
    const lines = ['=== RUN   TestBig']
    for (let i = 0; i < 5000; i++) lines.push(`    big_test.go:9: line ${i}`)
    lines.push('--- FAIL: TestBig (0.00s)', 'FAIL', 'FAIL\texample.com/x\t0.1s')
    const p = createParser({ maxOutputPerFailure: 8192 })
    p.push(lines.join('\n') + '\n')
    const out = p.end().failures[0].output
    expect(out.length).toBeLessThan(8192 + 200)
    expect(out).toContain('line 0\n')
    expect(out).toContain('line 4999\n')
    expect(out).toMatch(/\[\.\.\. \d+ bytes of output omitted by go-env-guard \.\.\.\]/)
  })

  it('parseFiles reads through the host and checks locations exist', async () => {
    const l = await discoverLayout(host, REPO, 'testdata/gotest')
    expect(l.modules).toEqual(
      expect.arrayContaining([{ path: 'example.com/envguard/fixture', dir: 'testdata/gotest' }])
    )
    // The captures point at /work/main; with the real repo root the files exist only if REPO is that.
    const run = await parseFiles(host, [join(FIX, 'go1.26.8', 'fail.json.txt')], { layout: l })
    expect(run.failures[0].file).toBe('testdata/gotest/fail/fail_test.go')
    // A file that does not exist in the workspace loses its location.
    const run2 = await parseFiles(host, [join(FIX, 'go1.26.8', 'fail.json.txt')], {
      layout: { ...l, modules: [{ path: 'example.com/envguard/fixture', dir: 'no/such/dir' }] }
    })
    expect(run2.failures[0].file).toBeUndefined()
  })
})

describe('live lines', () => {
  it('prints failures unfolded and one line per package', () => {
    const lines: string[] = []
    const onEvent = (e: LiveEvent): void => {
      const l = formatLive(e)
      if (l !== null) lines.push(l)
    }
    parse('go1.26.8', 'fail', 'json', { onEvent })
    expect(lines[0]).toBe(
      '--- FAIL: TestErrorf (0.00s)\n    fail_test.go:11: open /tmp/x: too many open files'
    )
    expect(lines[lines.length - 1]).toMatch(/^FAIL {2}example\.com\/envguard\/fixture\/fail \(0\.\d\ds\)$/)
    expect(lines.join('\n')).not.toContain('fine') // TestOK's log stays hidden
  })
})
