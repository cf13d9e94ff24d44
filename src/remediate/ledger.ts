/**
 * The machine-wide restore-order ledger. Several steps (the action used twice in a job, two jobs on one
 * self-hosted machine, a CLI run beside them) may change the same sysctl. Each keeps its own record, but
 * only the ledger knows the order: per key and network namespace it holds a stack of
 * `{owner, before, after}`, one entry per step that changed the key (or holds it, see apply.ts), oldest
 * first. Restoring owner X:
 * - X on top: X.before is written (after restore's checks of the live value) and X is popped;
 * - X below another entry: nothing is written; X is removed and X.before is handed to the entry above
 *   it, so the last restore returns the key to the value before the first apply, and a key stays
 *   relaxed while a later step that needs it has not restored yet.
 *
 * Where: a directory only this user can write: /run/go-env-guard as root, else
 * $XDG_RUNTIME_DIR/go-env-guard, else /tmp/go-env-guard-<uid>, created 0700 and refused when it is a
 * symlink, owned by someone else, or writable by group or others. `ledger.json` is replaced atomically,
 * under `ledger.lock`: created with O_EXCL holding the holder's pid; a lock whose pid is dead is broken
 * (under a second O_EXCL file, `ledger.lock.break`, so two breakers cannot remove a fresh lock).
 * The ledger is cleared when the boot id changes. All I/O goes through the Host.
 */
import type { Host } from '../host/host.js'
import { errorCode, tempPathFor } from '../host/host.js'
import { specFor, validValue } from './allowlist.js'
import { oneLine } from './oneline.js'
import { OWNER } from './state.js'

export interface LedgerEntry {
  owner: string
  /** What the key was before this owner's change (handed down from a removed entry below, if any). */
  before: string
  /** What this owner set (equal to `before` for a hold). */
  after: string
  at: string
}

interface LedgerFile {
  version: 1
  tool: 'go-env-guard-ledger'
  bootId: string | null
  /** `<key> <netns or "host">` -> stack, oldest first. */
  stacks: Record<string, LedgerEntry[]>
}

export const LEDGER_FILE = 'ledger.json'
export const LOCK_FILE = 'ledger.lock'
/** How long to wait for another process's lock (a sysctl write through sudo may take 10 s). */
export const LOCK_WAIT_MS = 30_000
/** A lock file without a pid in it is a holder killed between create and write, once it stays so. */
const GARBAGE_GRACE_MS = 2_000
const STACK_MAX = 32
/**
 * Stacks kept in all. A network namespace that is gone leaves its stacks behind (nothing says it is
 * gone); past this many, the stacks whose newest entry is oldest are dropped.
 */
const STACKS_MAX = 256
const MAX_BYTES = 1 << 20

/** The ledger directory for this user, or why there is none. */
export function ledgerDir(host: Host): string | null {
  if (host.uid === null) return null
  if (host.uid === 0) return '/run/go-env-guard'
  const xdg = host.env['XDG_RUNTIME_DIR']
  if (xdg && xdg.startsWith('/') && !/[\n\0]/.test(xdg)) return `${xdg.replace(/\/+$/, '')}/go-env-guard`
  return `/tmp/go-env-guard-${host.uid}`
}

/** Creates the directory 0700 when missing; throws when it is not ours alone. */
async function ensureDir(host: Host, dir: string): Promise<void> {
  try {
    await host.mkdirPrivate(dir, 0o700)
  } catch (e) {
    if (errorCode(e) !== 'EEXIST') throw new Error(`cannot create ${dir} (${errorCode(e)})`, { cause: e })
  }
  const st = await host.lstat(dir)
  if (st.kind === 'symlink') throw new Error(`${dir} is a symbolic link; refused`)
  if (st.kind !== 'dir') throw new Error(`${dir} is not a directory; refused`)
  if (host.uid !== null && st.uid !== host.uid)
    throw new Error(`${dir} is owned by uid ${st.uid}, not by this user (uid ${host.uid}); refused`)
  if ((st.mode & 0o022) !== 0)
    throw new Error(`${dir} is writable by group or others (mode ${(st.mode & 0o777).toString(8)}); refused`)
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))
const pidOf = (text: string | null): number | null => {
  const m = text === null ? null : /^(\d{1,10})\n?$/.exec(text)
  return m ? Number(m[1]) : null
}

/**
 * Takes the lock; returns its release. A dead holder's lock is broken; a live one is waited for, up
 * to LOCK_WAIT_MS.
 */
async function lock(host: Host, dir: string, waitMs: number): Promise<() => Promise<void>> {
  const path = `${dir}/${LOCK_FILE}`
  const mine = `${host.pid}\n`
  const deadline = Date.now() + waitMs
  let garbageSince: number | null = null
  for (let round = 0; ; round++) {
    try {
      await host.createExclusive(path, mine, { mode: 0o600 })
      return async () => {
        const now = await host.readFile(path, 64).catch(() => null)
        if (now === mine) await host.unlink(path).catch(() => undefined)
      }
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw new Error(`cannot create ${path} (${errorCode(e)})`, { cause: e })
    }
    const seen = await host.readFile(path, 64).catch(() => null)
    if (seen !== null) {
      const pid = pidOf(seen)
      let stale: boolean
      if (pid !== null) {
        garbageSince = null
        stale = pid !== host.pid && !host.processAlive(pid)
      } else {
        garbageSince ??= Date.now()
        stale = Date.now() - garbageSince > GARBAGE_GRACE_MS
      }
      if (stale) {
        await breakStale(host, path, seen)
        continue
      }
      if (Date.now() > deadline)
        throw new Error(
          `${path} is held by ${pid !== null ? `pid ${pid}` : 'a process that wrote no pid'} for more than ${waitMs / 1000} s (remove it if that process is not go-env-guard)`
        )
    }
    await sleep(Math.min(50, 5 + round * 2) + Math.floor(Math.random() * 5))
  }
}

/** Removes a stale lock if it still holds what was seen, under the breaker's own O_EXCL file. */
async function breakStale(host: Host, path: string, seen: string): Promise<void> {
  const brk = `${path}.break`
  try {
    await host.createExclusive(brk, `${host.pid}\n`, { mode: 0o600 })
  } catch (e) {
    if (errorCode(e) !== 'EEXIST') throw new Error(`cannot create ${brk} (${errorCode(e)})`, { cause: e })
    // Another breaker is at work, or died at it: its file is removed once its pid is dead.
    const other = pidOf(await host.readFile(brk, 64).catch(() => null))
    if (other === null || (other !== host.pid && !host.processAlive(other)))
      await host.unlink(brk).catch(() => undefined)
    return
  }
  try {
    const now = await host.readFile(path, 64).catch(() => null)
    if (now === seen) await host.unlink(path).catch(() => undefined)
  } finally {
    await host.unlink(brk).catch(() => undefined)
  }
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/

/** Validates the ledger file; entries of unknown keys or bad values are dropped. */
function parseLedger(raw: unknown, bootId: string | null): { file: LedgerFile; dropped: number } {
  const file: LedgerFile = { version: 1, tool: 'go-env-guard-ledger', bootId, stacks: {} }
  const o = raw as Partial<LedgerFile> | null
  if (!o || typeof o !== 'object' || o.version !== 1 || o.tool !== 'go-env-guard-ledger')
    throw new Error('not a go-env-guard ledger')
  // After a reboot every key is back at its boot value: nothing in the ledger applies any more.
  if (bootId && o.bootId !== bootId) return { file, dropped: 0 }
  let dropped = 0
  for (const [id, stack] of Object.entries(o.stacks ?? {})) {
    const m = /^([a-z0-9_.-]{1,128}) (host|net:\[\d{1,20}\])$/.exec(id)
    const spec = m ? specFor(m[1]!) : undefined
    if (!spec || !Array.isArray(stack)) {
      dropped++
      continue
    }
    const ok: LedgerEntry[] = []
    for (const e of stack.slice(-STACK_MAX) as Partial<LedgerEntry>[]) {
      if (
        e &&
        typeof e.owner === 'string' &&
        OWNER.test(e.owner) &&
        typeof e.before === 'string' &&
        validValue(spec, e.before) &&
        typeof e.after === 'string' &&
        validValue(spec, e.after)
      )
        ok.push({
          owner: e.owner,
          before: e.before,
          after: e.after,
          at: typeof e.at === 'string' && ISO.test(e.at) ? e.at : ''
        })
      else dropped++
    }
    if (ok.length) file.stacks[id] = ok
  }
  return { file, dropped }
}

/** The ledger as read under the lock; changes are written by `save` (and at the end of withLedger). */
export class Ledger {
  private dirty = false
  constructor(
    private readonly host: Host,
    readonly dir: string,
    private readonly file: LedgerFile
  ) {}

  private id(key: string, netns: string | null): string {
    return `${key} ${netns ?? 'host'}`
  }

  /** The stack for a key (oldest first); a copy. */
  stack(key: string, netns: string | null): LedgerEntry[] {
    return (this.file.stacks[this.id(key, netns)] ?? []).map(e => ({ ...e }))
  }

  top(key: string, netns: string | null): LedgerEntry | null {
    return this.stack(key, netns).at(-1) ?? null
  }

  find(key: string, netns: string | null, owner: string): { entry: LedgerEntry; onTop: boolean } | null {
    const s = this.stack(key, netns)
    const i = s.findIndex(e => e.owner === owner)
    return i < 0 ? null : { entry: s[i]!, onTop: i === s.length - 1 }
  }

  /**
   * Pushes `owner`'s entry. The same owner changing the key again while on top keeps its original and
   * takes the new `after`; an older entry of the same owner below another one is removed first (its
   * before handed up, as when it restores) and the new one pushed.
   */
  push(key: string, netns: string | null, entry: LedgerEntry): void {
    const id = this.id(key, netns)
    const cur = this.file.stacks[id]
    const i = cur ? cur.findIndex(e => e.owner === entry.owner) : -1
    if (cur && i >= 0 && i === cur.length - 1) {
      cur[i] = { ...cur[i]!, after: entry.after, at: entry.at }
      this.dirty = true
      return
    }
    if (i >= 0) this.remove(key, netns, entry.owner)
    const s = (this.file.stacks[id] ??= [])
    s.push({ ...entry })
    if (s.length > STACK_MAX) s.splice(0, s.length - STACK_MAX)
    this.dirty = true
  }

  /** Sets what `owner` wrote (the value the kernel read back). */
  setAfter(key: string, netns: string | null, owner: string, after: string): void {
    const e = this.file.stacks[this.id(key, netns)]?.find(x => x.owner === owner)
    if (e && e.after !== after) {
      e.after = after
      this.dirty = true
    }
  }

  /**
   * Removes `owner`'s entry. When it was not on top, its `before` goes to the entry above it, which
   * then restores to it. Returns the owner of that entry (null when it was on top, or absent).
   */
  remove(key: string, netns: string | null, owner: string): string | null {
    const id = this.id(key, netns)
    const s = this.file.stacks[id]
    if (!s) return null
    const i = s.findIndex(e => e.owner === owner)
    if (i < 0) return null
    const [gone] = s.splice(i, 1)
    this.dirty = true
    let heir: string | null = null
    if (i < s.length) {
      s[i]!.before = gone!.before
      heir = s[i]!.owner
    }
    if (s.length === 0) delete this.file.stacks[id]
    return heir
  }

  /** Writes the ledger if it changed (atomically). */
  async save(): Promise<void> {
    if (!this.dirty) return
    const ids = Object.keys(this.file.stacks)
    if (ids.length > STACKS_MAX) {
      const newest = (id: string): string => this.file.stacks[id]!.reduce((m, e) => (e.at > m ? e.at : m), '')
      ids.sort((a, b) => (newest(a) < newest(b) ? -1 : newest(a) > newest(b) ? 1 : 0))
      for (const id of ids.slice(0, ids.length - STACKS_MAX)) delete this.file.stacks[id]
    }
    await this.host.writeFileAtomic(`${this.dir}/${LEDGER_FILE}`, JSON.stringify(this.file, null, 1) + '\n', {
      mode: 0o600
    })
    this.dirty = false
  }
}

/**
 * Runs `fn` with the ledger locked and read; saves it after. When the ledger cannot be used (no
 * private directory, a lock held too long, an unwritable file), `fn` runs with null and the reason,
 * so the caller can go on by its own record alone and say so.
 */
export async function withLedger<T>(
  host: Host,
  bootId: string | null,
  fn: (ledger: Ledger | null, unavailable: string | null) => Promise<T>,
  opts: { waitMs?: number } = {}
): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = []
  const dir = ledgerDir(host)
  let release: (() => Promise<void>) | null = null
  let ledger: Ledger | null = null
  let why: string | null = null
  try {
    if (!dir) throw new Error('this platform has no user id')
    await ensureDir(host, dir)
    release = await lock(host, dir, opts.waitMs ?? LOCK_WAIT_MS)
    const path = `${dir}/${LEDGER_FILE}`
    await host.unlink(tempPathFor(path)).catch(() => undefined)
    let file: LedgerFile = { version: 1, tool: 'go-env-guard-ledger', bootId, stacks: {} }
    const text = await host.readFile(path, MAX_BYTES).catch(e => {
      if (errorCode(e) === 'ENOENT') return null
      throw e
    })
    if (text !== null) {
      try {
        const p = parseLedger(JSON.parse(text), bootId)
        file = p.file
        if (p.dropped)
          warnings.push(`the restore-order ledger ${path} had ${p.dropped} invalid entries; dropped`)
      } catch (e) {
        warnings.push(
          `the restore-order ledger ${path} is unreadable (${oneLine(e instanceof Error ? e.message : String(e))}); starting a new one`
        )
      }
    }
    ledger = new Ledger(host, dir, file)
  } catch (e) {
    why = oneLine(e instanceof Error ? e.message : String(e))
    if (release) await release()
    release = null
  }
  try {
    const value = await fn(ledger, why)
    if (ledger) {
      try {
        await ledger.save()
      } catch (e) {
        warnings.push(
          `could not write the restore-order ledger in ${dir}: ${oneLine(e instanceof Error ? e.message : String(e))}`
        )
      }
    }
    return { value, warnings }
  } finally {
    if (release) await release()
  }
}
