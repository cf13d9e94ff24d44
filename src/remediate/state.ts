/**
 * What `tune apply` changed, kept so that `restore` can put it back: in the action's state (src/state.ts,
 * `tune` field) and in a state file (the CLI's `--state FILE`; the action writes it too, so a main step
 * killed half-way still leaves a record for the post step). Entries are written BEFORE the sysctl is
 * (status `pending`), so a crash between the two cannot lose an original value.
 */
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { specFor } from './allowlist.js'

export type ChangeStatus = 'pending' | 'applied' | 'restored' | 'left-alone' | 'failed'

export interface SysctlChange {
  kind: 'sysctl'
  key: string
  /** The value before the first change (what restore writes back). */
  before: string
  /** The value tune wrote and read back. */
  after: string
  rule: string
  method: 'direct' | 'sudo'
  status: ChangeStatus
  /** ISO time of the change. */
  at: string
  /** The network namespace (`net:[4026531840]`) for per-namespace keys; restore skips another one. */
  netns: string | null
  note?: string
}

export interface EnvExport {
  name: string
  value: string
  rule: string
  /** Where it went: the GITHUB_ENV file of this job. */
  file: string
}

export interface TuneState {
  version: 1
  tool: 'go-env-guard'
  createdAt: string
  /** /proc/sys/kernel/random/boot_id: after a reboot nothing is left to restore. */
  bootId: string | null
  changes: SysctlChange[]
  env: EnvExport[]
}

export const STATE_FILE_MAX = 1 << 20

export function emptyState(createdAt: string, bootId: string | null): TuneState {
  return { version: 1, tool: 'go-env-guard', createdAt, bootId, changes: [], env: [] }
}

/** The default state file: $RUNNER_TEMP/go-env-guard/tune-state.json, else ~/.cache/go-env-guard/. */
export function defaultStatePath(env: Readonly<Record<string, string | undefined>>): string | null {
  const rt = env['RUNNER_TEMP']
  if (rt && rt.startsWith('/')) return `${rt.replace(/\/+$/, '')}/go-env-guard/tune-state.json`
  const home = env['HOME']
  if (home && home.startsWith('/')) return `${home.replace(/\/+$/, '')}/.cache/go-env-guard/tune-state.json`
  return null
}

const isStr = (v: unknown): v is string => typeof v === 'string'
const STATUSES: readonly ChangeStatus[] = ['pending', 'applied', 'restored', 'left-alone', 'failed']

/**
 * Validates a state read back from the action state or a file (it is input: a user or an earlier
 * version may have written it). Entries for keys outside the allow-list are dropped with a warning,
 * never acted on. Throws with a one-line reason when the whole thing is unusable.
 */
export function parseState(raw: unknown, source: string): { state: TuneState; warnings: string[] } {
  const warnings: string[] = []
  const o = raw as Partial<TuneState> | null
  if (
    !o ||
    typeof o !== 'object' ||
    o.version !== 1 ||
    o.tool !== 'go-env-guard' ||
    !Array.isArray(o.changes)
  )
    throw new Error(`${source} is not a go-env-guard tune state (version 1)`)
  const changes: SysctlChange[] = []
  for (const c of o.changes.slice(0, 200) as Partial<SysctlChange>[]) {
    if (!c || c.kind !== 'sysctl' || !isStr(c.key) || !isStr(c.before) || !isStr(c.after)) {
      warnings.push(`${source}: an entry without key/before/after was ignored`)
      continue
    }
    if (!specFor(c.key)) {
      warnings.push(
        `${source}: ${c.key.slice(0, 80)} is not on the tuning allow-list; ignored (never touched)`
      )
      continue
    }
    changes.push({
      kind: 'sysctl',
      key: c.key,
      before: c.before.slice(0, 100),
      after: c.after.slice(0, 100),
      rule: isStr(c.rule) ? c.rule.slice(0, 80) : '',
      method: c.method === 'sudo' ? 'sudo' : 'direct',
      status: STATUSES.includes(c.status as ChangeStatus) ? (c.status as ChangeStatus) : 'pending',
      at: isStr(c.at) ? c.at : '',
      netns: isStr(c.netns) ? c.netns : null,
      ...(isStr(c.note) ? { note: c.note.slice(0, 500) } : {})
    })
  }
  const env: EnvExport[] = []
  for (const e of (Array.isArray(o.env) ? o.env : []).slice(0, 50) as Partial<EnvExport>[]) {
    if (e && isStr(e.name) && isStr(e.value))
      env.push({
        name: e.name,
        value: e.value,
        rule: isStr(e.rule) ? e.rule : '',
        file: isStr(e.file) ? e.file : ''
      })
  }
  return {
    state: {
      version: 1,
      tool: 'go-env-guard',
      createdAt: isStr(o.createdAt) ? o.createdAt : '',
      bootId: isStr(o.bootId) ? o.bootId : null,
      changes,
      env
    },
    warnings
  }
}

/** Refuses a state path that is a symlink: as root, writing through one in a shared directory clobbers files. */
async function checkNotSymlink(host: Host, path: string): Promise<boolean> {
  try {
    const st = await host.lstat(path)
    if (st.kind === 'symlink')
      throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`)
    if (st.kind !== 'file') throw new Error(`${path} is not a regular file`)
    return true
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return false
    throw e
  }
}

/** Reads a state file; null when it does not exist. Throws with a one-line reason when unusable. */
export async function readStateFile(
  host: Host,
  path: string
): Promise<{ state: TuneState; warnings: string[] } | null> {
  if (!(await checkNotSymlink(host, path))) return null
  let text: string
  try {
    text = await host.readFile(path, STATE_FILE_MAX + 1)
  } catch (e) {
    throw new Error(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
  if (text.length > STATE_FILE_MAX)
    throw new Error(`${path} is larger than ${STATE_FILE_MAX} bytes; not a tune state`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`${path} is not JSON: ${(e as Error).message}`, { cause: e })
  }
  return parseState(parsed, path)
}

export async function writeStateFile(host: Host, path: string, state: TuneState): Promise<void> {
  await checkNotSymlink(host, path)
  const dir = path.replace(/\/[^/]*$/, '')
  if (dir && dir !== path) await host.mkdir(dir)
  await host.writeFile(path, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 })
}

/** Changes that restore still has to look at. */
export const openChanges = (state: TuneState): SysctlChange[] =>
  state.changes.filter(c => c.status === 'applied' || c.status === 'pending')
