import { marked, type Token } from 'marked'

/**
 * Code spans (`<code>` outside `<pre>`) that hold a newline-separated command. Two ways to get one:
 * HTML whose `<code>` text has a newline, and, the usual one, a Markdown code span written across
 * lines: CommonMark turns its line endings into spaces, so the HTML shows `SVC=x sudo mkdir ...` as one
 * command, and pasted it runs as one. The second is invisible in the HTML (no newline left), so the
 * tokens that marked renders as `<code>` are read too.
 */
export function multiLineCodeSpans(markdown: string): string[] {
  const found: string[] = []
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'codespan' && t.raw.includes('\n')) found.push(t.raw)
      const sub = t as { tokens?: Token[]; items?: Token[] }
      if (sub.tokens) walk(sub.tokens)
      if (sub.items) walk(sub.items)
      if (t.type === 'table') {
        const tt = t as unknown as { header: { tokens: Token[] }[]; rows: { tokens: Token[] }[][] }
        for (const c of tt.header) walk(c.tokens)
        for (const r of tt.rows) for (const c of r) walk(c.tokens)
      }
    }
  }
  walk(marked.lexer(markdown, { gfm: true }))
  const html = marked.parse(markdown, { async: false, gfm: true }) as string
  const noPre = html.replace(/<pre[\s\S]*?<\/pre>/g, '')
  for (const m of noPre.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g))
    if (m[1]!.includes('\n')) found.push(m[1]!)
  return found
}
