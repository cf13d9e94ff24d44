/**
 * The workspace jail, through the built action steps: a pull request (its files, its symlinks, its
 * tests writing files before the post step) must not make the action read and publish anything
 * outside the workspace, or anything under .git/ (actions/checkout keeps the token in .git/config).
 * Every refusal is said in the job summary. Run against an older build with GEG_DIST=<its dist/>.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, mainThenPost, ROOT, runStep, type StepResult } from '../helpers/action-steps.js'

const TOKEN = 'ghs_SECRETtokenFROMgitCONFIG'
const OUTSIDE = 'SECRET-outside-the-workspace'
const LOG = join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json')

let base: string
let ws: string
let files: string

/** A go test -json log with one failing test whose output holds `secret`. */
function secretLog(secret: string): string {
  const ev = (o: object) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', Package: 'x/secret', ...o })
  return [
    ev({ Action: 'run', Test: 'TestSecret' }),
    ev({ Action: 'output', Test: 'TestSecret', Output: `    s_test.go:9: ${secret}: too many open files\n` }),
    ev({ Action: 'fail', Test: 'TestSecret', Elapsed: 0 }),
    ev({ Action: 'fail', Elapsed: 0 })
  ].join('\n')
}

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
  base = mkdtempSync(join(tmpdir(), 'geg-jail-'))
  ws = join(base, 'ws')
  files = join(base, 'files')
  mkdirSync(join(ws, '.git'), { recursive: true })
  mkdirSync(join(files, 'runner-temp'), { recursive: true })
  mkdirSync(join(base, 'outside'))
  writeFileSync(
    join(ws, '.git/config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`
  )
  writeFileSync(join(base, 'outside/secret.json'), secretLog(OUTSIDE))
  cpSync(LOG, join(ws, 'good.json'))
  symlinkSync('../outside/secret.json', join(ws, 'link.json'))
  symlinkSync('../outside', join(ws, 'linkdir'))
  symlinkSync('.git/config', join(ws, 'cfg.json'))
  symlinkSync('/etc', join(ws, 'etc'))
  mkdirSync(join(ws, 'sub'))
  symlinkSync('../.git', join(ws, 'sub/gitlink'))
  execFileSync('mkfifo', [join(ws, 'fifo.json')])
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

/** Everything the run published: both steps' logs, the summary and the JSON reports. */
function published(r: { main: StepResult; post: StepResult }): string {
  const reports = [r.main.outputs.report, r.post.outputs.report]
    .filter((p): p is string => !!p)
    .map(p => {
      try {
        return readFileSync(p, 'utf8')
      } catch {
        return ''
      }
    })
  return [r.main.stdout, r.post.stdout, r.post.summary, ...reports].join('\n')
}

async function results(pattern: string): Promise<{ main: StepResult; post: StepResult; all: string }> {
  const r = await mainThenPost(ws, actionEnv(ws, files, { results: pattern }), 30_000)
  return { ...r, all: published(r) }
}

describe('results: nothing outside the workspace is read', () => {
  it.each([
    ['an absolute path', '/etc/passwd', 'root:x:0:0'],
    ['a path climbing out with ..', '../../../../../../etc/passwd', 'root:x:0:0'],
    ['a glob climbing out', '../outside/*.json', OUTSIDE],
    ['a symlinked file', 'link.json', OUTSIDE],
    ['a symlinked directory as the glob prefix', 'linkdir/*.json', OUTSIDE],
    ['a symlink to a directory outside, globbed', 'etc/pass*', 'root:x:0:0']
  ])(
    '%s (%s) is refused and reported',
    async (_what, pattern, secret) => {
      const r = await results(pattern)
      expect(r.post.code).toBe(0)
      expect(r.all).not.toContain(secret)
      expect(r.post.summary).toMatch(/outside the workspace/)
      expect(r.post.summary).toContain('not read')
    },
    60_000
  )

  it('`/etc/*` is refused without walking /etc', async () => {
    const r = await results('/etc/*')
    expect(r.all).not.toContain('root:x:0:0')
    expect(r.post.summary).toMatch(/outside the workspace/)
    expect(r.post.ms).toBeLessThan(10_000)
  }, 60_000)

  it('`*.json` matching cfg.json -> .git/config reads good.json and refuses the link', async () => {
    const r = await results('*.json')
    expect(r.all).not.toContain(TOKEN)
    expect(r.all).not.toContain(OUTSIDE)
    expect(r.post.summary).toContain('.git/')
    // The legitimate log in the same glob is still diagnosed.
    expect(r.post.summary).toContain('TestManyListeners')
    expect(r.post.outputs['failed-tests']).toBe('1')
  }, 60_000)

  it('a literal path through a symlink into .git/ is refused', async () => {
    const r = await results('sub/gitlink/config')
    expect(r.all).not.toContain(TOKEN)
    expect(r.post.summary).toContain('.git/')
  }, 60_000)

  it('a FIFO is refused, not waited on', async () => {
    const r = await results('fifo.json')
    expect(r.post.code).toBe(0)
    expect(r.post.summary).toMatch(/not a regular file/)
    expect(r.post.ms).toBeLessThan(20_000)
  }, 60_000)
})

describe('working-directory must stay in the workspace', () => {
  it.each([
    ['../../../../../..', /outside the workspace/],
    ['linkdir', /outside the workspace/],
    ['no-such-dir', /does not exist/]
  ])(
    '%s fails the step with a message naming the input',
    async (dir, why) => {
      const r = await runStep(
        'index',
        ws,
        actionEnv(ws, files, { 'working-directory': dir, dockerfiles: '**/Dockerfile\n**/compose.yml' })
      )
      expect(r.code).not.toBe(0)
      expect(r.stdout).toContain("Input 'working-directory'")
      expect(r.stdout).toMatch(why)
      // Nothing was linted or annotated outside: no file= property outside the workspace.
      expect(r.stdout).not.toMatch(/::(error|warning|notice) file=\.\./)
    },
    60_000
  )
})

describe('the container-file lint follows no link into .git/ or out of the workspace', () => {
  it('a Dockerfile that is a symlink to .git/config or outside is not read', async () => {
    const lintWs = join(base, 'lint-ws')
    mkdirSync(join(lintWs, '.git'), { recursive: true })
    writeFileSync(join(lintWs, '.git/config'), `FROM golang:1.18\nRUN echo ${TOKEN}\n`)
    writeFileSync(join(base, 'outside/Dockerfile'), `FROM golang:1.18\nRUN echo ${OUTSIDE}\n`)
    mkdirSync(join(lintWs, 'a'))
    mkdirSync(join(lintWs, 'b'))
    symlinkSync('../.git/config', join(lintWs, 'a/Dockerfile'))
    symlinkSync(join(base, 'outside/Dockerfile'), join(lintWs, 'b/Dockerfile'))
    mkdirSync(join(base, 'lint-files/runner-temp'), { recursive: true })
    const r = await runStep(
      'index',
      lintWs,
      actionEnv(lintWs, join(base, 'lint-files'), { dockerfiles: '**/Dockerfile' })
    )
    expect(r.code).toBe(0)
    expect(r.stdout + r.summary).not.toContain(TOKEN)
    expect(r.stdout + r.summary).not.toContain(OUTSIDE)
    expect(r.stdout).toMatch(/a\/Dockerfile.*\.git\//)
    expect(r.stdout).toMatch(/b\/Dockerfile.*outside the workspace/)
  }, 60_000)
})
