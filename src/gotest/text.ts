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

// cmd/go's package verdict lines (src/cmd/go/internal/test/test.go): "ok  \t", "FAIL\t", "?   \t". A log
// pasted into a web page (an issue, a CI viewer's copy) often has its tabs turned into spaces.
const OK_RE = /^ok\s+(\S+)\s+(?:([\d.]+)s|\(cached\))/
const FAIL_RE = /^FAIL\s+(\S+)\s+([\d.]+)s$/
const FAIL_BUILD_RE = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]$/
const FAIL_LINE_RE = /^FAIL\s/
const FAIL_SIGNAL_RE = /^FAIL\s+(\S+)\s+signal: (killed|terminated|segmentation fault|aborted)$/
const NOTEST_RE = /^\?\s+(\S+)\s+\[no test files\]$/
/** Names of tests seen per package that the converter remembers (a fragment may start mid-test). */
const MAX_SEEN = 10_000
const BUILD_HEADER_RE = /^# (\S+)(?: \[(\S+)\])?$/
/** A compiler, vet or linker line under a `# pkg` header. */
const COMPILER_RE = /^(?:\.\/)?[^\s:]+\.(?:go|s|c):\d+(?::\d+)?: |^vet: |^(?:\S+\/)?link: |^go: /
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
  /** The package named by the last `# pkg` header (build errors follow it). */
  private buildPkg: string | null = null
  /** Tests of the current package that had a `=== RUN` (or were started here). */
  private seen = new Set<string>()
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

  constructor(private readonly engine: Engine) {
    this.summary = new GotestsumSummary(engine)
    this.ginkgo = new GinkgoSpecs(engine)
  }

  /** One line, without its newline; CR and ANSI colour already removed. */
  line(line: string): void {
    const c = line.charCodeAt(0)
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
      this.out('\n')
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
      if (this.report.length === 0 && this.engine.bareEnd(m[1], 'pass', elapsed)) this.seen.clear()
      else this.endPackage(m[1], 'pass', elapsed, undefined, line)
      return
    }
    if (c === 0x3f /* ? */ && (m = NOTEST_RE.exec(line)) && this.report.length === 0) {
      this.framing++
      this.testName = ''
      if (!this.engine.bareEnd(m[1], 'skip', undefined))
        this.endPackage(m[1], 'skip', undefined, undefined, line)
      return
    }
    if (c === 0x23 /* # */ && (m = BUILD_HEADER_RE.exec(line))) {
      // Not framing by itself (a Markdown heading looks the same): the compiler lines under it are.
      this.buildPkg = m[1]
      this.engine.buildOutput(m[1], line + '\n')
      return
    }
    if (this.buildPkg !== null && this.report.length === 0 && this.testName === '' && !isFraming(line)) {
      if (COMPILER_RE.test(line)) this.framing++
      this.engine.buildOutput(this.buildPkg, line + '\n')
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
      const i = name.indexOf(' (')
      if (i >= 0) {
        if (name.endsWith('s)')) {
          const t = Number(name.slice(i + 2, -2))
          if (!Number.isNaN(t)) elapsed = t
        }
        name = name.slice(0, i)
      }
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
      this.remember(name)
    } else if (name !== '' && !this.seen.has(name)) {
      // `=== CONT`/`=== PAUSE` of a test whose `=== RUN` is not in this log (a pasted fragment): it ran.
      this.engine.testEvent(PENDING, name, 'run', undefined)
      this.remember(name)
    }
    if (action !== 'pause') this.out(line + '\n')
  }

  private remember(name: string): void {
    if (this.seen.size >= MAX_SEEN) this.seen.clear()
    this.seen.add(name)
  }

  private out(text: string): void {
    this.engine.output(PENDING, this.testName === '' ? null : this.testName, text)
  }

  private flushReport(depth: number): void {
    this.testName = ''
    while (this.report.length > depth) {
      const e = this.report.pop() as Report
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
    this.seen.clear()
  }

  /** End of a source: emit held reports (a log cut before its verdict line). */
  end(): void {
    this.ginkgo.end(this.testName)
    this.summary.finish()
    this.flushReport(0)
    this.testName = ''
    this.buildPkg = null
  }
}

/**
 * Lines that belong to go test's framing, not to the build errors a `# pkg` header introduces (what
 * follows the header until then is the compiler's, vet's or the go command's output).
 */
function isFraming(line: string): boolean {
  return /^(?:=== |--- |ok\s|FAIL\b|PASS$|\?\s|panic: |goroutine \d)/.test(line)
}
