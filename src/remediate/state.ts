/**
 * What `tune apply` changed, kept so that `restore` can put it back: in a state file (the CLI's
 * `--state FILE`; the action's per-step file, src/remediate/action.ts) and, for the action, in the saved
 * step state too. Entries are written BEFORE the sysctl is (status `pending`), so a crash between the two
 * cannot lose an original value. The file is replaced atomically (Host.writeFileAtomic): a reader sees
 * the previous version or the new one, never a truncated one.
 *
 * A state file is input: whoever can write it could try to make restore write a value of their choice.
 * So a file that is a symlink, owned by another user, or writable by group or others is refused; an
 * entry is kept only for an allow-listed key with values of that key's numeric shape; the action signs
 * each entry (entryMac) with a key only the post step gets; restore never writes below a key's floor.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Host } from '../host/host.js'
import { errorCode, tempPathFor } from '../host/host.js'
import { specFor, validValue } from './allowlist.js'
import { oneLine } from './oneline.js'

export type ChangeStatus = 'pending' | 'applied' | 'restored' | 'handed-over' | 'left-alone' | 'failed'

export interface SysctlChange {
  kind: 'sysctl'
  key: string
  /** The value before the change (what restore writes back). Equal to `after` for a hold. */
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
  /** The action's signature over (key, before, after, netns, boot id): see entryMac. */
  mac?: string
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
  /**
   * Who made the changes, in the machine-wide ledger (./ledger.ts): `action:<step id>` or
   * `cli:<random>`. Absent in files written before the ledger existed.
   */
  owner?: string
  changes: SysctlChange[]
  env: EnvExport[]
}

export const STATE_FILE_MAX = 1 << 20

/** A new owner id for the ledger. */
export const newOwner = (kind: 'action' | 'cli', id = randomBytes(8).toString('hex')): string =>
  `${kind}:${id}`
export const OWNER = /^(?:action|cli):[0-9a-f]{16,64}$/

export function emptyState(createdAt: string, bootId: string | null, owner?: string): TuneState {
  return {
    version: 1,
    tool: 'go-env-guard',
    createdAt,
    bootId,
    ...(owner ? { owner } : {}),
    changes: [],
    env: []
  }
}

/** The default state file: $RUNNER_TEMP/go-env-guard/tune-state.json, else ~/.cache/go-env-guard/. */
export function defaultStatePath(env: Readonly<Record<string, string | undefined>>): string | null {
  const rt = env['RUNNER_TEMP']
  if (rt && rt.startsWith('/')) return `${rt.replace(/\/+$/, '')}/go-env-guard/tune-state.json`
  const home = env['HOME']
  if (home && home.startsWith('/')) return `${home.replace(/\/+$/, '')}/.cache/go-env-guard/tune-state.json`
  return null
}

// ---- signatures (the action) -------------------------------------------------------------------

/** HMAC-SHA256 over what restore acts on; the key is the action's, made by main and given to post only. */
export function entryMac(
  macKey: string,
  c: Pick<SysctlChange, 'key' | 'before' | 'after' | 'netns'>,
  bootId: string | null
): string {
  return createHmac('sha256', Buffer.from(macKey, 'hex'))
    .update(JSON.stringify(['go-env-guard tune v1', c.key, c.before, c.after, c.netns, bootId]))
    .digest('hex')
}

export function macValid(macKey: string, c: SysctlChange, bootId: string | null): boolean {
  if (!c.mac || !/^[0-9a-f]{64}$/.test(c.mac)) return false
  return timingSafeEqual(Buffer.from(c.mac, 'hex'), Buffer.from(entryMac(macKey, c, bootId), 'hex'))
}

/** A copy of the state with every change signed (for the file the action writes). */
export function signState(state: TuneState, macKey: string): TuneState {
  return {
    ...state,
    changes: state.changes.map(c => ({ ...c, mac: entryMac(macKey, c, state.bootId) }))
  }
}

// ---- parsing ------------------------------------------------------------------------------------

const isStr = (v: unknown): v is string => typeof v === 'string'
const STATUSES: readonly ChangeStatus[] = [
  'pending',
  'applied',
  'restored',
  'handed-over',
  'left-alone',
  'failed'
]
const RULE = /^[a-z0-9][a-z0-9-]{0,63}$/
const NETNS = /^net:\[\d{1,20}\]$/
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/
const BOOT_ID = /^[A-Za-z0-9-]{1,64}$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/

/** A key name fit for a message: allow-listed keys are plain; anything else is shown inert and short. */
const keyForLog = (key: unknown): string =>
  isStr(key) ? (specFor(key) ? key : JSON.stringify(oneLine(key.slice(0, 80)))) : '(no key)'

/**
 * Validates a state read back from the saved step state or a file. An entry is kept only for an
 * allow-listed key whose `before` and `after` have that key's numeric shape and whose network namespace
 * looks like one; anything else is refused with a warning that never repeats the refused value (a value
 * with a newline in it would be a workflow command in the log). Throws with a one-line reason when the
 * whole thing is unusable.
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
    if (!c || typeof c !== 'object' || c.kind !== 'sysctl' || !isStr(c.key)) {
      warnings.push(`${source}: an entry without a key was refused (never written)`)
      continue
    }
    const spec = specFor(c.key)
    if (!spec) {
      warnings.push(`${source}: ${keyForLog(c.key)} is not on the tuning allow-list; refused (never touched)`)
      continue
    }
    if (!isStr(c.before) || !isStr(c.after) || !validValue(spec, c.before) || !validValue(spec, c.after)) {
      warnings.push(
        `${source}: the entry for ${c.key} holds a value that is not a ${c.key} value; refused (never written)`
      )
      continue
    }
    if (c.netns !== undefined && c.netns !== null && !(isStr(c.netns) && NETNS.test(c.netns))) {
      warnings.push(
        `${source}: the entry for ${c.key} names no valid network namespace; refused (never written)`
      )
      continue
    }
    changes.push({
      kind: 'sysctl',
      key: c.key,
      before: c.before.replace(/\t/g, ' '),
      after: c.after.replace(/\t/g, ' '),
      rule: isStr(c.rule) && RULE.test(c.rule) ? c.rule : '',
      method: c.method === 'sudo' ? 'sudo' : 'direct',
      status: STATUSES.includes(c.status as ChangeStatus) ? (c.status as ChangeStatus) : 'pending',
      at: isStr(c.at) && ISO.test(c.at) ? c.at : '',
      netns: isStr(c.netns) ? c.netns : null,
      ...(isStr(c.note) ? { note: oneLine(c.note.slice(0, 500)) } : {}),
      ...(isStr(c.mac) && /^[0-9a-f]{64}$/.test(c.mac) ? { mac: c.mac } : {})
    })
  }
  const env: EnvExport[] = []
  for (const e of (Array.isArray(o.env) ? o.env : []).slice(0, 50) as Partial<EnvExport>[]) {
    if (e && isStr(e.name) && ENV_NAME.test(e.name) && isStr(e.value))
      env.push({
        name: e.name,
        value: oneLine(e.value.slice(0, 4096)),
        rule: isStr(e.rule) && RULE.test(e.rule) ? e.rule : '',
        file: isStr(e.file) ? oneLine(e.file.slice(0, 4096)) : ''
      })
  }
  return {
    state: {
      version: 1,
      tool: 'go-env-guard',
      createdAt: isStr(o.createdAt) && ISO.test(o.createdAt) ? o.createdAt : '',
      bootId: isStr(o.bootId) && BOOT_ID.test(o.bootId) ? o.bootId : null,
      ...(isStr(o.owner) && OWNER.test(o.owner) ? { owner: o.owner } : {}),
      changes,
      env
    },
    warnings
  }
}

// ---- the file -----------------------------------------------------------------------------------

/**
 * Whether the state file exists (false: it does not), refusing one that someone else could have
 * written: a symlink (as root, writing through one in a shared directory clobbers files), not a regular
 * file, owned by another user, or writable by group or others.
 */
async function checkStatePath(host: Host, path: string): Promise<boolean> {
  let st
  try {
    st = await host.lstat(path)
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return false
    throw e
  }
  if (st.kind === 'symlink')
    throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`)
  if (st.kind !== 'file') throw new Error(`${path} is not a regular file`)
  if (host.uid !== null && st.uid !== host.uid)
    throw new Error(
      `${path} is owned by uid ${st.uid}, not by this user (uid ${host.uid}); refusing to trust it as the tune state file`
    )
  if ((st.mode & 0o022) !== 0)
    throw new Error(
      `${path} is writable by ${st.mode & 0o002 ? 'others' : 'its group'} (mode ${(st.mode & 0o777).toString(8)}); refusing to trust it as the tune state file`
    )
  return true
}

/**
 * Reads a state file; null when it does not exist. Throws with a one-line reason when it is unusable
 * (refused, empty, truncated, not JSON, not a state). A temp file left by a writer that was killed is
 * never read, and is removed here.
 */
export async function readStateFile(
  host: Host,
  path: string
): Promise<{ state: TuneState; warnings: string[] } | null> {
  await host.unlink(tempPathFor(path)).catch(() => undefined)
  if (!(await checkStatePath(host, path))) return null
  let text: string
  try {
    text = await host.readFile(path, STATE_FILE_MAX + 1)
  } catch (e) {
    throw new Error(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
  if (text.length > STATE_FILE_MAX)
    throw new Error(`${path} is larger than ${STATE_FILE_MAX} bytes; not a tune state`)
  if (text.trim() === '') throw new Error(`${path} is empty`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`${path} is not JSON (truncated?): ${oneLine((e as Error).message)}`, { cause: e })
  }
  return parseState(parsed, path)
}

/** Writes the state atomically (temp file, fsync, rename, fsync of the directory), mode 0600. */
export async function writeStateFile(host: Host, path: string, state: TuneState): Promise<void> {
  const exists = await host.lstat(path).then(
    s => s.kind,
    () => null
  )
  if (exists === 'symlink')
    throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`)
  if (exists !== null && exists !== 'file') throw new Error(`${path} is not a regular file`)
  const dir = path.replace(/\/[^/]*$/, '')
  if (dir && dir !== path) await host.mkdir(dir)
  await host.writeFileAtomic(path, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 })
}

/** Changes that restore still has to look at. */
export const openChanges = (state: TuneState): SysctlChange[] =>
  state.changes.filter(c => c.status === 'applied' || c.status === 'pending')
