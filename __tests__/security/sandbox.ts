/**
 * Real processes, real sysctls, nothing of the host's touched: a Sandbox is a network namespace plus a
 * mount namespace (`unshare -n -m`) held open by a sleeping process. Inside it /proc/sys is read-only
 * except /proc/sys/net, so the per-namespace keys (net.core.somaxconn, net.ipv4.ip_local_port_range) can
 * be set freely while every host-wide key answers EROFS, whatever the code under test tries. Commands
 * run in it through nsenter. The files (/tmp, /run) are the host's, so the ledger in /run/go-env-guard is
 * the real one.
 *
 * The bundles under test are built from the sources (GEG_SRC_ROOT, default this checkout) into a temp
 * directory with the flags of scripts/bundle.mjs, so other test files rebuilding dist/ meanwhile do not
 * matter. GEG_SRC_ROOT pointed at an older checkout shows what these tests do to the code before a change.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ROOT = process.cwd()
export const SOMAXCONN = 'net.core.somaxconn'
export const PORTS = 'net.ipv4.ip_local_port_range'
const proc = (key: string): string => `/proc/sys/${key.replace(/\./g, '/')}`

/** Why the real tests cannot run here, or null. */
export function skipReason(): string | null {
  if (process.getuid?.() !== 0) return 'not root (they change sysctls inside unshare -n)'
  for (const [cmd, args] of [
    ['unshare', ['-n', '-m', 'true']],
    ['nsenter', ['--version']],
    ['strace', ['-V']]
  ] as const) {
    try {
      execFileSync(cmd, [...args], { stdio: 'pipe' })
    } catch {
      return `${cmd} is missing or does not work here`
    }
  }
  return null
}

export const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), `geg-sec-${prefix}-`))

let bundles: string | null = null
/** index.js, post.js and cli.js built from the sources under test. */
export async function buildBundles(): Promise<string> {
  if (bundles) return bundles
  const src = process.env['GEG_SRC_ROOT'] || ROOT
  const out = tmp('dist')
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  const { build } = await import('esbuild')
  await build({
    absWorkingDir: src,
    entryPoints: ['src/index.ts', 'src/post.ts', 'src/cli.ts'],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    },
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    legalComments: 'none',
    logLevel: 'error'
  })
  return (bundles = out)
}

export interface Ran {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
}

/** Read-only /proc/sys except the network namespace's part of it. */
const MOUNTS = [
  'mount --bind /proc/sys /proc/sys',
  'mount -o remount,ro,bind /proc/sys',
  'mount --bind /proc/sys/net /proc/sys/net',
  'mount -o remount,rw,bind /proc/sys/net'
].join(' && ')

export class Sandbox {
  private constructor(private readonly holder: ChildProcess) {}

  static start(): Promise<Sandbox> {
    const holder = spawn('unshare', ['-n', '-m', 'sh', '-c', `${MOUNTS} && echo ready && exec sleep 3600`], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    return new Promise((resolve, reject) => {
      let out = ''
      let err = ''
      holder.stderr!.on('data', b => (err += b))
      holder.stdout!.on('data', b => {
        out += b
        if (out.includes('ready')) resolve(new Sandbox(holder))
      })
      holder.on('exit', code => reject(new Error(`sandbox did not start (exit ${code}): ${err}`)))
    })
  }

  private get ns(): string[] {
    const pid = this.holder.pid!
    return [`--net=/proc/${pid}/ns/net`, `--mount=/proc/${pid}/ns/mnt`]
  }

  /** Runs a command inside; never throws for its exit status. */
  run(
    cmd: string,
    args: readonly string[],
    opts: { env?: Record<string, string>; cwd?: string } = {}
  ): Promise<Ran> {
    return new Promise(resolve => {
      const child = spawn('nsenter', [...this.ns, `--wd=${opts.cwd ?? '/'}`, '--', cmd, ...args], {
        env: opts.env ?? (process.env as Record<string, string>),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', b => (stdout += b))
      child.stderr.on('data', b => (stderr += b))
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    })
  }

  /** The key's value inside, fields joined by one space. */
  get(key: string): string {
    return execFileSync('nsenter', [...this.ns, 'cat', proc(key)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/)
      .join(' ')
  }

  set(key: string, value: string): void {
    execFileSync('nsenter', [...this.ns, 'sh', '-c', `echo "$1" > "$2"`, 'sh', value, proc(key)])
  }

  netns(): string {
    return execFileSync('readlink', [`/proc/${this.holder.pid}/ns/net`], { encoding: 'utf8' }).trim()
  }

  stop(): void {
    this.holder.kill('SIGKILL')
  }
}

/** The host's own values of every allow-listed key this kernel has (they must never move). */
export function hostSnapshot(keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of keys)
    if (existsSync(proc(k))) out[k] = readFileSync(proc(k), 'utf8').trim().split(/\s+/).join(' ')
  return out
}

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
      // A block cut short (main killed while appending) is not a value the runner would pass on.
      if (i < lines.length) out[m[1]!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=')
      out[k!] = v.join('=')
    }
  }
  return out
}

/** `::name` command lines outside stop-commands blocks: what the runner would act on. */
export function liveCommands(log: string): string[] {
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

/** One step's runner files (each step of a job gets its own GITHUB_STATE, GITHUB_OUTPUT...). */
export interface StepFiles {
  state: string
  output: string
  env: string
  summary: string
}

export function stepFiles(dir: string, name: string): StepFiles {
  const d = join(dir, name)
  mkdirSync(d, { recursive: true })
  const f = {
    state: join(d, 'state.txt'),
    output: join(d, 'output.txt'),
    env: join(d, 'env.txt'),
    summary: join(d, 'summary.md')
  }
  for (const p of Object.values(f)) writeFileSync(p, '')
  return f
}

/** The environment the runner gives the action's main or post step (tune: apply). */
export function actionEnv(
  ws: string,
  runnerTemp: string,
  files: StepFiles,
  extra: Record<string, string> = {}
): Record<string, string> {
  const e: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
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
    RUNNER_TEMP: runnerTemp,
    RUNNER_ENVIRONMENT: 'self-hosted',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    ...extra
  }
  const inputs: Record<string, string> = {
    'working-directory': '.',
    'go-test': '',
    results: '',
    tune: 'apply',
    restore: 'true',
    comment: 'never',
    'github-token': '',
    dockerfiles: '',
    'go-probe': 'off',
    'fail-on': 'never'
  }
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v
  return e
}

/** Post's environment: its own runner files, and STATE_<name> for every value main saved. */
export function postEnv(
  mainEnv: Record<string, string>,
  main: StepFiles,
  post: StepFiles
): Record<string, string> {
  const e: Record<string, string> = {
    ...mainEnv,
    GITHUB_STEP_SUMMARY: post.summary,
    GITHUB_OUTPUT: post.output,
    GITHUB_STATE: post.state,
    GITHUB_ENV: post.env
  }
  for (const [k, v] of Object.entries(parseCommandFile(main.state))) e[`STATE_${k}`] = v
  return e
}
