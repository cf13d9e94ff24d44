/**
 * Turns the `go test -json` stream into readable log output while it runs: one `::group::` per
 * package (folded), and the output of failing tests and failed packages printed again unfolded
 * below it. Pure: the parser's lines in (ParserOptions.onLine, so each byte is parsed once), text to
 * print out. Every piece of echoed test output is wrapped in a
 * `::stop-commands::<token>` block so nothing a test prints can issue a workflow command; group
 * titles are escaped as command data, and the other lines that name a test or package (untrusted: a
 * subtest may be called `##[error]x`) go through inertLine. Buffers are bounded per package, per test and in total.
 */
import type { LiveLine } from '../gotest/live.js'
import { escapeCommandData, inertLine, sanitize, stopCommands } from './escape.js'

export interface LiveLogOptions {
  /** A fresh unpredictable token per block (e.g. crypto.randomBytes(16).toString('hex')). */
  token: () => string
  /** Bytes of output kept per package for its group (default 256 KiB). */
  maxPackageBytes?: number
  /** Bytes kept per failing test for the unfolded part (default 64 KiB). */
  maxTestBytes?: number
  /** Bytes buffered across all packages still running (default 16 MiB). */
  maxTotalBytes?: number
}

interface Buf {
  parts: string[]
  bytes: number
  dropped: number
}

interface Pkg {
  out: Buf
  tests: Map<string, Buf>
  failed: string[]
  passed: number
  skipped: number
}

const newBuf = (): Buf => ({ parts: [], bytes: 0, dropped: 0 })

export class LiveLog {
  private readonly pkgs = new Map<string, Pkg>()
  private readonly build = new Map<string, Buf>()
  private readonly loose = newBuf()
  private total = 0
  private readonly maxPkg: number
  private readonly maxTest: number
  private readonly maxTotal: number

  constructor(private readonly opts: LiveLogOptions) {
    this.maxPkg = opts.maxPackageBytes ?? 256 * 1024
    this.maxTest = opts.maxTestBytes ?? 64 * 1024
    this.maxTotal = opts.maxTotalBytes ?? 16 * 1024 * 1024
  }

  private add(buf: Buf, text: string, max: number): void {
    if (buf.bytes + text.length > max || this.total + text.length > this.maxTotal) {
      buf.dropped += text.length
      return
    }
    buf.parts.push(text)
    buf.bytes += text.length
    this.total += text.length
  }

  private release(buf: Buf): void {
    this.total -= buf.bytes
  }

  private block(buf: Buf): string {
    let text = buf.parts.join('')
    if (buf.dropped > 0)
      text += `${text.endsWith('\n') || text === '' ? '' : '\n'}… ${buf.dropped} more characters not shown here (see the report)\n`
    if (text === '') return ''
    let token = this.opts.token()
    while (text.includes(token)) token = this.opts.token()
    return stopCommands(sanitize(text), token)
  }

  /** Arbitrary untrusted text (go test's stderr) wrapped so it stays inert. */
  wrap(text: string): string {
    if (text === '') return ''
    let token = this.opts.token()
    while (text.includes(token)) token = this.opts.token()
    return stopCommands(sanitize(text), token)
  }

  private pkg(name: string): Pkg {
    let p = this.pkgs.get(name)
    if (!p) {
      p = { out: newBuf(), tests: new Map(), failed: [], passed: 0, skipped: 0 }
      this.pkgs.set(name, p)
    }
    return p
  }

  /** One line of go test's stdout, as the parser read it. Returns what to print now. */
  line(ev: LiveLine): string {
    if (typeof ev === 'string') {
      this.add(this.loose, ev + '\n', this.maxPkg)
      return ''
    }
    const out = ev.output
    if (ev.action === 'build-output' && ev.importPath) {
      let b = this.build.get(ev.importPath)
      if (!b) this.build.set(ev.importPath, (b = newBuf()))
      this.add(b, out, this.maxPkg)
      return ''
    }
    if (ev.action === 'build-fail' && ev.importPath) {
      const b = this.build.get(ev.importPath)
      this.build.delete(ev.importPath)
      if (!b) return ''
      this.release(b)
      return `${inertLine(`✗ build failed: ${ev.importPath}`)}\n${this.block(b)}`
    }
    if (!ev.package) return ''
    const p = this.pkg(ev.package)
    if (ev.action === 'output') {
      this.add(p.out, out, this.maxPkg)
      if (ev.test) {
        let t = p.tests.get(ev.test)
        if (!t) p.tests.set(ev.test, (t = newBuf()))
        this.add(t, out, this.maxTest)
      }
      return ''
    }
    if (ev.test) {
      if (ev.action === 'fail') p.failed.push(ev.test)
      else if (ev.action === 'pass') p.passed++
      else if (ev.action === 'skip') p.skipped++
      // Passing tests' own output stays in the package group only.
      if (ev.action === 'pass' || ev.action === 'skip') {
        const t = p.tests.get(ev.test)
        if (t) {
          this.release(t)
          p.tests.delete(ev.test)
        }
      }
      return ''
    }
    if (ev.action === 'pass' || ev.action === 'fail' || ev.action === 'skip')
      return this.finish(ev.package, ev.action, ev.elapsed)
    return ''
  }

  private finish(name: string, action: string, elapsed: number | undefined): string {
    const p = this.pkgs.get(name)!
    this.pkgs.delete(name)
    const time = typeof elapsed === 'number' ? ` ${elapsed.toFixed(2)}s` : ''
    const counts = [
      `${p.passed} passed`,
      p.failed.length ? `${p.failed.length} failed` : '',
      p.skipped ? `${p.skipped} skipped` : ''
    ]
      .filter(Boolean)
      .join(', ')
    const mark = action === 'fail' ? '✗' : action === 'skip' ? '–' : '✓'
    const title = `${mark} ${name} (${counts})${time}`
    let text = `::group::${escapeCommandData(title)}\n${this.block(p.out)}::endgroup::\n`
    this.release(p.out)
    if (action === 'fail') {
      // Leaf failures only: a parent test fails because its subtest did.
      const leaves = p.failed.filter(t => !p.failed.some(o => o.startsWith(t + '/')))
      for (const t of leaves) {
        const b = p.tests.get(t)
        text += `${inertLine(`✗ ${t} (${name})`)}\n${b ? this.block(b) : ''}`
      }
      if (leaves.length === 0)
        text += `${inertLine(`✗ ${name} failed outside any test`)}\n${this.block(p.out)}`
    }
    for (const b of p.tests.values()) this.release(b)
    return text
  }

  /** At the end of the stream: whatever was not printed yet (packages without an end event, stray lines). */
  end(): string {
    let text = ''
    for (const name of [...this.pkgs.keys()]) {
      const p = this.pkgs.get(name)!
      text += `${inertLine(`✗ ${name}: output ended before the package finished`)}\n${this.block(p.out)}`
      this.pkgs.delete(name)
    }
    for (const [path, b] of this.build) text += `${inertLine(`build output: ${path}`)}\n${this.block(b)}`
    this.build.clear()
    if (this.loose.parts.length || this.loose.dropped) text += this.block(this.loose)
    this.total = 0
    return text
  }
}
