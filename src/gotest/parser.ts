/**
 * The streaming `go test` parser: Buffers in, a TestRun out. Lines are found with Buffer.indexOf
 * and JSON events are read by scanning for their keys (test2json writes them in a fixed order:
 * Time, Action, Package, Test, Elapsed, Output, FailedBuild; src/cmd/internal/test2json), so the hot
 * path never JSON.parse's a line and never decodes the output of a test that passes. Anything that
 * does not fit the fast path (other key orders, escapes in names, rare actions) takes JSON.parse.
 * Lines that are not JSON go to the text converter (plain `go test`, `-v`, and the stderr lines cmd/go
 * mixes into a -json stream before Go 1.24).
 *
 * Hot path (scan() below, keys.ts, Engine.runRaw/passKey/outputKey; gains in docs/perf.md): per line, one
 * Buffer.indexOf for the newline, a check of `{"Time":"`, a guess of where Time ends (its length
 * rarely changes), and one compare of the bytes after it with the current package's and test's
 * templates, four bytes at a time. A `run` line does not decode the test name (the engine keeps its
 * bytes until it needs them), an `output` line of that test costs two stores, its `pass` forgets them
 * all. Only failures, skips, package ends, build output and the output of tests still running at the
 * end of a chunk are decoded; those outputs are copied out of the chunk (the caller may reuse it) and
 * kept within a run-wide budget (ParserOptions.maxRetainedOutput). The hot path's results equal the
 * JSON.parse path's on every capture (__tests__/gotest/hotpath.test.ts); scripts/bench.mjs measures it.
 */
import type { Failure, TestRun } from './model.js'
import type { LiveEvent } from './engine.js'
import type { LiveLine } from './live.js'
import { CRASH_RE, Engine, PENDING } from './engine.js'
import { decodeJsonString } from './outbuf.js'
import { stripPrefix } from './prefix.js'
import { notText, SAMPLE } from './sniff.js'
import { TextConverter } from './text.js'
import { JUnitConverter, looksLikeJUnit } from './junit.js'
import type { WordView } from './keys.js'
import { A_OUTPUT, A_PASS, A_RUN, OUTPUT_TAIL, TEST_KEY, Template, wordView } from './keys.js'
import type { SourceLayout } from './location.js'
import { locateFailure } from './location.js'

export interface ParserOptions {
  layout?: SourceLayout
  /** Bytes of output kept per failure (head and tail, with a marker between). Default 64 KiB. */
  maxOutputPerFailure?: number
  /**
   * Bytes of output the whole run keeps (output of running tests and of failures). Past it, output
   * buffers and new failures keep a 4 KiB head-and-tail excerpt, and the run notes the trimming.
   * Default 16 MiB (no report shows more than 1 MiB).
   */
  maxRetainedOutput?: number
  /** Failures kept; the rest are counted and the run is marked partial. Default 5000. */
  maxFailures?: number
  /** Keep passing tests in TestRun.tests (memory then grows with the number of tests). Default false. */
  keepPassed?: boolean
  /** List test verdicts in TestRun.tests at all. Default true. */
  verdicts?: boolean
  /**
   * Takes each failure as soon as it is final (its package has ended and every earlier failure has
   * been taken), in the order TestRun.failures would list it, instead of the parser keeping it:
   * TestRun.failures is then empty, and memory does not grow with the number of failures.
   * Locations are not checked yet (see verifyLocation in index.ts).
   */
  onFailure?: (f: Failure) => void
  /** Longest line kept; longer lines are cut (and the run marked partial). Default 1 MiB. */
  maxLineBytes?: number
  /** Called for each event worth a live line (see formatLive in live.ts). */
  onEvent?: (e: LiveEvent) => void
  /** Called for each input line, as read (see LiveLine in live.ts): the action's live log. */
  onLine?: (l: LiveLine) => void
}

export interface Parser {
  /** Starts a new input (a file, stdin); the name is used in messages. */
  beginSource(name: string): void
  push(chunk: Buffer | string): void
  /** Records why an input could not be read (missing file...): the run is partial. */
  fail(reason: string): void
  end(): TestRun
}

const TIME_KEY = Buffer.from('{"Time":"')
const ACTION_AFTER_TIME = Buffer.from('","Action":"')
const ACTION_FIRST = Buffer.from('{"Action":"')
const PACKAGE_AFTER = Buffer.from('","Package":"')
const OUTPUT_AFTER = Buffer.from('","Output":"')
const ELAPSED_AFTER = Buffer.from('","Elapsed":')
const NO_VIEW: WordView = wordView(Buffer.alloc(0))
const ANSI_RE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g

interface JsonEvent {
  Action?: unknown
  Package?: unknown
  Test?: unknown
  Elapsed?: unknown
  Output?: unknown
  FailedBuild?: unknown
  ImportPath?: unknown
}

export function createParser(opts: ParserOptions = {}): Parser {
  const maxOut = opts.maxOutputPerFailure ?? 64 * 1024
  const maxLine = opts.maxLineBytes ?? 1 << 20
  const onFailure = opts.onFailure
  const onLine = opts.onLine
  const engine = new Engine({
    maxOutputPerFailure: maxOut,
    maxRetainedOutput: opts.maxRetainedOutput ?? 16 << 20,
    maxFailures: opts.maxFailures ?? 5000,
    keepPassed: opts.keepPassed ?? false,
    verdicts: opts.verdicts ?? true,
    onEvent: opts.onEvent,
    ...(onFailure ? { onFailure: f => onFailure(toFailure(f, opts.layout)) } : {})
  })
  const text = new TextConverter(engine, maxLine)
  const junit = new JUnitConverter(engine)
  /** This source is JUnit XML (decided by its first non-blank line), null while undecided. */
  let isXml: boolean | null = null
  const partial: string[] = []
  const unusable: NonNullable<TestRun['unusable']> = []
  let source = 'input'
  let carry: Buffer | null = null
  let carryCut = false
  let binary = false
  /** Whether this source's lines are quoted with `> ` (decided by its first non-empty text line). */
  let quoted: boolean | null = null
  let firstChunk = true
  /** Chunks of this source's head held (copied) until SAMPLE bytes can be judged together. */
  let headParts: Buffer[] = []
  let headLen = 0
  let sourceBytes = 0
  /** Lines of this source, and what the run had seen when it began (to tell if it held go test output). */
  let sourceLines = 0
  let seenAtStart = 0
  let firstLine: string | null = null
  /** Sources that were empty (an empty -json next to a go command error is explained by it). */
  const emptySources: string[] = []
  let goCommandError = false
  let jsonLines = 0
  let cutLines = 0
  let ended = false

  // The current package's and test's templates (see keys.ts).
  const tpl = new Template()
  const partLen = tpl.partLen
  // Word view of the buffer being scanned (set per chunk and per carried line).
  let view: WordView = NO_VIEW
  // Length of the last Time value: test2json's RFC 3339 times mostly keep their length.
  let timeLen = 30

  function str(b: Buffer, s: number, e: number): string {
    for (let i = s; i < e; i++) if (b[i] === 0x5c) return decodeJsonString(b.subarray(s, e))
    return b.toString('utf8', s, e)
  }

  /** True when b[i..] starts with pat. */
  function at(b: Buffer, i: number, pat: Uint8Array): boolean {
    if (i + pat.length > b.length) return false
    for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) return false
    return true
  }

  /** Position of the closing quote of a `{"Time":"...` line's Time value, or -1. */
  function timeEnd(b: Buffer, s: number, e: number): number {
    // RFC 3339: at least 20 bytes, so start looking for the closing quote there.
    let q = s + TIME_KEY.length + 19
    while (q < e && b[q] !== 0x22) q++
    if (q >= e || b[q - 1] === 0x5c) return -1
    timeLen = q - s - TIME_KEY.length
    return q
  }

  /**
   * The number at b[j..] up to `}` or `,`, in Go's strconv 'f' format (what encoding/json writes for
   * Elapsed: digits, maybe a dot and digits); -1 for anything else (the slow path decides).
   */
  function numberAt(b: Buffer, j: number, e: number): number {
    let v = 0
    let scale = 0
    const st = j
    for (; j < e; j++) {
      const c = b[j]
      if (c >= 0x30 && c <= 0x39) {
        v = v * 10 + (c - 0x30)
        if (scale > 0) scale *= 10
      } else if (c === 0x2e && scale === 0) scale = 1
      else break
    }
    if (j === st || (b[j] !== 0x7d && b[j] !== 0x2c)) return -1
    return scale > 0 ? v / scale : v
  }

  /** An output event's value runs from os to the line's closing `"}`; false when it does not. */
  function outputTail(b: Buffer, os: number, e: number, pkg: string, test: string | null): boolean {
    const oe = e - 2
    if (b[e - 1] !== 0x7d || b[oe] !== 0x22 || oe < os) return false
    if (b[oe - 1] === 0x5c) {
      let bs = 0
      for (let j = oe - 1; j >= os && b[j] === 0x5c; j--) bs++
      if ((bs & 1) === 1) return false
    }
    engine.outputRaw(pkg, test, b, os, oe)
    if (onLine) onLine(jsonLine('output', pkg, test ?? '', '', str(b, os, oe), undefined))
    return true
  }

  /**
   * A test value starting at ts (the template's test, or a new one that becomes the template's);
   * returns the position of its closing quote, or -1 when the slow path must decide (escaped quote,
   * empty name). Sets `lastTest`.
   */
  function testAt(b: Buffer, ts: number, e: number): number {
    const tl = tpl.testLen
    if (tl >= 0 && ts + tl < e && tpl.testPart(b, view, ts, tl + 1)) {
      lastTest = tpl.testName()
      return ts + tl
    }
    let te = ts
    let esc = false
    while (te < e && b[te] !== 0x22) if (b[te++] === 0x5c) esc = true
    if (te >= e || te === ts || b[te - 1] === 0x5c) return -1
    if (esc) {
      lastTest = str(b, ts, te)
      tpl.testLen = -1
    } else {
      lastTest = b.toString('utf8', ts, te)
      tpl.setTest(b, ts, te - ts, lastTest)
    }
    return te
  }
  let lastTest = ''

  /**
   * test2json lines, relying on its fixed key order (Time first, or Action first when written without
   * -t). Returns false when the slow path must decide (other producers, escapes in package names, rare
   * actions, package-level events).
   */
  function fastJson(b: Buffer, s: number, e: number): boolean {
    let a: number
    if (at(b, s, TIME_KEY)) {
      const q = timeEnd(b, s, e)
      if (q < 0 || !at(b, q, ACTION_AFTER_TIME)) return false
      a = q + ACTION_AFTER_TIME.length
    } else if (at(b, s, ACTION_FIRST)) a = s + ACTION_FIRST.length
    else return false
    const c0 = b[a]
    const c1 = b[a + 1]
    // output, run, pass, pause, cont: the frequent ones. Others (fail, skip, start, build-*) go slow.
    let action: string
    let ae: number
    if (c0 === 0x6f /* o */ && b[a + 6] === 0x22) {
      action = 'output'
      ae = a + 6
    } else if (c0 === 0x72 /* r */ && b[a + 3] === 0x22) {
      action = 'run'
      ae = a + 3
    } else if (c0 === 0x70 /* p */ && c1 === 0x61 && b[a + 2] === 0x73 && b[a + 4] === 0x22) {
      action = 'pass'
      ae = a + 4
    } else if (c0 === 0x70 && c1 === 0x61 && b[a + 2] === 0x75 && b[a + 5] === 0x22) {
      action = 'pause'
      ae = a + 5
    } else if (c0 === 0x63 /* c */ && b[a + 4] === 0x22) {
      action = 'cont'
      ae = a + 4
    } else return false
    if (!at(b, ae, PACKAGE_AFTER)) return false
    const ps = ae + PACKAGE_AFTER.length
    let pkg: string
    // `after` is the closing quote of the last key field.
    let after: number
    const pl = tpl.pkgLen
    if (pl >= 0 && ps + pl < e && tpl.packageValue(b, view, ps)) {
      // The template's package (value and closing quote): no scan, no decoding.
      pkg = tpl.pkg
      after = ps + pl
    } else {
      let pe = ps
      let esc = false
      while (pe < e && b[pe] !== 0x22) if (b[pe++] === 0x5c) esc = true
      if (pe >= e || b[pe - 1] === 0x5c) return false
      after = pe
      if (esc || pe === ps) {
        pkg = str(b, ps, pe)
        tpl.pkgLen = -1
        tpl.testLen = -1
      } else {
        pkg = b.toString('utf8', ps, pe)
        tpl.setPackage(b, ps, pe - ps, pkg)
      }
    }
    let test: string | null = null
    if (at(b, after, TEST_KEY)) {
      const te = testAt(b, after + TEST_KEY.length, e)
      if (te < 0) return false
      test = lastTest
      after = te
    }
    if (action === 'output') {
      if (!at(b, after, OUTPUT_AFTER)) return false
      return outputTail(b, after + OUTPUT_AFTER.length, e, pkg, test)
    }
    if (test === null || b[e - 1] !== 0x7d) return false // package-level run/pass...: slow path
    let elapsed: number | undefined
    if (action === 'pass' && at(b, after, ELAPSED_AFTER)) {
      elapsed = numberAt(b, after + ELAPSED_AFTER.length, e)
      if (elapsed < 0) return false
    }
    engine.testEvent(pkg, test, action, elapsed)
    if (onLine) onLine(jsonLine(action, pkg, test, '', '', elapsed))
    return true
  }

  /** A line's event, or null when it is not JSON or has no Action. */
  function parseJson(line: string): (JsonEvent & { Action: string }) | null {
    let ev: JsonEvent
    try {
      ev = JSON.parse(line) as JsonEvent
    } catch {
      return null
    }
    if (ev === null || typeof ev !== 'object' || typeof ev.Action !== 'string') return null
    return ev as JsonEvent & { Action: string }
  }

  function slowJson(line: string): boolean {
    const ev = parseJson(line)
    return ev !== null && jsonEvent(ev)
  }

  /** Hands a parsed event to the engine; false when it is not one (no package): the line is text. */
  function jsonEvent(ev: JsonEvent & { Action: string }): boolean {
    const action = ev.Action
    const pkg = typeof ev.Package === 'string' ? ev.Package : null
    const test = typeof ev.Test === 'string' && ev.Test !== '' ? ev.Test : null
    const elapsed = typeof ev.Elapsed === 'number' ? ev.Elapsed : undefined
    const output = typeof ev.Output === 'string' ? ev.Output : ''
    if (action === 'build-output' || action === 'build-fail') {
      // Go 1.24+: {"ImportPath":"pkg [pkg.test]","Action":"build-output","Output":"..."}; the package
      // fail event names it in FailedBuild.
      const ip = typeof ev.ImportPath === 'string' ? ev.ImportPath : ''
      if (action === 'build-output') engine.jsonBuildOutput(ip, output)
      return true
    }
    if (pkg === null) return false
    if (test !== null) {
      if (action === 'output') engine.output(pkg, test, output)
      else engine.testEvent(pkg, test, action, elapsed)
      return true
    }
    switch (action) {
      case 'start':
        engine.start(pkg)
        return true
      case 'output':
        engine.output(pkg, null, output)
        return true
      case 'pass':
      case 'skip':
        engine.pkgEnd(pkg, action, elapsed)
        return true
      case 'fail': {
        const fb = typeof ev.FailedBuild === 'string' && ev.FailedBuild !== '' ? ev.FailedBuild : null
        if (fb !== null) engine.claimBuild(pkg, fb)
        engine.pkgEnd(pkg, 'fail', elapsed, fb !== null ? 'build' : undefined)
        return true
      }
      default:
        engine.pkg(pkg)
        return true
    }
  }

  function textLine(b: Buffer, s: number, e: number): void {
    let l = b.toString('utf8', s, e)
    if (l.indexOf('\x1b') >= 0) l = l.replace(ANSI_RE, '')
    // A saved CI log: the runner's timestamp (or another tool's prefix) before what go test printed,
    // a -json event included.
    const bare = stripPrefix(l)
    if (bare !== l) {
      l = bare
      if (l.startsWith('{') && slowJson(l)) {
        jsonLines++
        return
      }
    }
    // A log quoted line by line (`> ` before each line, as Nix build logs and mail replies show it).
    if (quoted === null && l !== '') quoted = l.startsWith('> ')
    if (quoted && l.startsWith('>')) l = l.slice(l.startsWith('> ') ? 2 : 1)
    text.line(l)
  }

  /** One line b[s, e), without its newline (a CR before it is removed here). */
  function handleLine(b: Buffer, s: number, e: number): void {
    const end = e
    if (e > s && b[e - 1] === 0x0d) e--
    sourceLines++
    if (firstLine === null && e > s) firstLine = b.toString('utf8', s, Math.min(e, s + 200))
    if (isXml !== false) {
      if (isXml === null) {
        if (e === s) return
        isXml =
          b[s] === 0x3c || b[s] === 0x20 || b[s] === 0x09 || b[s] === 0xef
            ? looksLikeJUnit(b.toString('utf8', s, e))
            : false
      }
      if (isXml) {
        if (!onLine && junit.passingCase(b, s, e)) return
        const l = b.toString('utf8', s, e)
        if (onLine) onLine(l)
        junit.line(l)
        return
      }
    }
    if (b[s] === 0x7b /* { */) {
      if (text.holding) text.confirmHeld()
      if (fastJson(b, s, e)) {
        jsonLines++
        return
      }
      const line = b.toString('utf8', s, e)
      const ev = parseJson(line)
      if (onLine) onLine(ev !== null ? liveJson(ev) : b.toString('utf8', s, end))
      if (ev !== null && jsonEvent(ev)) {
        jsonLines++
        return
      }
      textLine(b, s, e)
      return
    }
    if (onLine) onLine(b.toString('utf8', s, end))
    if (b[s] === 0x1b && b.indexOf(0x7b, s) > 0) {
      // ANSI colour around a JSON line (a coloured CI log): strip and retry.
      const line = b.toString('utf8', s, e).replace(ANSI_RE, '')
      if (line.startsWith('{') && slowJson(line)) {
        jsonLines++
        return
      }
    }
    textLine(b, s, e)
  }

  /** Points the engine and the word view at a buffer whose lines are about to be handled. */
  function use(b: Buffer): void {
    engine.useBuffer(b)
    view = wordView(b)
  }

  /**
   * Handles the whole lines of a chunk from `start`; returns where the unfinished last line starts.
   * The loop inlines the hot path (see keys.ts): for a `{"Time":"` line, guess where Time ends, and
   * when the action is output, pass or run, compare the package part and the test part with the
   * templates four bytes at a time; a match hands the event to the engine with no decoding. Anything
   * else goes to handleLine.
   */
  function scan(b: Buffer, start: number): number {
    const v = view
    for (;;) {
      const nl = b.indexOf(0x0a, start)
      if (nl < 0) return start
      const s = start
      start = nl + 1
      if (nl - s > maxLine) {
        cutLines++
        handleLine(b, s, s + maxLine)
        continue
      }
      if (b[s] === 0x7b && text.holding) text.confirmHeld()
      // The `hot:` block: -24% parser CPU on the 500 MB log against fastJson alone (npm run bench).
      hot: if (
        onLine === undefined &&
        tpl.pkgLen >= 0 &&
        b[s] === 0x7b &&
        b[s + 1] === 0x22 &&
        b[s + 2] === 0x54 &&
        b[s + 3] === 0x69 &&
        b[s + 4] === 0x6d &&
        b[s + 5] === 0x65 &&
        b[s + 6] === 0x22 &&
        b[s + 7] === 0x3a &&
        b[s + 8] === 0x22
      ) {
        const e = b[nl - 1] === 0x0d ? nl - 1 : nl
        const q = s + 9 + timeLen
        // The guessed end of Time must be an unescaped quote; a wrong guess fails the compare (every
        // template starts with `","Action":"`, which a valid line holds unescaped only after Time).
        if (q + 24 > e || b[q] !== 0x22 || b[q - 1] === 0x5c) break hot
        const c = b[q + 12]
        const tl = tpl.testLen
        if (c === 0x6f /* output */) {
          const ts = q + partLen[A_OUTPUT]
          const os = ts + tl + OUTPUT_TAIL.length
          if (tl < 0 || os + 2 > e) break hot
          if (!tpl.packagePart(b, v, q, A_OUTPUT) || !tpl.testPart(b, v, ts, tl + OUTPUT_TAIL.length))
            break hot
          const oe = e - 2
          // A value ending in a backslash needs its escapes counted: the slow path does that.
          if (b[e - 1] !== 0x7d || b[oe] !== 0x22 || b[oe - 1] === 0x5c) break hot
          // runRaw/passKey/outputKey: explain* peak RSS 62 MB instead of 81 MB on the 500 MB log (bench).
          if (!engine.outputKey(tpl.pkg, tpl.gen, b, os, oe))
            engine.outputRaw(tpl.pkg, tpl.testName(), b, os, oe)
        } else if (c === 0x70 /* pass */ && b[q + 14] === 0x73) {
          const ts = q + partLen[A_PASS]
          const te = ts + tl
          if (tl < 0 || te + 2 > e || b[e - 1] !== 0x7d) break hot
          if (!tpl.packagePart(b, v, q, A_PASS) || !tpl.testPart(b, v, ts, tl + 1)) break hot
          let elapsed: number | undefined
          // `","Elapsed":` after the test value (the closing quote is compared already), unrolled.
          if (
            b[te + 1] === 0x2c &&
            b[te + 2] === 0x22 &&
            b[te + 3] === 0x45 &&
            b[te + 4] === 0x6c &&
            b[te + 5] === 0x61 &&
            b[te + 6] === 0x70 &&
            b[te + 7] === 0x73 &&
            b[te + 8] === 0x65 &&
            b[te + 9] === 0x64 &&
            b[te + 10] === 0x22 &&
            b[te + 11] === 0x3a
          ) {
            elapsed = numberAt(b, te + ELAPSED_AFTER.length, e)
            if (elapsed < 0) break hot
          }
          if (!engine.passKey(tpl.pkg, tpl.gen, elapsed))
            engine.testEvent(tpl.pkg, tpl.testName(), 'pass', elapsed)
        } else if (c === 0x72 /* run */) {
          const ts = q + partLen[A_RUN]
          if (ts >= e || b[e - 1] !== 0x7d || !tpl.packagePart(b, v, q, A_RUN)) break hot
          // The name is not decoded: the engine keeps its bytes until it needs them (most tests pass).
          let te: number
          if (tl >= 0 && ts + tl < e && tpl.testPart(b, v, ts, tl + 1)) te = ts + tl
          else {
            te = ts
            while (te < e && b[te] !== 0x22 && b[te] !== 0x5c) te++
            if (te >= e || te === ts || b[te] !== 0x22) break hot
            tpl.setTest(b, ts, te - ts, null)
          }
          engine.runRaw(tpl.pkg, b, ts, te, tpl.gen)
        } else break hot
        jsonLines++
        continue
      }
      // Plain text once the source is known to be plain (not XML, not quoted) and nobody reads lines.
      if (
        onLine === undefined &&
        isXml === false &&
        quoted === false &&
        b[s] !== 0x7b &&
        firstLine !== null &&
        text.hotLine(b, s, nl)
      ) {
        sourceLines++
        if (text.skipTo >= 0) {
          // quickPass read a whole passing test: go on after its last line.
          sourceLines += text.skipLines
          start = text.skipTo + 1
          text.skipTo = -1
        }
        continue
      }
      handleLine(b, s, nl)
    }
  }

  function pushBuf(chunk: Buffer): void {
    if (binary || ended) return
    if (firstChunk) {
      // The head is judged the same whatever the chunks (a pipe may deliver one byte first), and
      // without holding back a complete first line that is text (a live go test prints slowly).
      const head = headLen > 0 ? Buffer.concat([...headParts, chunk]) : chunk
      const verdict = judgeHead(head, false)
      if (verdict === undefined) {
        // Held as one copy (at most SAMPLE bytes and a chunk): the caller may reuse its chunk.
        headParts = [headLen > 0 ? head : Buffer.from(chunk)]
        headLen = head.length
        return
      }
      headParts = []
      headLen = 0
      if (!textHead(verdict)) return
      chunk = head
    }
    sourceBytes += chunk.length
    let start = 0
    if (carry !== null) {
      const nl = chunk.indexOf(0x0a)
      if (nl < 0) {
        appendCarry(chunk, 0, chunk.length)
        return
      }
      appendCarry(chunk, 0, nl)
      const line = carry as Buffer
      carry = null
      if (carryCut) cutLines++
      carryCut = false
      use(line)
      handleLine(line, 0, line.length)
      start = nl + 1
    }
    use(chunk)
    start = scan(chunk, start)
    // Copy what running tests still point to and keep no reference to the chunk: the caller may
    // reuse it, and a chunk that outlives the next few collections costs RSS until a full GC.
    engine.release()
    view = NO_VIEW
    if (start < chunk.length) {
      carry = null
      carryCut = false
      appendCarry(chunk, start, chunk.length)
    }
  }

  /**
   * What a source's head shows: null for text, the reason it is not, undefined while more bytes are
   * needed. A first line that is text decides at once; otherwise the first SAMPLE bytes (or all there
   * is, at the end) are judged together.
   */
  function judgeHead(head: Buffer, atEnd: boolean): string | null | undefined {
    const nl = head.indexOf(0x0a)
    if (nl >= 0 && nl < SAMPLE && notText(head.subarray(0, nl)) === null) return null
    if (head.length >= SAMPLE || atEnd) return notText(head)
    return undefined
  }

  /** Records the head's verdict (firstChunk is then false); false when it is not text (said so). */
  function textHead(why: string | null): boolean {
    firstChunk = false
    if (why === null) return true
    binary = true
    unusable.push({ source, reason: `${source} holds ${why}, not go test output` })
    partial.push(`${source}: ${why}, not go test output; skipped`)
    return false
  }

  /** A source that ended (or failed) within its head: judge and read what it held. */
  function flushHead(): void {
    if (!firstChunk || headLen === 0) return
    const head = Buffer.concat(headParts)
    headParts = []
    headLen = 0
    if (textHead(judgeHead(head, true) ?? null)) pushBuf(head)
  }

  function appendCarry(chunk: Buffer, s: number, e: number): void {
    const have = carry?.length ?? 0
    if (carryCut || have >= maxLine) {
      carryCut = true
      return
    }
    const take = Math.min(e - s, maxLine - have)
    if (take < e - s) carryCut = true
    const piece = chunk.subarray(s, s + take)
    // Copy: the chunk's memory is reused by the stream.
    carry = carry === null ? Buffer.from(piece) : Buffer.concat([carry, piece])
  }

  function flushSource(): void {
    flushHead()
    if (carry !== null) {
      const line = carry
      carry = null
      if (carryCut) cutLines++
      carryCut = false
      const looksJson = line[0] === 0x7b
      const before = jsonLines
      use(line)
      handleLine(line, 0, line.length)
      engine.release()
      view = NO_VIEW
      if (looksJson && jsonLines === before)
        partial.push(`${source}: ends in the middle of a JSON event (truncated)`)
    }
    text.end()
    junit.end()
    if (!binary && sourceBytes === 0) {
      emptySources.push(source)
      partial.push(`${source}: empty`)
      unusable.push({ source, reason: `${source} is empty: no go test output` })
    } else if (!binary && seen() === seenAtStart) {
      const what = describeText(firstLine ?? '')
      const reason = `no go test output found in ${source}: it holds ${sourceLines} line${sourceLines === 1 ? '' : 's'} of ${what}`
      partial.push(reason)
      unusable.push({ source, reason })
    }
    if (text.goError) goCommandError = true
  }

  return {
    beginSource(name: string) {
      if (!firstChunk || sourceBytes > 0 || binary || headLen > 0) flushSource()
      source = name
      binary = false
      quoted = null
      sourceLines = 0
      firstLine = null
      text.evidence = 0
      seenAtStart = seen()
      isXml = null
      firstChunk = true
      sourceBytes = 0
      tpl.pkgLen = -1
      tpl.testLen = -1
    },
    push(chunk: Buffer | string) {
      pushBuf(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    },
    fail(reason: string) {
      flushHead()
      partial.push(reason)
      unusable.push({ source, reason })
      firstChunk = false
      binary = true
    },
    end(): TestRun {
      if (!ended) {
        if (!binary || sourceBytes > 0) flushSource()
        ended = true
      }
      return finish()
    }
  }

  /** Everything that shows go test output was read (a source that adds nothing held none). */
  function seen(): number {
    return jsonLines + text.framing + text.evidence + junit.framing + engine.recognized
  }

  function finish(): TestRun {
    // An empty -json next to the go command's own error (it went to stderr, saved in another input):
    // the go command failed, which that error reports; the empty file is not a reason to give up.
    if (goCommandError && emptySources.length > 0)
      for (const e of emptySources) {
        const i = unusable.findIndex(u => u.source === e && u.reason.endsWith('is empty: no go test output'))
        if (i >= 0) {
          unusable.splice(i, 1)
          partial.push(`${e} is empty: the go command failed before any test ran (its error is reported)`)
        }
      }
    const { packages, unfinished } = engine.finish()
    for (const u of unfinished)
      partial.push(`package ${u} has no final result: go test was killed or the log is cut short`)
    if (cutLines > 0) partial.push(`${cutLines} line(s) longer than ${maxLine} bytes were cut`)
    if (engine.droppedFailures > 0)
      partial.push(`${engine.droppedFailures} more failure(s) not listed (limit ${opts.maxFailures ?? 5000})`)
    if (engine.budget.trimmed > 0)
      partial.push(
        `output of ${engine.budget.trimmed} failure(s) cut to a head-and-tail excerpt: the run's output budget (${size(engine.budget.limit)}) was spent`
      )
    if (engine.droppedVerdicts > 0)
      partial.push(`${engine.droppedVerdicts} more test verdict(s) not listed (limit 20000)`)
    // A failure still held whose test passed on a later run is a flake: say so.
    for (const f of engine.failures)
      if (f.test !== null && f.package !== null && engine.isFlaky(f.package, f.test)) f.flaky = true
    const failures: Failure[] = engine.failures.map(f => toFailure(f, opts.layout))
    const recorded = engine.failureCount
    const framing = text.framing
    const xml = junit.framing
    let format: TestRun['format'] = 'unknown'
    if (jsonLines > 0 && framing > 0) format = 'mixed'
    else if (jsonLines > 0) format = 'json'
    else if (xml > 0 && framing === 0) format = 'junit'
    else if (framing > 0 || xml > 0 || engine.recognized > 0) format = 'text'
    const stray = engine.stray.text().replace(/^\s+$/, '')
    // Stray text is the whole story when nothing else was recorded. Next to other failures it is kept
    // when it is a crash (a runtime fatal error, a panic, a signal): the go command or test2json dying
    // mid-run prints its crash on stderr after the -json events stop, and the tests it left behind are
    // only `killed`, with no output of their own (seen: std-os under pids.max=16, the go command's
    // newosproc EAGAIN, in the real-projects matrix).
    const crashed = stray !== '' && (CRASH_RE.test(stray) || TOOL_KILLED_RE.test(stray))
    if (
      format === 'unknown' ||
      (packages.length + engine.folded.packages === 0 && recorded === 0) ||
      crashed
    ) {
      if (stray !== '') {
        const frag = fragment(stray)
        const log = toFailure({ ...frag, output: stray }, opts.layout)
        if (onFailure) onFailure(log)
        else failures.push(log)
      }
    }
    const run = engine.toRun(
      format,
      failures,
      packages.filter(p => p.name !== '' || p.tests > 0),
      partial
    )
    if (unusable.length > 0) run.unusable = unusable
    return run
  }
}

/**
 * The go command saying a tool of the toolchain died of a signal (`runtime: /usr/local/go/pkg/tool/
 * linux_amd64/compile: signal: killed`; before Go 1.24 under a `# pkg` header, `.../link: signal:
 * killed`): a build that failed, the package it was for named by the verdict line that follows, or by
 * nothing in a log cut before it.
 */
const TOOL_KILLED_RE =
  /(?:^|: )\S*[\\/]pkg[\\/]tool[\\/][\w.-]+[\\/](?:compile|link|asm|cgo|vet|cover|pack)(?:\.exe)?: signal: /m

/**
 * What a piece of go test output with no framing shows (a paste from an issue, a CI log's tail): a
 * panic or a runtime crash (named by the first test function in its goroutine trace), a goroutine dump,
 * a testify block (named by its `Test:` line), a killed binary, the go command's own error.
 */
export function fragment(out: string): {
  package: string | null
  test: string | null
  kind: Failure['kind']
  build?: boolean
} {
  const frame = /^([\w.~%-]+(?:\/[\w.~%-]+)*)\.(Test\w*|Example\w*|Fuzz\w*)(?:\.func[\d.]+)?\(/m.exec(out)
  const named = frame ? { package: frame[1], test: frame[2] } : { package: null, test: null }
  if (CRASH_RE.test(out)) {
    return /^panic: test timed out after/m.test(out)
      ? { ...named, kind: 'timeout' }
      : { ...named, kind: 'panic' }
  }
  const testify = /^\s+Test:\s+(\S+)\s*$/m.exec(out)
  if (testify || /^\s+Error Trace:\s/m.test(out))
    return { package: null, test: testify?.[1] ?? null, kind: 'test' }
  if (/^goroutine \d+ \[/m.test(out)) return { ...named, kind: 'panic' }
  if (/^signal: (?:killed|terminated)/m.test(out)) return { package: null, test: null, kind: 'killed' }
  if (TOOL_KILLED_RE.test(out)) return { package: null, test: null, kind: 'build', build: true }
  if (/^go: /m.test(out) || /^# command-line-arguments/m.test(out))
    return { package: null, test: null, kind: 'build', build: true }
  return { package: null, test: null, kind: 'log' }
}

/** What a source with no go test output holds, by its first line. */
function describeText(first: string): string {
  const l = first.replace(/^\uFEFF/, '').trimStart()
  if (/^\[?\s*\{?\s*"SuitePath"/.test(l) || l === '[')
    return "JSON that is not go test -json output (a ginkgo --json-report? explain reads ginkgo's text output or its --junit-report)"
  if (l.startsWith('{') || l.startsWith('[')) return 'JSON that is not go test -json output'
  if (/^<!doctype html|^<html/i.test(l)) return 'HTML'
  if (l.startsWith('<')) return 'XML that is not JUnit'
  if (/^#{1,6} \S/.test(l)) return 'Markdown or other text'
  return 'text'
}

function jsonLine(
  action: string,
  pkg: string,
  test: string,
  importPath: string,
  output: string,
  elapsed: number | undefined
): LiveLine {
  return { action, package: pkg, test, importPath, output, elapsed }
}

function liveJson(ev: JsonEvent & { Action: string }): LiveLine {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '')
  const elapsed = typeof ev.Elapsed === 'number' ? ev.Elapsed : undefined
  return jsonLine(ev.Action, str(ev.Package), str(ev.Test), str(ev.ImportPath), str(ev.Output), elapsed)
}

function size(bytes: number): string {
  return bytes >= 1 << 20 ? `${+(bytes / 1048576).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`
}

function toFailure(
  f: {
    package: string | null
    test: string | null
    kind: Failure['kind']
    output: string
    elapsed?: number
    build?: boolean
    flaky?: boolean
  },
  layout?: SourceLayout
): Failure {
  const output = f.output.indexOf('\x1b') >= 0 ? f.output.replace(ANSI_RE, '') : f.output
  const pkg = f.package === PENDING ? null : f.package
  const loc = locateFailure(layout, { ...f, package: pkg, output })
  return {
    package: pkg,
    test: f.test,
    kind: f.kind,
    ...(loc ? { file: loc.file, line: loc.line } : {}),
    excerpt: (f.flaky === true ? FLAKY_NOTE + '\n' : '') + excerptOf(output, f.kind),
    output,
    ...(f.elapsed !== undefined ? { elapsed: f.elapsed } : {}),
    ...(f.flaky === true ? { flaky: true as const } : {})
  }
}

const FLAKY_NOTE = 'flaky: this test failed, then passed when run again in the same log'

const FRAMING_RE = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):|FAIL$|PASS$|FAIL\t|ok {2}\t)/

/** The most telling lines of a failure's output, capped at 12 lines and 1,500 characters. */
export function excerptOf(output: string, kind: Failure['kind']): string {
  const lines = output.split('\n')
  let from = 0
  if (kind === 'panic' || kind === 'timeout') {
    const p = lines.findIndex(l => /^panic: |^\*\*\* Test killed/.test(l))
    if (p >= 0) from = p
  }
  const picked: string[] = []
  for (let i = from; i < lines.length && picked.length < 12; i++) {
    const l = lines[i].replace(/\s+$/, '')
    if (l === '' || FRAMING_RE.test(l)) continue
    picked.push(l.length > 300 ? l.slice(0, 300) + '…' : l)
  }
  let s = picked.join('\n')
  if (s.length > 1500) s = s.slice(0, 1500) + '…'
  return s
}
