/**
 * Puts back what `tune apply` changed. Idempotent: each entry is marked once handled, so a second run
 * finds nothing to do. A value someone else changed since apply (it is neither the value tune wrote nor
 * the original) is left alone with a warning: overwriting it would undo their change, not ours.
 * Environment variables exported through GITHUB_ENV need no restore: they end with the job.
 */
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { normalise, parseFields, sameValue, specFor } from './allowlist.js'
import {
  currentBootId,
  currentNetns,
  detectPrivilege,
  explainWriteError,
  readSysctl,
  writeSysctl,
  type Privilege
} from './privilege.js'
import { openChanges, writeStateFile, type SysctlChange, type TuneState } from './state.js'

export type RestoreStatus = 'restored' | 'already' | 'left-alone' | 'skipped' | 'failed'

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
}

/**
 * A tampered state must not turn restore into a way to set arbitrary values: the original must be a
 * value of the same shape that is no more relaxed than what tune set (restore only ever undoes a
 * relaxation).
 */
function refuseRestore(c: SysctlChange): string | null {
  const spec = specFor(c.key)
  if (!spec) return `${c.key} is not on the tuning allow-list; never touched`
  const b = parseFields(c.before)
  const a = parseFields(c.after)
  if (!b || !a || b.length !== a.length)
    return `${c.key}: the recorded values "${c.before}" / "${c.after}" are not valid`
  if (spec.better === 'higher' && b[0]! > a[0]!)
    return `${c.key}: the recorded original ${c.before} is above what tune set; not written`
  if (spec.better === 'lower' && b[0]! < a[0]!)
    return `${c.key}: the recorded original ${c.before} is below what tune set; not written`
  if (spec.better === 'wider' && (b[0]! < a[0]! || b[1]! > a[1]!))
    return `${c.key}: the recorded original ${c.before} is wider than what tune set; not written`
  return null
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
  let privilege: Privilege | null = opts.privilege ?? null
  const save = async (): Promise<void> => {
    if (!opts.statePath) return
    try {
      await writeStateFile(host, opts.statePath, state)
    } catch (e) {
      const msg = `could not update the tune state ${opts.statePath}: ${e instanceof Error ? e.message : String(e)}`
      if (!warnings.includes(msg)) warnings.push(msg)
    }
  }
  if (open.length === 0) return { outcomes, state, warnings, alreadyHandled, privilege }

  const bootId = await currentBootId(host)
  const netns = await currentNetns(host)
  // Newest first: if a key was changed twice, the last change is undone first.
  for (const c of [...open].reverse()) {
    const base = { key: c.key, rule: c.rule, before: c.before, after: c.after }
    const done = async (
      status: RestoreOutcome['status'],
      detail: string,
      live: string | null,
      mark: SysctlChange['status'] | null
    ) => {
      outcomes.push({ ...base, live, status, detail })
      if (mark) {
        c.status = mark
        c.note = detail
        await save()
      }
    }
    const refused = refuseRestore(c)
    if (refused) {
      warnings.push(refused)
      await done('skipped', refused, null, 'failed')
      continue
    }
    if (state.bootId && bootId && state.bootId !== bootId) {
      await done(
        'skipped',
        `the machine rebooted since apply: ${c.key} is back to its boot value`,
        null,
        'restored'
      )
      continue
    }
    if (c.netns && netns && c.netns !== netns) {
      // Another network namespace's value: not ours to touch from here. Left open for a restore there.
      const msg = `${c.key} was changed in network namespace ${c.netns}, and this is ${netns}: run restore there`
      warnings.push(msg)
      await done('skipped', msg, null, null)
      continue
    }
    let live: string
    try {
      live = normalise(await readSysctl(host, c.key))
    } catch (e) {
      const code = errorCode(e)
      const msg = `cannot read ${c.key} (${code}); not restored`
      warnings.push(msg)
      await done('failed', msg, null, null)
      continue
    }
    if (sameValue(live, c.before)) {
      await done('already', `${c.key} is already back at ${c.before}`, live, 'restored')
      continue
    }
    if (!sameValue(live, c.after)) {
      if (c.status === 'pending') {
        // The write never took effect (or was undone), and the value is not ours.
        await done(
          'left-alone',
          `${c.key} is ${live}: neither the original ${c.before} nor ${c.after}; tune never finished changing it, left alone`,
          live,
          'left-alone'
        )
        continue
      }
      const msg = `${c.key} was changed by someone else since tune set it to ${c.after} (now ${live}); left alone, not put back to ${c.before}`
      warnings.push(msg)
      await done('left-alone', msg, live, 'left-alone')
      continue
    }
    privilege ??= await detectPrivilege(host)
    if (privilege.method === 'none') {
      const msg = `${c.key} is still ${c.after} and cannot be put back to ${c.before}: ${privilege.detail}`
      warnings.push(msg)
      await done('failed', msg, live, null)
      continue
    }
    const w = await writeSysctl(host, c.key, c.before, privilege.method)
    if (!w.ok) {
      const ex = explainWriteError(c.key, w.code, privilege.method === 'sudo' ? w.message : '')
      const msg = `${c.key} not put back to ${c.before}: ${w.code === 'ESUDO' ? `sudo refused: ${w.message}` : ex.detail}`
      warnings.push(msg)
      await done('failed', msg, live, null)
      continue
    }
    const back: string | null = await readSysctl(host, c.key).then(normalise, () => null)
    if (back !== null && sameValue(back, c.before))
      await done('restored', `${c.after} -> ${c.before} (read back)`, live, 'restored')
    else {
      const msg = `${c.key}: wrote ${c.before} but the kernel reports ${back ?? 'nothing readable'}`
      warnings.push(msg)
      await done('failed', msg, live, null)
    }
  }
  return { outcomes, state, warnings, alreadyHandled, privilege }
}
