/**
 * The shared test harness for catalog rules (ESLint's RuleTester, adapted):
 *
 *   runRuleCases(rule, { fires: [...], silent: [...] })      diagnosis cases
 *   runPreflightCases(rule, { fires: [...], silent: [...] }) preflight cases
 *
 * Both refuse empty lists and duplicate case names, so every rule test proves it can fire AND stay
 * silent. A case is either a captured real run (`fixture: '<name>'` = __tests__/fixtures/real/<name>/,
 * written by e2e/capture.sh or the scenario's run.sh) or inline `output` + `facts`.
 *
 * Facts are built with `makeFacts(...mods)`: every fact starts unknown ("not probed in this test") and
 * the mods set only what the case is about, so a rule that reads a fact the case did not set sees
 * `unknown` exactly as on a machine where the probe failed.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { preflightOf, type Rule } from '../../src/catalog/rule.js'
import { diagnoseFailure } from '../../src/diagnose/diagnose.js'
import type {
  CgroupCpu,
  CgroupInfo,
  CgroupMemory,
  CgroupPids,
  CounterSnapshot,
  Facts,
  GoInfo,
  MountFact,
  RlimitName,
  RunnerInfo,
  SpaceFact,
  StorageRole,
  SysctlKey,
  TempRole
} from '../../src/facts/types.js'
import { RLIMIT_NAMES, SYSCTL_KEYS, emptyCounters, known, unknown } from '../../src/facts/types.js'
import type { Failure, FailureKind } from '../../src/gotest/model.js'
import type { Cause, Confidence, Severity } from '../../src/core/model.js'

export const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'real')
const NOT_PROBED = 'not probed in this test'

// ---------------------------------------------------------------------------------------------
// Facts builders

export type FactsMod = (f: Facts) => void

export function makeFacts(...mods: FactsMod[]): Facts {
  const u = () => unknown(NOT_PROBED)
  const f: Facts = {
    collectedAt: '2026-11-21T00:00:00.000Z',
    system: {
      kernel: u(),
      arch: u(),
      distro: u(),
      runner: u(),
      container: u(),
      user: u(),
      cpus: u(),
      memory: u()
    },
    rlimits: Object.fromEntries(RLIMIT_NAMES.map(n => [n, u()])) as Facts['rlimits'],
    sysctl: Object.fromEntries(SYSCTL_KEYS.map(k => [k, u()])) as Facts['sysctl'],
    cgroup: u(),
    security: { seccomp: u(), noNewPrivs: u(), capabilities: u(), apparmor: u(), userns: u() },
    mounts: { tempDirs: [], devShm: u(), storage: [] },
    network: { ipv6Loopback: u(), portRange: u() },
    go: u()
  }
  for (const m of mods) m(f)
  return f
}

export const rl =
  (name: RlimitName, soft: number | 'unlimited', hard: number | 'unlimited'): FactsMod =>
  f => {
    f.rlimits[name] = known({ soft, hard })
  }

export const sysctl =
  (key: SysctlKey, value: string | number): FactsMod =>
  f => {
    f.sysctl[key] = known(String(value))
  }

export const user =
  (uid: number): FactsMod =>
  f => {
    f.system.user = known({ uid, gid: uid, root: uid === 0 })
  }

export const runner =
  (kind: RunnerInfo['kind']): FactsMod =>
  f => {
    f.system.runner = known({ kind, evidence: ['test'] })
  }

export const inContainer =
  (yes = true): FactsMod =>
  f => {
    f.system.container = known({ inContainer: yes, hints: yes ? ['/.dockerenv'] : [] })
  }

export const go =
  (version: string, goModGo: string | null = null, env: Partial<GoInfo['env']> = {}): FactsMod =>
  f => {
    f.go = known({
      version,
      goroot: '/usr/local/go',
      gotmpdir: null,
      gocache: '/root/.cache/go-build',
      gomodcache: '/root/go/pkg/mod',
      goflags: null,
      cgoEnabled: true,
      cc: 'gcc',
      ccFound: true,
      goModGo,
      goModPath: goModGo ? '/work/go.mod' : null,
      modulePath: goModGo ? 'example.com/x' : null,
      env: { GOMAXPROCS: null, GOMEMLIMIT: null, GODEBUG: null, GOTOOLCHAIN: null, ...env }
    })
  }

const cgroupBase = (f: Facts): CgroupInfo => {
  if ('value' in f.cgroup) return f.cgroup.value
  const cg: CgroupInfo = {
    version: 'v2',
    namespaced: false,
    paths: {},
    memory: unknown(NOT_PROBED),
    pids: unknown(NOT_PROBED),
    cpu: unknown(NOT_PROBED)
  }
  f.cgroup = known(cg)
  return cg
}

export const cgroupVersion =
  (version: CgroupInfo['version']): FactsMod =>
  f => {
    cgroupBase(f).version = version
  }

export const memoryCg =
  (m: Partial<CgroupMemory>): FactsMod =>
  f => {
    cgroupBase(f).memory = known({
      max: null,
      high: null,
      current: null,
      peak: null,
      oomKill: null,
      oom: null,
      dir: '/sys/fs/cgroup/test',
      ...m
    })
  }

export const pidsCg =
  (p: Partial<CgroupPids>): FactsMod =>
  f => {
    cgroupBase(f).pids = known({
      max: null,
      current: null,
      eventsMax: null,
      dir: '/sys/fs/cgroup/test',
      ...p
    })
  }

export const cpuCg =
  (c: Partial<CgroupCpu>): FactsMod =>
  f => {
    const quotaUs = c.quotaUs ?? null
    const periodUs = c.periodUs ?? (quotaUs === null ? null : 100000)
    cgroupBase(f).cpu = known({
      quotaUs,
      periodUs,
      limitCpus: quotaUs !== null && periodUs ? quotaUs / periodUs : null,
      nrPeriods: null,
      nrThrottled: null,
      throttledUsec: null,
      dir: '/sys/fs/cgroup/test',
      ...c
    })
  }

export const cpus =
  (online: number, affinity: number | null = online): FactsMod =>
  f => {
    f.system.cpus = known({ online, affinity })
  }

const snapshot = (c: Partial<CounterSnapshot>): CounterSnapshot => ({
  ...emptyCounters('2026-11-21T00:00:00.000Z'),
  ...c
})

export const counters =
  (before: Partial<CounterSnapshot>, after: Partial<CounterSnapshot>): FactsMod =>
  f => {
    f.counters = { before: snapshot(before), after: snapshot(after) }
  }

export const tempDir =
  (role: TempRole, path: string, m: Partial<MountFact> | null): FactsMod =>
  f => {
    f.mounts.tempDirs.push({
      role,
      path,
      mount:
        m === null
          ? unknown(NOT_PROBED)
          : known({
              path,
              mountPoint: path,
              fsType: 'tmpfs',
              options: m.noexec ? ['rw', 'noexec'] : ['rw'],
              noexec: false,
              readOnly: false,
              sizeBytes: null,
              availBytes: null,
              ...m
            })
    })
  }

export const storage =
  (role: StorageRole, path: string, s: Partial<SpaceFact>): FactsMod =>
  f => {
    f.mounts.storage.push({
      role,
      path,
      space: known({ path, availBytes: 50e9, totalBytes: 100e9, inodesFree: 1e6, inodesTotal: 2e6, ...s })
    })
  }

// ---------------------------------------------------------------------------------------------
// Real fixtures

export interface Scenario {
  description: string
  rule: string | null
  confidence: Confidence | null
  test: string | null
  kind: FailureKind
  control: boolean
  goTestArgs: string[]
}

interface TestEvent {
  Action?: string
  Package?: string
  ImportPath?: string
  Test?: string
  Output?: string
}

const MAX_OUTPUT = 64 * 1024

/**
 * Failures from a captured `go test -json` stream. A deliberately small reader (the product's parser
 * lives in src/gotest): test-level failures carry their own output; a failed package whose failing
 * tests do not explain it (timeout, signal, build failure) becomes one package-level failure with the
 * package's own output.
 */
export function failuresFromJson(text: string): Failure[] {
  const outputs = new Map<string, string>()
  const failedTests: { pkg: string; test: string }[] = []
  const failedPkgs: string[] = []
  const buildOut = new Map<string, string>()
  const started = new Map<string, Set<string>>()
  const ended = new Set<string>()
  const add = (key: string, s: string) => {
    const prev = outputs.get(key) ?? ''
    if (prev.length < MAX_OUTPUT) outputs.set(key, prev + s)
  }
  for (const raw of text.split('\n')) {
    if (!raw.startsWith('{')) continue
    let ev: TestEvent
    try {
      ev = JSON.parse(raw) as TestEvent
    } catch {
      continue
    }
    if (ev.Action === 'build-output' && ev.ImportPath) {
      buildOut.set(ev.ImportPath, (buildOut.get(ev.ImportPath) ?? '') + (ev.Output ?? ''))
      continue
    }
    const pkg = ev.Package ?? ''
    const key = ev.Test ? `${pkg}\u0000${ev.Test}` : pkg
    if (ev.Action === 'output' && ev.Output !== undefined) {
      add(key, ev.Output)
      if (ev.Test) add(`${pkg}\u0000*`, ev.Output)
    }
    if (ev.Test && ev.Action === 'run') started.set(pkg, (started.get(pkg) ?? new Set()).add(ev.Test))
    if (ev.Test && (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip')) ended.add(key)
    if (ev.Action === 'fail') {
      if (ev.Test) failedTests.push({ pkg, test: ev.Test })
      else failedPkgs.push(pkg)
    }
  }
  const out: Failure[] = failedTests.map(({ pkg, test }) => {
    const output = outputs.get(`${pkg}\u0000${test}`) ?? ''
    return { package: pkg, test, kind: 'test', excerpt: output.slice(0, 500), output }
  })
  for (const pkg of failedPkgs) {
    // A binary that died (signal, timeout panic, fatal error) leaves its running tests without an end
    // event; their output (where go test -json puts `signal: killed`) belongs to the package failure.
    const unfinished = [...(started.get(pkg) ?? [])]
      .filter(t => !ended.has(`${pkg}\u0000${t}`))
      .map(t => outputs.get(`${pkg}\u0000${t}`) ?? '')
    const own = unfinished.join('') + (outputs.get(pkg) ?? '')
    const build = [...buildOut.entries()]
      .filter(
        ([k]) => k === pkg || k === `${pkg}.test` || k.startsWith(`${pkg} [`) || k.startsWith(`${pkg}.test [`)
      )
      .map(([, v]) => v)
    const explained =
      failedTests.some(t => t.pkg === pkg) &&
      !/^(panic: |signal: |\*\*\* Test killed|fatal error: )/m.test(own)
    if (explained && build.length === 0) continue
    const output = [...build, own].join('')
    const kind: FailureKind = build.length
      ? 'build'
      : /^panic: test timed out/m.test(output)
        ? 'timeout'
        : /^signal: /m.test(output)
          ? 'killed'
          : /^(panic: |fatal error: )/m.test(output)
            ? 'panic'
            : 'package'
    out.push({ package: pkg, test: null, kind, excerpt: output.slice(0, 500), output })
  }
  return out
}

export function loadFixture(name: string): {
  dir: string
  failures: Failure[]
  facts: Facts | null
  scenario: Scenario | null
} {
  const dir = join(FIXTURES, name)
  const jsonPath = join(dir, 'go-test.json')
  if (!existsSync(jsonPath))
    throw new Error(`fixture ${name}: ${jsonPath} is missing (capture it with the scenario's run.sh)`)
  let failures = failuresFromJson(readFileSync(jsonPath, 'utf8'))
  const textPath = join(dir, 'go-test.txt')
  if (failures.length === 0 && existsSync(textPath)) {
    // Nothing on the -json stream (the go command failed before any package ran, e.g. no build cache):
    // the plain log (stdout + stderr) is one failure of kind `log`, as `explain` treats unrecognised text.
    const output = readFileSync(textPath, 'utf8').slice(0, MAX_OUTPUT)
    failures = [{ package: null, test: null, kind: 'log', excerpt: output.slice(0, 500), output }]
  }
  const factsPath = join(dir, 'facts.json')
  let facts: Facts | null = null
  if (existsSync(factsPath)) {
    const parsed = JSON.parse(readFileSync(factsPath, 'utf8')) as { facts?: Facts } & Facts
    facts = parsed.facts ?? parsed
  }
  const scenarioPath = join(process.cwd(), 'e2e', 'scenarios', name, 'scenario.json')
  const scenario = existsSync(scenarioPath)
    ? (JSON.parse(readFileSync(scenarioPath, 'utf8')) as Scenario)
    : null
  return { dir, failures, facts, scenario }
}

// ---------------------------------------------------------------------------------------------
// Cases

export interface RuleCase {
  name: string
  /** A captured run under __tests__/fixtures/real/<fixture>/. */
  fixture?: string
  /** Inline output of one failure (`go test` text as printed). */
  output?: string
  kind?: FailureKind
  /** Inline: the failure's test name. Fixture: only failures of this test (default: scenario.json `test`, else all). */
  test?: string | null
  /**
   * The facts to diagnose with. Inline cases default to `null` (log alone). Fixture cases default to
   * the fixture's facts.json; a function receives it (or null) and returns the facts to use.
   */
  facts?: Facts | null | ((fixtureFacts: Facts | null) => Facts | null)
  /** fires: the expected confidence. */
  confidence?: Confidence
  /** fires: each must occur in some evidence line (substring or regex). */
  evidence?: (string | RegExp)[]
  /** fires: each must occur in the remedy. */
  remedy?: (string | RegExp)[]
  /** fires: the runner-up rule a low log-only cause must name (with a check). */
  runnerUp?: string
  /** fires: the cause must be the top-ranked one among these other rules' causes too. */
  outranks?: Rule[]
}

export interface PreflightCase {
  name: string
  facts: Facts
  /** fires: expected severity of the (first) finding. */
  severity?: Severity
  evidence?: (string | RegExp)[]
  remedy?: (string | RegExp)[]
}

function checkList<T extends { name: string }>(what: string, list: readonly T[]) {
  if (!Array.isArray(list) || list.length === 0)
    throw new Error(`${what}: the list is empty; a rule test needs at least one case`)
  const seen = new Set<string>()
  for (const c of list) {
    if (!c.name) throw new Error(`${what}: a case has no name`)
    if (seen.has(c.name)) throw new Error(`${what}: duplicate case name "${c.name}"`)
    seen.add(c.name)
  }
}

const contains = (hay: string[] | string, needle: string | RegExp): boolean => {
  const list = Array.isArray(hay) ? hay : [hay]
  return list.some(h => (typeof needle === 'string' ? h.includes(needle) : needle.test(h)))
}

interface Resolved {
  failures: Failure[]
  facts: Facts | null
}

function resolve(c: RuleCase): Resolved {
  if (c.fixture !== undefined) {
    const fx = loadFixture(c.fixture)
    const test = c.test !== undefined ? c.test : (fx.scenario?.test ?? undefined)
    const failures =
      test === undefined || test === null ? fx.failures : fx.failures.filter(f => f.test === test)
    const facts =
      typeof c.facts === 'function' ? c.facts(fx.facts) : c.facts !== undefined ? c.facts : fx.facts
    if (failures.length === 0)
      throw new Error(`fixture ${c.fixture}: no failure${test ? ` of test ${test}` : ''} in go-test.json`)
    return { failures, facts }
  }
  if (c.output === undefined) throw new Error(`case "${c.name}": give either fixture or output`)
  const output = c.output
  const failure: Failure = {
    package: 'example.com/x',
    test: c.test === undefined ? 'TestX' : c.test,
    kind: c.kind ?? 'test',
    excerpt: output.slice(0, 500),
    output
  }
  const facts = typeof c.facts === 'function' ? c.facts(null) : (c.facts ?? null)
  return { failures: [failure], facts }
}

/** Runs the rule through the engine (so its triggers are exercised) on one failure. */
export function causeOf(rule: Rule, failure: Failure, facts: Facts | null): Cause | null {
  const ranked = diagnoseFailure(failure, facts, {
    rules: [rule],
    onError: (_id, e) => {
      throw e
    }
  })
  return ranked.ranked[0]?.cause ?? null
}

export function runRuleCases(rule: Rule, cases: { fires: RuleCase[]; silent: RuleCase[] }): void {
  checkList(`${rule.id} fires`, cases.fires)
  checkList(`${rule.id} silent`, cases.silent)
  describe(`${rule.id} diagnose`, () => {
    for (const c of cases.fires) {
      it(`fires: ${c.name}`, () => {
        const { failures, facts } = resolve(c)
        for (const f of failures) {
          const got = causeOf(rule, f, facts)
          expect({ test: f.test, rule: got?.rule ?? null }).toEqual({ test: f.test, rule: rule.id })
          if (!got) continue
          if (c.confidence)
            expect({ test: f.test, confidence: got.confidence }).toEqual({
              test: f.test,
              confidence: c.confidence
            })
          for (const e of c.evidence ?? [])
            expect({ evidence: got.evidence, has: contains(got.evidence, e) }).toMatchObject({ has: true })
          for (const r of c.remedy ?? [])
            expect({ remedy: got.remedy, has: contains(got.remedy, r) }).toMatchObject({ has: true })
          if (c.runnerUp !== undefined) {
            expect(got.runnerUp?.rule).toBe(c.runnerUp)
            expect(got.runnerUp?.check.length).toBeGreaterThan(0)
          }
          expect(got.evidence.length).toBeGreaterThan(0)
          expect(got.remedy.length).toBeGreaterThan(0)
          for (const other of c.outranks ?? []) {
            const theirs = causeOf(other, f, facts)
            if (theirs) {
              const rank = { high: 3, medium: 2, low: 1 }
              expect(rank[got.confidence]).toBeGreaterThan(rank[theirs.confidence])
            }
          }
        }
      })
    }
    for (const c of cases.silent) {
      it(`silent: ${c.name}`, () => {
        const { failures, facts } = resolve(c)
        for (const f of failures)
          expect({ test: f.test, cause: causeOf(rule, f, facts) }).toEqual({ test: f.test, cause: null })
      })
    }
  })
}

export function runPreflightCases(
  rule: Rule,
  cases: { fires: PreflightCase[]; silent: PreflightCase[] }
): void {
  checkList(`${rule.id} preflight fires`, cases.fires)
  checkList(`${rule.id} preflight silent`, cases.silent)
  if (typeof rule.preflight !== 'function') throw new Error(`${rule.id} has no preflight`)
  const pf = (facts: Facts) => preflightOf(rule, facts)
  describe(`${rule.id} preflight`, () => {
    for (const c of cases.fires) {
      it(`fires: ${c.name}`, () => {
        const got = pf(c.facts)
        expect(got.length).toBeGreaterThan(0)
        const first = got[0]
        if (!first) return
        expect(first.rule).toBe(rule.id)
        if (c.severity) expect(first.severity).toBe(c.severity)
        for (const e of c.evidence ?? [])
          expect({ evidence: first.evidence, has: contains(first.evidence, e) }).toMatchObject({ has: true })
        for (const r of c.remedy ?? [])
          expect({ remedy: first.remedy, has: contains(first.remedy, r) }).toMatchObject({ has: true })
      })
    }
    for (const c of cases.silent) {
      it(`silent: ${c.name}`, () => {
        expect(pf(c.facts)).toEqual([])
      })
    }
  })
}

/**
 * A copy of `facts` with counters before/after the run. Used with fixtures whose facts.json came from
 * `doctor` run in a fresh instance of the condition (its own cgroup, created after the test run): the
 * counters are the ones the scenario's run.sh printed for the test run itself (CAPTURED.md, stderr).
 */
export function withCounters(
  facts: Facts,
  before: Partial<CounterSnapshot>,
  after: Partial<CounterSnapshot>
): Facts {
  const copy = JSON.parse(JSON.stringify(facts)) as Facts
  counters(before, after)(copy)
  return copy
}
