import { describe, expect, it } from '@jest/globals'
import { createDiagnoser, diagnose } from '../../src/diagnose/diagnose.js'
import { groupFailures } from '../../src/diagnose/group.js'
import { getRule } from '../../src/catalog/index.js'
import { preflight } from '../../src/diagnose/preflight-findings.js'
import { defineRule } from '../../src/catalog/rule.js'
import type { Failure, TestRun } from '../../src/gotest/model.js'
import { speedChild } from './diagnose-speed.js'
import { counters, go, loadFixture, makeFacts, memoryCg, pidsCg, rl, sysctl, tempDir } from './harness.js'

const run = (failures: Failure[], tests = failures.length): TestRun => ({
  format: 'json',
  packages: [],
  failures,
  partial: [],
  totals: { packages: 1, tests, passed: tests - failures.length, failed: failures.length, skipped: 0 }
})

const fail = (test: string, output: string): Failure => ({
  package: 'example.com/x',
  test,
  kind: 'test',
  excerpt: output.slice(0, 200),
  output
})

describe('diagnose', () => {
  it('says a shared cause once: one group for every test that hit the low NOFILE limit', () => {
    const real = loadFixture('nofile-limit').failures[0] as Failure
    const failures = [
      real,
      { ...real, test: 'TestOther' },
      fail('TestMath', '    m_test.go:3: got 2, want 3\n')
    ]
    const d = diagnose(run(failures), makeFacts(rl('nofile', 64, 64), go('go1.26.8', '1.22')))
    expect(d.failures.map(f => f.causes[0]?.rule ?? null)).toEqual(['nofile-limit', 'nofile-limit', null])
    const groups = groupFailures(d.failures, d.conclusions)
    expect(groups.map(g => g.rule)).toEqual(['nofile-limit', null])
    expect(groups[0]).toMatchObject({ rule: 'nofile-limit', confidence: 'high' })
    expect(groups[0]?.failures).toEqual([d.failures[0], d.failures[1]])
    expect(getRule('nofile-limit')?.environmental).toBe(true)
    expect(d.failures[2]?.causes).toEqual([])
  })

  it('hands a contradicted cause to the look-alike (EMFILE under hard 1048576 -> fd-leak)', () => {
    const real = loadFixture('nofile-limit').failures[0] as Failure
    const d = diagnose(run([real]), makeFacts(rl('nofile', 1024, 1048576), go('go1.26.8', '1.22')))
    expect(d.failures[0]?.causes.map(c => c.rule)).toEqual(['fd-leak'])
    expect(groupFailures(d.failures, d.conclusions)[0]).toMatchObject({ rule: 'fd-leak' })
    expect(getRule('fd-leak')?.environmental).toBe(false)
  })

  it('ranks the conclusive counter first: the real OOM kill with oom_kill 0 -> 1', () => {
    const fx = loadFixture('oom-kill')
    const d = diagnose(
      run(fx.failures),
      makeFacts(memoryCg({ max: 134217728 }), counters({ memoryOomKill: 0 }, { memoryOomKill: 1 }))
    )
    expect(d.failures[0]?.causes[0]).toMatchObject({ rule: 'oom-kill', confidence: 'high' })
  })

  it('keeps every real control free of an environmental cause at medium or above', () => {
    // The machine's own facts for the controls: hard NOFILE 20000, no CPU quota, nothing throttled.
    const facts = makeFacts(
      rl('nofile', 20000, 20000),
      go('go1.26.8', '1.22'),
      counters({ cpuNrThrottled: 0 }, { cpuNrThrottled: 0 })
    )
    for (const name of [
      'fd-leak-control',
      'port-in-use-control',
      'go-thread-cap-control',
      'assertion-failure'
    ]) {
      const d = diagnose(run(loadFixture(name).failures), facts)
      const env = d.failures
        .flatMap(f => f.causes)
        .filter(c => !['fd-leak', 'port-in-use', 'go-thread-cap', 'deadlock-timeout'].includes(c.rule))
      expect({ name, env: env.filter(c => c.confidence !== 'low').map(c => c.rule) }).toEqual({
        name,
        env: []
      })
    }
  })

  it('diagnoses a GitHub Actions raw log (timestamp on every line) like the plain output', () => {
    // Actions' "Download log archive" prefixes each line with an ISO timestamp; rules anchor to the line.
    const stamp = (text: string) =>
      text
        .split('\n')
        .map((l, i) => (l === '' ? l : `2026-11-21T10:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`))
        .join('\n')
    const facts = makeFacts(
      memoryCg({ max: 134217728 }),
      counters({ memoryOomKill: 0 }, { memoryOomKill: 1 })
    )
    for (const name of ['oom-kill', 'noexec-tmp', 'nofile-limit']) {
      const plain = loadFixture(name).failures
      const stamped = plain.map(f => ({ ...f, output: stamp(f.output), kind: 'log' as const }))
      const want = diagnose(run(plain.map(f => ({ ...f, kind: 'log' as const }))), facts)
      const got = diagnose(run(stamped), facts)
      expect({ name, rules: got.failures.map(f => f.causes.map(c => `${c.rule}/${c.confidence}`)) }).toEqual({
        name,
        rules: want.failures.map(f => f.causes.map(c => `${c.rule}/${c.confidence}`))
      })
      expect(groupFailures(got.failures, got.conclusions).length).toBeGreaterThan(0)
      // The report keeps the failure's own excerpt; only the matching ignores the prefix.
      expect(got.failures[0]?.excerpt).toBe(stamped[0]?.excerpt)
    }
    // BuildKit plain progress (`#12 55.26 ...`), e.g. go build inside docker buildx.
    const bk = fail(
      'TestX',
      '#12 55.28 compile: writing output: write $WORK/b530/_pkg_.a: no space left on device\n#12 55.30 signal: killed\n'
    )
    const d = diagnose(run([{ ...bk, kind: 'log' }]), null)
    expect(d.failures[0]?.causes.map(c => c.rule).sort()).toEqual(['disk-full', 'oom-kill'])
  })

  it('survives a rule that throws, and reports it', () => {
    const boom = defineRule({
      id: 'boom',
      title: 'Boom',
      environmental: true,
      severity: 'notice',
      fixes: [],
      diagnose() {
        throw new Error('bug')
      }
    })
    const seen: string[] = []
    const d = diagnose(run([fail('TestA', 'x')]), null, { rules: [boom], onError: id => seen.push(id) })
    expect(d.failures[0]?.causes).toEqual([])
    expect(seen).toEqual(['boom'])
  })

  it('adds under 100 ms for a 10,000-test run with 2,000 failures', () => {
    // The mix of a bad CI day: mostly assertion failures, a descriptor limit hitting 300 tests, testify
    // traces, OOM-killed binaries, and 10 package timeouts with 200-frame goroutine dumps (one per binary).
    const frame = (i: number) => `example.com/x/pkg.worker${i}(0xc000${i})\n\t/src/x/pkg/w.go:${i} +0x${i}\n`
    const dump = Array.from({ length: 200 }, (_, i) => frame(i)).join('')
    const mix: [number, string][] = [
      [1600, '    a_test.go:12: got 1, want 2\n--- FAIL: TestA (0.00s)\n'],
      [
        300,
        '    b_test.go:40: listen tcp 127.0.0.1:0: socket: too many open files\n--- FAIL: TestB (0.01s)\n'
      ],
      [
        50,
        '    c_test.go:9: \n        Error Trace: c_test.go:9\n        Error: Not equal:\n        expected: 1\n        actual  : 2\n'.repeat(
          20
        )
      ],
      [40, 'signal: killed\n'],
      [
        10,
        `panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestD (10m0s)\n\ngoroutine 7 [chan receive, 9 minutes]:\n${dump}`
      ]
    ]
    const failures: Failure[] = []
    for (const [n, out] of mix)
      for (let i = 0; i < n; i++)
        failures.push(fail(`Test${failures.length}`, `=== RUN   Test${failures.length}\n${out}`))
    const facts = makeFacts(rl('nofile', 1024, 1024), go('go1.26.8', '1.22'), memoryCg({ max: 1 << 30 }))
    // Timed in a fresh node process: inside a jest worker that had run other suites, the same
    // diagnose cost 30 ms alone, 90 ms in a full local run and 236 ms in CI (CPU time, best of 5):
    // the collector's work on the worker's grown heap, not diagnose's. In the child: 24-36 ms.
    const { best, lengths, groups } = speedChild(run(failures, 10000), facts)
    expect(lengths).toEqual([2000, 2000, 2000, 2000, 2000])
    for (const g of groups) expect(g).toEqual(['deadlock-timeout', 'nofile-limit', null, 'oom-kill'])
    expect(best).toBeLessThan(100)
  })
})

describe('preflight', () => {
  it('collects findings of every rule, errors first', () => {
    const facts = makeFacts(
      rl('nofile', 64, 64),
      pidsCg({ max: 4096 }),
      sysctl('vm.max_map_count', 8000),
      tempDir('/tmp', '/tmp', { noexec: true }),
      go('go1.26.8', '1.22')
    )
    const f = preflight(facts)
    const ids = f.map(x => x.rule)
    expect(ids).toEqual(expect.arrayContaining(['nofile-limit', 'pids-limit', 'max-map-count', 'noexec-tmp']))
    const sev = f.map(x => x.severity)
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)
      )
    )
    expect(f[0]?.severity).toBe('error')
  })

  it('finds nothing on a healthy hosted-like machine', () => {
    const facts = makeFacts(
      rl('nofile', 65536, 65536),
      pidsCg({ max: null }),
      sysctl('vm.max_map_count', 262144),
      sysctl('fs.inotify.max_user_instances', 1280),
      sysctl('fs.inotify.max_user_watches', 655360),
      tempDir('/tmp', '/tmp', { noexec: false }),
      go('go1.26.8', '1.25')
    )
    expect(preflight(facts).filter(f => f.severity !== 'notice')).toEqual([])
  })
})

describe('createDiagnoser', () => {
  it('diagnoses each failure as a fresh diagnoser would, whatever it saw before (its line memory)', async () => {
    const { readdirSync } = await import('node:fs')
    const { join } = await import('node:path')
    const names = readdirSync(join(process.cwd(), '__tests__/fixtures/real'))
    const all: { failure: Failure; facts: ReturnType<typeof loadFixture>['facts'] }[] = []
    for (const name of names) {
      const fx = loadFixture(name)
      for (const failure of fx.failures) all.push({ failure, facts: fx.facts })
    }
    expect(all.length).toBeGreaterThan(20)
    // The same line in many failures, and one line seen with and without the rest of its output.
    const emfile = '    x_test.go:9: dial tcp 127.0.0.1:5432: socket: too many open files'
    for (let i = 0; i < 3; i++) all.push({ failure: fail(`TestRepeat${i}`, `${emfile}\n`), facts: null })
    all.push({ failure: fail('TestAlone', emfile), facts: null })
    // Two telling lines of the same length that different rules read.
    const enospc = '    x_test.go:9: write /tmp/cache/blob: no space left on device'.padEnd(
      emfile.length,
      'x'
    )
    expect(enospc.length).toBe(emfile.length)
    all.push({ failure: fail('TestDisk', `${enospc}\n`), facts: null })
    // A line two rules read (the union reports only one of them), after another line of its length.
    const eagain = '    x_test.go:9: fork/exec /bin/sh: resource temporarily unavailable'.padEnd(
      emfile.length,
      'x'
    )
    expect(eagain.length).toBe(emfile.length)
    all.push({ failure: fail('TestFork', `${eagain}\n`), facts: null })
    const shared = createDiagnoser(null)
    for (const { failure } of [...all, ...all])
      expect(shared(failure)).toEqual(createDiagnoser(null)(failure))
    const withFacts = all.filter(a => a.facts !== null)
    expect(withFacts.length).toBeGreaterThan(10)
    for (const { failure, facts } of withFacts) {
      const d = createDiagnoser(facts)
      expect(d(failure)).toEqual(d(failure))
      expect(d(failure)).toEqual(createDiagnoser(facts)(failure))
    }
  })
})
