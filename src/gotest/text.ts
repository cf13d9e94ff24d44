/**
 * Plain `go test` / `go test -v` output to engine events. The framing logic is a port of Go's own
 * converter, src/cmd/internal/test2json/test2json.go (handleInputLine, flushReport): `=== RUN/PAUSE/
 * CONT/NAME` lines name the test that writes; `--- PASS/FAIL/SKIP:` report lines, indented four
 * spaces per subtest level, are held until the indented output under them is read, then emitted;
 * an indented line goes to the report at its depth. What test2json gets from cmd/go (the package
 * name) is only printed at the end of a package in text, so events go to a pending package that the
 * `ok`/`FAIL`/`?` line names. cmd/go prints each package's output as one block, so this holds.
 */
import type { Engine } from './engine.js'
import { PENDING } from './engine.js'
import { decimalAt, startsAt } from './bytes.js'
import { GinkgoSpecs, GotestsumSummary, isSummaryHeader } from './tools.js'

const UPDATES = [
  '=== RUN   ',
  '=== PAUSE ',
  '=== CONT  ',
  '=== NAME  ',
  '=== PASS  ',
  '=== FAIL  ',
  '=== SKIP  ',
  '=== ATTR  ',
  '=== ARTIFACTS '
]
const REPORTS = ['--- PASS: ', '--- FAIL: ', '--- SKIP: ', '--- BENCH: ']
const RUN_LINE = Buffer.from('=== RUN   ')
const PASS_LINE = Buffer.from('--- PASS: ')
const CACHED = Buffer.from('(cached)')

// cmd/go's package verdict lines (src/cmd/go/internal/test/test.go): "ok  \t", "FAIL\t", "?   \t". A log
// pasted into a web page (an issue, a CI viewer's copy) often has its tabs turned into spaces.
const OK_RE = /^ok\s+(\S+)\s+(?:([\d.]+)s|\(cached\))/
const FAIL_RE = /^FAIL\s+(\S+)\s+([\d.]+)s$/
const FAIL_BUILD_RE = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]$/
const FAIL_LINE_RE = /^FAIL\s/
const FAIL_SIGNAL_RE = /^FAIL\s+(\S+)\s+signal: (killed|terminated|segmentation fault|aborted)$/
const NOTEST_RE = /^\?\s+(\S+)\s+\[no test files\]$/
const BUILD_HEADER_RE = /^# (\S+)(?: \[(\S+)\])?$/
/** Lines quickPass reads ahead at most before it leaves a test to the line-at-a-time path. */
const QUICK_LINES = 256
/** Report objects kept for reuse (TextConverter.spare). */
const MAX_SPARE = 16
/** Lines of a `# pkg` block held before anything shows it is build output (see TextConverter.held). */
const MAX_HELD_BUILD = 64
/**
 * A compiler, vet or linker line under a `# pkg` header (the linker names the symbol, not a file:
 * `pkg.TestX: relocation target pkg.y not defined`).
 */
const COMPILER_RE =
  /^(?:\.\/)?[^\s:]+\.(?:go|s|c):\d+(?::\d+)?: |^vet: |^(?:\S+\/)?link: |^go: |^\S+: relocation target \S+ not defined$/
const GO_ERROR_RE = /^go: (?!downloading |finding |extracting |upgraded |added |found )\S/
const EVIDENCE_RE =
  /^(?:panic: |fatal error: |SIG[A-Z]+: |goroutine \d+ \[|signal: (?:killed|terminated|segmentation fault|aborted)|go: |\s+Error Trace:\s|\s+[\w.-]+_test\.go:\d+: |\*\*\* Test killed)/

interface Report {
  action: string
  test: string
  elapsed?: number
}

export class TextConverter {
  private testName = ''
  private report: Report[] = []
  /** Report objects flushReport is done with (see hotLine). */
  private spare: Report[] = []
  /** The package named by the last `# pkg` header (build errors follow it). */
  private buildPkg: string | null = null
  /** Lines that were recognisably go test framing (for format detection). */
  framing = 0
  /**
   * Lines only a Go program or the go command writes (a panic, a goroutine header, a testify block, a
   * `file_test.go:N:` line, `signal: killed`, a `go:` error): a fragment of go test output. Counted up
   * to the first (the caller resets it per input).
   */
  evidence = 0
  /** A `go: ...` error of the go command itself was read (not its `go: downloading` progress). */
  goError = false

  private readonly summary: GotestsumSummary
  private readonly ginkgo: GinkgoSpecs

  /**
   * `maxLine`: the parser's longest line (ParserOptions.maxLineBytes); a longer one is cut, so quickPass
   * does not read it ahead.
   */
  constructor(
    private readonly engine: Engine,
    private readonly maxLine = 1 << 20
  ) {
    this.summary = new GotestsumSummary(engine)
    this.ginkgo = new GinkgoSpecs(engine)
  }

  /**
   * A `# pkg` header and the lines under it, held until something shows it is the go command's (a
   * compiler line, a go test line, any go test output before it): a Markdown heading looks the same,
   * and `explain README.md` must not report a build failure. Bounded (MAX_HELD_BUILD lines).
   */
  private held: { pkg: string; lines: string[] } | null = null
  /** Replaying held lines as plain text: a `# ...` line among them is not a header again. */
  private replaying = false

  /** A `# pkg` block is held (see held). */
  get holding(): boolean {
    return this.held !== null
  }

  /**
   * A -json event arrived while a `# pkg` block is held (before Go 1.24 cmd/go printed build errors as
   * text among the events): the block is the go command's, and its package's events must find it.
   */
  confirmHeld(): void {
    this.resolveHeld(true)
  }

  /** Ends a held header block: its lines become build output, or (nothing go-like) plain text. */
  private resolveHeld(confirm: boolean): void {
    const h = this.held
    if (h === null) return
    this.held = null
    if (confirm || this.framing > 0 || this.engine.recognized > 0) {
      // The header is the go command's (a linker's error under it matches no compiler shape): framing.
      this.framing++
      // An empty line went to the package's output, as it does outside a held block.
      for (const l of h.lines)
        if (l === '') this.out('\n')
        else this.engine.buildOutput(h.pkg, l + '\n')
      return
    }
    this.buildPkg = null
    this.replaying = true
    try {
      for (const l of h.lines) this.line(l)
    } finally {
      this.replaying = false
    }
  }

  /** One line, without its newline; CR and ANSI colour already removed. */
  line(line: string): void {
    const c = line.charCodeAt(0)
    if (this.held !== null) {
      const header = c === 0x23 && BUILD_HEADER_RE.test(line)
      const under = !header && this.report.length === 0 && this.testName === '' && !isFraming(line)
      // A go test line ends the block and shows it was the go command's; another line only ends it.
      if (!under) this.resolveHeld(!header && isFraming(line))
      else if (this.held.lines.length >= MAX_HELD_BUILD) this.resolveHeld(false)
    }
    // gotestsum's summary, ginkgo's spec blocks and suite lines, gotestsum's rerun lines (tools.ts).
    if (this.summary.active) {
      this.framing++
      this.summary.line(line)
      return
    }
    if (c === 0x3d /* = */ && isSummaryHeader(line)) {
      this.framing++
      this.flushReport(0)
      this.testName = ''
      this.summary.begin()
      this.summary.line(line)
      return
    }
    // Outside a spec block, ginkgo's lines start `• [`, `Running Suite: ` or `Test Suite `.
    if (
      (this.ginkgo.inSpec || c === 0x2022 /* • */ || c === 0x52 /* R */ || c === 0x54) /* T */ &&
      this.ginkgo.line(line, this.testName, (name, action) =>
        this.endPackage(name, action, undefined, undefined, line)
      )
    ) {
      this.framing++
      return
    }
    if (c === 0x67 /* g */ && GO_ERROR_RE.test(line)) this.goError = true
    if (c === 0x50 /* P */ && this.summary.bodyLine(line)) {
      this.framing++
      return
    }
    if (line.length === 0) {
      // In a held block it keeps its place among the block's lines (see held).
      if (this.held !== null) this.held.lines.push('')
      else this.out('\n')
      return
    }
    let m: RegExpExecArray | null
    // Most lines of a verbose log are a test's output (indented), `=== RUN` or `--- PASS`: the verdict
    // and header checks below only run for a line whose first character could start one.
    if (
      (c === 0x50 /* P */ || c === 0x46) /* F */ &&
      (line === 'PASS' || line === 'FAIL' || FAIL_LINE_RE.test(line))
    ) {
      this.flushReport(0)
      this.testName = ''
      if ((m = FAIL_BUILD_RE.exec(line))) {
        this.framing++
        this.endPackage(m[1], 'fail', undefined, m[2] as 'build' | 'setup', line)
        return
      }
      if ((m = FAIL_RE.exec(line))) {
        this.framing++
        this.endPackage(m[1], 'fail', Number(m[2]), undefined, line)
        return
      }
      if ((m = FAIL_SIGNAL_RE.exec(line))) {
        // `FAIL ./pkg signal: killed` (a line kept from a CI log): the package's binary was killed.
        this.framing++
        this.engine.output(PENDING, null, `signal: ${m[2]}\n`)
        this.endPackage(m[1], 'fail', undefined, undefined, line)
        return
      }
      this.evidence++
      this.out(line + '\n')
      return
    }
    if (c === 0x6f /* o */ && (m = OK_RE.exec(line))) {
      this.framing++
      this.flushReport(0)
      this.testName = ''
      const elapsed = m[2] !== undefined ? Number(m[2]) : undefined
      if (this.report.length > 0 || !this.engine.bareEnd(m[1], 'pass', elapsed))
        this.endPackage(m[1], 'pass', elapsed, undefined, line)
      return
    }
    if (c === 0x3f /* ? */ && (m = NOTEST_RE.exec(line)) && this.report.length === 0) {
      this.framing++
      this.testName = ''
      if (!this.engine.bareEnd(m[1], 'skip', undefined))
        this.endPackage(m[1], 'skip', undefined, undefined, line)
      return
    }
    if (c === 0x23 /* # */ && !this.replaying && (m = BUILD_HEADER_RE.exec(line))) {
      // Not framing by itself (a Markdown heading looks the same): held until shown (see held).
      this.buildPkg = m[1]
      this.held = { pkg: m[1], lines: [line] }
      return
    }
    if (this.buildPkg !== null && this.report.length === 0 && this.testName === '' && !isFraming(line)) {
      const compiler = COMPILER_RE.test(line)
      if (compiler) this.framing++
      if (this.held !== null) {
        this.held.lines.push(line)
        if (compiler) this.resolveHeld(true)
      } else this.engine.buildOutput(this.buildPkg, line + '\n')
      return
    }
    this.buildPkg = null

    let rest = line
    let indent = 0
    let ok = c === 0x3d /* = */ && UPDATES.some(u => line.startsWith(u))
    if (!ok) {
      let i = 0
      while (line.startsWith('    ', i)) i += 4
      if (line.charCodeAt(i) === 0x2d /* - */ && REPORTS.some(r => line.startsWith(r, i))) {
        ok = true
        indent = i >> 2
        rest = i > 0 ? line.slice(i) : line
      } else indent = i >> 2
    }
    if (!ok) {
      if (indent > 0 && indent <= this.report.length) this.testName = this.report[indent - 1].test
      else if (this.evidence === 0 && EVIDENCE_RE.test(line)) this.evidence++
      this.out(line + '\n')
      return
    }
    this.framing++
    const body = rest.slice(4)
    const sp = body.indexOf(' ')
    const action = (sp < 0 ? body : body.slice(0, sp)).replace(/:$/, '').toLowerCase()
    let name = sp < 0 ? '' : body.slice(sp + 1).trim()
    if (rest[0] === '-') {
      let elapsed: number | undefined
      ;({ name, elapsed } = reportName(name))
      if (this.report.length < indent) {
        this.out(line + '\n')
        return
      }
      this.flushReport(indent)
      this.testName = name
      this.report.push({ action, test: name, elapsed })
      this.out(line + '\n')
      return
    }
    if (action === 'attr' || action === 'artifacts') {
      const j = name.indexOf(' ')
      if (j >= 0) name = name.slice(0, j)
    }
    this.flushReport(0)
    this.testName = name
    if (action === 'name') return
    if (action === 'pause') this.out(line + '\n')
    if (action === 'run' || action === 'pass' || action === 'fail' || action === 'skip') {
      this.engine.testEvent(PENDING, name, action, undefined)
    } else if (name !== '' && !this.engine.knowsTest(PENDING, name)) {
      // `=== CONT`/`=== PAUSE` of a test whose `=== RUN` is not in this log (a pasted fragment): it ran.
      // (A test paused or continued runs: the engine has it from its RUN line, until it ends.)
      this.engine.testEvent(PENDING, name, 'run', undefined)
    }
    if (action !== 'pause') this.out(line + '\n')
  }

  /**
   * The hot path of a verbose log, on the line's bytes b[s, e) (e at its newline) before it is decoded:
   * `=== RUN   Name`, `--- PASS: Name (0.00s)` at the left margin, and indented output of the test that
   * runs. Each does what line() does with it (same events, same state), except that the output stays
   * bytes in the chunk (Engine.textOutput) until the test fails or outlives the chunk. False, with
   * nothing done, for any other line or state (a held report, a `# pkg` block, a tool's summary or
   * spec, a tab, an ESC or a CR in the line, no evidence yet): line() then reads it.
   */
  hotLine(b: Buffer, s: number, e: number): boolean {
    if (this.summary.active || this.ginkgo.inSpec || this.buildPkg !== null) return false
    if (e - s < 5 || b[e - 1] === 0x0d) return false
    const c = b[s]
    // `ok  \tpkg\t0.01s`: its tabs are go test's (no CI prefix ends in `[\d.]+s` or `(cached)`).
    if (c === 0x6f)
      return (
        b[s + 1] === 0x6b && this.report.length === 0 && this.plain(b, s, e, true) && this.okLine(b, s, e)
      )
    if (!this.plain(b, s, e, false)) return false
    if (c === 0x20) {
      // Output of the test that runs: no report held (an indent at a report's depth names its test),
      // not itself a report, and the evidence of go test output already seen (EVIDENCE_RE).
      if (this.testName === '' || this.report.length > 0 || this.evidence === 0) return false
      if (!indentedOutput(b, s, e)) return false
      return this.engine.textOutput(this.testName, b, s, e + 1)
    }
    if (c === 0x3d) {
      if (!startsAt(b, s, RUN_LINE)) return false
      const ns = s + RUN_LINE.length
      // line() trims the name: an edge that trim() would take (a space, a non-ASCII space) goes there.
      if (ns >= e || b[ns] <= 0x20 || b[ns] >= 0x80 || b[e - 1] <= 0x20 || b[e - 1] >= 0x80) return false
      this.framing++
      this.flushReport(0)
      if (this.quickPass(b, ns, e)) return true
      const name = b.toString('utf8', ns, e)
      this.testName = name
      this.engine.runText(name)
      if (!this.engine.textOutput(name, b, s, e + 1)) this.out(b.toString('utf8', s, e) + '\n')
      return true
    }
    if (c === 0x2d) {
      if (!startsAt(b, s, PASS_LINE)) return false
      // What line() does with a report at the left margin (indent 0): `--- PASS: <name> (<secs>s)`,
      // the name up to the first ` (`. Read from the bytes when the line is exactly that shape and the
      // name is the test that ran last (its RUN line named it); otherwise from the decoded line.
      const ns = s + PASS_LINE.length
      let name: string | null = null
      let elapsed: number | undefined
      if (b[e - 1] === 0x29 && b[e - 2] === 0x73 && b[ns] > 0x20 && b[ns] < 0x80) {
        const t = this.testName
        const p = ns + t.length
        // The name ends at the first ` (`: none inside it when it has no space (nor does a Go test name).
        let same = p + 1 < e && b[p] === 0x20 && b[p + 1] === 0x28
        // ASCII only: a byte of a multi-byte character must not pass for a Latin-1 one.
        for (let k = 0; k < t.length && same; k++) {
          const x = b[ns + k]
          same = x < 0x80 && x !== 0x20 && t.charCodeAt(k) === x
        }
        const secs = same ? decimalAt(b, p + 2, e - 2) : -1
        if (secs >= 0) {
          name = t
          elapsed = secs
        }
      }
      if (name === null)
        ({ name, elapsed } = reportName(b.toString('utf8', s, e).slice(PASS_LINE.length).trim()))
      this.framing++
      this.flushReport(0)
      this.testName = name
      const r = this.spare.pop()
      if (r === undefined) this.report.push({ action: 'pass', test: name, elapsed })
      else {
        r.action = 'pass'
        r.test = name
        r.elapsed = elapsed
        this.report.push(r)
      }
      if (!this.engine.textOutput(name, b, s, e + 1)) this.out(b.toString('utf8', s, e) + '\n')
      return true
    }
    return false
  }

  /**
   * A whole passing test read ahead from its `=== RUN` line (its name b[ns, e), no space in it) in this
   * chunk: indented output lines as hotLine takes them, then `--- PASS: name (secs)` with the next line
   * a `=== RUN`, which ends that report as flushReport(0) would with nothing read under it. What hotLine
   * and flushReport do with those lines, in one step: a pass counted with no test state, no output kept
   * and the name left undecoded (Engine.quickPassText). Sets skipTo and skipLines for the parser; false,
   * with nothing done, for any other shape (a failure, a subtest, a report not followed by a `=== RUN`,
   * the chunk's end), which the line-at-a-time path then reads.
   */
  private quickPass(b: Buffer, ns: number, e: number): boolean {
    for (let k = ns; k < e; k++) if (b[k] === 0x20) return false
    const n = e - ns
    let ls = e + 1
    for (let lines = 1; lines <= QUICK_LINES; lines++) {
      const nl = b.indexOf(0x0a, ls)
      if (
        nl < 0 ||
        nl - ls > this.maxLine ||
        nl - ls < 5 ||
        b[nl - 1] === 0x0d ||
        !this.plainAhead(b, ls, nl)
      )
        return false
      const c = b[ls]
      if (c === 0x20) {
        // Output of the test, as hotLine's indented branch takes it: four spaces, then not a report,
        // once go test output has been seen (a silent test needs no such evidence: RUN and PASS do not).
        if (this.evidence === 0 || !indentedOutput(b, ls, nl)) return false
        ls = nl + 1
        continue
      }
      if (c !== 0x2d || !startsAt(b, ls, PASS_LINE)) return false
      // `--- PASS: <name> (<secs>s)`: the RUN line's name has no space, so the first ` (` follows it.
      const ps = ls + PASS_LINE.length
      const p = ps + n
      if (p + 2 >= nl || b[p] !== 0x20 || b[p + 1] !== 0x28 || b[nl - 1] !== 0x29 || b[nl - 2] !== 0x73)
        return false
      for (let k = 0; k < n; k++) if (b[ps + k] !== b[ns + k]) return false
      const secs = decimalAt(b, p + 2, nl - 2)
      if (secs < 0 || !startsAt(b, nl + 1, RUN_LINE)) return false
      // The next line must end that report as it reads: whole in the chunk, and with no tab nor ESC that
      // decoding would act on (a tab can make it a CI-prefixed line with other text left).
      const nn = b.indexOf(0x0a, nl + 1)
      if (nn < 0 || !this.plainAhead(b, nl + 1, nn)) return false
      if (!this.engine.quickPassText(b, ns, e, secs)) return false
      this.framing++
      this.skipTo = nl
      this.skipLines = lines
      return true
    }
    return false
  }

  /**
   * Set by quickPass: the newline ending the last line it read, and how many lines it read after the
   * `=== RUN` line (-1: none). The parser goes on after skipTo and resets it.
   */
  skipTo = -1
  skipLines = 0

  /**
   * plain() without moving plainFrom: also for a line after the one hotLine checked, in the same buffer
   * (quickPass). The next tab and ESC at or after s are found once and reused while lines pass them; no
   * tab nor ESC lies between plainFrom and s (the lines before were checked), so the next ones at or
   * after s are still the next ones at or after plainFrom.
   */
  private plainAhead(b: Buffer, s: number, e: number, tabs = false): boolean {
    if (!tabs && this.nextTab !== -1 && this.nextTab < s) this.nextTab = b.indexOf(0x09, s)
    if (this.nextEsc !== -1 && this.nextEsc < s) this.nextEsc = b.indexOf(0x1b, s)
    return (tabs || this.nextTab === -1 || this.nextTab >= e) && (this.nextEsc === -1 || this.nextEsc >= e)
  }

  /**
   * What line() does with `ok<ws>pkg<ws>1.23s...` or `ok<ws>pkg<ws>(cached)...` (OK_RE), from the bytes:
   * the package name is decoded, the line only when the package needs a record (see Engine.bareEnd).
   * False, with nothing done, for any other shape (non-ASCII, other whitespace, a time Number() would
   * not read): line() decides.
   */
  private okLine(b: Buffer, s: number, e: number): boolean {
    const ws = (x: number): boolean => x === 0x20 || x === 0x09
    let i = s + 2
    if (!ws(b[i])) return false
    while (i < e && ws(b[i])) i++
    const ps = i
    while (i < e && b[i] > 0x20 && b[i] < 0x7f) i++
    if (i === ps || i >= e || !ws(b[i])) return false
    const pe = i
    while (i < e && ws(b[i])) i++
    let elapsed: number | undefined
    if (b[i] === 0x28) {
      if (!startsAt(b, i, CACHED)) return false
    } else {
      let k = i
      while (k < e && ((b[k] >= 0x30 && b[k] <= 0x39) || b[k] === 0x2e)) k++
      if (k === i || b[k] !== 0x73) return false
      elapsed = decimalAt(b, i, k)
      if (elapsed < 0) return false
    }
    this.framing++
    this.testName = ''
    const pkg = b.toString('latin1', ps, pe)
    if (!this.engine.bareEnd(pkg, 'pass', elapsed))
      this.endPackage(pkg, 'pass', elapsed, undefined, b.toString('utf8', s, e))
    return true
  }

  /** No ESC (colour to strip) in b[s, e), nor (unless allowed) a tab (a CI prefix may hide behind one). */
  private plain(b: Buffer, s: number, e: number, tabs: boolean): boolean {
    if (b !== this.plainBuf || s < this.plainFrom) {
      this.plainBuf = b
      this.plainFrom = s
      this.nextTab = -2
      this.nextEsc = -2
    }
    this.plainFrom = s
    return this.plainAhead(b, s, e, tabs)
  }

  private plainBuf: Buffer | null = null
  private plainFrom = 0
  private nextTab = -2
  private nextEsc = -2

  private out(text: string): void {
    this.engine.output(PENDING, this.testName === '' ? null : this.testName, text)
  }

  private flushReport(depth: number): void {
    this.testName = ''
    while (this.report.length > depth) {
      const e = this.report.pop() as Report
      // Reused by hotLine's next `--- PASS` (one object per test was most of this path's garbage).
      if (this.spare.length < MAX_SPARE) this.spare.push(e)
      if (e.action === 'bench') continue
      this.engine.testEvent(PENDING, e.test, e.action, e.elapsed)
    }
  }

  private endPackage(
    name: string,
    action: string,
    elapsed: number | undefined,
    build: 'build' | 'setup' | undefined,
    line: string
  ): void {
    this.engine.output(PENDING, null, line + '\n')
    this.engine.renamePending(name)
    this.engine.pkgEnd(name, action, elapsed, build)
    if (action === 'fail') this.summary.bodyFail(name)
    this.buildPkg = null
  }

  /** End of a source: emit held reports (a log cut before its verdict line). */
  end(): void {
    this.resolveHeld(false)
    this.ginkgo.end(this.testName)
    this.summary.finish()
    this.flushReport(0)
    this.testName = ''
    this.buildPkg = null
  }
}

/**
 * b[s, e) (starting with a space) is indented output, not a report: four spaces or more, by fours, then
 * anything but the `-` of a `--- PASS:` at a subtest's depth.
 */
function indentedOutput(b: Buffer, s: number, e: number): boolean {
  if (b[s + 1] !== 0x20 || b[s + 2] !== 0x20 || b[s + 3] !== 0x20) return false
  let i = s + 4
  while (i + 4 <= e && b[i] === 0x20 && b[i + 1] === 0x20 && b[i + 2] === 0x20 && b[i + 3] === 0x20) i += 4
  return b[i] !== 0x2d
}

/** A report line's `Name (0.00s)`: the name up to the first ` (`, and the seconds when they parse. */
function reportName(text: string): { name: string; elapsed: number | undefined } {
  const i = text.indexOf(' (')
  if (i < 0) return { name: text, elapsed: undefined }
  let elapsed: number | undefined
  if (text.endsWith('s)')) {
    const t = Number(text.slice(i + 2, -2))
    if (!Number.isNaN(t)) elapsed = t
  }
  return { name: text.slice(0, i), elapsed }
}

/**
 * Lines that belong to go test's framing, not to the build errors a `# pkg` header introduces (what
 * follows the header until then is the compiler's, vet's or the go command's output).
 */
function isFraming(line: string): boolean {
  return /^(?:=== |--- |ok\s|FAIL\b|PASS$|\?\s|panic: |goroutine \d)/.test(line)
}
