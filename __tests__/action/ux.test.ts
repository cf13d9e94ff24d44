/**
 * Issue 19, the action as a user meets it: the BUILT dist/index.js and dist/post.js run as the runner
 * runs them (helpers/action-steps.ts). GEG_DIST=<main's dist> shows each test failing before the fix.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, mainThenPost, ROOT, runStep } from '../helpers/action-steps.js'
import { parseSettings } from '../../src/action/settings.js'
import { commentKeyOf } from '../../src/report/render-comment.js'

let work = ''
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'geg-ux-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A module with a failing test and a package that does not build, a Dockerfile with known pitfalls. */
function workspace(): { ws: string; files: string } {
  const root = mkdtempSync(join(work, 'run-'))
  const ws = join(root, 'ws')
  const files = join(root, 'files')
  mkdirSync(join(ws, 'calc'), { recursive: true })
  mkdirSync(join(ws, 'broken'), { recursive: true })
  mkdirSync(join(files, 'runner-temp'), { recursive: true })
  writeFileSync(join(ws, 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
  writeFileSync(join(ws, 'calc/calc.go'), 'package calc\n\nfunc Add(a, b int) int { return a + b + 1 }\n')
  writeFileSync(
    join(ws, 'calc/calc_test.go'),
    'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatalf("Add(1, 2) = %d, want 3", Add(1, 2))\n\t}\n}\n'
  )
  writeFileSync(join(ws, 'broken/x.go'), 'package broken\n\nfunc X() int { return "x" }\n')
  writeFileSync(
    join(ws, 'broken/x_test.go'),
    'package broken\n\nimport "testing"\n\nfunc TestX(t *testing.T) { X() }\n'
  )
  writeFileSync(join(ws, 'Dockerfile'), 'FROM golang:1.20\nRUN go test ./...\n')
  cpSync(join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json'), join(ws, 'out/nofile.json'), {
    recursive: true
  })
  return { ws, files }
}

/** Annotation commands in a log: `::error title=…::`, `::warning …`, `::notice …` with properties. */
const annotations = (log: string): string[] =>
  log.split('\n').filter(l => /^::(error|warning|notice) /.test(l))

describe('point 6: results mode writes one report', () => {
  let main: Awaited<ReturnType<typeof mainThenPost>>['main']
  let post: Awaited<ReturnType<typeof mainThenPost>>['post']
  beforeAll(async () => {
    const { ws, files } = workspace()
    ;({ main, post } = await mainThenPost(
      ws,
      actionEnv(ws, files, { results: 'out/nofile.json', dockerfiles: 'Dockerfile' })
    ))
  }, 120_000)

  it('one full report in the job summary: main writes a short note, post the report', () => {
    const both = main.summary + post.summary
    expect(both.match(/^## go-env-guard$/gm)).toHaveLength(1)
    expect(main.summary).not.toContain('Preflight findings')
    expect(post.summary).toContain('Preflight findings')
  })

  it('each annotation once (post), none from main', () => {
    expect(annotations(main.stdout)).toEqual([])
    const eol = annotations(post.stdout).filter(l => l.includes('docker-go-eol'))
    expect(eol).toHaveLength(1)
  })

  it('main sets no causes or failed-tests it cannot know; post sets them', () => {
    expect(main.outputs['causes']).toBeUndefined()
    expect(main.outputs['failed-tests']).toBeUndefined()
    expect(post.outputs['causes']).toBeTruthy()
    expect(post.outputs['failed-tests']).toBe('1')
  })

  it('post diagnoses with the facts main recorded, and says so', () => {
    const pre = JSON.parse(readFileSync(main.outputs['report']!, 'utf8')) as {
      facts: { collectedAt: string }
    }
    const rep = JSON.parse(readFileSync(post.outputs['report']!, 'utf8')) as {
      facts: { collectedAt: string }
    }
    expect(rep.facts.collectedAt).toBe(pre.facts.collectedAt)
    expect(post.summary).toContain("Facts: this runner, recorded by the action's main step")
  })

  it('action.yml documents what results paths are relative to and when outputs are final', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    expect(yml).toMatch(/results:[\s\S]*?relative to the workspace/)
    expect(yml).toMatch(/causes:[\s\S]*?post step/)
  })
})

describe('points 8 and 11: the step log and the counts of a go-test run', () => {
  let r: Awaited<ReturnType<typeof runStep>>
  beforeAll(async () => {
    const { ws, files } = workspace()
    r = await runStep(
      'index',
      ws,
      actionEnv(ws, files, { 'go-test': './...', dockerfiles: 'Dockerfile' }),
      120_000
    )
  }, 180_000)

  it('no empty group', () => {
    const lines = r.stdout.split('\n')
    lines.forEach((l, i) => {
      if (l.startsWith('::group::')) expect(lines[i + 1]).not.toBe('::endgroup::')
    })
  })

  it('the tune plan is folded in a group', () => {
    const lines = r.stdout.split('\n')
    let depth = 0
    for (const l of lines) {
      if (l.startsWith('::group::')) depth++
      else if (l === '::endgroup::') depth--
      else if (/performed by `tune apply`/.test(l)) expect(depth).toBe(1)
    }
  })

  it('one verdict line and the causes before the annotations', () => {
    const verdictAt = r.stdout.search(/^go-env-guard: ❌ /m)
    const firstAnnotation = r.stdout.search(/^::(error|warning|notice) /m)
    expect(verdictAt).toBeGreaterThanOrEqual(0)
    expect(verdictAt).toBeLessThan(firstAnnotation)
  })

  it('the headline counts what failed-tests counts', () => {
    const m = /❌ \*\*(\d+) failures \((\d+) failed tests?, (\d+) build or package failures?\)/.exec(
      r.summary
    )
    expect(m).not.toBeNull()
    expect(m![2]).toBe(r.outputs['failed-tests'])
    expect(Number(m![1])).toBe(Number(m![2]) + Number(m![3]))
  })

  it('annotation titles are plain text and say "failed" once', () => {
    for (const a of annotations(r.stdout)) {
      const title = /title=([^,:]*)/.exec(a)?.[1] ?? ''
      expect(title).not.toMatch(/failed failed/)
      expect(title).not.toContain('`')
    }
  })
})

describe('points 4 and 11: inputs that stop the step say why', () => {
  it('a working-directory that does not exist is named (held on main already)', async () => {
    const { ws, files } = workspace()
    const r = await runStep(
      'index',
      ws,
      actionEnv(ws, files, { 'go-test': './...', 'working-directory': 'nope' })
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("::error::Input 'working-directory': nope does not exist")
    expect(r.stdout).not.toMatch(/spawn go ENOENT/)
  })

  it('fail-on names the findings that tripped it', async () => {
    const { ws, files } = workspace()
    const r = await runStep(
      'index',
      ws,
      actionEnv(ws, files, { dockerfiles: 'Dockerfile', 'fail-on': 'error' })
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::go-env-guard: fail-on: error is met by .*docker-go-older-than-gomod \(error\)/
    )
  })
})

describe('point 7: the comment key of a matrix leg', () => {
  it('comment-key (default toJSON(matrix)) names the leg; no matrix, no key', () => {
    const s = parseSettings(n =>
      n === 'comment-key' ? '{\n  "go": "1.22",\n  "os": "ubuntu-latest"\n}' : undefined
    )
    expect(commentKeyOf(s.commentKey)).toBe('go=1.22,os=ubuntu-latest')
    expect(commentKeyOf(parseSettings(n => (n === 'comment-key' ? 'null' : undefined)).commentKey)).toBe('')
    expect(parseSettings(n => (n === 'comment-key' ? '${{ toJSON(matrix) }}' : undefined)).commentKey).toBe(
      ''
    )
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    expect(yml).toMatch(/comment-key:[\s\S]*?default: \$\{\{ toJSON\(matrix\) \}\}/)
  })
})
