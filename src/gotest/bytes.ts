/** Byte helpers of the parsers' fast paths (text.ts, junit.ts), which read lines before decoding them. */

/** Does b hold pat at i? */
export function startsAt(b: Buffer, i: number, pat: Buffer): boolean {
  if (i < 0 || i + pat.length > b.length) return false
  for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) return false
  return true
}

/**
 * Digits with at most one dot in b[s, e) (at least one digit), as Number() reads them; -1 for anything
 * else, which the caller's slow path then reads.
 */
export function decimalAt(b: Buffer, s: number, e: number): number {
  let v = 0
  let scale = 0
  let digits = 0
  for (let i = s; i < e; i++) {
    const c = b[i]
    if (c >= 0x30 && c <= 0x39) {
      v = v * 10 + (c - 0x30)
      digits++
      if (scale > 0) scale *= 10
    } else if (c === 0x2e && scale === 0) scale = 1
    else return -1
  }
  if (digits === 0) return -1
  // Up to 15 digits a double holds exactly, and the division is then rounded once; longer ones as
  // Number() reads them.
  if (digits > 15) return Number(b.toString('latin1', s, e))
  return scale > 1 ? v / scale : v
}
