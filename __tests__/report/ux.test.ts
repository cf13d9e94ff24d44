/**
 * Issue 19, the report half: what each surface says must be true. Each test here failed on main
 * before the fix (see /work/wt/ux.progress.md for the runs).
 */
import { describe, expect, it } from '@jest/globals'
import { marked } from 'marked'
import { preflight } from '../../src/diagnose/preflight-findings.js'
import { factRows } from '../../src/report/facts-table.js'
import { renderComment, renderResolvedComment, stickyMarker } from '../../src/report/render-comment.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { renderTerminal } from '../../src/report/render-terminal.js'
import { toAnnotations } from '../../src/report/to-annotations.js'
import { planTune, dropInSnippet } from '../../src/remediate/plan.js'
import { viewFromPlan } from '../../src/remediate/view.js'
import type { Facts } from '../../src/facts/types.js'
import type { Finding, ReportFailure } from '../../src/core/model.js'
import {
  buildFailure,
  dockerFinding,
  facts,
  input,
  links,
  nofileFailure,
  plainFailure,
  rules
} from './fixtures.js'

import { multiLineCodeSpans } from './html.js'

const ids = { workflow: 'CI', job: 'test' }

describe('point 9: a facts-table row is flagged only by a finding about that row', () => {
  // The real facts of a GitHub-hosted runner fixture: pids.max 64 and 128 inotify instances are low;
  // RLIMIT_NPROC 96365, threads-max 192730, pid_max 32768 and 192536 watches are not.
  const findings = preflight(facts)
  const rows = factRows(facts, findings)
  const flaggedBy = (what: string): string => rows.find(r => r.what === what)?.status ?? 'missing'

  it('the fixture has the findings this test is about', () => {
    expect(findings.map(f => f.rule)).toEqual(expect.arrayContaining(['pids-limit', 'inotify-limit']))
  })

  it.each(rows.map(r => [r.what, r] as const))('row %s', (_what, row) => {
    if (row.status !== 'flagged') return
    // A flagged row's value (a number in it) or name is what one of its findings talks about.
    const texts = findings
      .filter(f => row.detail.split(', ').includes(f.rule))
      .map(f => [f.message, ...f.evidence].join(' '))
    const numbers = row.value.match(/\d+/g) ?? []
    const key = row.what.replace(/^(kernel|fs\.inotify)\./, '').replace(/^cgroup /, '')
    expect(texts.some(t => t.includes(key) || numbers.some(n => t.includes(n)))).toBe(true)
  })

  it('healthy values next to a low one are not flagged (the issue: NPROC, threads-max, pid_max, watches)', () => {
    expect(flaggedBy('cgroup pids')).toBe('flagged')
    expect(flaggedBy('fs.inotify.max_user_instances')).toBe('flagged')
    expect(flaggedBy('RLIMIT_NPROC')).not.toBe('flagged')
    expect(flaggedBy('kernel.threads-max')).not.toBe('flagged')
    expect(flaggedBy('kernel.pid_max')).not.toBe('flagged')
    expect(flaggedBy('fs.inotify.max_user_watches')).not.toBe('flagged')
  })
})

describe('point 3: the resolved comment tells the truth', () => {
  const warning: Finding = { ...dockerFinding, severity: 'warning' }
  it('says which findings are still open', () => {
    const body = renderResolvedComment(
      input([], [warning, { ...warning, severity: 'error', rule: 'pids-limit' }]),
      ids
    )
    expect(body).not.toMatch(/no environmental findings/)
    expect(body).toMatch(/2 preflight findings at warning or above \(1 error, 1 warning\) are still open/)
  })
  it('says "no problems" only when there are none', () => {
    expect(renderResolvedComment(input([]), ids)).toMatch(/no environmental problems/)
  })
})

describe('point 5: multi-line commands are fenced blocks; plans fit the runner kind', () => {
  const step = {
    kind: 'snippet' as const,
    key: 'runner-service-tasksmax',
    from: '120',
    to: null,
    command: dropInSnippet('TasksMax=480'),
    reason: 'pids-limit (preflight error): pids.max = 120',
    rule: 'pids-limit',
    scope: 'runner-service' as const,
    auto: false,
    manual: 'a change to the runner service'
  }
  const view = viewFromPlan({ steps: [step], notes: [], where: 'self-hosted' })

  it('the drop-in is a fenced block in the rendered summary, never a code span', () => {
    const md = renderSummary(input([nofileFailure], [], { tune: view })).markdown
    const html = marked.parse(md, { async: false, gfm: true }) as string
    expect(multiLineCodeSpans(md)).toEqual([])
    expect(html).toMatch(/<pre><code class="language-sh">SVC=/)
  })

  it('a GitHub-hosted runner gets no runner-service step', () => {
    const hosted = JSON.parse(JSON.stringify(facts)) as Facts
    const plan = planTune({ facts: hosted, findings: preflight(hosted), causes: [], rules: [], env: {} })
    expect(plan.where).toBe('github-hosted')
    expect(plan.steps.filter(s => s.scope === 'runner-service')).toEqual([])
    expect(plan.notes.join(' ')).toMatch(/GitHub-hosted runner's service cannot be changed/)
  })

  it('the drop-in refuses to run with no runner service found', () => {
    expect(dropInSnippet('TasksMax=480')).toMatch(/\[ -n "\$SVC" \] \|\| \{/)
  })
})

describe('point 7: a compact comment, sticky per matrix leg', () => {
  const mixed = input([plainFailure, nofileFailure, buildFailure], [dockerFinding])
  it('headline, one line per cause with fix and link, the findings count and the run link', () => {
    const body = renderComment(mixed, ids).markdown
    expect(body.length).toBeLessThan(3000)
    expect(body).not.toContain('<details>')
    expect(body).not.toContain('| What | Value |')
    expect(body).toMatch(/^- \*\*Open-file limit.*Fix: .*\[About `nofile-limit`\]\(https:/m)
    expect(body).toContain('1 preflight finding at warning or above')
    expect(body).toContain(`(${links.runUrl})`)
  })
  it('fits 65,536 characters with 5,000 causes', () => {
    const many: ReportFailure[] = Array.from({ length: 5000 }, (_, i) => ({
      ...nofileFailure,
      test: `TestMany${i}`,
      causes: [{ ...nofileFailure.causes[0]!, rule: `rule-${i}` }]
    }))
    expect(renderComment(input(many), ids).markdown.length).toBeLessThanOrEqual(65_536)
  })
  it('two matrix legs of one job keep two comments', () => {
    const a = stickyMarker('CI', 'test', 'go=1.22,os=ubuntu')
    const b = stickyMarker('CI', 'test', 'go=1.23,os=ubuntu')
    expect(a).not.toBe(b)
    expect(
      renderComment(mixed, { ...ids, key: 'go=1.22' }).markdown.startsWith(
        stickyMarker('CI', 'test', 'go=1.22') + '\n'
      )
    ).toBe(true)
  })
})

describe('point 11: counts agree, titles are text', () => {
  const mixed = input(
    [plainFailure, nofileFailure, buildFailure],
    [dockerFinding, { ...dockerFinding, severity: 'notice' }]
  )
  it('the headline and the lists count the same things', () => {
    const md = renderSummary(mixed).markdown
    expect(md).toContain('3 failures (2 failed tests, 1 build or package failure)')
    expect(md).toContain('1 preflight finding at warning or above')
    expect(md).toContain('### Preflight findings: 1 warning, 1 notice')
    const term = renderTerminal(mixed.report, { color: false, rules })
    expect(term).toContain('Preflight findings: 1 warning, 1 notice')
  })
  it('no "build failed failed", no literal backticks in annotation titles', () => {
    const plan = toAnnotations({
      failures: [{ ...buildFailure, file: 'broken/x.go', line: 3 }],
      findings: [{ ...dockerFinding, title: '`go test` inside `docker build`' }],
      links,
      rules
    })
    for (const a of plan.annotations) {
      expect(a.title).not.toMatch(/failed failed/)
      expect(a.title).not.toContain('`')
    }
  })
  it('a Markdown title keeps its code as code, not as escaped backticks', () => {
    const md = renderSummary(
      input([], [{ ...dockerFinding, title: '`go test` inside `docker build`' }])
    ).markdown
    expect(md).toContain('**`go test` inside `docker build`**')
  })
})

describe('point 1: the facts have a provenance in every surface', () => {
  const base = input([nofileFailure])
  it('summary, comment and terminal name the source', () => {
    const file = { ...base, factsSource: { kind: 'file' as const, path: 'ci-facts.json' } }
    // As the reader sees them: Markdown rendered, tags dropped.
    const text = (md: string): string =>
      (marked.parse(md, { async: false }) as string).replace(/<[^>]+>/g, '')
    expect(text(renderSummary(file).markdown)).toMatch(/Facts: file ci-facts\.json \(recorded at 20\d\d-/)
    expect(text(renderComment(file, ids).markdown)).toContain('Facts: file ci-facts.json')
    const none = renderTerminal(base.report, {
      color: false,
      rules,
      factsSource: { kind: 'none', why: 'The diagnosis rests on the log alone.' }
    })
    expect(none).toContain('Facts: none. The diagnosis rests on the log alone.')
    expect(text(renderSummary({ ...base, factsSource: { kind: 'main-step' } }).markdown)).toContain(
      'Facts: this runner, recorded by the action&#39;s main step'
    )
  })
})
