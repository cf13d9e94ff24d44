/**
 * A capped output buffer for one test or package. It keeps the first half of the cap and the last
 * half (a failure's cause is usually at the start, the panic or final error at the end) and counts
 * what it dropped in between. Parts are either decoded strings (text input) or the still-escaped
 * bytes of a JSON `Output` string (decoded only when the test fails: passing tests never pay for it).
 */

type Part = string | Buffer

function partBytes(p: Part): number {
  return typeof p === 'string' ? p.length : p.length
}

/** Decodes the contents of a JSON string literal (without its quotes); never throws. */
export function decodeJsonString(b: Buffer): string {
  if (b.indexOf(0x5c) < 0) return b.toString('utf8')
  const s = b.toString('utf8')
  try {
    return JSON.parse('"' + s + '"') as string
  } catch {
    return s
  }
}

/**
 * What the whole run keeps, shared by every OutBuf of a parser and by the failures it retains: past
 * `limit` bytes, buffers keep at most `small` bytes each (head and tail) and new failures keep a short
 * excerpt, so memory stays bounded however many tests fail or run at once.
 */
export class Budget {
  /** Bytes held now: live output buffers plus the output of retained failures. */
  used = 0
  /** Failures whose output was cut to an excerpt because the budget was spent. */
  trimmed = 0
  constructor(
    readonly limit: number,
    readonly small: number
  ) {}

  get spent(): boolean {
    return this.used > this.limit
  }
}

const NO_BUDGET = new Budget(Infinity, Infinity)

export class OutBuf {
  private head: Part[] = []
  private headBytes = 0
  private tail: Part[] = []
  private tailStart = 0
  private tailBytes = 0
  /** Bytes dropped between head and tail. */
  dropped = 0
  /** Some of those were dropped because the run's budget was spent (not only this buffer's cap). */
  squeezed = false

  constructor(
    private readonly cap: number,
    private readonly budget: Budget = NO_BUDGET
  ) {}

  /** Gives the bytes back to the budget; the buffer is empty afterwards. */
  release(): void {
    this.budget.used -= this.headBytes + this.tailBytes
    this.head = []
    this.headBytes = 0
    this.tail = []
    this.tailStart = 0
    this.tailBytes = 0
  }

  get empty(): boolean {
    return this.headBytes === 0 && this.tailBytes === 0
  }

  /** Adds escaped JSON string bytes (copied: the chunk they come from is reused). */
  pushRaw(buf: Buffer, start: number, end: number): void {
    const n = end - start
    if (n <= 0) return
    const copy = Buffer.allocUnsafe(n)
    buf.copy(copy, 0, start, end)
    this.add(copy, n)
  }

  push(text: string): void {
    if (text.length > 0) this.add(text, text.length)
  }

  private add(p: Part, n: number): void {
    const budget = this.budget
    const tight = budget.used > budget.limit && budget.small < this.cap
    const half = (tight ? budget.small : this.cap) >> 1
    if (this.tailBytes === 0 && this.headBytes + n <= half) {
      this.head.push(p)
      this.headBytes += n
      budget.used += n
      return
    }
    if (tight) this.squeezed = true
    if (n > half) {
      // One part bigger than the tail: keep its end only.
      const s = typeof p === 'string' ? p : decodeJsonString(p)
      this.dropTail()
      this.dropped += s.length - half
      this.tail = [s.slice(s.length - half)]
      this.tailStart = 0
      this.tailBytes = half
      budget.used += half
      return
    }
    this.tail.push(p)
    this.tailBytes += n
    budget.used += n
    while (this.tailBytes > half && this.tailStart < this.tail.length) {
      const first = this.tail[this.tailStart]
      this.tail[this.tailStart] = ''
      this.tailStart++
      const fb = partBytes(first)
      this.tailBytes -= fb
      this.dropped += fb
      budget.used -= fb
    }
    if (this.tailStart > 64 && this.tailStart * 2 > this.tail.length) {
      this.tail = this.tail.slice(this.tailStart)
      this.tailStart = 0
    }
  }

  private dropTail(): void {
    for (let i = this.tailStart; i < this.tail.length; i++) this.dropped += partBytes(this.tail[i])
    this.budget.used -= this.tailBytes
    this.tail = []
    this.tailStart = 0
    this.tailBytes = 0
  }

  /** The kept text, with a marker where output was dropped. */
  text(): string {
    const dec = (p: Part): string => (typeof p === 'string' ? p : decodeJsonString(p))
    let s = this.head.map(dec).join('')
    if (this.dropped > 0) {
      if (s.length > 0 && !s.endsWith('\n')) s += '\n'
      s += `[... ${this.dropped} bytes of output omitted by go-env-guard ...]\n`
    }
    for (let i = this.tailStart; i < this.tail.length; i++) s += dec(this.tail[i])
    return s
  }
}
