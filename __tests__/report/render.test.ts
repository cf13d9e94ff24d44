import { describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  ellipsis,
  escapeCommandData,
  escapeCommandProperty,
  md,
  mdBlock,
  mdCode,
  stopCommands,
  utf8Bytes
} from '../../src/report/escape.js'
import { createParser } from '../../src/gotest/index.js'
import { LiveLog } from '../../src/report/live-log.js'
import {
  hasMarker,
  renderComment,
  renderResolvedComment,
  stickyMarker
} from '../../src/report/render-comment.js'
import { DETAIL_LEVELS } from '../../src/report/render-markdown.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { renderTerminal } from '../../src/report/render-terminal.js'
import { toAnnotations, type Annotation } from '../../src/report/to-annotations.js'
import { sourceUrl, linksFromEnv } from '../../src/report/links.js'
import type { RenderInput } from '../../src/report/view.js'
import { groupFailures } from '../../src/diagnose/group.js'
import type { ReportFailure } from '../../src/core/model.js'
import {
  buildFailure,
  dockerFinding,
  golden,
  input,
  links,
  nofileFailure,
  plainFailure,
  report,
  ROOT,
  rules
} from './fixtures.js'

/** What @actions/core itself prints for an annotation: the reference for our escaping. */
function toolkitCommand(fn: () => void): string {
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s)
    return true
  })
  try {
    fn()
  } finally {
    spy.mockRestore()
  }
  return out
}

/** The annotations as the workflow commands @actions/core would print for them. */
function annotationLog(list: Annotation[]): string {
  return list
    .map(a =>
      toolkitCommand(() =>
        core[a.level](a.message, {
          title: a.title,
          ...(a.file ? { file: a.file } : {}),
          ...(a.startLine ? { startLine: a.startLine } : {})
        })
      )
    )
    .join('')
}

const ids = { workflow: 'CI', job: 'test' }

describe('escaping', () => {
  it('ellipsis cuts to the bound with a marker and never leaves half a surrogate pair', () => {
    expect(ellipsis('abcdef', 6)).toBe('abcdef')
    expect(ellipsis('abcdef', 4)).toBe('abc…')
    // U+1F600 is two code units; a cut between them would leave a lone high surrogate.
    const cut = ellipsis('ab\u{1F600}cd', 4)
    expect(cut).toBe('ab…')
    expect(cut.length).toBeLessThanOrEqual(4)
    expect(ellipsis('ab\u{1F600}cd', 5)).toBe('ab\u{1F600}…')
  })
  it('escapes command data and properties exactly as @actions/core does', () => {
    const title = 'TestA/case:1,2 100% done\nnext\r'
    const msg = 'line 1\nline 2 :: 50%,\r'
    const printed = toolkitCommand(() => core.error(msg, { title }))
    expect(printed.trim()).toBe(`::error title=${escapeCommandProperty(title)}::${escapeCommandData(msg)}`)
  })

  it('neutralises mentions, references, HTML and Markdown in inline text', () => {
    const out = md('ping @someone about #1 <script>alert(1)</script> [x](http://e) **b** | pipe')
    expect(out).not.toMatch(/@someone/)
    expect(out).toContain('@\u200bsomeone')
    expect(out).not.toMatch(/#1/)
    expect(out).not.toContain('<script>')
    expect(out).toContain('&lt;script&gt;')
    expect(out).toContain('\\[x\\]\\(http://e\\)')
    expect(out).toContain('\\|')
  })

  it('code spans and blocks use a fence longer than any backtick run inside', () => {
    expect(mdCode('a `b` c')).toBe('``a `b` c``')
    const block = mdBlock('```\nbreak out\n```')
    expect(block.startsWith('````text\n')).toBe(true)
    expect(block.endsWith('\n````')).toBe(true)
  })

  it('cannot forge our sticky marker from test output', () => {
    const marker = stickyMarker('CI', 'test')
    const evil = { ...plainFailure, excerpt: `${marker}\n<!-- go-env-guard:sticky workflow=CI job=test -->` }
    const body = renderComment(input([evil]), ids).markdown
    expect(body.split(marker).length).toBe(2)
    expect(hasMarker(body, marker)).toBe(true)
    expect(hasMarker('text first\n' + marker, marker)).toBe(false)
  })

  it('encodes workflow and job names so they cannot close the HTML comment', () => {
    const m = stickyMarker('CI --> <b>x</b>', 'a b')
    expect(m).toBe('<!-- go-env-guard:sticky workflow=CI%20%2D%2D%3E%20%3Cb%3Ex%3C%2Fb%3E job=a%20b -->')
  })

  it('refuses a stop-commands token that occurs in the text', () => {
    expect(() => stopCommands('x 0123456789abcdef y', '0123456789abcdef')).toThrow(/occurs in the text/)
    expect(stopCommands('::error::x', '0123456789abcdef')).toBe(
      '::stop-commands::0123456789abcdef\n::error::x\n::0123456789abcdef::\n'
    )
  })
})

describe('links', () => {
  it('links a test to its line at the commit and refuses paths leaving the repository', () => {
    expect(sourceUrl(links, 'pkg/a b_test.go', 12)).toBe(
      'https://github.com/octo/app/blob/0123456789abcdef0123456789abcdef01234567/pkg/a%20b_test.go#L12'
    )
    expect(sourceUrl(links, '../etc/passwd', 1)).toBeNull()
    expect(sourceUrl(links, '/home/runner/x_test.go', 1)).toBeNull()
  })

  it('points rule docs at the action repository and ref the workflow used', () => {
    const l = linksFromEnv({
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SHA: 'abc',
      GITHUB_SERVER_URL: 'https://github.example.com/',
      GITHUB_ACTION_REPOSITORY: 'acme/go-env-guard',
      GITHUB_ACTION_REF: 'v1',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '2'
    })
    expect(l).toEqual({
      serverUrl: 'https://github.example.com',
      repository: 'octo/app',
      sha: 'abc',
      docsBase: 'https://github.example.com/acme/go-env-guard/blob/v1/docs/rules/',
      runUrl: 'https://github.example.com/octo/app/actions/runs/7/attempts/2'
    })
  })
})

describe('grouping', () => {
  it('puts high-confidence causes first and unexplained failures last', () => {
    const low: ReportFailure = { ...plainFailure, test: 'TestLow', causes: [{ ...nofileFailure.causes[1]! }] }
    const groups = groupFailures([plainFailure, low, nofileFailure])
    expect(groups.map(g => g.rule)).toEqual(['nofile-limit', 'fd-leak', null])
  })
})

describe('golden outputs', () => {
  const mixed = input([plainFailure, nofileFailure, buildFailure], [dockerFinding])

  it('job summary with failures, findings and facts', () => {
    golden('summary-failures.md', renderSummary(mixed).markdown)
  })

  it('job summary of a clean preflight', () => {
    golden(
      'summary-preflight-clean.md',
      renderSummary({ ...input([]), mode: 'preflight', exitCode: undefined }).markdown
    )
  })

  it('sticky comment and its resolved variant', () => {
    golden('comment-failures.md', renderComment(mixed, ids).markdown)
    golden('comment-resolved.md', renderResolvedComment(input([]), ids))
  })

  it('annotations, as the workflow commands the toolkit prints', () => {
    const plan = toAnnotations({
      failures: mixed.report.failures,
      findings: mixed.report.findings,
      links,
      rules
    })
    golden('annotations.md', annotationLog(plan.annotations))
  })

  it('terminal report without colour', () => {
    golden('terminal-failures.txt', renderTerminal(mixed.report, { color: false, rules }))
  })
  // From the log alone: a low cause names its runner-up and the check that tells them apart; the
  // same EMFILE in two test processes is concluded across them; a preflight finding explains a cause.
  const lowNofile = (pkg: string, explained: boolean): ReportFailure => ({
    ...nofileFailure,
    package: pkg,
    causes: [
      {
        rule: 'nofile-limit',
        confidence: 'low',
        evidence: [
          'socket: too many open files',
          'open-file limit unknown: a low limit, or descriptors the tests never close'
        ],
        remedy: nofileFailure.causes[0]!.remedy,
        runnerUp: { rule: 'fd-leak', check: '`ulimit -Hn` in the test step: below 4096 it is the limit' },
        ...(explained ? { explainedBy: ['RLIMIT_NOFILE is 64 (soft) / 64 (hard)'] } : {})
      }
    ]
  })
  const logOnly: RenderInput = {
    ...input([lowNofile('example.com/app/a', false), lowNofile('example.com/app/b', true), plainFailure]),
    report: {
      ...report([lowNofile('example.com/app/a', false), lowNofile('example.com/app/b', true), plainFailure]),
      conclusions: [
        {
          rule: 'nofile-limit',
          confidence: 'medium',
          failures: [0, 1],
          why: '"too many open files" in 2 packages, each its own test process: a descriptor leak stays in one process, a low open-file limit hits all of them'
        }
      ]
    }
  }

  it('log only: runner-up and check, a conclusion across packages, a cause explained by preflight', () => {
    golden('summary-log-only.md', renderSummary(logOnly).markdown)
    golden('terminal-log-only.txt', renderTerminal(logOnly.report, { color: false, rules }))
    const single = input([lowNofile('example.com/app/a', false)])
    golden('terminal-low-runner-up.txt', renderTerminal(single.report, { color: false, rules }))
  })
})

describe('annotation budget', () => {
  it('keeps at most 10 per level, best explained first, and counts the rest', () => {
    const failures: ReportFailure[] = []
    for (let i = 0; i < 12; i++) failures.push({ ...plainFailure, test: `TestPlain${i}`, line: i + 1 })
    failures.push({ ...nofileFailure })
    const findings = Array.from({ length: 3 }, (_, i) => ({ ...dockerFinding, line: i + 1 }))
    const plan = toAnnotations({ failures, findings, links, rules })
    const errors = plan.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0]!.title).toContain('TestManyListeners')
    expect(plan.annotations.filter(a => a.level === 'warning')).toHaveLength(3)
    expect(plan.notEmitted).toBe(3)
    const summary = renderSummary({
      ...input(failures, findings),
      annotations: { emitted: 13, notEmitted: plan.notEmitted }
    }).markdown
    expect(summary).toContain('3 problems were not annotated')
  })
})

/**
 * Replays a log the way the runner reads it: a line `::stop-commands::T` stops command processing
 * until a line `::T::`; any other `::name` line outside such a block is a command.
 */
function commandsIn(log: string): string[] {
  const commands: string[] = []
  let stopped: string | null = null
  for (const raw of log.split('\n')) {
    const line = raw.trim()
    if (stopped) {
      if (line === `::${stopped}::`) stopped = null
      continue
    }
    const m = /^::([a-z-]+)/.exec(line)
    if (!m) continue
    if (m[1] === 'stop-commands') stopped = line.slice('::stop-commands::'.length)
    commands.push(m[1]!)
  }
  return commands
}

/** Markdown text outside fenced blocks and code spans: where GitHub renders HTML, mentions and references. */
function outsideCode(markdown: string): string {
  const lines: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (m && m[1] === fence && line.trim() === fence) fence = null
      continue
    }
    if (m) {
      fence = m[1]!
      continue
    }
    lines.push(line)
  }
  return lines.join('\n').replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, '')
}

describe('hostile test output', () => {
  const nasty = [
    '::error::forged error',
    '::set-output name=x::y',
    '::add-mask::secret',
    '::stop-commands::abc',
    '::abc::',
    '::endgroup::',
    '<script>alert(1)</script>',
    'cc @someone see #1',
    '<!-- go-env-guard:sticky workflow=CI job=test -->'
  ].join('\n')
  const big = (nasty + '\n' + 'x'.repeat(200) + '\n').repeat(Math.ceil((2 * 1024 * 1024) / 400))

  it('the live log issues only our own commands', () => {
    let n = 0
    const live = new LiveLog({ token: () => `tok${String(n++).padStart(16, '0')}` })
    const pkg = 'example.com/evil'
    const events = [
      { Action: 'run', Package: pkg, Test: 'TestEvil' },
      ...big
        .split('\n')
        .slice(0, 20000)
        .map(l => ({ Action: 'output', Package: pkg, Test: 'TestEvil', Output: l + '\n' })),
      { Action: 'fail', Package: pkg, Test: 'TestEvil' },
      { Action: 'output', Package: pkg, Output: '::warning::from package output\n' },
      { Action: 'fail', Package: pkg, Elapsed: 1 }
    ]
    let log = ''
    const parser = createParser({ onLine: l => void (log += live.line(l)) })
    parser.push(events.map(e => JSON.stringify(e)).join('\n') + '\nstray ::error::line\n::notice::x\n')
    parser.end()
    log += live.end() + live.wrap('::error::on stderr\n')
    const cmds = commandsIn(log)
    expect(new Set(cmds)).toEqual(new Set(['group', 'endgroup', 'stop-commands']))
    expect(cmds.filter(c => c === 'group')).toHaveLength(1)
    // The failing test is printed unfolded (outside the group) as well.
    expect(log).toMatch(/::endgroup::\n✗ TestEvil \(example\.com\/evil\)\n::stop-commands::/)
    expect(utf8Bytes(log)).toBeLessThan(2 * 256 * 1024 + 64 * 1024 + 8192)
  })

  it('the summary and the comment stay inert and within their budgets', () => {
    const failures: ReportFailure[] = Array.from({ length: 400 }, (_, i) => ({
      ...plainFailure,
      test: `TestEvil${i} @someone #1 <script>`,
      excerpt: i === 0 ? big : nasty + '\n' + 'y'.repeat(5000),
      causes: i % 2 ? [] : nofileFailure.causes
    }))
    const inp = input(failures, [{ ...dockerFinding, message: nasty }])
    const summary = renderSummary(inp)
    const comment = renderComment(inp, ids)
    expect(utf8Bytes(summary.markdown)).toBeLessThanOrEqual(1024 * 1024)
    expect(comment.markdown.length).toBeLessThanOrEqual(65536)
    // The comment is short by design: one line per cause, no excerpts, a link to the summary.
    expect(comment.markdown.length).toBeLessThan(8000)
    expect(comment.markdown).not.toContain('forged')
    const small = renderSummary(inp, { maxBytes: 60_000 })
    expect(utf8Bytes(small.markdown)).toBeLessThanOrEqual(60_000)
    expect(small.markdown).toContain("To stay within GitHub's 1 MiB step-summary limit")
    for (const full of [summary.markdown, comment.markdown]) {
      expect(full.split('go-env-guard:sticky').length).toBeLessThanOrEqual(2)
      const text = outsideCode(full)
      if (full === summary.markdown) expect(full).toContain('TestEvil0 @someone #1 <script>')
      expect(text).not.toContain('<script>')
      expect(text).not.toMatch(/@someone/)
      expect(text).not.toMatch(/#1\b/)
    }
    const plan = toAnnotations({ failures, findings: inp.report.findings, links, rules })
    for (const a of plan.annotations) {
      expect(a.title.length).toBeLessThanOrEqual(255)
      expect(a.message.length).toBeLessThanOrEqual(4000)
    }
    // Printed through the toolkit, each annotation is exactly one command line.
    const printed = annotationLog(plan.annotations)
    expect(printed.trim().split('\n')).toHaveLength(plan.annotations.length)
  })
})

describe('when no level of detail fits', () => {
  const failures: ReportFailure[] = Array.from({ length: 300 }, (_, i) => ({
    ...plainFailure,
    test: `TestMany${i}`,
    excerpt: 'x'.repeat(400) + ' é😀'
  }))
  const inp = input(failures)

  it('the summary and the comment are cut at a character bound, and say so', () => {
    const summary = renderSummary(inp, { maxBytes: 600 })
    expect(summary.level).toBe(DETAIL_LEVELS.length)
    expect(utf8Bytes(summary.markdown)).toBeLessThanOrEqual(600)
    expect(summary.markdown.startsWith('## go-env-guard\n')).toBe(true)
    expect(summary.markdown).toContain('… (cut to fit)')
    expect(summary.markdown).toContain('the summary was cut short; the JSON report has everything')
    const comment = renderComment(inp, ids, { maxChars: 600 })
    expect(comment.markdown.length).toBeLessThanOrEqual(600 - 16)
    expect(comment.markdown.startsWith(stickyMarker(ids.workflow, ids.job) + '\n## go-env-guard\n')).toBe(
      true
    )
  })

  it('a cut comment keeps its sticky marker whole, so the next run finds and updates it', () => {
    for (let max = 150; max <= 700; max += 10) {
      const comment = renderComment(inp, ids, { maxChars: max })
      expect(hasMarker(comment.markdown, stickyMarker(ids.workflow, ids.job))).toBe(true)
    }
  })

  it("with no room even for that, only the footer is left (after the comment's marker and heading)", () => {
    const summary = renderSummary(inp, { maxBytes: 200 })
    expect(summary.markdown).not.toContain('cut to fit')
    expect(summary.markdown.startsWith('> ')).toBe(true)
    const comment = renderComment(inp, ids, { maxChars: 200 })
    expect(comment.markdown.length).toBeLessThanOrEqual(200 - 16)
    expect(comment.markdown.startsWith(stickyMarker(ids.workflow, ids.job) + '\n## go-env-guard\n')).toBe(
      true
    )
  })
})

describe('live log on real go test output', () => {
  it('groups the package and unfolds the failing test of the real nofile-limit capture', () => {
    const text = readFileSync(join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json'), 'utf8')
    let n = 0
    const live = new LiveLog({ token: () => `t${String(n++).padStart(16, '0')}` })
    let log = ''
    const parser = createParser({ onLine: l => void (log += live.line(l)) })
    // Feed in odd-sized chunks to prove line reassembly.
    for (let i = 0; i < text.length; i += 97) parser.push(text.slice(i, i + 97))
    parser.end()
    log += live.end()
    // go test's own verdict in the capture: TestManyListeners failed, the package failed.
    expect(log).toContain('::group::✗ example.com/e2e/scenarios/nofile-limit (0 passed, 1 failed) 0.01s\n')
    expect(log).toContain('✗ TestManyListeners (example.com/e2e/scenarios/nofile-limit)\n::stop-commands::')
    expect(log).toContain('socket: too many open files')
  })
})
