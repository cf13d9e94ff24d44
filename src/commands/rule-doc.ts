/**
 * A rule's Markdown page (docs/rules/ID.md) as terminal text: headings in bold capitals, code fences
 * indented without their fences, code spans and links as plain text, paragraphs wrapped to the
 * terminal, and the project's internal references (its test scenarios, fixtures, the failure
 * catalog's section numbers) left out: they mean nothing to someone reading about their own failure.
 */
import { wrapLine } from '../report/render-terminal.js'

const INTERNAL =
  /e2e\/scenarios|__tests__|fixtures\/|failure catalog|accuracy corpus|this project's test machine/i
/** A parenthetical, one level of nesting allowed. */
const PAREN = /\s*\((?:[^()]|\([^()]*\))*\)/g

export function stripInternal(text: string): string {
  let t = text
    .replace(PAREN, m => (INTERNAL.test(m) ? '' : m))
    .replace(/^\s*[.,;:]\s*/, '')
    .replace(/\s+([.,;:])(?=\s|$)/g, '$1')
  if (!INTERNAL.test(t)) return t
  // Still there: drop the sentences that carry it.
  t = t
    .split(/(?<=[.;:])\s+(?=[A-Z(`])/)
    .filter(s => !INTERNAL.test(s))
    .join(' ')
  return INTERNAL.test(t) ? '' : t
}

const inline = (s: string, bold: (t: string) => string): string =>
  s
    .replace(/\*\*([^*]+)\*\*/g, (_, x: string) => bold(x))
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')

export function renderRuleDoc(markdown: string, opts: { color: boolean; width: number | null }): string {
  const bold = (t: string): string => (opts.color ? `\x1b[1m${t}\x1b[0m` : t)
  const out: string[] = []
  const lines = markdown.replace(/\r\n/g, '\n').split('\n')
  let para: { indent: string; text: string } | null = null
  const flush = (): void => {
    if (!para) return
    const t = stripInternal(para.text).trim()
    if (t) out.push(para.indent + inline(t, bold))
    para = null
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = /^(\s*)(`{3,}|~{3,})/.exec(line)
    if (fence) {
      flush()
      const close = fence[2]!
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(close); i++)
        out.push('    ' + lines[i]!.replace(/^\s{0,4}/, ''))
      out.push('')
      continue
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line)
    if (h) {
      flush()
      if (out.length && out[out.length - 1] !== '') out.push('')
      out.push(bold(h[1]!.length === 1 ? h[2]! : h[2]!.toUpperCase()))
      continue
    }
    if (line.trim() === '') {
      flush()
      if (out.length && out[out.length - 1] !== '') out.push('')
      continue
    }
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line)
    if (item) {
      flush()
      para = { indent: `${item[1]!}${item[2] === '*' ? '-' : item[2]!} `, text: item[3]! }
      continue
    }
    if (para) para.text += ' ' + line.trim()
    else para = { indent: /^\s*/.exec(line)![0], text: line.trim() }
  }
  flush()
  while (out.length && out[out.length - 1] === '') out.pop()
  const width = opts.width
  const text = width ? out.flatMap(l => (l.startsWith('    ') ? [l] : wrapLineList(l, width))) : out
  return text.join('\n') + '\n'
}

function wrapLineList(line: string, width: number): string[] {
  // List items hang under their text, not under the marker.
  const m = /^(\s*)(- |\d+\. )/.exec(line)
  if (!m) return wrapLine(line, width, /^ */.exec(line)![0].length)
  const hang = ' '.repeat(m[0].length)
  const wrapped = wrapLine(line.slice(m[0].length), width - m[0].length, 0)
  return wrapped.map((l, i) => (i === 0 ? m[0] : hang) + l)
}
