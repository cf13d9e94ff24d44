/**
 * Performs a TunePlan's automatic steps through the Host: allow-listed sysctls (re-checked against the
 * LIVE value just before writing, read back after), and environment variables for the following steps
 * (GITHUB_ENV). Never throws for a step: each step gets an outcome. Every change is recorded in the
 * state before it is made (write-ahead), so restore can always find the original.
 */
import { randomBytes } from 'node:crypto'
import { findMount, parseMountinfo } from '../facts/parse-mountinfo.js'
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { desiredValue, normalise, refuseChange, sameValue, specFor, type SysctlSpec } from './allowlist.js'
import { withLedger, type Ledger } from './ledger.js'
import { oneLine } from './oneline.js'
import type { PlanStep, TunePlan } from './plan.js'
import {
  currentBootId,
  currentNetns,
  detectPrivilege,
  explainWriteError,
  readSysctl,
  writeSysctl,
  type Privilege
} from './privilege.js'
import {
  emptyState,
  newOwner,
  signState,
  writeStateFile,
  type SysctlChange,
  type TuneState
} from './state.js'

export type OutcomeStatus = 'applied' | 'unchanged' | 'planned' | 'skipped' | 'failed'

export interface StepOutcome {
  step: PlanStep
  status: OutcomeStatus
  detail: string
  /** The value read back after the change (sysctl) or exported (env). */
  value?: string
  method?: 'direct' | 'sudo'
}

export interface ApplyResult {
  outcomes: StepOutcome[]
  state: TuneState
  /** Variables exported for the following steps (also for the action's own `go test` child). */
  env: Record<string, string>
  /** Set when a sysctl step needed it. */
  privilege: Privilege | null
  /** Security relaxations that were applied, problems writing the state: for the log and summary. */
  warnings: string[]
}

export interface ApplyOptions {
  /** Where to keep the state (write-ahead); null keeps it in memory only (the caller saves it). */
  statePath: string | null
  /** A state to extend (an earlier apply in the same job); a new one otherwise. */
  state?: TuneState | null
  /** Overrides privilege detection (tests). */
  privilege?: Privilege
  /** The GITHUB_ENV file; default host.env.GITHUB_ENV. null: do not export. */
  githubEnv?: string | null
  /** Who changes the keys, in the ledger; default the state's owner, else a new `cli:` one. */
  owner?: string
  /** Signs each entry of the state file with this key (the action; see state.entryMac). */
  macKey?: string
  /** Called with the state after each record is written (the action re-saves its step state). */
  onRecord?: (state: TuneState) => void
}

/** `NAME<<DELIM\nvalue\nDELIM\n`: the multi-line form of GITHUB_ENV, safe for any value without the delimiter. */
export function githubEnvEntry(name: string, value: string, delimiter: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid variable name ${name}`)
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error('value contains the delimiter')
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`
}

async function persist(
  host: Host,
  ctx: {
    statePath: string | null
    macKey?: string
    onRecord?: (state: TuneState) => void
    lastWritten?: string
  },
  state: TuneState,
  warnings: string[]
): Promise<boolean> {
  ctx.lastWritten = JSON.stringify(state)
  let ok = true
  if (ctx.statePath) {
    try {
      await writeStateFile(host, ctx.statePath, ctx.macKey ? signState(state, ctx.macKey) : state)
    } catch (e) {
      const msg = `could not write the tune state ${ctx.statePath}: ${oneLine(e instanceof Error ? e.message : String(e))}`
      if (!warnings.includes(msg)) warnings.push(msg)
      ok = false
    }
  }
  // The action's saved step state gets the same record (the post step falls back to it).
  if (ok && ctx.onRecord) {
    try {
      ctx.onRecord(state)
    } catch (e) {
      const msg = `could not save the step state: ${oneLine(e instanceof Error ? e.message : String(e))}`
      if (!warnings.includes(msg)) warnings.push(msg)
      ok = !ctx.statePath ? false : ok
    }
  }
  return ok
}

interface SysctlCtx {
  privilege: () => Promise<Privilege>
  state: TuneState
  owner: string
  statePath: string | null
  macKey?: string
  onRecord?: (state: TuneState) => void
  /** The state as last written: an outcome that changed nothing is not written again. */
  lastWritten?: string
  warnings: string[]
  netns: () => Promise<string | null>
  /** This boot's id (the ledger is cleared when it changes). */
  bootId: string | null
  now: () => string
}

async function applySysctl(host: Host, step: PlanStep, ctx: SysctlCtx): Promise<StepOutcome> {
  const spec = specFor(step.key)
  if (!spec)
    return { step, status: 'failed', detail: `${step.key} is not on the tuning allow-list; never changed` }
  const netns = spec.namespaced ? await ctx.netns() : null
  // The live value is read, checked and changed with the ledger locked, so two steps changing the same
  // key at once are put in one order, and the ledger's stack is that order.
  const { value, warnings } = await withLedger(host, ctx.bootId, (ledger, unavailable) => {
    if (unavailable) {
      const msg = `the restore-order ledger is unavailable (${unavailable}); restores follow each step's own record only`
      if (!ctx.warnings.includes(msg)) ctx.warnings.push(msg)
    }
    return changeSysctl(host, step, spec, netns, ledger, ctx)
  })
  for (const w of warnings) if (!ctx.warnings.includes(w)) ctx.warnings.push(w)
  // Recorded as applied (or as failed) once the ledger is written and unlocked.
  if (JSON.stringify(ctx.state) !== ctx.lastWritten) await persist(host, ctx, ctx.state, ctx.warnings)
  return value
}

async function changeSysctl(
  host: Host,
  step: PlanStep,
  spec: SysctlSpec,
  netns: string | null,
  ledger: Ledger | null,
  ctx: SysctlCtx
): Promise<StepOutcome> {
  const to = step.to ?? ''
  let live: string
  try {
    live = await readSysctl(host, step.key)
  } catch (e) {
    const code = errorCode(e)
    return {
      step,
      status: code === 'ENOENT' ? 'skipped' : 'failed',
      detail: explainWriteError(step.key, code, '').detail.replace('writing', 'reading')
    }
  }
  const refused = refuseChange(step.key, live, to)
  if (refused) {
    if (desiredValue(spec, live) === null) {
      const held = await hold(host, step, normalise(live), netns, ledger, ctx)
      return {
        step,
        status: 'unchanged',
        detail: `${step.key} is already ${normalise(live)} (at or beyond the safe value)${held ? `; ${held}` : ''}`,
        value: normalise(live)
      }
    }
    return { step, status: 'skipped', detail: refused }
  }
  const priv = await ctx.privilege()
  if (priv.method === 'none') return { step, status: 'skipped', detail: priv.detail }

  // Write-ahead: the original is on record before the kernel changes. A second apply of the same key in
  // one job keeps the first original, so restore goes back to what the job started with.
  let change = ctx.state.changes.find(
    c => c.key === step.key && (c.status === 'applied' || c.status === 'pending') && c.netns === netns
  )
  const previous = change ? { after: change.after, before: change.before } : undefined
  if (!change) {
    change = {
      kind: 'sysctl',
      key: step.key,
      before: normalise(live),
      after: normalise(to),
      rule: step.rule,
      method: priv.method,
      status: 'pending',
      at: ctx.now(),
      netns
    } satisfies SysctlChange
    ctx.state.changes.push(change)
  } else {
    // A hold (before = after) that now changes the key records the value it found as its original.
    if (change.before === change.after) change.before = normalise(live)
    change.after = normalise(to)
    change.status = 'pending'
  }
  const undo = (): void => {
    if (previous !== undefined) {
      change.after = previous.after
      change.before = previous.before
      change.status = 'applied'
    } else ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1)
  }
  if (!(await persist(host, ctx, ctx.state, ctx.warnings))) {
    // No record, no change: without the original on disk nothing could put it back.
    undo()
    return {
      step,
      status: 'failed',
      detail: `not changed: the original value could not be recorded (${ctx.warnings.at(-1) ?? 'state file'})`
    }
  }
  if (ledger) {
    ledger.push(step.key, netns, {
      owner: ctx.owner,
      before: normalise(live),
      after: normalise(to),
      at: ctx.now()
    })
    try {
      await ledger.save()
    } catch (e) {
      ledger.remove(step.key, netns, ctx.owner)
      undo()
      return {
        step,
        status: 'failed',
        detail: `not changed: the restore-order ledger could not be written (${oneLine(e instanceof Error ? e.message : String(e))})`
      }
    }
  }

  const w = await writeSysctl(host, step.key, normalise(to), priv.method)
  const back: string | null = await readSysctl(host, step.key).catch(() => null)
  if (!w.ok) {
    // Nothing was written: the record goes back to what it was (or is marked failed).
    if (previous !== undefined) {
      change.after = previous.after
      change.before = previous.before
      change.status = 'applied'
      ledger?.setAfter(step.key, netns, ctx.owner, previous.after)
    } else {
      change.status = 'failed'
      ledger?.remove(step.key, netns, ctx.owner)
    }
    const ex =
      w.code === 'ESUDO' || w.code === 'ENOSUDO'
        ? { status: 'skipped' as const, detail: `sudo refused: ${w.message}` }
        : explainWriteError(step.key, w.code, priv.method === 'sudo' ? w.message : '')
    return { step, status: ex.status, detail: ex.detail, method: priv.method }
  }
  if (back !== null && sameValue(back, to)) {
    change.status = 'applied'
    change.after = normalise(back)
    ledger?.setAfter(step.key, netns, ctx.owner, change.after)
    if (step.warning && spec.causeOnly)
      ctx.warnings.push(`${step.key} set to ${normalise(to)}: ${step.warning}`)
    return {
      step,
      status: 'applied',
      detail: `set; read back ${normalise(back)}`,
      value: normalise(back),
      method: priv.method
    }
  }
  // The write "succeeded" but the kernel reports something else: record what is there now so restore
  // can still put the original back if it moved, and say so.
  if (back !== null && !sameValue(back, change.before)) {
    change.status = 'applied'
    change.after = normalise(back)
    ledger?.setAfter(step.key, netns, ctx.owner, change.after)
  } else if (previous !== undefined) change.status = 'applied'
  else {
    change.status = 'failed'
    ledger?.remove(step.key, netns, ctx.owner)
  }
  return {
    step,
    status: 'failed',
    detail: `wrote ${normalise(to)} to ${step.key} but the kernel reports ${back === null ? 'nothing readable' : normalise(back)}`,
    method: priv.method
  }
}

/**
 * The key is already where this step wants it because another go-env-guard step (another use of the
 * action, another job, a CLI run) set it and has not restored it yet. This step then holds it: an entry
 * with before = after on top of the ledger's stack, recorded in this step's state like a change. Whichever
 * of them restores first leaves the key for the other; the last one puts back the original. Returns the
 * note for the outcome, or null when there is nothing to hold.
 */
async function hold(
  host: Host,
  step: PlanStep,
  live: string,
  netns: string | null,
  ledger: Ledger | null,
  ctx: SysctlCtx
): Promise<string | null> {
  const top = ledger?.top(step.key, netns)
  if (!ledger || !top || top.owner === ctx.owner || !sameValue(top.after, live)) return null
  const priv = await ctx.privilege()
  if (priv.method === 'none') return null
  const change: SysctlChange = {
    kind: 'sysctl',
    key: step.key,
    before: live,
    after: live,
    rule: step.rule,
    method: priv.method,
    status: 'applied',
    at: ctx.now(),
    netns,
    note: 'held: set by another go-env-guard step that had not restored it'
  }
  ctx.state.changes.push(change)
  if (!(await persist(host, ctx, ctx.state, ctx.warnings))) {
    ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1)
    return null
  }
  ledger.push(step.key, netns, { owner: ctx.owner, before: live, after: live, at: ctx.now() })
  return 'another go-env-guard step set it and has not restored it yet: this step holds it, and the last of them to restore puts the original back'
}

/** Whether `dir` is on a mount that allows exec (the reason GOTMPDIR moves there). */
async function execCapable(host: Host, dir: string): Promise<{ ok: boolean; detail: string }> {
  let real = dir
  try {
    real = await host.realpath(dir)
  } catch {
    /* keep dir */
  }
  try {
    const mounts = parseMountinfo(await host.readFile('/proc/self/mountinfo', 4 << 20))
    const m = findMount(mounts, real)
    if (!m) return { ok: true, detail: 'no mount found for it (assumed exec-capable)' }
    if (m.options.includes('noexec'))
      return { ok: false, detail: `${real} is on ${m.mountPoint}, mounted noexec` }
    return { ok: true, detail: `${real} is on ${m.mountPoint} (${m.fsType}), exec allowed` }
  } catch (e) {
    return { ok: true, detail: `mount options unknown (${e instanceof Error ? e.message : String(e)})` }
  }
}

async function applyEnv(
  host: Host,
  step: PlanStep,
  ctx: { githubEnv: string | null; state: TuneState; env: Record<string, string> }
): Promise<StepOutcome> {
  const value = step.to ?? ''
  if (!ctx.githubEnv)
    return {
      step,
      status: 'skipped',
      detail: `not in a GitHub Actions job (no GITHUB_ENV): set it in your shell: export ${step.key}='${value.replace(/'/g, `'\\''`)}'`
    }
  if (step.key === 'GOTMPDIR' || step.key === 'GOCACHE') {
    try {
      await host.mkdir(value)
    } catch (e) {
      return {
        step,
        status: 'failed',
        detail: `could not create ${value}: ${e instanceof Error ? e.message : String(e)}`
      }
    }
    const st = await host.lstat(value).catch(() => null)
    if (!st || st.kind !== 'dir') return { step, status: 'failed', detail: `${value} is not a directory` }
    if (step.key === 'GOTMPDIR') {
      const ex = await execCapable(host, value)
      if (!ex.ok)
        return {
          step,
          status: 'failed',
          detail: `${ex.detail}: it would not help; pick an exec-capable directory`
        }
    }
  }
  try {
    const delim = `ghadelimiter_${randomBytes(16).toString('hex')}`
    await host.writeFile(ctx.githubEnv, githubEnvEntry(step.key, value, delim), { append: true })
  } catch (e) {
    return {
      step,
      status: 'failed',
      detail: `could not append to GITHUB_ENV: ${e instanceof Error ? e.message : String(e)}`
    }
  }
  ctx.env[step.key] = value
  ctx.state.env.push({ name: step.key, value, rule: step.rule, file: ctx.githubEnv })
  return {
    step,
    status: 'applied',
    detail: `${step.key}=${value} for the following steps (GITHUB_ENV)`,
    value
  }
}

export async function applyPlan(host: Host, plan: TunePlan, opts: ApplyOptions): Promise<ApplyResult> {
  const now = (): string => new Date(host.now()).toISOString()
  const owner = opts.owner ?? opts.state?.owner ?? newOwner('cli')
  const bootId = await currentBootId(host)
  const state = opts.state ?? emptyState(now(), bootId, owner)
  state.owner = owner
  const warnings: string[] = []
  const env: Record<string, string> = {}
  let privilege: Privilege | null = opts.privilege ?? null
  let netnsCache: Promise<string | null> | null = null
  const ctx: SysctlCtx = {
    privilege: async () => (privilege ??= await detectPrivilege(host)),
    state,
    owner,
    statePath: opts.statePath,
    ...(opts.macKey ? { macKey: opts.macKey } : {}),
    ...(opts.onRecord ? { onRecord: opts.onRecord } : {}),
    warnings,
    netns: () => (netnsCache ??= currentNetns(host)),
    bootId,
    now
  }
  const githubEnv = opts.githubEnv === undefined ? (host.env['GITHUB_ENV'] ?? null) : opts.githubEnv
  const outcomes: StepOutcome[] = []
  for (const step of plan.steps) {
    if (!step.auto) {
      outcomes.push({ step, status: 'planned', detail: step.manual ?? 'shown, not applied' })
      continue
    }
    try {
      if (step.kind === 'sysctl') outcomes.push(await applySysctl(host, step, ctx))
      else if (step.kind === 'env') outcomes.push(await applyEnv(host, step, { githubEnv, state, env }))
      else outcomes.push({ step, status: 'planned', detail: step.manual ?? 'shown, not applied' })
    } catch (e) {
      outcomes.push({ step, status: 'failed', detail: e instanceof Error ? e.message : String(e) })
    }
  }
  await persist(host, ctx, state, warnings)
  return { outcomes, state, env, privilege, warnings }
}
