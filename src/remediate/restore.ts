/**
 * Puts back what `tune apply` changed. Idempotent: each entry is marked once handled, so a second run
 * finds nothing to do. A value someone else changed since apply (it is neither the value tune wrote nor
 * the original) is left alone with a warning: overwriting it would undo their change, not ours.
 * Environment variables exported through GITHUB_ENV need no restore: they end with the job.
 */
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { belowFloor, normalise, parseFields, sameValue, specFor, validValue } from './allowlist.js'
import { withLedger, type Ledger } from './ledger.js'
import { oneLine } from './oneline.js'
import {
  currentBootId,
  currentNetns,
  detectPrivilege,
  explainWriteError,
  readSysctl,
  writeSysctl,
  type Privilege
} from './privilege.js'
import { openChanges, signState, writeStateFile, type SysctlChange, type TuneState } from './state.js'

export type RestoreStatus = 'restored' | 'already' | 'handed-over' | 'left-alone' | 'skipped' | 'failed'

export interface RestoreOutcome {
  key: string
  rule: string
  /** The original value (what restore puts back). */
  before: string
  /** What tune had set. */
  after: string
  /** What the kernel reported when restore looked (null: unreadable). */
  live: string | null
  status: RestoreStatus
  detail: string
}

export interface RestoreResult {
  outcomes: RestoreOutcome[]
  state: TuneState
  /** Changed-by-someone-else, failures, state problems. */
  warnings: string[]
  /** Entries that an earlier restore already handled. */
  alreadyHandled: number
  privilege: Privilege | null
}

export interface RestoreOptions {
  /** Where the state lives, to record progress; null: the caller saves it. */
  statePath: string | null
  privilege?: Privilege
  /** Whose entries to look up in the ledger; default the state's owner (none: the record alone). */
  owner?: string
  /** Signs the entries of the state file written back (the action). */
  macKey?: string
}

/**
 * A tampered state must not turn restore into a way to set arbitrary values: the value to write must
 * have the key's shape, be no more relaxed than what tune set (restore only ever undoes a relaxation),
 * and not be tighter than the key's floor.
 */
export function refuseRestore(key: string, before: string, after: string): string | null {
  const spec = specFor(key)
  if (!spec) return `${key} is not on the tuning allow-list; never touched`
  if (!validValue(spec, before) && !validValue(spec, normalise(before)))
    return `${key}: the recorded original is not a ${key} value; not written`
  const b = parseFields(before)
  const a = parseFields(after)
  if (!b || !a || b.length !== a.length) return `${key}: the recorded values are not valid; not written`
  if (spec.better === 'higher' && b[0]! > a[0]!)
    return `${key}: the recorded original ${normalise(before)} is above what tune set; not written`
  if (spec.better === 'lower' && b[0]! < a[0]!)
    return `${key}: the recorded original ${normalise(before)} is below what tune set; not written`
  if (spec.better === 'wider' && (b[0]! < a[0]! || b[1]! > a[1]!))
    return `${key}: the recorded original ${normalise(before)} is wider than what tune set; not written`
  const floor = belowFloor(spec, before)
  if (floor) return `${floor}; not written, left at ${normalise(after)}`
  return null
}

interface Decided {
  status: RestoreStatus
  detail: string
  live: string | null
  /** The state entry's new status; null leaves it open (a later restore tries again). */
  mark: SysctlChange['status'] | null
  warn?: boolean
}

export async function restoreState(
  host: Host,
  state: TuneState,
  opts: RestoreOptions
): Promise<RestoreResult> {
  const warnings: string[] = []
  const outcomes: RestoreOutcome[] = []
  const open = openChanges(state)
  const alreadyHandled = state.changes.length - open.length
  const owner = opts.owner ?? state.owner ?? null
  let privilege: Privilege | null = opts.privilege ?? null
  const save = async (): Promise<void> => {
    if (!opts.statePath) return
    try {
      await writeStateFile(host, opts.statePath, opts.macKey ? signState(state, opts.macKey) : state)
    } catch (e) {
      const msg = `could not update the tune state ${opts.statePath}: ${oneLine(e instanceof Error ? e.message : String(e))}`
      if (!warnings.includes(msg)) warnings.push(msg)
    }
  }
  if (open.length === 0) return { outcomes, state, warnings, alreadyHandled, privilege }

  const bootId = await currentBootId(host)
  const netns = await currentNetns(host)
  const priv = async (): Promise<Privilege> => (privilege ??= await detectPrivilege(host))
  // Newest first: if a key was changed twice, the last change is undone first.
  for (const c of [...open].reverse()) {
    const base = { key: c.key, rule: c.rule, before: c.before, after: c.after }
    const done = async (d: Decided): Promise<void> => {
      outcomes.push({ ...base, live: d.live, status: d.status, detail: d.detail })
      if (d.warn && !warnings.includes(d.detail)) warnings.push(d.detail)
      if (d.mark) {
        c.status = d.mark
        c.note = d.detail
        await save()
      }
    }
    const refused = refuseRestore(c.key, c.before, c.after)
    if (refused) {
      // Nothing is written for it, and this step is done with the key: its ledger entry goes (handing
      // the ledger's own original to a later step above it, if any).
      if (owner) await withLedger(host, bootId, async l => l?.remove(c.key, c.netns, owner))
      await done({ status: 'skipped', detail: refused, live: null, mark: 'failed', warn: true })
      continue
    }
    if (state.bootId && bootId && state.bootId !== bootId) {
      await done({
        status: 'skipped',
        detail: `the machine rebooted since apply: ${c.key} is back to its boot value`,
        live: null,
        mark: 'restored'
      })
      continue
    }
    if (c.netns && netns && c.netns !== netns) {
      // Another network namespace's value: not ours to touch from here. Left open for a restore there.
      await done({
        status: 'skipped',
        detail: `${c.key} was changed in network namespace ${c.netns}, and this is ${netns}: run restore there`,
        live: null,
        mark: null,
        warn: true
      })
      continue
    }
    if (!owner) {
      await done(await restoreOne(host, c, null, null, priv))
      continue
    }
    const { value, warnings: lw } = await withLedger(host, bootId, async (ledger, unavailable) => {
      if (unavailable) {
        const msg = `the restore-order ledger is unavailable (${unavailable}); ${c.key} is restored by this step's record alone`
        if (!warnings.includes(msg)) warnings.push(msg)
      }
      return restoreOne(host, c, ledger, owner, priv)
    })
    for (const w of lw) if (!warnings.includes(w)) warnings.push(w)
    await done(value)
  }
  return { outcomes, state, warnings, alreadyHandled, privilege }
}

/** One entry, with the ledger locked (or without a ledger). */
async function restoreOne(
  host: Host,
  c: SysctlChange,
  ledger: Ledger | null,
  owner: string | null,
  priv: () => Promise<Privilege>
): Promise<Decided> {
  const found = ledger && owner ? ledger.find(c.key, c.netns, owner) : null
  if (ledger && owner && found && !found.onTop) {
    // A later step changed this key again (or holds it) and has not restored it: it gets our original.
    const heir = ledger.remove(c.key, c.netns, owner)
    return {
      status: 'handed-over',
      detail: `${c.key}: a later go-env-guard step (${heir ?? 'unknown'}) changed it after this one and has not restored it yet; nothing written here, that step puts back ${normalise(found.entry.before)}`,
      live: null,
      mark: 'handed-over'
    }
  }
  let target = normalise(c.before)
  let expect = normalise(c.after)
  if (found) {
    const refused =
      found.entry.before === c.before ? null : refuseRestore(c.key, found.entry.before, found.entry.after)
    if (!refused) {
      target = normalise(found.entry.before)
      expect = normalise(found.entry.after)
    }
  }
  const pop = (): void => {
    if (ledger && owner && found) ledger.remove(c.key, c.netns, owner)
  }
  let live: string
  try {
    live = normalise(await readSysctl(host, c.key))
  } catch (e) {
    return {
      status: 'failed',
      detail: `cannot read ${c.key} (${errorCode(e)}); not restored`,
      live: null,
      mark: null,
      warn: true
    }
  }
  if (sameValue(live, target)) {
    pop()
    return { status: 'already', detail: `${c.key} is already back at ${target}`, live, mark: 'restored' }
  }
  if (!sameValue(live, expect)) {
    pop()
    if (c.status === 'pending')
      // The write never took effect (or was undone), and the value is not ours.
      return {
        status: 'left-alone',
        detail: `${c.key} is ${live}: neither the original ${target} nor ${expect}; tune never finished changing it, left alone`,
        live,
        mark: 'left-alone'
      }
    return {
      status: 'left-alone',
      detail: `${c.key} was changed by someone else since tune set it to ${expect} (now ${live}); left alone, not put back to ${target}`,
      live,
      mark: 'left-alone',
      warn: true
    }
  }
  const p = await priv()
  if (p.method === 'none')
    return {
      status: 'failed',
      detail: `${c.key} is still ${expect} and cannot be put back to ${target}: ${p.detail}`,
      live,
      mark: null,
      warn: true
    }
  const w = await writeSysctl(host, c.key, target, p.method)
  if (!w.ok) {
    const ex = explainWriteError(c.key, w.code, p.method === 'sudo' ? w.message : '')
    return {
      status: 'failed',
      detail: `${c.key} not put back to ${target}: ${w.code === 'ESUDO' ? `sudo refused: ${oneLine(w.message)}` : ex.detail}`,
      live,
      mark: null,
      warn: true
    }
  }
  const back: string | null = await readSysctl(host, c.key).then(normalise, () => null)
  if (back !== null && sameValue(back, target)) {
    pop()
    return { status: 'restored', detail: `${expect} -> ${target} (read back)`, live, mark: 'restored' }
  }
  return {
    status: 'failed',
    detail: `${c.key}: wrote ${target} but the kernel reports ${back ?? 'nothing readable'}`,
    live,
    mark: null,
    warn: true
  }
}
