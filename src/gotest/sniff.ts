/**
 * Is the start of an input text at all? A go test log can hold a stray NUL or a few bytes of binary
 * that a test printed, and those must not hide its failures; a gzip, a zip or random bytes must not
 * pass for an empty log. So an input is judged by its first bytes as a whole: a known compressed or
 * archive signature, a UTF-16 byte-order mark, or more than a tenth of the sample neither printable
 * nor valid UTF-8.
 */

/** Bytes of an input's head judged together (a stream may deliver them a few at a time). */
export const SAMPLE = 8192
/** Share of the sample that may be control bytes or invalid UTF-8 in a text log. */
const MAX_ODD = 0.1

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data (gunzip it first)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (unzip it first)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data (unzstd it first)' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed data (unxz it first)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-zip archive' },
  { bytes: [0xff, 0xfe], what: 'UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)' },
  { bytes: [0xfe, 0xff], what: 'UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)' }
]

/** Bytes of the head that are control characters (tab, newlines, form feed, ESC allowed) or bad UTF-8. */
function oddBytes(b: Uint8Array, n: number): number {
  let odd = 0
  let i = 0
  while (i < n) {
    const c = b[i]!
    if (c < 0x80) {
      if (
        (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
        c === 0x7f
      )
        odd++
      i++
      continue
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
    if (len === 0) {
      odd++
      i++
      continue
    }
    if (i + len > n) break // cut by the sample's end, not invalid
    let ok = true
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false
    if (ok) i += len
    else {
      odd++
      i++
    }
  }
  return odd
}

/** Why the head shows the input is not text, or null when it may be a log. */
export function notText(head: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (head.length >= s.bytes.length && s.bytes.every((x, i) => head[i] === x)) return s.what
  }
  const n = Math.min(head.length, SAMPLE)
  if (n === 0) return null
  const odd = oddBytes(head, n)
  if (odd / n > MAX_ODD)
    return `binary data (${Math.round((100 * odd) / n)}% of the first ${n} bytes are control bytes or invalid UTF-8)`
  return null
}
