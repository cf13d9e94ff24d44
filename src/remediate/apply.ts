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
import { desiredValue, normalise, refuseChange, sameValue, specFor } from './allowlist.js'
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
import { emptyState, writeStateFile, type SysctlChange, type TuneState } from './state.js'

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
}

/** `NAME<<DELIM\nvalue\nDELIM\n`: the multi-line form of GITHUB_ENV, safe for any value without the delimiter. */
export function githubEnvEntry(name: string, value: string, delimiter: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid variable name ${name}`)
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error('value contains the delimiter')
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`
}

async function persist(
  host: Host,
  path: string | null,
  state: TuneState,
  warnings: string[]
): Promise<boolean> {
  if (!path) return true
  try {
    await writeStateFile(host, path, state)
    return true
  } catch (e) {
    const msg = `could not write the tune state ${path}: ${e instanceof Error ? e.message : String(e)}`
    if (!warnings.includes(msg)) warnings.push(msg)
    return false
  }
}

async function applySysctl(
  host: Host,
  step: PlanStep,
  ctx: {
    privilege: () => Promise<Privilege>
    state: TuneState
    statePath: string | null
    warnings: string[]
    netns: () => Promise<string | null>
    now: () => string
  }
): Promise<StepOutcome> {
  const spec = specFor(step.key)
  if (!spec)
    return { step, status: 'failed', detail: `${step.key} is not on the tuning allow-list; never changed` }
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
    if (desiredValue(spec, live) === null)
      return {
        step,
        status: 'unchanged',
        detail: `${step.key} is already ${normalise(live)} (at or beyond the safe value)`,
        value: normalise(live)
      }
    return { step, status: 'skipped', detail: refused }
  }
  const priv = await ctx.privilege()
  if (priv.method === 'none') return { step, status: 'skipped', detail: priv.detail }

  // Write-ahead: the original is on record before the kernel changes. A second apply of the same key in
  // one job keeps the first original, so restore goes back to what the job started with.
  const netns = spec.namespaced ? await ctx.netns() : null
  let change = ctx.state.changes.find(
    c => c.key === step.key && (c.status === 'applied' || c.status === 'pending') && c.netns === netns
  )
  const previousAfter = change?.after
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
    change.after = normalise(to)
    change.status = 'pending'
  }
  if (!(await persist(host, ctx.statePath, ctx.state, ctx.warnings))) {
    // No record, no change: without the original on disk nothing could put it back.
    if (previousAfter !== undefined) {
      change.after = previousAfter
      change.status = 'applied'
    } else ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1)
    return {
      step,
      status: 'failed',
      detail: `not changed: the original value could not be recorded (${ctx.warnings.at(-1) ?? 'state file'})`
    }
  }

  const w = await writeSysctl(host, step.key, normalise(to), priv.method)
  const back: string | null = await readSysctl(host, step.key).catch(() => null)
  if (!w.ok) {
    // Nothing was written: the record goes back to what it was (or is marked failed).
    if (previousAfter !== undefined) {
      change.after = previousAfter
      change.status = 'applied'
    } else change.status = 'failed'
    await persist(host, ctx.statePath, ctx.state, ctx.warnings)
    const ex =
      w.code === 'ESUDO' || w.code === 'ENOSUDO'
        ? { status: 'skipped' as const, detail: `sudo refused: ${w.message}` }
        : explainWriteError(step.key, w.code, priv.method === 'sudo' ? w.message : '')
    return { step, status: ex.status, detail: ex.detail, method: priv.method }
  }
  if (back !== null && sameValue(back, to)) {
    change.status = 'applied'
    change.after = normalise(back)
    await persist(host, ctx.statePath, ctx.state, ctx.warnings)
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
  } else change.status = previousAfter !== undefined ? 'applied' : 'failed'
  await persist(host, ctx.statePath, ctx.state, ctx.warnings)
  return {
    step,
    status: 'failed',
    detail: `wrote ${normalise(to)} to ${step.key} but the kernel reports ${back === null ? 'nothing readable' : normalise(back)}`,
    method: priv.method
  }
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
  const state = opts.state ?? emptyState(now(), await currentBootId(host))
  const warnings: string[] = []
  const env: Record<string, string> = {}
  let privilege: Privilege | null = opts.privilege ?? null
  let netnsCache: Promise<string | null> | null = null
  const ctx = {
    privilege: async () => (privilege ??= await detectPrivilege(host)),
    state,
    statePath: opts.statePath,
    warnings,
    netns: () => (netnsCache ??= currentNetns(host)),
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
  await persist(host, opts.statePath, state, warnings)
  return { outcomes, state, env, privilege, warnings }
}
