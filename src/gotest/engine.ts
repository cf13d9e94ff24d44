/**
 * The event engine behind the parser: receives test2json-shaped events (from the JSON scanner or
 * from the text converter, which is a port of cmd/internal/test2json), keeps per-package and
 * per-test state, drops a test's output at its pass event, and turns what failed into Failures.
 *
 * Memory: per package, only the tests that are still running or have not passed keep output, each
 * capped (OutBuf), and everything kept (those buffers and the failures' output) shares one run-wide
 * Budget: past it, buffers and new failures keep 4 KiB excerpts. A package's tests and output are
 * freed when the package ends; at most MAX_VERDICTS non-passing verdicts are listed.
 */
import type {
  Failure,
  FailureKind,
  PackageResult,
  PackageStatus,
  TestResult,
  TestRun,
  TestStatus
} from './model.js'
import { Budget, OutBuf, decodeJsonString } from './outbuf.js'

export const PENDING = '\u0000pending'

/**
 * The tests map and output buffer of every ended package (see Engine.settle): always empty. Every
 * write to a package's map or buffer goes through pkg(), which gives an ended package new ones.
 */
const ENDED_TESTS = new Map<string, never>() as Map<string, TState>
const ENDED_OUT = new OutBuf(0)

/**
 * A list emptied once per input chunk that keeps its storage. A plain array would not: V8 trims an
 * array's backing store on `length = 0` (and on a pop() that leaves it mostly empty), and push() then
 * grows it again, so each chunk allocated the list's storage anew, and the storage that was live at a
 * young-generation collection was copied and then promoted. Slots past `n` keep their last objects
 * until they are written again (bounded by the longest the list has been).
 */
class Slots<T> {
  private items: T[] = []
  n = 0

  push(x: T): void {
    this.items[this.n++] = x
  }

  pop(): T | undefined {
    return this.n > 0 ? this.items[--this.n] : undefined
  }

  at(i: number): T {
    return this.items[i]
  }
}

/** One readable line for live output (the action's go-test mode), see formatLive in live.ts. */
export interface LiveEvent {
  kind: 'package-start' | 'test-pass' | 'test-fail' | 'test-skip' | 'package-end' | 'build-output'
  package: string | null
  test: string | null
  /** For test-fail: the test's output (capped); for build-output: the compiler line. */
  output?: string
  status?: PackageStatus | TestStatus
  elapsed?: number
}

export interface EngineOptions {
  maxOutputPerFailure: number
  /** Bytes of output kept by the whole run (live buffers and failures); see Budget. */
  maxRetainedOutput: number
  maxFailures: number
  keepPassed: boolean
  /** List test verdicts in TestRun.tests (default true). */
  verdicts?: boolean
  onEvent?: (e: LiveEvent) => void
  /**
   * Takes each failure once it is final (see Engine.handOver) instead of the engine keeping it until
   * the end of the run.
   */
  onFailure?: (f: RawFailure) => void
}

interface TState {
  /** The test's name; while `raw` is set, not decoded yet (see nameOf). */
  name: string
  /** The undecoded name, raw[rs, re) in the current input chunk (tests started on the hot path). */
  raw: Buffer | null
  rs: number
  re: number
  /** The parser's template key for this test's name bytes (see runRaw); -1 for none. */
  key: number
  status: TestStatus
  out: OutBuf | null
  elapsed?: number
  /** Created by output only (no run event seen). */
  implicit: boolean
  failedChild: boolean
  midLine: boolean
  /**
   * Output lines still referenced in the current input chunk (not yet copied): a list through the
   * engine's pendNext, from pendHead to pendTail; -1 when empty.
   */
  pendHead: number
  pendTail: number
}

/**
 * FNV-1a over a name's code units: the bytes of an ASCII name in a chunk, or a string's characters (equal
 * for ASCII; runRaw decodes every non-ASCII name anyway, so their hashes need not agree).
 */
function nameHash(src: Buffer | string, s: number, e: number): number {
  let h = 0x811c9dc5
  if (typeof src === 'string') for (let i = s; i < e; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193)
  else for (let i = s; i < e; i++) h = Math.imul(h ^ src[i]!, 0x01000193)
  return h >>> 0
}

/**
 * Could the undecoded name b[s, e) be a key of m (a test already known)? Lengths are compared first: an
 * ASCII name equals only a name of its length. True (decode and look) for a non-ASCII name or a big map.
 */
function mayName(m: Map<string, TState>, b: Buffer, s: number, e: number): boolean {
  if (m.size === 0) return false
  if (m.size > 8) return true
  for (let i = s; i < e; i++) if (b[i] >= 0x80) return true
  const n = e - s
  for (const k of m.keys()) if (k.length === n) return true
  return false
}

/** A running test's state (always this one literal, so every TState shares V8's hidden class). */
function newTest(
  name: string,
  raw: Buffer | null,
  rs: number,
  re: number,
  key: number,
  implicit: boolean
): TState {
  return {
    name,
    raw,
    rs,
    re,
    key,
    status: 'running',
    out: null,
    implicit,
    failedChild: false,
    midLine: false,
    pendHead: -1,
    pendTail: -1,
    elapsed: undefined
  }
}

/** Makes a pooled TState a new running test, field for field as newTest would. */
function resetTest(
  t: TState,
  name: string,
  raw: Buffer | null,
  rs: number,
  re: number,
  key: number,
  implicit: boolean
): TState {
  t.name = name
  t.raw = raw
  t.rs = rs
  t.re = re
  t.key = key
  t.status = 'running'
  t.out = null
  t.implicit = implicit
  t.failedChild = false
  t.midLine = false
  t.pendHead = -1
  t.pendTail = -1
  t.elapsed = undefined
  return t
}

interface PState {
  name: string
  terminal: PackageStatus | null
  elapsed?: number
  /** Tests seen and not finished, except `solo`; read through Engine.map(), which puts solo in first. */
  tests: Map<string, TState>
  /**
   * The last test started, kept out of `tests` while it is the only thing happening: a test that runs,
   * writes and passes (most of them) then costs no map insertion nor deletion.
   */
  solo: TState | null
  counts: { tests: number; passed: number; failed: number; skipped: number }
  out: OutBuf
  build: OutBuf | null
  midLine: boolean
  killed: boolean
  timeout: { header: string[]; names: Map<string, string>; collecting: boolean } | null
  panicked: boolean
  /** Failures recorded for this package (kept or handed over). */
  failureCount: number
  /** Test names that failed in this package (for the package-level decision). */
  anyTestFailed: boolean
}

export interface RawFailure {
  package: string | null
  test: string | null
  kind: FailureKind
  output: string
  elapsed?: number
  /** Where the build ran relative paths from (build failures only). */
  build?: boolean
  /** Its output buffer was cut to an excerpt because the run's output budget was spent. */
  cut?: boolean
  /** Known to have passed on a rerun (see Engine.flaky). */
  flaky?: boolean
}

/**
 * The test binary crashed: a Go panic, a runtime fatal error (`fatal error: newosproc`, `fatal error: out
 * of memory`, `fatal error: thread exhaustion`) or a fatal signal the runtime reports (`SIGSYS: bad system
 * call`, `SIGABRT: abort` after `runtime/cgo: pthread_create failed`). All are kind `panic`: the binary
 * died mid-test, which is different from a test that reported its own failure.
 */
export const CRASH_RE = /^(panic: |fatal error: |SIG[A-Z]+: )/m
const TIMEOUT_RE = /^panic: test timed out after (\S+)/
/** Past the budget, each buffer and each new failure keeps this many bytes (half head, half tail). */
const EXCERPT_BYTES = 4096
/** Non-passing test verdicts listed in TestRun.tests (the rest are counted, the run is partial). */
const MAX_VERDICTS = 20000
const KILLED_RE = /^signal: killed\r?$/
const MAX_FAILED_KEYS = 20000
/** Bytes of passed names a pending text package keeps undecoded (Engine.keepPassRaw); past it, strings. */
const PASS_ARENA = 1 << 20
const MAX_FLAKY = 1000
const RUNNING_RE = /^\t\t(\S.*?) \(([^)]*)\)\r?$/

/**
 * The packages of a run by name, in the order they started (a rename moves one to the end). The text
 * converter's pending package (PENDING) is stored under a key of its own each time it is created
 * (PENDING#n): V8's Map leaves a deleted entry in its hash bucket until the table is rebuilt, so
 * deleting and re-adding one key once per package made every lookup of it walk all the earlier ones
 * (a plain-text log of 40,000 packages took 1.9 s, 83% of it in the lookup; 100,000 took 25 s).
 */
class PackageTable {
  private readonly byKey = new Map<string, PState>()
  private pendingKey = PENDING
  private seq = 0

  private key(name: string): string {
    return name === PENDING ? this.pendingKey : name
  }

  get(name: string): PState | undefined {
    return this.byKey.get(this.key(name))
  }

  /** Adds a package at the end (a name already there keeps its place). */
  set(name: string, p: PState): void {
    this.byKey.set(this.key(name), p)
  }

  get size(): number {
    return this.byKey.size
  }

  delete(name: string): void {
    if (name !== PENDING) this.byKey.delete(name)
    else if (this.byKey.delete(this.pendingKey)) this.pendingKey = `${PENDING}#${++this.seq}`
  }

  /** Names (PENDING for the pending package) and packages, in order. */
  *entries(): IterableIterator<[string, PState]> {
    for (const [k, p] of this.byKey) yield [k.startsWith(PENDING) ? PENDING : k, p]
  }
}

/**
 * Packages kept as records; past this many, a package that ends clean (passed, skipped, no test files,
 * no failure) is folded into Engine.folded (its counts) and forgotten, so memory does not grow with the
 * number of packages (issue 21: a -json log of 800,000 packages held 500 MB). Only totals read them.
 * Its name is not kept either (a set of a million names costs 20-40 MB of peak RSS), so a clean package
 * that runs again after it was folded (the same log given twice) counts as one more package in
 * totals.packages; its tests add up as a package run twice always does.
 */
export const FOLD_AFTER = 1000

export class Engine {
  private readonly packages = new PackageTable()
  /** What the folded packages add to the totals (see FOLD_AFTER). */
  readonly folded = { packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 }
  /** Failures and verdicts still under the pending package's name (at the tail of their lists). */
  private pendingFails = 0
  private pendingVerdicts = 0
  /**
   * The failures, in the order they were recorded. With opts.onFailure, only those not handed over
   * yet: the first one whose package has not ended holds back the rest, so the order is the same.
   */
  readonly failures: RawFailure[] = []
  /** Failures recorded (kept or handed over); at most opts.maxFailures. */
  failureCount = 0
  readonly tests: TestResult[] = []
  droppedFailures = 0
  /** Output that belongs to no package (stderr noise, pasted excerpts); used for `log` failures. */
  readonly stray: OutBuf
  recognized = 0

  /** What the run keeps: output buffers and retained failure output (see Budget). */
  readonly budget: Budget
  /** Verdicts not listed in `tests` (more than MAX_VERDICTS that did not pass). */
  droppedVerdicts = 0
  /**
   * Tests that failed, then passed when run again (gotestsum --rerun-fails, a second -count, a CI
   * retry in the same log): flakes. At most MAX_FLAKY listed.
   */
  readonly flaky: { package: string; test: string }[] = []
  /** Failed tests' names per package (at most MAX_FAILED_KEYS in all), to know a later pass is a flake. */
  private failedNames = new Map<string, Set<string>>()
  private failedCount = 0
  /**
   * Per package, a hash of each of its names in failedNames (nameHash): runRaw decodes a starting test's
   * name only when the hash matches, and sends a rerun of a failed test down the slow path, where its
   * pass is seen to be a flake. No allocation per test on the hot path.
   */
  private failedHashes = new Map<string, Set<number>>()
  private flakyKeys = new Set<string>()
  /**
   * Tests of the text converter's pending package that passed while failedNames was not empty, in
   * order: a name, or (quickPassText) the index of its bytes in passArena.
   */
  private pendingPassed: (string | number)[] = []
  /** Name bytes of pendingPassed's numbered entries: entry i is passArena[passAt[i], passAt[i + 1]). */
  private passArena = Buffer.allocUnsafe(4096)
  private passAt = new Int32Array(1024)
  /** nameHash of each numbered entry (compared before its bytes). */
  private passHash = new Int32Array(1024)
  private passRawN = 0
  /** `pkg\0test` (test '' for a package-level one) of failures recorded, at most MAX_FAILED_KEYS. */
  private failureKeys = new Set<string>()

  constructor(private readonly opts: EngineOptions) {
    this.budget = new Budget(opts.maxRetainedOutput, EXCERPT_BYTES)
    this.stray = new OutBuf(opts.maxOutputPerFailure, this.budget)
  }

  pkg(name: string): PState {
    let p = this.packages.get(name)
    if (!p) {
      p = {
        name,
        terminal: null,
        elapsed: undefined,
        tests: new Map(),
        solo: null,
        counts: { tests: 0, passed: 0, failed: 0, skipped: 0 },
        out: new OutBuf(this.opts.maxOutputPerFailure, this.budget),
        build: null,
        midLine: false,
        killed: false,
        timeout: null,
        panicked: false,
        failureCount: 0,
        anyTestFailed: false
      }
      this.packages.set(name, p)
    } else if (p.terminal !== null) {
      // The same package again (a second file, a rerun): start over, keep its place and its counts.
      // What decided the last run's verdict does not carry over (a test that failed then must not hide
      // a panic now).
      p.terminal = null
      p.elapsed = undefined
      p.tests = new Map()
      p.out = new OutBuf(this.opts.maxOutputPerFailure, this.budget)
      p.midLine = false
      p.killed = false
      p.timeout = null
      p.panicked = false
      p.anyTestFailed = false
    }
    return p
  }

  start(pkgName: string): void {
    this.recognized++
    this.pkg(pkgName)
    this.opts.onEvent?.({ kind: 'package-start', package: pkgName, test: null })
  }

  /** Lists a test verdict; past MAX_VERDICTS non-passing ones (and unless keepPassed), only counts it. */
  private verdict(r: TestResult): void {
    if (this.opts.verdicts === false) return
    if (this.tests.length >= MAX_VERDICTS && !this.opts.keepPassed) this.droppedVerdicts++
    else {
      this.tests.push(r)
      if (r.package === PENDING) this.pendingVerdicts++
    }
  }

  /** Drops a test's output buffer, giving its bytes back to the budget. */
  private dropOut(t: TState): void {
    if (t.out !== null) {
      t.out.release()
      t.out = null
    }
  }

  /** p's test map, with its solo test put in first (in start order: solo is always the latest). */
  private map(p: PState): Map<string, TState> {
    const t = p.solo
    if (t !== null) {
      p.solo = null
      p.tests.set(this.nameOf(t), t)
    }
    return p.tests
  }

  /** t's name, decoded from the input chunk the first time it is needed. */
  private nameOf(t: TState): string {
    if (t.raw !== null) {
      t.name = t.raw.toString('utf8', t.rs, t.re)
      t.raw = null
    }
    return t.name
  }

  /** Solo tests whose names are still undecoded in the current chunk (decoded at its end). */
  private lazy = new Slots<TState>()

  /**
   * Hot path: a `run` event whose test name is b[s, e) (no escapes), not decoded unless needed. `key`
   * stands for these name bytes in passKey/outputKey while the parser's template holds them.
   */
  // This second state machine buys no CPU (within noise) but keeps memory flat: without it explain*
  // peaks at 81 MB instead of 62 MB on the bench's 500 MB log with 1% failing tests (docs/perf.md).
  runRaw(pkgName: string, b: Buffer, s: number, e: number, key: number): void {
    this.spill()
    const p = this.pkgOf(pkgName)
    const m = this.map(p)
    let lazy = !mayName(m, b, s, e)
    // A rerun of a test that failed in this package (-count, --rerun-fails): its pass is a flake.
    if (lazy && this.failedHashes.size > 0 && this.failedHashes.get(pkgName)?.has(nameHash(b, s, e)) === true)
      lazy = !this.failedBefore(pkgName, b.toString('utf8', s, e))
    if (!lazy) {
      this.testEvent(pkgName, b.toString('utf8', s, e), 'run', undefined)
      return
    }
    this.recognized++
    const t = this.fromPool('', b, s, e, key)
    p.counts.tests++
    p.solo = t
    this.lazy.push(t)
    // outputRaw finds it through map(), which decodes its name; outputKey through keyT.
    this.lastT = null
    this.keyT = t
  }

  /** The last test started by runRaw (for outputKey). */
  private keyT: TState | null = null
  /** Ended tests of runRaw, for runRaw to reuse (see commit): fewer allocations, fewer survivors. */
  private pool = new Slots<TState>()

  /** Hot path: a `pass` event of the test with template key `key`; false when the caller must decode. */
  passKey(pkgName: string, key: number, elapsed: number | undefined): boolean {
    const p = this.pkgOf(pkgName)
    const t = p.solo
    if (t === null || t.key !== key || t.status !== 'running') return false
    this.recognized++
    t.elapsed = elapsed
    t.status = 'passed'
    if (t === this.keyT) this.keyN = 0
    this.dropOut(t)
    p.counts.passed++
    p.solo = null
    if (this.opts.keepPassed)
      this.verdict({ package: pkgName, test: this.nameOf(t), status: 'passed', elapsed })
    this.opts.onEvent?.({ kind: 'test-pass', package: pkgName, test: this.nameOf(t), elapsed })
    return true
  }

  /** Hot path: output of the test with template key `key`; false when the caller must decode. */
  outputKey(pkgName: string, key: number, buf: Buffer, s: number, e: number): boolean {
    const t = this.keyT
    if (t === null || t.key !== key || t.status !== 'running' || pkgName !== this.lastPName) return false
    const p = this.lastP
    if (p === null || p.terminal !== null) return false
    const c = s < e ? buf[s] : 0
    if (c === 0x70 || c === 0x73 || c === 0x5c || c === 0x2a || (p.timeout !== null && p.timeout.collecting))
      return false
    let n = this.keyN
    if (n === this.keyS.length) {
      this.spill()
      n = 0
    }
    this.keyS[n] = s
    this.keyE[n] = e
    this.keyN = n + 1
    return true
  }

  // Lines of keyT recorded by outputKey: two stores per line. They join keyT's pending list (spill)
  // only when something else looks at its output; a pass through passKey just forgets them.
  private keyS: Int32Array = new Int32Array(4096)
  private keyE: Int32Array = new Int32Array(4096)
  private keyN = 0

  /** Moves keyT's recorded lines to its pending list (or forgets them if it no longer runs). */
  private spill(): void {
    const n = this.keyN
    if (n === 0) return
    this.keyN = 0
    const t = this.keyT
    const buf = this.pendBuf
    if (t === null || t.status !== 'running' || buf === null) return
    for (let i = 0; i < n; i++) this.pendLine(t, this.keyS[i], this.keyE[i])
    const s = this.keyS[n - 1]
    const e = this.keyE[n - 1]
    t.midLine = !(e - s >= 2 && buf[e - 2] === 0x5c && buf[e - 1] === 0x6e)
  }

  /** The package of an event, through the last-package cache. */
  private pkgOf(pkgName: string): PState {
    const lp = this.lastP
    if (lp !== null && pkgName === this.lastPName && lp.terminal === null) return lp
    const p = this.pkg(pkgName)
    this.lastP = p
    this.lastPName = pkgName
    this.lastT = null
    this.spill()
    this.keyT = null
    return p
  }

  private test(p: PState, name: string, implicit: boolean): TState {
    const m = this.map(p)
    let t = m.get(name)
    if (!t) {
      t = newTest(name, null, 0, 0, -1, implicit)
      m.set(name, t)
      if (!implicit) p.counts.tests++
    } else if (!implicit && t.implicit) {
      t.implicit = false
      p.counts.tests++
    }
    return t
  }

  /**
   * A test that started and passed in one step (a JUnit case): what testEvent 'run' then 'pass' do,
   * without the test state in between.
   */
  passedTest(pkgName: string, name: string, elapsed: number | undefined): void {
    const p = this.pkgOf(pkgName)
    const m = this.map(p)
    if (m.size > 0 && m.has(name)) {
      this.testEvent(pkgName, name, 'run', undefined)
      this.testEvent(pkgName, name, 'pass', elapsed)
      return
    }
    this.recognized += 2
    p.counts.tests++
    p.counts.passed++
    this.lastT = null
    this.afterPass(pkgName, name, elapsed)
  }

  /** What a pass tells beyond the counts: a flake (it failed before), the verdict list, the live event. */
  private afterPass(pkgName: string, name: string, elapsed: number | undefined): void {
    // The pending package's own failures count too: a text log's first package rerun with -count=2.
    if (this.failedHashes.size > 0 || (pkgName === PENDING && this.pendingFails > 0)) {
      if (pkgName === PENDING) {
        if (this.pendingPassed.length < MAX_FAILED_KEYS) this.pendingPassed.push(name)
      } else if (this.failedBefore(pkgName, name)) this.markFlaky(pkgName, name)
    }
    if (this.opts.keepPassed) this.verdict({ package: pkgName, test: name, status: 'passed', elapsed })
    this.opts.onEvent?.({ kind: 'test-pass', package: pkgName, test: name, elapsed })
  }

  /**
   * passedTest for a name still in the input's bytes b[s, e) (ASCII): decoded only when needed (a test
   * of that name is running, a failed test's hash matches, every pass is listed or sent on).
   */
  passedTestRaw(pkgName: string, b: Buffer, s: number, e: number, elapsed: number | undefined): void {
    const p = this.pkgOf(pkgName)
    if (p.solo !== null || p.tests.size > 0 || this.opts.keepPassed || this.opts.onEvent) {
      this.passedTest(pkgName, b.toString('latin1', s, e), elapsed)
      return
    }
    this.recognized += 2
    p.counts.tests++
    p.counts.passed++
    this.lastT = null
    if (this.failedHashes.size > 0 && this.failedHashes.get(pkgName)?.has(nameHash(b, s, e)) === true) {
      const name = b.toString('latin1', s, e)
      if (this.failedBefore(pkgName, name)) this.markFlaky(pkgName, name)
    }
  }

  /**
   * A new running test's state: an ended one from the pool (see commit), or a new one. Whoever takes
   * it pushes it on `lazy`, so that it goes back to the pool at the chunk's end once it has ended.
   */
  private fromPool(name: string, raw: Buffer | null, s: number, e: number, key: number): TState {
    const reused = this.pool.pop()
    if (reused === undefined) return newTest(name, raw, s, e, key, false)
    // textOutput's cache must not take the new test for the one it named.
    if (this.textT === reused) this.textT = null
    return resetTest(reused, name, raw, s, e, key, false)
  }

  /**
   * Text hot path (TextConverter.hotLine): `=== RUN name` in the pending package. What testEvent does
   * with a `run`, except that the test's state comes from the pool and goes back to it at the chunk's
   * end once the test has ended (see commit), as runRaw's do.
   */
  runText(name: string): void {
    const p = this.pkgOf(PENDING)
    const m = this.map(p)
    if (m.size > 0 && m.has(name)) {
      this.testEvent(PENDING, name, 'run', undefined)
      return
    }
    this.recognized++
    const t = this.fromPool(name, null, 0, 0, -1)
    p.counts.tests++
    p.solo = t
    this.lastT = t
    this.lastTName = name
    this.lazy.push(t)
  }

  /**
   * Text hot path (TextConverter.quickPass): a test of the pending package that started and passed
   * with only its output between, its name b[s, e) undecoded. What runText and then a `pass` testEvent
   * do, with no test state (the output is dropped on a pass anyway). False, with nothing done, when a
   * test of that name may be running, every pass is listed or sent on, or a timeout's list is read.
   */
  quickPassText(b: Buffer, s: number, e: number, elapsed: number): boolean {
    if (this.opts.keepPassed || this.opts.onEvent) return false
    const p = this.pkgOf(PENDING)
    if (p.timeout !== null && p.timeout.collecting) return false
    // runText moves a running solo into the map too; a known name there takes the slow path, as in
    // runRaw.
    if (mayName(this.map(p), b, s, e)) return false
    this.recognized += 2
    p.counts.tests++
    p.counts.passed++
    // A pass the pending package keeps to find its flakes once it is named (see afterPass), as bytes.
    if ((this.failedHashes.size > 0 || this.pendingFails > 0) && !this.keepPassRaw(b, s, e))
      this.afterPass(PENDING, b.toString('utf8', s, e), elapsed)
    return true
  }

  /**
   * pendingPassed's entry for a pass whose name is b[s, e): its bytes copied into passArena (its
   * index there in pendingPassed), not decoded: renamePending compares them with the package's failed
   * names. False when the arena is full (the caller then keeps the name as a string).
   */
  private keepPassRaw(b: Buffer, s: number, e: number): boolean {
    if (this.pendingPassed.length >= MAX_FAILED_KEYS) return true
    const n = this.passRawN
    const at = this.passAt[n]
    if (at + (e - s) > PASS_ARENA) return false
    if (n + 1 === this.passAt.length) {
      const at2 = new Int32Array(this.passAt.length * 2)
      at2.set(this.passAt)
      this.passAt = at2
      const h2 = new Int32Array(this.passHash.length * 2)
      h2.set(this.passHash)
      this.passHash = h2
    }
    let a = this.passArena
    if (at + (e - s) > a.length) {
      const grown = Buffer.allocUnsafe(Math.min(PASS_ARENA, Math.max(a.length * 2, at + (e - s))))
      a.copy(grown, 0, 0, at)
      this.passArena = a = grown
    }
    // ASCII only (renamePending compares the bytes with a name's characters). Short names: a loop
    // costs less than a call into Buffer.copy.
    // nameHash's loop, fused with the copy.
    let h = 0x811c9dc5
    for (let i = s, j = at; i < e; i++, j++) {
      const x = b[i]
      if (x >= 0x80) return false
      a[j] = x
      h = Math.imul(h ^ x, 0x01000193)
    }
    this.passAt[n + 1] = at + (e - s)
    this.passHash[n] = h
    this.passRawN = n + 1
    this.pendingPassed.push(n)
    return true
  }

  testEvent(pkgName: string, name: string, action: string, elapsed: number | undefined): void {
    this.recognized++
    const p = this.pkgOf(pkgName)
    switch (action) {
      case 'run': {
        const m = this.map(p)
        if (m.size === 0 || !m.has(name)) {
          const t = newTest(name, null, 0, 0, -1, false)
          p.counts.tests++
          p.solo = t
          this.lastT = t
          this.lastTName = name
          return
        }
        const t = this.test(p, name, false)
        t.status = 'running'
        return
      }
      case 'pass':
      case 'skip':
      case 'fail':
        break
      default:
        return // pause, cont, attr, artifacts...
    }
    const solo = p.solo
    const t =
      solo !== null && action !== 'fail' && this.nameOf(solo) === name ? solo : this.test(p, name, false)
    t.elapsed = elapsed
    if (action === 'pass') {
      t.status = 'passed'
      this.dropOut(t)
      p.counts.passed++
      this.afterPass(pkgName, name, elapsed)
      if (t === solo) p.solo = null
      else p.tests.delete(name)
      return
    }
    if (action === 'skip') {
      t.status = 'skipped'
      this.dropOut(t)
      p.counts.skipped++
      this.verdict({ package: pkgName, test: name, status: 'skipped', elapsed })
      this.opts.onEvent?.({ kind: 'test-skip', package: pkgName, test: name, elapsed })
      if (t === solo) p.solo = null
      else p.tests.delete(name)
      return
    }
    this.flushPending(t)
    t.status = 'failed'
    p.counts.failed++
    p.anyTestFailed = true
    if (pkgName !== PENDING) this.recordFailed(pkgName, name)
    this.verdict({ package: pkgName, test: name, status: 'failed', elapsed })
    const out = t.out ? t.out.text() : ''
    const cut = t.out?.squeezed === true
    this.dropOut(t)
    const slash = name.lastIndexOf('/')
    if (slash > 0) {
      const parent = p.tests.get(name.slice(0, slash))
      if (parent) parent.failedChild = true
    }
    // A parent that failed only because a subtest did says nothing new: count it, do not report it.
    if (!(t.failedChild && !hasOwnOutput(out))) {
      const kind: FailureKind = CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? 'panic' : 'test'
      this.addFailure(p, { package: pkgName, test: name, kind, output: out, elapsed, cut })
    }
    this.opts.onEvent?.({ kind: 'test-fail', package: pkgName, test: name, output: out, elapsed })
    p.tests.delete(name)
  }

  private addFailure(p: PState, f: RawFailure): void {
    if (this.failureCount >= this.opts.maxFailures) {
      this.droppedFailures++
      return
    }
    const b = this.budget
    if (f.cut === true) b.trimmed++
    else if (b.spent && f.output.length > EXCERPT_BYTES) {
      // The run already keeps its budget's worth of output: this failure keeps its head and tail.
      const h = EXCERPT_BYTES >> 1
      const cut = f.output.length - 2 * h
      f.output =
        f.output.slice(0, h) +
        `\n[... ${cut} bytes of output omitted by go-env-guard (run output budget spent) ...]\n` +
        f.output.slice(f.output.length - h)
      b.trimmed++
    }
    b.used += f.output.length
    if (f.test !== null && f.package !== null && this.flakyKeys.size > 0 && this.isFlaky(f.package, f.test))
      f.flaky = true
    this.failureCount++
    p.failureCount++
    if (f.package === PENDING) this.pendingFails++
    else if (f.package !== null) this.failureKey(f.package, f.test)
    this.failures.push(f)
  }

  /**
   * Hands the failures that are final to opts.onFailure, oldest first: a failure is final once its
   * package has ended. (The one later change to a failure is a text-mode package getting its name,
   * and the text converter names a package just before it ends it.) Called when a package ends, and
   * at the end of the run.
   */
  private handOver(all: boolean): void {
    const take = this.opts.onFailure
    if (!take) return
    const q = this.failures
    let n = 0
    while (n < q.length) {
      const f = q[n]
      if (!all && (f.package === PENDING || this.packages.get(f.package as string)?.terminal == null)) break
      n++
    }
    if (n === 0) return
    const ready = q.splice(0, n)
    for (const f of ready) {
      // Its package has ended: a rerun inside it (-count=2) that passed is known by now.
      if (f.test !== null && f.package !== null && this.flakyKeys.size > 0 && this.isFlaky(f.package, f.test))
        f.flaky = true
      take(f)
    }
  }

  // Output of running tests is first kept as offsets into the current input chunk and copied only
  // when the chunk is done and the test is still running: most tests pass within their chunk, so
  // their output is never copied nor decoded. Each test's lines form a list in pendS/pendE/pendNext,
  // so a pass costs nothing and a failure walks its own lines only.
  private pendBuf: Buffer | null = null
  private pendS: Int32Array = new Int32Array(4096)
  private pendE: Int32Array = new Int32Array(4096)
  private pendNext: Int32Array = new Int32Array(4096)
  private pendN = 0
  /** Tests that got pending lines in the current chunk. */
  private pendTests = new Slots<TState>()
  private lastP: PState | null = null
  private lastPName = ''
  private lastT: TState | null = null
  private lastTName = ''

  /** The parser hands every input buffer here before events that point into it. */
  useBuffer(buf: Buffer): void {
    if (buf !== this.pendBuf) {
      this.commit()
      this.pendBuf = buf
    }
  }

  /** Copies what is pending and forgets the input buffer (the caller may reuse or drop it). */
  release(): void {
    this.commit()
    this.pendBuf = null
  }

  /** Copies the pending output of tests still running (end of a chunk). */
  commit(): void {
    this.spill()
    const tests = this.pendTests
    for (let i = 0; i < tests.n; i++) {
      const t = tests.at(i)
      if (t.status === 'running') this.flushPending(t)
      else t.pendHead = -1
    }
    tests.n = 0
    this.pendN = 0
    // Names still undecoded point into this chunk: decode those of tests still running. A test that
    // ended (passed, failed, skipped) has left its package's solo slot and map, and its output went
    // into its verdict or failure: only this list and the last-test caches still refer to it, so it
    // can be reused (runRaw, the pool's one taker, resets lastT; outputKey skips a keyT that ended).
    // Before, only passes were: each failure's state was replaced by a new object that lived on in
    // the pool, promoted to V8's old generation.
    const lazy = this.lazy
    for (let i = 0; i < lazy.n; i++) {
      const t = lazy.at(i)
      if (t.status === 'running') this.nameOf(t)
      else {
        t.raw = null
        // A pooled state waits up to a chunk to be taken: a name it kept would be the young objects
        // a scavenge finds alive (4,000 names, ~190 KB, at every scavenge of a verbose text log) and
        // V8 grows its young generation on such steady survival. The caches check status first.
        t.name = ''
        t.out = null
        if (this.keyT === t) this.keyT = null
        this.pool.push(t)
      }
    }
    lazy.n = 0
  }

  /** Copies t's pending lines into its output buffer. */
  private flushPending(t: TState): void {
    if (t === this.keyT) this.spill()
    let i = t.pendHead
    if (i < 0) return
    t.pendHead = -1
    const buf = this.pendBuf
    if (buf === null) return
    const out = (t.out ??= new OutBuf(this.opts.maxOutputPerFailure, this.budget))
    // A negative end marks a plain-text line (textOutput): its bytes are the text itself.
    for (; i >= 0; i = this.pendNext[i]) {
      const e = this.pendE[i]
      if (e < 0) out.push(buf.toString('utf8', this.pendS[i], -e))
      else out.pushRaw(buf, this.pendS[i], e)
    }
  }

  /** Adds b[s, e) of the current chunk to t's pending lines. */
  private pend(t: TState, s: number, e: number): void {
    if (t === this.keyT) this.spill()
    this.pendLine(t, s, e)
  }

  private pendLine(t: TState, s: number, e: number): void {
    const i = this.pendN++
    if (i === this.pendS.length) {
      const grow = (a: Int32Array): Int32Array => {
        const n = new Int32Array(a.length * 2)
        n.set(a)
        return n
      }
      this.pendS = grow(this.pendS)
      this.pendE = grow(this.pendE)
      this.pendNext = grow(this.pendNext)
    }
    this.pendS[i] = s
    this.pendE[i] = e
    this.pendNext[i] = -1
    if (t.pendHead < 0) {
      t.pendHead = i
      this.pendTests.push(t)
    } else this.pendNext[t.pendTail] = i
    t.pendTail = i
  }

  /**
   * Plain-text hot path (TextConverter.hotLine): the line b[s, e) (its newline included) is output of
   * the pending package's running test `test`, kept as offsets into the chunk like the -json hot path's
   * (copied at the chunk's end only if the test still runs). False when the caller must take the
   * slow path (no such running test, a timeout's list being read).
   */
  textOutput(test: string, b: Buffer, s: number, e: number): boolean {
    if (this.pendBuf !== b) return false
    const p = this.pkgOf(PENDING)
    if (p.timeout !== null && p.timeout.collecting) return false
    let t = this.textT
    if (t === null || t.status !== 'running' || this.textTName !== test) {
      t = p.solo !== null && this.nameOf(p.solo) === test ? p.solo : (p.tests.get(test) ?? null)
      if (t === null || t.status !== 'running') return false
      this.textT = t
      this.textTName = test
    }
    this.pendLine(t, s, -e)
    t.midLine = false
    return true
  }

  /** The test textOutput wrote to last (a running test of the pending package), and its name. */
  private textT: TState | null = null
  private textTName = ''

  /** Fast path: escaped JSON Output bytes. Decodes only lines that may matter to the package verdict. */
  outputRaw(pkgName: string, test: string | null, buf: Buffer, s: number, e: number): void {
    let p: PState
    if (this.lastP !== null && pkgName === this.lastPName && this.lastP.terminal === null) p = this.lastP
    else {
      p = this.pkg(pkgName)
      this.lastP = p
      this.lastPName = pkgName
      this.lastT = null
      this.spill()
      this.keyT = null
    }
    const c = s < e ? buf[s] : 0
    // p(anic) s(ignal) \(t running tests) *(** Test killed)
    if (
      c === 0x70 ||
      c === 0x73 ||
      c === 0x5c ||
      c === 0x2a ||
      (p.timeout !== null && p.timeout.collecting)
    ) {
      this.output(pkgName, test, decodeJsonString(buf.subarray(s, e)))
      return
    }
    const nl = e - s >= 2 && buf[e - 2] === 0x5c && buf[e - 1] === 0x6e
    if (test !== null) {
      let t: TState
      if (this.lastT !== null && test === this.lastTName && this.lastT.status === 'running') t = this.lastT
      else {
        t = this.map(p).get(test) ?? this.test(p, test, true)
        this.lastT = t
        this.lastTName = test
      }
      if (t.status !== 'running') {
        p.out.pushRaw(buf, s, e)
        return
      }
      this.pend(t, s, e)
      t.midLine = !nl
    } else {
      p.out.pushRaw(buf, s, e)
      p.midLine = !nl
    }
  }

  output(pkgName: string, test: string | null, text: string): void {
    this.spill()
    const p = this.pkg(pkgName)
    let atStart: boolean
    if (test !== null) {
      const t = this.map(p).get(test) ?? this.test(p, test, true)
      if (t.status !== 'running') {
        // Output after a verdict (late log lines): keep it at package level.
        atStart = !p.midLine
        p.out.push(text)
        p.midLine = !text.endsWith('\n')
      } else {
        atStart = !t.midLine
        this.flushPending(t)
        if (!t.out) t.out = new OutBuf(this.opts.maxOutputPerFailure, this.budget)
        t.out.push(text)
        t.midLine = !text.endsWith('\n')
      }
    } else {
      atStart = !p.midLine
      p.out.push(text)
      p.midLine = !text.endsWith('\n')
    }
    if (atStart) this.inspect(p, text)
  }

  /** Lines that change a package's verdict: timeouts (with the running tests), kills, panics. */
  private inspect(p: PState, line: string): void {
    const to = p.timeout
    // Every line below starts `\t`, `panic: `, `signal: ` or `*** `: most output lines need no regexp.
    const c0 = line.charCodeAt(0)
    if (to?.collecting !== true && c0 !== 0x70 /* p */ && c0 !== 0x73 /* s */ && c0 !== 0x2a /* * */) return
    if (to?.collecting) {
      if (/^\trunning tests:/.test(line)) {
        to.header.push(line.replace(/\n$/, ''))
        return
      }
      const m = RUNNING_RE.exec(line.replace(/\n$/, ''))
      if (m) {
        to.names.set(m[1], m[2])
        to.header.push(line.replace(/\n$/, ''))
        return
      }
      to.collecting = false
    }
    if (TIMEOUT_RE.test(line)) {
      p.timeout = { header: [line.replace(/\n$/, '')], names: new Map(), collecting: true }
    } else if (KILLED_RE.test(line.replace(/\n$/, ''))) {
      p.killed = true
    } else if (line.startsWith('panic: ')) {
      p.panicked = true
    } else if (/^\*\*\* Test killed/.test(line)) {
      p.timeout ??= { header: [line.replace(/\n$/, '')], names: new Map(), collecting: false }
    }
  }

  buildOutput(pkgName: string, text: string): void {
    this.recognized++
    const p = this.pkg(pkgName)
    if (!p.build) p.build = new OutBuf(this.opts.maxOutputPerFailure, this.budget)
    p.build.push(text)
    this.opts.onEvent?.({ kind: 'build-output', package: pkgName, test: null, output: text })
  }

  /** Go 1.24+ build-output events, keyed by their ImportPath until a package's FailedBuild claims them. */
  readonly builds = new Map<string, OutBuf>()

  jsonBuildOutput(importPath: string, text: string): void {
    this.recognized++
    let b = this.builds.get(importPath)
    if (!b) {
      b = new OutBuf(this.opts.maxOutputPerFailure, this.budget)
      this.builds.set(importPath, b)
    }
    b.push(text)
    this.opts.onEvent?.({
      kind: 'build-output',
      package: importPath.replace(/ \[.*\]$/, ''),
      test: null,
      output: text
    })
  }

  claimBuild(pkgName: string, importPath: string): void {
    const b = this.builds.get(importPath)
    if (!b) return
    this.builds.delete(importPath)
    this.pkg(pkgName).build = b
  }

  /**
   * The link of a package's test binary prints its errors under `# <pkg>.test` (the binary's import
   * path), in text and in a pre-1.24 -json run's stderr: that output is the package's build failure,
   * not a package of its own. Taken when nothing else ran under that name.
   */
  private adoptTestBinary(p: PState): void {
    const name = p.name + '.test'
    const bin = this.packages.get(name)
    if (!bin || bin === p || bin.terminal !== null || bin.build === null || bin.counts.tests > 0) return
    if (bin.failureCount > 0 || bin.out.text() !== '') return
    p.build = bin.build
    this.packages.delete(name)
    if (this.lastP === bin) this.lastP = null
  }

  /** A package's terminal event. `build` is 'build' or 'setup' when the package did not compile. */
  pkgEnd(pkgName: string, action: string, elapsed: number | undefined, build?: 'build' | 'setup'): void {
    this.recognized++
    const p = this.pkg(pkgName)
    p.elapsed = elapsed
    if (action === 'pass') p.terminal = 'passed'
    else if (action === 'skip') p.terminal = p.counts.tests === 0 ? 'no-test-files' : 'skipped'
    else p.terminal = this.failedStatus(p, build)
    if (p.terminal === 'build-failed' && p.build === null) this.adoptTestBinary(p)
    this.settle(p)
    this.opts.onEvent?.({ kind: 'package-end', package: pkgName, test: null, status: p.terminal, elapsed })
  }

  /**
   * A plain-text verdict line (`ok  pkg`, `?   pkg [no test files]`) with nothing of its package before
   * it (go test without -v prints only these): past FOLD_AFTER records, counted as a folded package
   * without making a record at all. False when the package must get one (see pkgEnd).
   */
  bareEnd(pkgName: string, action: 'pass' | 'skip', elapsed: number | undefined): boolean {
    if (this.packages.size < FOLD_AFTER || this.packages.get(PENDING) || this.packages.get(pkgName))
      return false
    this.recognized++
    this.folded.packages++
    const status = action === 'pass' ? 'passed' : 'no-test-files'
    this.opts.onEvent?.({ kind: 'package-end', package: pkgName, test: null, status, elapsed })
    return true
  }

  private failedStatus(p: PState, build?: 'build' | 'setup'): PackageStatus {
    const out = p.out.text()
    if (build === 'setup' || /\[setup failed\]$/m.test(out)) return 'setup-failed'
    // Before Go 1.24 the -json stream says so only in the package's output line.
    if (build === 'build' || /\[build failed\]$/m.test(out)) return 'build-failed'
    if (p.timeout) return 'timed-out'
    if (p.killed) return 'killed'
    return 'failed'
  }

  /** Turns what is left of a finished (or abandoned) package into failures and frees its tests. */
  private settle(p: PState): void {
    const status = p.terminal
    const m = this.map(p)
    for (const t of m.values()) this.flushPending(t)
    if (this.lastP === p) this.lastP = null
    const running = [...m.values()].filter(t => t.status === 'running' && !t.implicit)
    // Tests with no verdict keep none (test2json gives them no terminal event either).
    for (const t of running) this.verdict({ package: p.name, test: t.name, status: 'running' })
    const pkgOut = (): string => p.out.text()
    if (status === 'build-failed' || status === 'setup-failed') {
      const out = (p.build?.text() ?? '') + pkgOut()
      const cut = p.out.squeezed || p.build?.squeezed === true
      this.addFailure(p, { package: p.name, test: null, kind: 'build', output: out, build: true, cut })
    } else if (status === 'timed-out' && p.timeout) {
      const header = p.timeout.header.join('\n') + '\n'
      // Leaves only: a parent listed with its running subtest adds nothing.
      let names = leaves([...p.timeout.names.keys()])
      if (names.length === 0) names = leaves(running.map(t => t.name))
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: 'timeout',
          output: pkgOut(),
          cut: p.out.squeezed
        })
      }
      for (const n of names) {
        const t = m.get(n)
        let own = t?.out?.text() ?? ''
        if (!own.includes(p.timeout.header[0])) own = header + own
        const el = p.timeout.names.get(n)
        this.addFailure(p, {
          package: p.name,
          test: n,
          kind: 'timeout',
          output: own,
          elapsed: parseDuration(el),
          cut: t?.out?.squeezed === true
        })
        if (!running.some(r => r.name === n)) this.verdict({ package: p.name, test: n, status: 'running' })
      }
    } else if (status === 'killed' || status === null) {
      const names = leaves(running.map(t => t.name))
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: 'killed',
          output: pkgOut(),
          cut: p.out.squeezed
        })
      }
      for (const n of names) {
        const own = (m.get(n)?.out?.text() ?? '') + pkgOut()
        const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed
        this.addFailure(p, { package: p.name, test: n, kind: 'killed', output: own, cut })
      }
    } else if (status === 'failed') {
      const names = leaves(running.map(t => t.name))
      if (names.length > 0) {
        // The binary ended (os.Exit, a panic in another goroutine, a crash) while these tests ran.
        for (const n of names) {
          const own = (m.get(n)?.out?.text() ?? '') + pkgOut()
          const kind: FailureKind = CRASH_RE.test(own) && !TIMEOUT_RE.test(own) ? 'panic' : 'package'
          const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed
          this.addFailure(p, { package: p.name, test: n, kind, output: own, cut })
        }
      } else if (!p.anyTestFailed) {
        const out = pkgOut()
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? 'panic' : 'package',
          output: out,
          cut: p.out.squeezed
        })
      }
    }
    // The package is done: free what it kept (a rerun of it starts over). An ended package keeps only
    // its name, verdict and counts: its map and buffer are swapped for shared empty ones (pkg() gives it
    // new ones if it starts again), so a log of thousands of packages does not keep thousands of each.
    for (const t of m.values()) this.dropOut(t)
    m.clear()
    p.out.release()
    p.build?.release()
    p.build = null
    p.tests = ENDED_TESTS
    p.out = ENDED_OUT
    this.handOver(false)
    this.fold(p)
  }

  /** Past FOLD_AFTER records, an ended clean package becomes counts only (see FOLD_AFTER). */
  private fold(p: PState): void {
    if (this.packages.size <= FOLD_AFTER || p.name === PENDING || p.failureCount > 0) return
    if (p.terminal !== 'passed' && p.terminal !== 'skipped' && p.terminal !== 'no-test-files') return
    this.packages.delete(p.name)
    const f = this.folded
    f.packages++
    f.tests += p.counts.tests
    f.passed += p.counts.passed
    f.failed += p.counts.failed
    f.skipped += p.counts.skipped
  }

  /**
   * Did this test fail earlier in the run (so that passing now makes it a flake)? Most passes are of
   * packages with no failure: one Map lookup for those.
   */
  private failedBefore(pkgName: string, name: string): boolean {
    return this.failedNames.get(pkgName)?.has(name) === true
  }

  /** A failed test, remembered (at most MAX_FAILED_KEYS) so that a later pass of it is a flake. */
  private recordFailed(pkgName: string, test: string): void {
    let names = this.failedNames.get(pkgName)
    if (names?.has(test) === true || this.failedCount >= MAX_FAILED_KEYS) return
    if (!names) this.failedNames.set(pkgName, (names = new Set()))
    names.add(test)
    this.failedCount++
    let hashes = this.failedHashes.get(pkgName)
    if (!hashes) this.failedHashes.set(pkgName, (hashes = new Set()))
    hashes.add(nameHash(test, 0, test.length))
  }

  /** A test that failed and then passed on a rerun: a flake (listed once). */
  markFlaky(pkgName: string, test: string): void {
    const k = pkgName + '\u0000' + test
    if (this.flakyKeys.has(k) || this.flaky.length >= MAX_FLAKY) return
    this.flakyKeys.add(k)
    this.flaky.push({ package: pkgName, test })
  }

  private failureKey(pkg: string, test: string | null): void {
    if (this.failureKeys.size < MAX_FAILED_KEYS) this.failureKeys.add(pkg + '\u0000' + (test ?? ''))
  }

  /** Has this test of the package started and not ended? */
  knowsTest(pkgName: string, name: string): boolean {
    const p = this.packages.get(pkgName)
    if (p === undefined) return false
    if (p.solo !== null && this.nameOf(p.solo) === name) return true
    // Not one made up for output that named it before any RUN (a fragment): that one has not started.
    const t = p.tests.get(name)
    return t !== undefined && !t.implicit
  }

  /** Did this package report its failures test by test (failed tests, a timeout's running tests)? */
  detailed(pkgName: string): boolean {
    const p = this.packages.get(pkgName)
    return p !== undefined && (p.anyTestFailed || p.timeout !== null)
  }

  /** Did this package end as a build or setup failure? */
  buildFailed(pkgName: string): boolean {
    const t = this.packages.get(pkgName)?.terminal
    return t === 'build-failed' || t === 'setup-failed'
  }

  /** Was a failure recorded for this test (test '': for this package, any failure)? */
  hasFailure(pkgName: string, test: string): boolean {
    if (test !== '') return this.failureKeys.has(pkgName + '\u0000' + test)
    const p = this.packages.get(pkgName)
    return p !== undefined && p.failureCount > 0
  }

  /** Is this test known to have passed on a rerun after failing? */
  isFlaky(pkgName: string, test: string): boolean {
    return this.flakyKeys.has(pkgName + '\u0000' + test)
  }

  /**
   * Forgets the text converter's pending package (what a tool printed before a summary that repeats it
   * all: gotestsum's `=== Failed` section after its testname, dots or pkgname lines).
   */
  dropPending(): void {
    const p = this.packages.get(PENDING)
    if (!p) return
    if (this.lastP === p) this.lastP = null
    for (const t of this.map(p).values()) this.dropOut(t)
    p.out.release()
    this.packages.delete(PENDING)
    for (let j = this.failures.length - 1; j >= 0 && this.pendingFails > 0; j--)
      if (this.failures[j].package === PENDING) {
        this.failures.splice(j, 1)
        this.pendingFails--
        this.failureCount--
      }
    for (let j = this.tests.length - 1; j >= 0 && this.pendingVerdicts > 0; j--)
      if (this.tests[j].package === PENDING) {
        this.tests.splice(j, 1)
        this.pendingVerdicts--
      }
  }

  /** Renames the text converter's pending package once its `ok`/`FAIL` line names it. */
  renamePending(name: string): void {
    const p = this.packages.get(PENDING)
    if (!p) {
      this.pkg(name)
      return
    }
    this.lastP = null
    this.packages.delete(PENDING)
    const existing = this.packages.get(name)
    if (existing) {
      // Build output seen under `# name` before the verdict line: keep it.
      p.build = existing.build
      this.packages.delete(name)
    }
    p.name = name
    // Failures of the pending package are all still here, at the tail (it has not ended, so none was
    // handed over): walking back from the end over them only keeps a log of many packages linear.
    const fs = this.failures
    for (let j = fs.length - 1; j >= 0 && this.pendingFails > 0; j--) {
      const f = fs[j]
      if (f.package === PENDING) {
        this.pendingFails--
        f.package = name
        this.failureKey(name, f.test)
        if (f.test !== null && f.kind === 'test') this.recordFailed(name, f.test)
      }
    }
    const failed = this.failedNames.get(name)
    if (failed !== undefined) {
      // Usually one or two names: compared one by one (length first, then the bytes up to the first
      // difference) they cost less than hashing every passed name for the Set.
      // A name kept as bytes (keepPassRaw) is compared by hash, then byte by byte: an ASCII name's
      // bytes are its characters.
      const few = failed.size <= 8 ? [...failed].map(n => ({ n, h: nameHash(n, 0, n.length) | 0 })) : null
      const a = this.passArena
      for (const t of this.pendingPassed) {
        if (typeof t === 'string') {
          if (few === null ? failed.has(t) : few.some(f => f.n === t)) this.markFlaky(name, t)
          continue
        }
        const s = this.passAt[t]
        const e = this.passAt[t + 1]
        if (few === null) {
          const n = a.toString('utf8', s, e)
          if (failed.has(n)) this.markFlaky(name, n)
          continue
        }
        for (const { n, h } of few) {
          if (h !== this.passHash[t] || n.length !== e - s) continue
          let same = true
          for (let i = 0; i < n.length && same; i++) same = n.charCodeAt(i) === a[s + i]
          if (same) this.markFlaky(name, n)
        }
      }
    }
    this.pendingPassed.length = 0
    this.passRawN = 0
    const ts = this.tests
    for (let j = ts.length - 1; j >= 0 && this.pendingVerdicts > 0; j--)
      if (ts[j].package === PENDING) {
        ts[j].package = name
        this.pendingVerdicts--
      }
    this.packages.set(name, p)
  }

  /** Ends the run: packages without a terminal event are `killed`. */
  finish(): { packages: PackageResult[]; unfinished: string[] } {
    const unfinished: string[] = []
    // Build output no package claimed (a log cut before the package's fail event).
    for (const [ip, b] of this.builds) {
      const p = this.pkg(ip.replace(/ \[.*\]$/, ''))
      if (!p.build) p.build = b
    }
    this.builds.clear()
    const out: PackageResult[] = []
    for (const [name, p] of this.packages.entries()) {
      if (name === PENDING) {
        // Text with no verdict line. Test verdicts seen are kept (package unknown); bare text is stray.
        if (p.counts.tests === 0 && this.map(p).size === 0 && p.failureCount === 0 && !p.build) {
          const t = p.out.text()
          if (t) this.stray.push(t)
          continue
        }
      }
      if (p.terminal === null) {
        const hadRunning = [...this.map(p).values()].some(t => t.status === 'running' && !t.implicit)
        p.terminal = p.timeout ? 'timed-out' : p.build ? 'build-failed' : 'killed'
        if (
          p.terminal === 'killed' &&
          !hadRunning &&
          p.counts.tests > 0 &&
          p.counts.failed === 0 &&
          !p.killed
        ) {
          // Every test finished and then the stream stopped: the package verdict is just missing.
        }
        this.settle(p)
        unfinished.push(name === PENDING ? '(unnamed package)' : name)
      }
      const pkgName = name === PENDING ? '' : name
      out.push({
        name: pkgName,
        status: p.terminal,
        ...(p.elapsed !== undefined ? { elapsed: p.elapsed } : {}),
        tests: p.counts.tests,
        passed: p.counts.passed,
        failed: p.counts.failed,
        skipped: p.counts.skipped
      })
    }
    for (const f of this.failures) if (f.package === PENDING) f.package = null
    for (const t of this.tests) if (t.package === PENDING) t.package = ''
    this.handOver(true)
    return { packages: out, unfinished }
  }

  toRun(
    format: TestRun['format'],
    failures: Failure[],
    packages: PackageResult[],
    partial: string[]
  ): TestRun {
    const f = this.folded
    const totals = {
      packages: packages.length + f.packages,
      tests: f.tests,
      passed: f.passed,
      failed: f.failed,
      skipped: f.skipped
    }
    for (const p of packages) {
      totals.tests += p.tests
      totals.passed += p.passed
      totals.failed += p.failed
      totals.skipped += p.skipped
    }
    const run: TestRun = { format, packages, failures, totals, partial, tests: this.tests }
    if (this.flaky.length > 0) run.flaky = this.flaky
    return run
  }
}

/** True when a failed test's output has more than the framing lines test2json adds. */
function hasOwnOutput(out: string): boolean {
  for (const line of out.split('\n')) {
    const l = line.trim()
    if (l === '' || /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(l)) continue
    return true
  }
  return false
}

/** The names that are no other name's parent (`A` is the parent of `A/b`). */
function leaves(names: string[]): string[] {
  const parents = new Set<string>()
  for (const n of names)
    for (let i = n.indexOf('/'); i > 0; i = n.indexOf('/', i + 1)) parents.add(n.slice(0, i))
  return names.filter(n => !parents.has(n))
}

/** Go duration text (`3s`, `10m0s`, `1h2m3.5s`) to seconds. */
export function parseDuration(d: string | undefined): number | undefined {
  if (!d) return undefined
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|µs|us|ns)/g
  let total = 0
  let any = false
  for (let m = re.exec(d); m; m = re.exec(d)) {
    any = true
    const v = Number(m[1])
    const mult = { h: 3600, m: 60, s: 1, ms: 1e-3, µs: 1e-6, us: 1e-6, ns: 1e-9 }[m[2]] ?? 0
    total += v * mult
  }
  return any ? total : undefined
}
