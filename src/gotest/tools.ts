/**
 * What tools around `go test` add to its text, read by the text converter (text.ts):
 *
 * - gotestsum's summary (gotest.tools/gotestsum, internal/... PrintSummary): after the run, every
 *   --format prints `=== Skipped`, `=== Failed` and `=== Errors` sections, one block per test
 *   (`=== FAIL: <pkg> <Test> (<elapsed>)`, `(re-run N)` after the name for --rerun-fails, an empty name
 *   for a package-level failure), then `DONE N tests, N failures in Xs`. The summary names packages
 *   relative to the module. Formats that print go test's own text (standard-quiet, standard-verbose)
 *   already showed every failure: the summary adds nothing for a package the body ended failed. For the
 *   others (testname, pkgname, dots, testdox, github-actions) the summary is the only full account: what
 *   the body left without a package is dropped and the summary's blocks become the failures.
 *   `PASS pkg.Test (re-run N)` in the testname format marks a flake.
 * - Ginkgo v2's spec reports (`• [FAILED] [0.001 seconds]`, `• [PANICKED]`, `• [TIMEDOUT]`,
 *   `• [INTERRUPTED]`): the next line is the spec's hierarchy (`Cart [It] applies a discount`), then its
 *   location and failure text, up to the `------------------------------` separator. Each becomes a
 *   failed test named by the spec (under the `go test` function that runs the suite, when one is
 *   running), so a suite with three failing specs is three failures. The ginkgo CLI's `Test Suite
 *   Failed`/`Test Suite Passed` ends the suite (named by its `Running Suite: <name> - <dir>` line).
 */
import type { Engine } from './engine.js'
import { PENDING } from './engine.js'

/** Lines kept per summary block or spec (the engine keeps less of them per failure). */
const MAX_BLOCK_LINES = 4000
/** Package names the body ended failed, remembered to skip the summary's repeats. */
const MAX_BODY_FAILED = 100_000

const SUMMARY_HEADER_RE = /^=== (?:Failed|Skipped|Errors)$/
const SUMMARY_BLOCK_RE = /^=== (FAIL|SKIP): (\S+) (.*?)(?: \(re-run \d+\))? \(([^()]*)\)$/
const DONE_RE = /^DONE (?:\d+ runs?, )?\d+ tests?\b/
const RERUN_PASS_RE = /^PASS (\S+?)\.((?:Test|Example|Fuzz)\S*) \(re-run \d+\) \(/
const BUILD_FAILED_RE = /^FAIL\s+(\S+) \[(build|setup) failed\]$/

interface Block {
  pkg: string
  test: string
  unknown: boolean
  lines: string[]
}

export function isSummaryHeader(line: string): boolean {
  return SUMMARY_HEADER_RE.test(line)
}

export class GotestsumSummary {
  /** In a summary (between its first section header and DONE). */
  active = false
  private section = ''
  private block: Block | null = null
  private errors: string[] = []
  private emitted = new Set<string>()
  /** Summary packages with a failure, and which are build failures. */
  private pkgs = new Map<string, 'build' | 'setup' | null>()
  /** Full names of packages the body (go test's own lines) ended failed. */
  private bodyFailed = new Set<string>()
  /** Each `/`-tail of those names (`m/fail`, `fail` for example.com/m/fail): the first name that has it. */
  private bodyTails = new Map<string, string>()
  /** `pkg\0test` of tests with a subtest the summary reported failed. */
  private failedChild = new Set<string>()
  /** Whether the body reported a package test by test (decided before the summary adds to it). */
  private detail = new Map<string, boolean>()
  /** Flakes seen in the body: `pkg\0test` (short package names). */
  private reruns = new Set<string>()

  constructor(private readonly engine: Engine) {}

  /** A package the body ended with a failing verdict. */
  bodyFail(name: string): void {
    if (this.bodyFailed.size >= MAX_BODY_FAILED || this.bodyFailed.has(name)) return
    this.bodyFailed.add(name)
    for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
      const tail = name.slice(i + 1)
      if (!this.bodyTails.has(tail)) this.bodyTails.set(tail, name)
    }
  }

  /** A body line that is not go test's own; true when it was used. */
  bodyLine(line: string): boolean {
    const m = RERUN_PASS_RE.exec(line)
    if (!m) return false
    if (this.reruns.size < MAX_BODY_FAILED) this.reruns.add(m[1] + '\u0000' + m[2])
    return true
  }

  begin(): void {
    this.active = true
    this.engine.dropPending()
  }

  /** A line inside the summary (DONE ends it). */
  line(line: string): void {
    if (SUMMARY_HEADER_RE.test(line)) {
      this.close()
      this.section = line.slice(4)
      return
    }
    let m: RegExpExecArray | null
    if ((m = SUMMARY_BLOCK_RE.exec(line))) {
      this.close()
      if (m[1] === 'FAIL') this.block = { pkg: m[2], test: m[3], unknown: m[4] === 'unknown', lines: [] }
      else this.block = null
      return
    }
    if (DONE_RE.test(line)) {
      this.finish()
      return
    }
    if (this.section === 'Errors') {
      if (this.errors.length < MAX_BLOCK_LINES) this.errors.push(line)
    } else if (this.block !== null && this.block.lines.length < MAX_BLOCK_LINES) this.block.lines.push(line)
  }

  /** The full name the body used for a summary package, or null when the body did not end it failed. */
  private bodyName(short: string): string | null {
    if (this.bodyFailed.has(short)) return short
    return this.bodyTails.get(short) ?? null
  }

  private close(): void {
    const b = this.block
    this.block = null
    if (b === null) return
    const e = this.engine
    // The body's own lines (standard-quiet, standard-verbose) named the package in full; what they
    // reported already (a test's failure, the package's) is not reported twice.
    const full = this.bodyName(b.pkg)
    if (full !== null) {
      let d = this.detail.get(full)
      if (d === undefined) {
        d = e.detailed(full)
        this.detail.set(full, d)
      }
      if (d || (b.test !== '' && e.hasFailure(full, b.test)) || (b.test === '' && e.buildFailed(full))) return
      b.pkg = full
    }
    const key = b.pkg + '\u0000' + b.test
    if (this.emitted.has(key)) return // a rerun's block: one failure per test
    this.emitted.add(key)
    if (!this.pkgs.has(b.pkg)) this.pkgs.set(b.pkg, null)
    if (b.test === '') {
      for (const l of b.lines) {
        const bm = BUILD_FAILED_RE.exec(l)
        if (bm) this.pkgs.set(b.pkg, bm[2] as 'build' | 'setup')
        else e.output(b.pkg, null, l + '\n')
      }
      return
    }
    // A parent listed after its failed subtests, with no output of its own, says nothing new.
    if (this.failedChild.has(key) && b.lines.every(l => l.trim() === '')) return
    for (let i = b.test.lastIndexOf('/'); i > 0; i = b.test.lastIndexOf('/', i - 1))
      if (this.failedChild.size < MAX_BODY_FAILED) this.failedChild.add(b.pkg + '\u0000' + b.test.slice(0, i))
    if (this.reruns.has(key) || this.reruns.has(shortKey(b.pkg, b.test))) e.markFlaky(b.pkg, b.test)
    e.testEvent(b.pkg, b.test, 'run', undefined)
    for (const l of b.lines) e.output(b.pkg, b.test, l + '\n')
    // `(unknown)`: the test never ended (a timeout, a crash): its package's end decides its kind.
    if (!b.unknown) e.testEvent(b.pkg, b.test, 'fail', undefined)
  }

  /** DONE, or the end of the input: the summary's packages end, with the `=== Errors` lines. */
  finish(): void {
    if (!this.active) return
    this.close()
    this.active = false
    const builds = [...this.pkgs].filter(([, b]) => b !== null).map(([n]) => n)
    for (const l of this.errors) {
      if (l === '') continue
      let to: string | undefined
      for (const n of builds) if (l.startsWith(n + '/') && (to === undefined || n.length > to.length)) to = n
      to ??= builds[0]
      if (to !== undefined) this.engine.buildOutput(to, l + '\n')
    }
    this.errors = []
    for (const [name, build] of this.pkgs) this.engine.pkgEnd(name, 'fail', undefined, build ?? undefined)
    this.pkgs.clear()
    this.section = ''
  }
}

function shortKey(pkg: string, test: string): string {
  return pkg.slice(pkg.lastIndexOf('/') + 1) + '\u0000' + test
}

const SPEC_RE = /^• \[(FAILED|PANICKED|TIMEDOUT|INTERRUPTED|ABORTED)\] \[[\d.]+ seconds?\]$/
const SEPARATOR_RE = /^-{20,}$/
const NODE_RE =
  /\[(?:It|BeforeEach|AfterEach|JustBeforeEach|JustAfterEach|BeforeAll|AfterAll|DeferCleanup|SynchronizedBeforeSuite|SynchronizedAfterSuite|BeforeSuite|AfterSuite|ReportAfterEach|ReportBeforeEach)\] /g
const SUITE_RE = /^Running Suite: (.*) - (\S.*)$/
const SUITE_END_RE = /^Test Suite (Failed|Passed)$/

export class GinkgoSpecs {
  private spec: { name: string | null; lines: string[] } | null = null
  get inSpec(): boolean {
    return this.spec !== null
  }

  /** The suite's directory (its `Running Suite:` line), for the ginkgo CLI's output. */
  private suite: string | null = null

  constructor(private readonly engine: Engine) {}

  /** True when the line belongs to ginkgo's framing (a failed spec's block, a suite's start or end). */
  line(line: string, goTest: string, endPending: (name: string, action: string) => void): boolean {
    const s = this.spec
    if (s !== null) {
      if (SEPARATOR_RE.test(line)) {
        this.emit(goTest)
        return true
      }
      if (s.name === null) {
        if (line.trim() !== '') s.name = line.replace(NODE_RE, '').replace(/\s+/g, ' ').trim()
      } else if (s.lines.length < MAX_BLOCK_LINES) s.lines.push(line)
      return true
    }
    if (line.startsWith('• [') && SPEC_RE.test(line)) {
      this.spec = { name: null, lines: [line] }
      return true
    }
    let m: RegExpExecArray | null
    if (line.startsWith('Running Suite: ') && (m = SUITE_RE.exec(line))) this.suite = m[2]
    else if (this.suite !== null && (m = SUITE_END_RE.exec(line))) {
      endPending(this.suite, m[1] === 'Failed' ? 'fail' : 'pass')
      this.suite = null
      return true
    }
    return false
  }

  private emit(goTest: string): void {
    const s = this.spec
    this.spec = null
    if (s === null || s.name === null || s.name === '') return
    const name = goTest !== '' ? `${goTest}/${s.name}` : s.name
    const e = this.engine
    e.testEvent(PENDING, name, 'run', undefined)
    for (const l of s.lines) e.output(PENDING, name, l + '\n')
    e.testEvent(PENDING, name, 'fail', undefined)
  }

  /** End of a source: a spec block cut before its separator still counts. */
  end(goTest: string): void {
    this.emit(goTest)
  }
}
