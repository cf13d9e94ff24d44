/**
 * A small glob matcher for the `dockerfiles` input: `**` (any number of path segments), `*` (any
 * run of characters but `/`), `?` (one character but `/`), `{a,b}` (alternatives, nestable) and
 * `[abc]`/`[!a-z]` classes. Paths use `/` and are relative to the workspace root. Patterns are
 * compiled once to a RegExp; matching is a single `test`, so 50,000 paths cost a few milliseconds.
 */

const SPECIAL = /[.+^$()|\\/]/

function escapeChar(c: string): string {
  return SPECIAL.test(c) ? '\\' + c : c
}

/** Splits `a,b{c,d},e` at top-level commas. */
function splitAlternatives(body: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const c of body) {
    if (c === '{') depth++
    if (c === '}') depth--
    if (c === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

function findClosingBrace(p: string, open: number): number {
  let depth = 0
  for (let i = open; i < p.length; i++) {
    if (p[i] === '\\') {
      i++
      continue
    }
    if (p[i] === '{') depth++
    else if (p[i] === '}' && --depth === 0) return i
  }
  return -1
}

function translate(p: string): string {
  let re = ''
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '\\' && i + 1 < p.length) {
      re += p[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      continue
    }
    if (c === '*') {
      if (p[i + 1] === '*') {
        // `**` as a whole segment: zero or more directories.
        const atStart = i === 0 || p[i - 1] === '/'
        let j = i
        while (p[j] === '*') j++
        const atEnd = j === p.length || p[j] === '/'
        if (atStart && atEnd) {
          if (j === p.length) re += '.*'
          else {
            re += '(?:[^/]*(?:/[^/]*)*/)?'
            j++ // consume the '/'
          }
          i = j - 1
          continue
        }
        // `a**b` inside a segment behaves like `*`.
        re += '[^/]*'
        i = j - 1
        continue
      }
      re += '[^/]*'
      continue
    }
    if (c === '?') {
      re += '[^/]'
      continue
    }
    if (c === '[') {
      const close = p.indexOf(']', i + 2)
      if (close > 0) {
        let body = p.slice(i + 1, close)
        const negate = body[0] === '!' || body[0] === '^'
        if (negate) body = body.slice(1)
        body = body.replace(/[\\\]^]/g, m => '\\' + m)
        re += negate ? `[^/${body}]` : `[${body}]`
        i = close
        continue
      }
      re += '\\['
      continue
    }
    if (c === '{') {
      const close = findClosingBrace(p, i)
      if (close > 0) {
        re +=
          '(?:' +
          splitAlternatives(p.slice(i + 1, close))
            .map(translate)
            .join('|') +
          ')'
        i = close
        continue
      }
      re += '\\{'
      continue
    }
    if (c === '}') {
      re += '\\}'
      continue
    }
    re += escapeChar(c)
  }
  return re
}

/** Normalises a pattern: trims, drops `./` and leading `/`, collapses `//`. */
export function normalizePattern(pattern: string): string {
  let p = pattern.trim()
  while (p.startsWith('./')) p = p.slice(2)
  p = p.replace(/^\/+/, '').replace(/\/{2,}/g, '/')
  return p
}

export function compileGlob(pattern: string): RegExp {
  return new RegExp('^' + translate(normalizePattern(pattern)) + '$')
}

export function matchGlob(pattern: string, path: string): boolean {
  return compileGlob(pattern).test(path)
}

/** Parses the `dockerfiles` input: one glob per line, blank lines and `#` comments ignored. */
export function parseGlobList(input: string | readonly string[]): string[] {
  const lines = typeof input === 'string' ? input.split(/\r?\n/) : input
  return lines.map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#'))
}

/**
 * Several patterns matched as one. A pattern `**` `/NAME` whose NAME has no `/` matches exactly the
 * paths whose last segment matches NAME, so those are joined into one RegExp tried on the basename
 * only; the rest are joined into one RegExp on the whole path. Two `test` calls per path instead of
 * one per pattern: eight of the ten default globs are of the first kind.
 */
export class GlobSet {
  private readonly base: RegExp | null
  private readonly full: RegExp | null
  constructor(readonly patterns: readonly string[]) {
    const base: string[] = []
    const full: string[] = []
    for (const raw of patterns) {
      const p = normalizePattern(raw)
      const name = p.startsWith('**/') ? p.slice(3) : null
      if (name !== null && name !== '' && !name.includes('/') && !name.includes('**'))
        base.push(translate(name))
      else full.push(translate(p))
    }
    const join = (res: string[]): RegExp | null => (res.length ? new RegExp(`^(?:${res.join('|')})$`) : null)
    this.base = join(base)
    this.full = join(full)
  }
  matches(path: string): boolean {
    if (this.base?.test(path.slice(path.lastIndexOf('/') + 1))) return true
    return this.full?.test(path) ?? false
  }
}
