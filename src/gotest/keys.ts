/**
 * Byte templates for the parser's hot path. test2json writes its keys in a fixed order (Time,
 * Action, Package, Test, Elapsed, Output; src/cmd/internal/test2json), so consecutive lines of one
 * test differ only in their Time and Output values. For an output line of test T in package P, the
 * bytes after Time,
 *
 *   ","Action":"output","Package":"P","Test":"T","Output":"
 *
 * are the same on every line. The parser keeps them (the "template") and checks a line with one
 * comparison: a match proves the action, the package and the test at once, so the output lines of a
 * passing test are never decoded nor searched field by field. The package part (up to `"Test":"`) is
 * kept for each frequent action (output, run, pass, pause, cont) and changes only with the package;
 * the test part (`T","Output":"`) changes with the test.
 *
 * Compares read four bytes at a time through Int32Array views, which need both sides at the same
 * alignment modulo 4: every part is stored four times (copy k shifted by k bytes) and a compare
 * picks the copy that shares the line's alignment. Equal 32-bit words are equal bytes whatever the
 * platform's byte order.
 */
// Four shifted copies, word compares: -34% parser CPU on the 500 MB log against one copy compared byte
// by byte (which is slower than no hot path at all); npm run bench, docs/perf.md.

/** Bytes per copy (a multiple of 4); parts longer than SLOT - 4 are not kept (the slow path decides). */
const SLOT = 1280
const MAX_PART = SLOT - 4
/** Four shifted copies make a region. */
const REGION = 4 * SLOT

/** The actions with a template, in region order (the test part is region ACTIONS.length). */
const ACTIONS = ['output', 'run', 'pass', 'pause', 'cont'] as const
export type TemplateAction = (typeof ACTIONS)[number]
export const A_OUTPUT = 0
export const A_RUN = 1
export const A_PASS = 2
export const A_PAUSE = 3
export const A_CONT = 4
const TEST_REGION = ACTIONS.length
/**
 * Where the test part's tail starts in each copy of the test region: the test value is stored right
 * before it (its start moves with its length), so a new test writes only its name.
 */
const TEST_END = MAX_PART - 12

/** `","Action":"<action>","Package":"` for each action: the head of its package part. */
export const HEADS = ACTIONS.map(a => Buffer.from(`","Action":"${a}","Package":"`))
/** What follows the package value when there is a test, and what follows an output line's test value. */
export const TEST_KEY = Buffer.from('","Test":"')
export const OUTPUT_TAIL = Buffer.from('","Output":"')

const EMPTY32 = new Int32Array(0)

/** A 4-byte-word view of a buffer: byte i of the buffer is byte i + off of the view. */
export interface WordView {
  w32: Int32Array
  off: number
}

export function wordView(buf: Buffer): WordView {
  const off = buf.byteOffset & 3
  const words = (buf.length + off) >> 2
  if (words < 8) return { w32: EMPTY32, off: 0 }
  return { w32: new Int32Array(buf.buffer, buf.byteOffset - off, words), off }
}

/**
 * True when b[s, s + n) equals bytes [from, from + n) of a region of `u8` (copy k of the region holds
 * byte x at region * REGION + k * SLOT + k + x). The caller checks that s + n <= b.length.
 */
export function sameBytes(
  b: Buffer,
  v: WordView,
  s: number,
  u8: Uint8Array,
  u32: Int32Array,
  region: number,
  from: number,
  n: number
): boolean {
  const w32 = v.w32
  if (w32.length === 0) {
    const base = region * REGION + from
    for (let i = 0; i < n; i++) if (b[s + i] !== u8[base + i]) return false
    return true
  }
  const pos = s + v.off
  // Pick the copy whose byte `from` shares pos's alignment.
  const k = (pos - from) & 3
  const base = region * REGION + k * SLOT + k + from
  // Up to three bytes before the first whole word and after the last: straight-line code (short
  // loops cost more than the compares).
  const i = (4 - (pos & 3)) & 3
  if (n < 8) {
    for (let j = 0; j < n; j++) if (b[s + j] !== u8[base + j]) return false
    return true
  }
  if (i > 0) {
    if (b[s] !== u8[base]) return false
    if (i > 1 && b[s + 1] !== u8[base + 1]) return false
    if (i > 2 && b[s + 2] !== u8[base + 2]) return false
  }
  const words = (n - i) >> 2
  const w = (pos + i) >> 2
  const cw = (base + i) >> 2
  let x = 0
  for (; x + 4 <= words; x += 4) {
    if (
      w32[w + x] !== u32[cw + x] ||
      w32[w + x + 1] !== u32[cw + x + 1] ||
      w32[w + x + 2] !== u32[cw + x + 2] ||
      w32[w + x + 3] !== u32[cw + x + 3]
    )
      return false
  }
  for (; x < words; x++) if (w32[w + x] !== u32[cw + x]) return false
  const t = i + (words << 2)
  const r = n - t
  if (r > 0) {
    if (b[s + t] !== u8[base + t]) return false
    if (r > 1 && b[s + t + 1] !== u8[base + t + 1]) return false
    if (r > 2 && b[s + t + 2] !== u8[base + t + 2]) return false
  }
  return true
}

/**
 * Writes src[s, s + n) at offset d of each of a region's four copies (copy k starts k * (SLOT + 1)
 * bytes later). One loop writing the four copies: short nested loops cost more than the stores.
 */
function put4(u8: Uint8Array, d: number, src: Uint8Array, s: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const c = src[s + i]
    u8[d + i] = c
    u8[d + SLOT + 1 + i] = c
    u8[d + 2 * SLOT + 2 + i] = c
    u8[d + 3 * SLOT + 3 + i] = c
  }
}

export class Template {
  readonly u8 = new Uint8Array((ACTIONS.length + 1) * REGION)
  readonly u32 = new Int32Array(this.u8.buffer)
  /** Bytes of the package value; -1 when no package is kept. */
  pkgLen = -1
  pkg = ''
  /** Bytes of each action's package part (head, package value, `","Test":"`). */
  readonly partLen = new Int32Array(ACTIONS.length)
  /** Bytes of the test value; -1 when no test is kept. */
  testLen = -1
  /** Changes whenever the test part does: names the test's bytes for the engine (Engine.runRaw). */
  gen = 0
  private test: string | null = null
  private readonly buf = Buffer.from(this.u8.buffer)

  constructor() {
    for (let k = 0; k < 4; k++) {
      for (let a = 0; a < ACTIONS.length; a++) this.u8.set(HEADS[a], a * REGION + k * SLOT + k)
      this.u8.set(OUTPUT_TAIL, TEST_REGION * REGION + k * SLOT + k + TEST_END)
    }
  }

  /** Keeps the package value b[ps, ps + pl) (no backslash in it); forgets the test. */
  setPackage(b: Buffer, ps: number, pl: number, pkg: string): void {
    this.testLen = -1
    this.gen++
    if (HEADS[A_OUTPUT].length + pl + TEST_KEY.length > MAX_PART) {
      this.pkgLen = -1
      return
    }
    for (let a = 0; a < ACTIONS.length; a++) {
      const hl = HEADS[a].length
      const d = a * REGION + hl
      put4(this.u8, d, b, ps, pl)
      put4(this.u8, d + pl, TEST_KEY, 0, TEST_KEY.length)
      this.partLen[a] = hl + pl + TEST_KEY.length
    }
    this.pkgLen = pl
    this.pkg = pkg
  }

  /** Keeps the test value b[ts, ts + tl) (no backslash in it); its name is decoded when first asked for. */
  setTest(b: Buffer, ts: number, tl: number, test: string | null): void {
    this.gen++
    if (this.pkgLen < 0 || tl > TEST_END) {
      this.testLen = -1
      return
    }
    put4(this.u8, TEST_REGION * REGION + TEST_END - tl, b, ts, tl)
    this.testLen = tl
    this.test = test
  }

  /** The kept test's name (decoded from the template on first use). */
  testName(): string {
    if (this.test === null) {
      const d = TEST_REGION * REGION + TEST_END
      this.test = this.buf.toString('utf8', d - this.testLen, d)
    }
    return this.test
  }

  /** b[s..] starts with action a's package part. */
  packagePart(b: Buffer, v: WordView, s: number, a: number): boolean {
    return sameBytes(b, v, s, this.u8, this.u32, a, 0, this.partLen[a])
  }

  /** b[s..] starts with the package value and its closing quote. */
  packageValue(b: Buffer, v: WordView, s: number): boolean {
    return sameBytes(b, v, s, this.u8, this.u32, A_OUTPUT, HEADS[A_OUTPUT].length, this.pkgLen + 1)
  }

  /** b[s..] starts with the first n bytes of the test part (`T","Output":"`). */
  testPart(b: Buffer, v: WordView, s: number, n: number): boolean {
    return sameBytes(b, v, s, this.u8, this.u32, TEST_REGION, TEST_END - this.testLen, n)
  }
}
