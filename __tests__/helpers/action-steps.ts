/**
 * Runs the BUILT action steps (dist/index.js, dist/post.js) as child processes the way the runner
 * runs them: INPUT_* variables with the runner's naming, the GITHUB_* command files, STATE_* carried
 * from main to post by parsing GITHUB_STATE. `GEG_DIST` points at another build (an older dist/, to
 * show that a test fails before a fix).
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '../..')
export const DIST = process.env.GEG_DIST || join(ROOT, 'dist')

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks, as @actions/core writes). */
export function parseCommandFile(path: string): Record<string, string> {
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

export interface StepResult {
  code: number | null
  /** stdout and stderr, interleaved as they arrived (the runner reads both). */
  stdout: string
  summary: string
  outputs: Record<string, string>
  state: Record<string, string>
  ms: number
}

export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'working-directory': '.',
  'go-test': '',
  results: '',
  tune: 'plan',
  restore: 'true',
  comment: 'never',
  'github-token': '',
  dockerfiles: '',
  'go-probe': 'off',
  'fail-on': 'never'
}

/**
 * The environment of a step in workspace `ws`; the command files and RUNNER_TEMP live in `files`
 * (outside the workspace, as on a runner).
 */
export function actionEnv(
  ws: string,
  files: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {}
): Record<string, string> {
  const e: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: '__self',
    RUNNER_TEMP: join(files, 'runner-temp'),
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
    GITHUB_OUTPUT: join(files, 'output.txt'),
    GITHUB_STATE: join(files, 'state.txt'),
    GITHUB_ENV: join(files, 'env.txt'),
    ...extra
  }
  if (process.env.GOCACHE) e.GOCACHE = process.env.GOCACHE
  if (process.env.GOPATH) e.GOPATH = process.env.GOPATH
  // The runner's naming: INPUT_ + name upper-cased, spaces to underscores, dashes kept.
  for (const [k, v] of Object.entries({ ...INPUT_DEFAULTS, ...inputs }))
    e[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  return e
}

/** Runs one step in `cwd` (the workspace, as the runner does); killed after `timeoutMs`. */
export function runStep(
  entry: 'index' | 'post',
  cwd: string,
  e: Record<string, string>,
  timeoutMs = 60_000
): Promise<StepResult> {
  for (const f of [e.GITHUB_STEP_SUMMARY!, e.GITHUB_OUTPUT!, e.GITHUB_ENV!]) writeFileSync(f, '')
  if (entry === 'index') writeFileSync(e.GITHUB_STATE!, '')
  const started = Date.now()
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(DIST, `${entry}.js`)], {
      cwd,
      env: e,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    let stdout = ''
    child.stdout.on('data', b => (stdout += b))
    child.stderr.on('data', b => (stdout += b))
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        code,
        stdout,
        summary: readFileSync(e.GITHUB_STEP_SUMMARY!, 'utf8'),
        outputs: parseCommandFile(e.GITHUB_OUTPUT!),
        state: parseCommandFile(e.GITHUB_STATE!),
        ms: Date.now() - started
      })
    })
  })
}

/** main, then post with STATE_<name> for every value main saved, as the runner does. */
export async function mainThenPost(
  cwd: string,
  e: Record<string, string>,
  timeoutMs?: number
): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runStep('index', cwd, e, timeoutMs)
  const stateEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v
  const post = await runStep('post', cwd, { ...e, ...stateEnv }, timeoutMs)
  return { main, post }
}
