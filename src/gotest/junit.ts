/**
 * JUnit XML to engine events: what `gotestsum --junitfile`, go-junit-report (v1 and v2) and ginkgo's
 * `--junit-report` write. Detected by content (a source whose first text is `<?xml`, `<testsuites` or
 * `<testsuite`), read as a stream of characters (a tag or a CDATA section may span lines or chunks), with
 * every buffer bounded: a tag's text is cut at MAX_TAG bytes, a failure's text goes line by line to the
 * engine, which caps what it keeps per failure.
 *
 * The model JUnit consumers read: <testsuite name="pkg"> per package, <testcase classname name time>
 * per test, holding <failure>, <error> (a test with no result: killed or timed out; a build error) or
 * <skipped>; their text (CDATA or entity-escaped) is the test's output. A testcase named `[build failed]`
 * (go-junit-report) or a `FAIL pkg [build failed]` failure text (gotestsum's TestMain case) makes the
 * package a build failure.
 */
import type { Engine } from './engine.js'
import { decimalAt, startsAt } from './bytes.js'

const MAX_TAG = 64 * 1024
const TESTCASE_OPEN = Buffer.from('<testcase ')
const TESTCASE_CLOSE = Buffer.from('></testcase>')
const KEY_NAME = Buffer.from('name')
const KEY_TIME = Buffer.from('time')
const NAME_TESTMAIN = Buffer.from('TestMain')
const TIME_AFTER_NAME = Buffer.from('" time="')
const CLOSE_AFTER_TIME = Buffer.from('"></testcase>')
const NAME_BUILD_FAILED = Buffer.from('[build failed]')

/** An attribute name's byte ([\w:.-]). */
function isKeyByte(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x2d
  )
}

/** Bytes of one testcase's text passed on (the engine keeps less). */
const MAX_CASE_TEXT = 1 << 20
/** Failed cases (and their text) a suite holds until its end. */
const MAX_HELD = 2000
const MAX_HELD_BYTES = 8 << 20

type Mode = 'text' | 'tag' | 'cdata' | 'comment' | 'pi'

interface Case {
  name: string
  classname: string
  time?: number
  status: 'pass' | 'fail' | 'skip'
  /** Inside <failure>, <error>, <skipped>, <system-out> or <system-err>: their text is output. */
  capture: boolean
  text: string[]
  textBytes: number
  build: boolean
  /** The case has no result of its own (see emit). */
  noResult: boolean
}

export class JUnitConverter {
  private mode: Mode = 'text'
  private buf = ''
  private suite: string | null = null
  private suiteFailed = false
  private suiteBuild = false
  private tc: Case | null = null
  /** `<testcase classname="<suite>" name="` as bytes, for a suite whose name needs no escaping. */
  private caseTemplate: Buffer | null = null
  /** Elements recognised (testsuite, testcase): the format detection's evidence. */
  framing = 0

  constructor(private readonly engine: Engine) {}

  /** One line of the file (its newline is part of the text). */
  line(l: string): void {
    this.chars(l + '\n')
  }

  /**
   * The line most of a JUnit file is made of, a passing test alone on its line (`<testcase classname=".."
   * name=".." time=".."></testcase>` or `<testcase ... />`, no child), read from its bytes b[s, e) before
   * it is decoded: the same events as tag() and endCase() give it, without the character machine, the
   * attribute map or entity decoding. Only for a case of the current named suite whose name is plain
   * ASCII with no entity; false (nothing done) for anything else, which goes the way of every line.
   * Names stay bytes (Engine.passedTestRaw). gotestsum's 500 MB JUnit: see docs/perf.md.
   */
  passingCase(b: Buffer, s: number, e: number): boolean {
    if (this.mode !== 'text' || this.tc !== null || this.suite === null || this.suite === '') return false
    let i = s
    while (i < e && (b[i] === 0x09 || b[i] === 0x20)) i++
    // gotestsum's own shape first: `<testcase classname="<suite>" name="N" time="T"></testcase>`.
    const t = this.caseTemplate
    if (t !== null && e - i > t.length + 22 && b.compare(t, 0, t.length, i, i + t.length) === 0) {
      const ns = i + t.length
      let j = ns
      for (; j < e; j++) {
        const c = b[j]
        if (c === 0x22) break
        if (c === 0x26 || c === 0x3c || c >= 0x80) return false
      }
      const ts = j + TIME_AFTER_NAME.length
      if (j > ns && startsAt(b, j, TIME_AFTER_NAME)) {
        const te = b.indexOf(0x22, ts)
        if (te > ts && te + 13 === e && startsAt(b, te, CLOSE_AFTER_TIME)) {
          const time = decimalAt(b, ts, te)
          const n = j - ns
          if (
            time >= 0 &&
            !(n === 8 && startsAt(b, ns, NAME_TESTMAIN)) &&
            !(n === 14 && startsAt(b, ns, NAME_BUILD_FAILED))
          ) {
            this.framing++
            this.engine.passedTestRaw(this.suite, b, ns, j, time)
            return true
          }
        }
      }
    }
    if (e - i < 14 || !startsAt(b, i, TESTCASE_OPEN)) return false
    let end = e
    while (end > i && (b[end - 1] === 0x20 || b[end - 1] === 0x09)) end--
    let attrsEnd: number
    if (end - i > 24 && startsAt(b, end - 12, TESTCASE_CLOSE)) attrsEnd = end - 12
    else if (b[end - 1] === 0x3e && b[end - 2] === 0x2f) attrsEnd = end - 2
    else return false
    let ns = -1
    let ne = -1
    let ts = -1
    let te = -1
    let k = i + TESTCASE_OPEN.length
    for (;;) {
      while (k < attrsEnd && (b[k] === 0x20 || b[k] === 0x09)) k++
      if (k >= attrsEnd) break
      const ks = k
      while (k < attrsEnd && isKeyByte(b[k])) k++
      if (k === ks || b[k] !== 0x3d || b[k + 1] !== 0x22) return false
      const ke = k
      // The closing quote (a value holds none: it would be &quot;); only the name's bytes matter below.
      const q = b.indexOf(0x22, k + 2)
      if (q < 0 || q >= attrsEnd) return false
      if (ke - ks === 4 && b[ks] === 0x6e && startsAt(b, ks, KEY_NAME)) {
        for (let j = ke + 2; j < q; j++) {
          const c = b[j]
          if (c === 0x26 || c === 0x3c || c >= 0x80) return false
        }
        ns = ke + 2
        ne = q
      } else if (ke - ks === 4 && b[ks] === 0x74 && startsAt(b, ks, KEY_TIME)) {
        ts = ke + 2
        te = q
      }
      k = q + 1
    }
    if (ns < 0 || ne === ns) return false
    if (ne - ns === 8 && startsAt(b, ns, NAME_TESTMAIN)) return false
    if (ne - ns === 14 && startsAt(b, ns, NAME_BUILD_FAILED)) return false
    let time: number | undefined
    if (ts >= 0) {
      time = decimalAt(b, ts, te)
      if (time < 0) return false
    }
    this.framing++
    this.engine.passedTestRaw(this.suite, b, ns, ne, time)
    return true
  }

  private chars(s: string): void {
    let i = 0
    while (i < s.length) {
      if (this.mode === 'text') {
        const lt = s.indexOf('<', i)
        const end = lt < 0 ? s.length : lt
        if (end > i) this.text(s.slice(i, end), false)
        if (lt < 0) return
        i = lt + 1
        if (s.startsWith('![CDATA[', i)) {
          this.mode = 'cdata'
          i += 8
        } else if (s.startsWith('!--', i)) {
          this.mode = 'comment'
          i += 3
        } else if (s[i] === '?') this.mode = 'pi'
        else this.mode = 'tag'
        this.buf = ''
        continue
      }
      const close = this.mode === 'cdata' ? ']]>' : this.mode === 'comment' ? '-->' : '>'
      const j = s.indexOf(close, i)
      const end = j < 0 ? s.length : j
      if (this.mode === 'cdata') this.text(s.slice(i, end), true)
      else if (this.mode === 'tag' && this.buf.length < MAX_TAG)
        this.buf += s.slice(i, Math.min(end, i + MAX_TAG - this.buf.length))
      if (j < 0) return
      i = j + close.length
      if (this.mode === 'tag') this.tag(this.buf)
      this.mode = 'text'
      this.buf = ''
    }
  }

  private text(t: string, raw: boolean): void {
    const c = this.tc
    if (c === null || !c.capture || c.textBytes >= MAX_CASE_TEXT) return
    const v = raw ? t : decodeEntities(t)
    c.text.push(v)
    c.textBytes += v.length
  }

  private tag(body: string): void {
    const selfClosing = body.endsWith('/')
    const closing = body.startsWith('/')
    const m = /^\/?\s*([\w:.-]+)/.exec(body)
    if (!m) return
    const name = m[1].toLowerCase()
    if (closing) {
      this.endTag(name)
      return
    }
    const attrs = attributes(body)
    switch (name) {
      case 'testsuite': {
        this.framing++
        this.endSuite()
        this.suite = attrs.get('name') ?? ''
        this.caseTemplate = /^[\w./~+:-]+$/.test(this.suite)
          ? Buffer.from(`<testcase classname="${this.suite}" name="`)
          : null
        this.suiteFailed = false
        this.suiteBuild = false
        if (this.suite !== '') this.engine.start(this.suite)
        if (selfClosing) this.endSuite()
        return
      }
      case 'testcase': {
        this.framing++
        this.endCase()
        const time = Number(attrs.get('time'))
        this.tc = {
          name: attrs.get('name') ?? '',
          classname: attrs.get('classname') ?? '',
          ...(Number.isFinite(time) && attrs.has('time') ? { time } : {}),
          status: 'pass',
          capture: false,
          text: [],
          textBytes: 0,
          build: false,
          noResult: Number.isFinite(time) && (time < 0 || Object.is(time, -0))
        }
        if (selfClosing) this.endCase()
        return
      }
      case 'failure':
      case 'error':
      case 'skipped': {
        const c = this.tc
        if (c === null) return
        if (name === 'skipped') {
          if (c.status === 'pass') c.status = 'skip'
        } else {
          c.status = 'fail'
          const msg = attrs.get('message') ?? ''
          if (/^Build error$/i.test(msg)) c.build = true
          if (/^No test result found$/i.test(msg)) c.noResult = true
        }
        if (!selfClosing) c.capture = true
        return
      }
      case 'system-out':
      case 'system-err':
        if (this.tc !== null && !selfClosing) this.tc.capture = true
        return
      default:
        return
    }
  }

  private endTag(name: string): void {
    switch (name) {
      case 'failure':
      case 'error':
      case 'skipped':
      case 'system-out':
      case 'system-err':
        if (this.tc !== null) {
          this.tc.capture = false
          const last = this.tc.text[this.tc.text.length - 1]
          if (last !== undefined && !last.endsWith('\n')) this.tc.text.push('\n')
        }
        return
      case 'testcase':
        this.endCase()
        return
      case 'testsuite':
        this.endSuite()
        return
      default:
        return
    }
  }

  private endCase(): void {
    const c = this.tc
    if (c === null) return
    this.tc = null
    const pkg = this.suite !== null && this.suite !== '' ? this.suite : c.classname
    if (pkg === '') return
    const text = c.text.join('')
    const build =
      c.build ||
      c.name === '[build failed]' ||
      (c.status === 'fail' && /\[(?:build|setup) failed\]\s*$/.test(text))
    if (build) {
      this.suiteFailed = true
      this.suiteBuild = true
      for (const l of lines(text)) this.engine.buildOutput(pkg, l)
      return
    }
    // Package-level output: a nameless case, gotestsum's `TestMain` case with no classname (what the
    // binary printed outside any test: a timeout's panic, a crash).
    if (c.name === '' || (c.name === 'TestMain' && c.classname === '')) {
      for (const l of lines(text)) this.engine.output(pkg, null, l)
      if (c.status === 'fail') this.suiteFailed = true
      return
    }
    if (c.status !== 'fail') {
      this.emit(pkg, c, text)
      return
    }
    this.suiteFailed = true
    // Failed cases wait for the suite's end: JUnit lists a parent before its subtests, and a parent
    // that failed only through a subtest is reported through that subtest (children first).
    if (this.held.length < MAX_HELD && this.heldBytes + text.length <= MAX_HELD_BYTES) {
      this.held.push({ c, text })
      this.heldBytes += text.length
    } else this.emit(pkg, c, text)
  }

  private held: { c: Case; text: string }[] = []
  private heldBytes = 0

  private emit(pkg: string, c: Case, text: string, run = true): void {
    if (run) this.engine.testEvent(pkg, c.name, 'run', undefined)
    for (const l of lines(text)) this.engine.output(pkg, c.name, l)
    // No result: gotestsum writes a negative time, go-junit-report v2 "No test result found" (the
    // binary was killed or timed out): the test stays running, so the package's end decides its kind.
    if (c.noResult) return
    this.engine.testEvent(pkg, c.name, c.status, c.time)
  }

  private endSuite(): void {
    this.endCase()
    const s = this.suite
    if (s === null) return
    this.suite = null
    const held = this.held
    this.held = []
    this.heldBytes = 0
    const pkgOf = (c: Case): string => (s !== '' ? s : c.classname)
    // Every held test starts in the file's order (parents first), then ends children first.
    for (const h of held) this.engine.testEvent(pkgOf(h.c), h.c.name, 'run', undefined)
    const depth = (n: string): number => n.split('/').length
    held.sort((a, b) => depth(b.c.name) - depth(a.c.name))
    for (const h of held) this.emit(pkgOf(h.c), h.c, h.text, false)
    if (s === '') return
    this.engine.pkgEnd(
      s,
      this.suiteFailed ? 'fail' : 'pass',
      undefined,
      this.suiteBuild ? 'build' : undefined
    )
  }

  /** End of the source: close what a cut file left open. */
  end(): void {
    this.endSuite()
    this.mode = 'text'
    this.buf = ''
  }
}

/** A tag's attributes (name="value" or name='value'), entity-decoded. */
function attributes(body: string): Map<string, string> {
  const out = new Map<string, string>()
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  for (let m = re.exec(body); m; m = re.exec(body)) out.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''))
  return out
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? all
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/** Text split into lines, each with its newline (what the engine's output expects). */
function lines(text: string): string[] {
  if (text === '') return []
  const out = text.split('\n').map(l => l + '\n')
  if (text.endsWith('\n')) out.pop()
  return out
}

/** Does the start of a source look like a JUnit XML document? */
export function looksLikeJUnit(firstLine: string): boolean {
  return /^\uFEFF?\s*<(?:\?xml\b|testsuites\b|testsuite\b)/.test(firstLine)
}
