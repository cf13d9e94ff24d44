/**
 * End to end: the BUILT dist/index.js and dist/post.js run as child processes the way the runner
 * runs them (INPUT_* variables with the runner's naming, GITHUB_* command files, a pull_request event
 * file, STATE_* carried from main to post by parsing GITHUB_STATE), talking through the real Octokit
 * to a fake GitHub REST API on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = process.cwd()
const FIX = join(ROOT, '__tests__/fixtures/github')
const MARKER = '<!-- go-env-guard:sticky workflow=CI job=test -->'
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
}

/** Just enough of the REST API: list (paginated with Link headers), create, update, GET /user. */
class FakeGitHub {
  comments: Comment[] = []
  requests: string[] = []
  forbidden = false
  private nextId = 1000
  private server!: Server
  url = ''

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(r => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    return new Promise(r => this.server.close(() => r()))
  }

  seed(): void {
    // 120 other comments (so the list takes two pages of 100) and a human's comment that copies our
    // marker: neither may be picked as ours.
    this.comments = []
    for (let i = 0; i < 120; i++)
      this.comments.push({ id: this.nextId++, body: `comment ${i}`, user: { login: 'dev', type: 'User' } })
    this.comments.push({
      id: this.nextId++,
      body: `${MARKER}\nforged by a human`,
      user: { login: 'mallory', type: 'User' }
    })
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = ''
    for await (const c of req) raw += c
    const u = new URL(req.url ?? '/', this.url)
    this.requests.push(`${req.method} ${u.pathname}${u.search}`)
    const denied = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest'
    }
    if (req.method === 'GET' && u.pathname === '/user') return this.send(res, 403, denied)
    if (this.forbidden) return this.send(res, 403, denied)
    let m = /^\/repos\/octo\/app\/issues\/(\d+)\/comments$/.exec(u.pathname)
    if (m && req.method === 'GET') {
      const per = Number(u.searchParams.get('per_page') ?? 30)
      const page = Number(u.searchParams.get('page') ?? 1)
      const items = this.comments.slice((page - 1) * per, page * per)
      const last = Math.max(1, Math.ceil(this.comments.length / per))
      const link: Record<string, string> =
        page < last
          ? {
              link: `<${this.url}${u.pathname}?per_page=${per}&page=${page + 1}>; rel="next", <${this.url}${u.pathname}?per_page=${per}&page=${last}>; rel="last"`
            }
          : {}
      return this.send(res, 200, items, link)
    }
    if (m && req.method === 'POST') {
      const c = { id: this.nextId++, body: (JSON.parse(raw) as { body: string }).body, user: BOT }
      this.comments.push(c)
      return this.send(res, 201, c)
    }
    m = /^\/repos\/octo\/app\/issues\/comments\/(\d+)$/.exec(u.pathname)
    if (m && req.method === 'PATCH') {
      const c = this.comments.find(x => x.id === Number(m![1]))
      if (!c) return this.send(res, 404, { message: 'Not Found' })
      c.body = (JSON.parse(raw) as { body: string }).body
      return this.send(res, 200, c)
    }
    this.send(res, 404, { message: `no route ${req.method} ${u.pathname}` })
  }

  ours(): Comment[] {
    return this.comments.filter(c => c.user.type === 'Bot' && c.body.startsWith(MARKER))
  }
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks, as @actions/core writes). */
function parseCommandFile(path: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!existsSync(path)) return out
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
      out[m[1]!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=')
      out[k!] = v.join('=')
    }
  }
  return out
}

interface StepResult {
  code: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
  state: Record<string, string>
}

let api: FakeGitHub
let work: string

function env(
  dir: string,
  inputs: Record<string, string>,
  event: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  const e: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(FIX, 'events', event),
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: join(dir, '.runner-temp'),
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STATE: join(dir, 'state.txt'),
    GITHUB_ENV: join(dir, 'env.txt'),
    NO_PROXY: '127.0.0.1',
    ...extra
  }
  if (process.env.GOCACHE) e.GOCACHE = process.env.GOCACHE
  if (process.env.GOPATH) e.GOPATH = process.env.GOPATH
  // The runner's naming: INPUT_ + name upper-cased, spaces to underscores, dashes kept.
  const defaults: Record<string, string> = {
    'working-directory': '.',
    'go-test': '',
    results: '',
    tune: 'plan',
    restore: 'true',
    comment: 'auto',
    'github-token': 'ghs_fake',
    dockerfiles: '',
    'go-probe': 'off',
    'fail-on': 'never'
  }
  for (const [k, v] of Object.entries({ ...defaults, ...inputs }))
    e[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  return e
}

function step(entry: 'index' | 'post', dir: string, e: Record<string, string>): Promise<StepResult> {
  for (const f of ['summary.md', 'output.txt', 'env.txt']) writeFileSync(join(dir, f), '')
  if (entry === 'index') writeFileSync(join(dir, 'state.txt'), '')
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', `${entry}.js`)], {
      cwd: dir,
      env: e,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.on('data', b => (stdout += b))
    child.stderr.on('data', b => (stdout += b))
    child.on('close', code =>
      resolve({
        code,
        stdout,
        summary: readFileSync(join(dir, 'summary.md'), 'utf8'),
        outputs: parseCommandFile(join(dir, 'output.txt')),
        state: parseCommandFile(join(dir, 'state.txt'))
      })
    )
  })
}

/** main, then post with STATE_<name> for every value main saved, as the runner does. */
async function mainThenPost(
  dir: string,
  e: Record<string, string>
): Promise<{ main: StepResult; post: StepResult }> {
  const main = await step('index', dir, e)
  const stateEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v
  const post = await step('post', dir, { ...e, ...stateEnv })
  return { main, post }
}

function freshWorkspace(): string {
  const dir = mkdtempSync(join(work, 'ws-'))
  cpSync(join(FIX, 'module'), dir, { recursive: true })
  cpSync(join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json'), join(dir, 'nofile.json'))
  return dir
}

/** Finds a `::name` command line that is not inside a stop-commands block (what the runner would run). */
function liveCommands(log: string): string[] {
  const found: string[] = []
  let stopped: string | null = null
  for (const raw of log.split('\n')) {
    const line = raw.trim()
    if (stopped) {
      if (line === `::${stopped}::`) stopped = null
      continue
    }
    if (line.startsWith('::stop-commands::')) stopped = line.slice('::stop-commands::'.length)
    else if (line.startsWith('::')) found.push(line)
  }
  return found
}

beforeAll(async () => {
  // The bundle script builds index, post and cli in that order; while another entry point is being
  // written it may fail after ours were built, so check ours are fresh rather than the exit status.
  const started = Date.now() - 1000
  try {
    execFileSync('npm', ['run', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
  } catch (e) {
    for (const f of ['index', 'post']) {
      if (statSync(join(ROOT, 'dist', `${f}.js`)).mtimeMs < started) throw e
    }
  }
  api = new FakeGitHub()
  await api.start()
  work = mkdtempSync(join(tmpdir(), 'geg-e2e-'))
}, 120_000)

afterAll(async () => {
  await api?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the action against a fake GitHub API', () => {
  it('results mode: main saves state, post diagnoses the saved output and creates one comment', async () => {
    api.seed()
    const dir = freshWorkspace()
    const { main, post } = await mainThenPost(dir, env(dir, { results: 'nofile.json' }, 'pull_request.json'))
    expect(main.code).toBe(0)
    expect(main.state['go-env-guard']).toBeDefined()
    expect(post.code).toBe(0)
    // The list was read page by page (120 + 1 comments, 100 per page).
    expect(
      api.requests.filter(r => r.startsWith('GET /repos/octo/app/issues/7/comments')).length
    ).toBeGreaterThanOrEqual(2)
    const ours = api.ours()
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain('TestManyListeners')
    // The human's forged marker comment was left alone.
    expect(api.comments.find(c => c.user.login === 'mallory')!.body).toContain('forged by a human')
    expect(post.outputs['failed-tests']).toBe('1')
    const report = JSON.parse(readFileSync(post.outputs['report']!, 'utf8'))
    expect(report.failures.map((f: { test: string }) => f.test)).toEqual(['TestManyListeners'])
    expect(post.summary).toContain('TestManyListeners')
  }, 120_000)

  it('go-test mode: a failing run updates the same comment and fails the step like go test', async () => {
    const dir = freshWorkspace()
    const before = api.ours().map(c => c.id)
    const r = await step(
      'index',
      dir,
      env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request.json', { GEG_E2E_FAIL: '1' })
    )
    expect(r.code).toBe(1)
    expect(api.ours().map(c => c.id)).toEqual(before)
    expect(api.ours()[0]!.body).toContain('TestAdd')
    expect(api.requests.some(x => x.startsWith('PATCH /repos/octo/app/issues/comments/'))).toBe(true)
    expect(r.outputs['failed-tests']).toBe('1')
    // Test output that looks like workflow commands was echoed inertly.
    expect(r.stdout).toContain('::error::forged by a test')
    expect(liveCommands(r.stdout).filter(l => /forged|add-mask/.test(l))).toEqual([])
  }, 180_000)

  it('go-test mode: a clean run marks the comment resolved and passes', async () => {
    const dir = freshWorkspace()
    const r = await step('index', dir, env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request.json'))
    expect(r.code).toBe(0)
    expect(api.ours()).toHaveLength(1)
    // Resolved, and true about what is left: the preflight warning of this runner is still open.
    expect(api.ours()[0]!.body).toMatch(/resolved/i)
    expect(api.ours()[0]!.body).toContain('still open')
    expect(r.outputs['failed-tests']).toBe('0')
  }, 180_000)

  it('a fork PR gets a notice and no comment; the step result is go test’s', async () => {
    const dir = freshWorkspace()
    const before = api.requests.length
    const fail = await step(
      'index',
      dir,
      env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request_fork.json', { GEG_E2E_FAIL: '1' })
    )
    expect(fail.code).toBe(1)
    expect(fail.stdout).toMatch(/::notice::go-env-guard: this pull request comes from a fork/)
    expect(api.requests.slice(before).filter(r => r.includes('/issues/'))).toEqual([])
    const pass = await step('index', dir, env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request_fork.json'))
    expect(pass.code).toBe(0)
  }, 180_000)

  it('a 403 from the API gives a notice and leaves the step result to the tests', async () => {
    api.forbidden = true
    try {
      const dir = freshWorkspace()
      const fail = await step(
        'index',
        dir,
        env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request.json', { GEG_E2E_FAIL: '1' })
      )
      expect(fail.code).toBe(1)
      expect(fail.stdout).toMatch(
        /::notice::go-env-guard: cannot comment on the pull request \(Resource not accessible by integration/
      )
      expect(fail.summary).toContain('TestAdd')
      const pass = await step('index', dir, env(dir, { 'go-test': '-count=1 ./...' }, 'pull_request.json'))
      expect(pass.code).toBe(0)
    } finally {
      api.forbidden = false
    }
  }, 180_000)

  it('a bad input fails with a message naming it', async () => {
    const dir = freshWorkspace()
    const r = await step('index', dir, env(dir, { tune: 'sometimes' }, 'pull_request.json'))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input 'tune' must be one of off, plan, apply (got "sometimes")`)
  }, 60_000)

  it('post with no saved state does nothing and succeeds', async () => {
    const dir = freshWorkspace()
    const r = await step('post', dir, env(dir, {}, 'pull_request.json'))
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('nothing to do')
  }, 60_000)
})
