/**
 * Signature matching over failure output: the matched lines become evidence (clipped).
 */
/** Evidence lines per cause; one line is clipped to this many characters. */
export const MAX_EVIDENCE_LINES = 4
const MAX_LINE_CHARS = 240

export const clip = (s: string, max = MAX_LINE_CHARS): string =>
  s.length <= max ? s : `${s.slice(0, max - 1)}…`

/** Splits output into lines (LF or CRLF). The engine does this once per failure (RuleContext.lines). */
export const splitLines = (output: string): string[] => output.split(/\r?\n/)

const asList = (re: RegExp | readonly RegExp[]): readonly RegExp[] =>
  Array.isArray(re) ? re : [re as RegExp]

/**
 * The lines as one text, joined once per array: rules call matchLines several times per failure, and
 * failures are diagnosed one at a time, so the last array is the one asked for again. One slot, not a
 * WeakMap: see docs/perf.md ("Joined lines").
 */
let lastLines: readonly string[] | null = null
let lastText = ''
const joined = (lines: readonly string[]): string => {
  if (lines !== lastLines) {
    lastText = lines.join('\n')
    lastLines = lines
  }
  return lastText
}

const GLOBAL = new WeakMap<RegExp, RegExp>()
/** `re` with the g and m flags added (cached): finds candidate lines in one pass over the text. */
const globalOf = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re)
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace(/[gym]/g, '')}gm`)
    GLOBAL.set(re, g)
  }
  return g
}

/**
 * Where the global regex `g` matches in `text`, line by line: for each line a match starts on, the
 * match and that line's bounds (`text.slice(start, end)`, without its newline); the search then goes
 * on from the next line, so each line comes at most once.
 */
export function* linesMatching(
  text: string,
  g: RegExp
): Generator<{ match: RegExpExecArray; start: number; end: number }> {
  g.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = g.exec(text)) !== null) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1
    let end = text.indexOf('\n', m.index)
    if (end < 0) end = text.length
    yield { match: m, start, end }
    if (end >= text.length) return
    g.lastIndex = end + 1
  }
}

/**
 * The lines matching any of the regexes, trimmed, clipped, deduplicated, at most `max`, in output order.
 * Regexes must not carry the `g` or `y` flag (they are stateful); matching is per line, so `^`/`$`
 * anchor to a line. Each regex scans the text once (a global multiline search) and every candidate line
 * is confirmed with the regex itself, so a 400-line goroutine dump costs one pass per regex, not one
 * test per line.
 */
export function matchLines(
  lines: readonly string[],
  re: RegExp | readonly RegExp[],
  max = MAX_EVIDENCE_LINES
): string[] {
  const res = asList(re)
  const text = joined(lines)
  const hits = new Set<number>()
  for (const r of res)
    for (const { start, end } of linesMatching(text, globalOf(r)))
      if (r.test(text.slice(start, end))) hits.add(start)
  const out: string[] = []
  const seen = new Set<string>()
  for (const start of [...hits].sort((a, b) => a - b)) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = clip(text.slice(start, end).replace(/\r$/, '').trim())
    if (seen.has(line)) continue
    seen.add(line)
    out.push(line)
    if (out.length >= max) break
  }
  return out
}
