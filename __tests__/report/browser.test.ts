/**
 * Must-show of issue 19: the job summary and the PR comment of a failing run, rendered with a GFM
 * renderer (marked) and GitHub's stylesheet (github-markdown-css) in headless Chromium. The rendered
 * HTML must hold no `<code>` outside `<pre>` whose text has a newline: such a code span shows a
 * multi-line command as one line, and pasted it runs as one. Checked on the checked-in pictures'
 * sources (docs/img/*.md, from a real run: scripts/screenshots.mjs) and on a fresh render of the same
 * kind of report. The browser part skips, saying why, when chromium is absent.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { marked } from 'marked'
// @ts-expect-error: plain ESM script without types
import { chromiumPath, page, screenshot } from '../../scripts/screenshots.mjs'
import { renderComment } from '../../src/report/render-comment.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { dropInSnippet } from '../../src/remediate/plan.js'
import { viewFromPlan } from '../../src/remediate/view.js'
import { dockerFinding, input, nofileFailure, plainFailure } from './fixtures.js'
import { multiLineCodeSpans } from './html.js'

const ROOT = process.cwd()
const html = (md: string): string => marked.parse(md, { async: false, gfm: true }) as string

const fresh = (): { summary: string; comment: string } => {
  const tune = viewFromPlan({
    steps: [
      {
        kind: 'snippet',
        key: 'runner-service-nofile',
        from: 'soft 256, hard 256',
        to: null,
        command: dropInSnippet('LimitNOFILE=65536'),
        reason: 'nofile-limit (preflight error): RLIMIT_NOFILE 256',
        rule: 'nofile-limit',
        scope: 'runner-service',
        auto: false,
        manual: 'a change to the runner service'
      }
    ],
    notes: [],
    where: 'self-hosted'
  })
  const inp = input([nofileFailure, plainFailure], [dockerFinding], { tune })
  return {
    summary: renderSummary(inp).markdown,
    comment: renderComment(inp, { workflow: 'CI', job: 'test' }).markdown
  }
}

describe('rendered like GitHub renders them', () => {
  it('the checked-in pictures come from a real failing run (docs/img, scripts/screenshots.mjs)', () => {
    for (const f of ['summary.md', 'comment.md', 'summary.png', 'comment.png', 'annotation.png'])
      expect(existsSync(join(ROOT, 'docs/img', f))).toBe(true)
    const summary = readFileSync(join(ROOT, 'docs/img/summary.md'), 'utf8')
    expect(summary).toContain('TestManyListeners')
    expect(summary).toMatch(/too many open files/)
  })

  it.each(['summary.md', 'comment.md'])('docs/img/%s: no multi-line command in a code span', name => {
    const src = readFileSync(join(ROOT, 'docs/img', name), 'utf8')
    expect(multiLineCodeSpans(src)).toEqual([])
  })

  it("docs/img/summary.md: the run's runner-service drop-in is a block, one command per line", () => {
    // The pictured run is a self-hosted runner under an open-file limit of 256: its plan holds this
    // multi-line drop-in. Flattened into a code span (as main did), no line of it stands alone in a <pre>.
    const out = html(readFileSync(join(ROOT, 'docs/img/summary.md'), 'utf8'))
    const pre = [...out.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map(m =>
      m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/&gt;/g, '>')
    )
    for (const line of dropInSnippet('LimitNOFILE=65536').split('\n'))
      expect(pre.some(b => b.split('\n').some(l => l.replace(/<[^>]+>/g, '') === line))).toBe(true)
  })

  it('a fresh summary and comment with a multi-line plan step: fenced, never a code span', () => {
    const { summary, comment } = fresh()
    for (const md of [summary, comment]) expect(multiLineCodeSpans(md)).toEqual([])
    expect(html(summary)).toContain('<pre><code class="language-sh">SVC=')
  })

  it('the check catches a code span that holds a newline-separated command', () => {
    // The old rendering of the same step: one code span across lines.
    expect(multiLineCodeSpans('- drop-in: `SVC=x\nsudo mkdir -p "/etc/systemd/system/$SVC.d"`')).toHaveLength(
      1
    )
    expect(multiLineCodeSpans('<code>a\nb</code>')).toHaveLength(1)
    expect(multiLineCodeSpans('```sh\na\nb\n```\n\n`one line`')).toEqual([])
  })

  const chromium = chromiumPath() as string | null
  const browser = chromium ? it : it.skip
  if (!chromium) console.log('browser test skipped: no chromium on PATH (apt-get install chromium)')
  browser(
    'headless Chromium renders both with the GitHub stylesheet',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'geg-browser-'))
      const { summary, comment } = fresh()
      for (const [name, md] of [
        ['summary', summary],
        ['comment', comment]
      ] as const) {
        const file = join(dir, `${name}.html`)
        const doc = page(md, name) as string
        expect(doc).toContain('.markdown-body')
        writeFileSync(file, doc)
        expect(screenshot(file, join(dir, `${name}.png`), '1000,1200')).toBe(true)
        // A PNG, and not an empty page: a blank 1000x1200 picture compresses to a few KB.
        const png = readFileSync(join(dir, `${name}.png`))
        expect(png.subarray(1, 4).toString()).toBe('PNG')
        expect(statSync(join(dir, `${name}.png`)).size).toBeGreaterThan(15_000)
      }
    },
    180_000
  )
})
