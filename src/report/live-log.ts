/**
 * Turns the `go test -json` stream into readable log output while it runs: one `::group::` per
 * package (folded), and the output of failing tests and failed packages printed again unfolded
 * below it. Pure: lines in, text to print out. Every piece of echoed test output is wrapped in a
 * `::stop-commands::<token>` block so nothing a test prints can issue a workflow command; group
 * titles are escaped as command data, and the other lines that name a test or package (untrusted: a
 * subtest may be called `##[error]x`) go through inertLine. Buffers are bounded per package, per test and in total.
 */
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

interface Event {
  Action?: string
  Package?: string
  ImportPath?: string
  Test?: string
  Output?: string
  Elapsed?: number
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

  /** One line of go test's stdout (without the newline). Returns what to print now. */
  line(line: string): string {
    let ev: Event | null = null
    if (line.startsWith('{')) {
      try {
        ev = JSON.parse(line) as Event
      } catch {
        ev = null
      }
    }
    if (!ev || typeof ev !== 'object' || typeof ev.Action !== 'string') {
      this.add(this.loose, line + '\n', this.maxPkg)
      return ''
    }
    const out = typeof ev.Output === 'string' ? ev.Output : ''
    if (ev.Action === 'build-output' && ev.ImportPath) {
      let b = this.build.get(ev.ImportPath)
      if (!b) this.build.set(ev.ImportPath, (b = newBuf()))
      this.add(b, out, this.maxPkg)
      return ''
    }
    if (ev.Action === 'build-fail' && ev.ImportPath) {
      const b = this.build.get(ev.ImportPath)
      this.build.delete(ev.ImportPath)
      if (!b) return ''
      this.release(b)
      return `${inertLine(`✗ build failed: ${ev.ImportPath}`)}\n${this.block(b)}`
    }
    if (!ev.Package) return ''
    const p = this.pkg(ev.Package)
    if (ev.Action === 'output') {
      this.add(p.out, out, this.maxPkg)
      if (ev.Test) {
        let t = p.tests.get(ev.Test)
        if (!t) p.tests.set(ev.Test, (t = newBuf()))
        this.add(t, out, this.maxTest)
      }
      return ''
    }
    if (ev.Test) {
      if (ev.Action === 'fail') p.failed.push(ev.Test)
      else if (ev.Action === 'pass') p.passed++
      else if (ev.Action === 'skip') p.skipped++
      // Passing tests' own output stays in the package group only.
      if (ev.Action === 'pass' || ev.Action === 'skip') {
        const t = p.tests.get(ev.Test)
        if (t) {
          this.release(t)
          p.tests.delete(ev.Test)
        }
      }
      return ''
    }
    if (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip')
      return this.finish(ev.Package, ev.Action, ev.Elapsed)
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

/** Splits a byte stream into lines; a line longer than `maxLine` is cut (the rest dropped). */
export class LineSplitter {
  private rest = ''
  private skipping = false
  constructor(private readonly maxLine = 1 << 20) {}

  push(chunk: string): string[] {
    const text = this.rest + chunk
    const parts = text.split('\n')
    this.rest = parts.pop() ?? ''
    const lines: string[] = []
    for (const l of parts) {
      if (this.skipping) {
        this.skipping = false
        continue
      }
      lines.push(l.length > this.maxLine ? l.slice(0, this.maxLine) : l)
    }
    if (this.rest.length > this.maxLine) {
      if (!this.skipping) lines.push(this.rest.slice(0, this.maxLine))
      this.skipping = true
      this.rest = ''
    }
    return lines
  }

  end(): string[] {
    const r = this.rest
    this.rest = ''
    if (this.skipping) {
      this.skipping = false
      return []
    }
    return r ? [r] : []
  }
}
