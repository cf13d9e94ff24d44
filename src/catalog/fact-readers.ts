/**
 * Fact readers for the rules: each returns null when the fact is unknown or there are no facts at all, so
 * a rule can tell "unknown" (null) from a value; `evidence` is a ready-made evidence line. Also where the
 * job runs (GitHub-hosted, self-hosted, container, local), which the remedies depend on.
 */
import type {
  CgroupCpu,
  CgroupMemory,
  CgroupPids,
  CounterSnapshot,
  Facts,
  GoInfo,
  Limit,
  MountFact,
  RlimitName,
  SpaceFact,
  SysctlKey
} from '../facts/types.js'
import { valueOf } from '../facts/types.js'
import { fmtBytes } from '../facts/format.js'

export interface Reading<T> {
  value: T
  evidence: string
}

/** RLIM_INFINITY as a number that compares as expected. */
const limitNumber = (l: Limit): number => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l)
export const fmtLimit = (n: number): string => (Number.isFinite(n) ? String(n) : 'unlimited')

const RLIMIT_LABEL: Record<RlimitName, string> = {
  nofile: 'RLIMIT_NOFILE (ulimit -n)',
  nproc: 'RLIMIT_NPROC (ulimit -u)',
  as: 'RLIMIT_AS (ulimit -v)',
  stack: 'RLIMIT_STACK (ulimit -s)',
  memlock: 'RLIMIT_MEMLOCK (ulimit -l)'
}

export function rlimit(
  facts: Facts | null,
  name: RlimitName
): Reading<{ soft: number; hard: number }> | null {
  const r = facts ? valueOf(facts.rlimits?.[name]) : undefined
  if (!r) return null
  const soft = limitNumber(r.soft)
  const hard = limitNumber(r.hard)
  return {
    value: { soft, hard },
    evidence: `${RLIMIT_LABEL[name]}: soft ${fmtLimit(soft)}, hard ${fmtLimit(hard)}`
  }
}

/** A sysctl as an integer (first field for multi-field values); null when unknown or not numeric. */
export function sysctlNumber(facts: Facts | null, key: SysctlKey): Reading<number> | null {
  const raw = facts ? valueOf(facts.sysctl?.[key]) : undefined
  if (raw === undefined) return null
  const n = Number.parseInt(raw.trim().split(/\s+/)[0] ?? '', 10)
  if (!Number.isFinite(n)) return null
  return { value: n, evidence: `${key} = ${raw.trim()}` }
}

const cgroupDir = (dir: string): string => (dir ? ` (${dir})` : '')

/**
 * The limit that binds: the tightest among the cgroup and its visible ancestors (the probes'
 * effectiveMax) when it is below the cgroup's own, else the own one. A parent's limit (a Kubernetes
 * pod, a systemd slice, a container above a nested cgroup) stops the tests as surely as their own
 * cgroup's. `where` names the directory that sets it, and the own value when that differs.
 */
function bindingLimit(
  own: number | null,
  dir: string,
  effective: number | null | undefined,
  effectiveDir: string | null | undefined,
  show: (n: number | null) => string
): { max: number | null; where: string } {
  if (effective === undefined || effective === null || (own !== null && own <= effective))
    return { max: own, where: cgroupDir(dir) }
  const at = effectiveDir ? `set at ${effectiveDir}; ` : 'set by an ancestor; '
  return { max: effective, where: ` (${at}${dir || 'this cgroup'}: ${show(own)})` }
}

export function cgroupMemory(facts: Facts | null): Reading<CgroupMemory> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const m = cg ? valueOf(cg.memory) : undefined
  if (!m) return null
  const show = (n: number | null): string => (n === null ? 'unlimited' : fmtBytes(n))
  const { max, where } = bindingLimit(m.max, m.dir, m.effectiveMax, m.effectiveMaxDir, show)
  return {
    value: max === m.max ? m : { ...m, max },
    evidence: `cgroup ${cg?.version ?? ''} memory limit ${show(max)}${where}`.replace('  ', ' ')
  }
}

export function cgroupPids(facts: Facts | null): Reading<CgroupPids> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const p = cg ? valueOf(cg.pids) : undefined
  if (!p) return null
  const show = (n: number | null): string => (n === null ? 'max (unlimited)' : String(n))
  const { max, where } = bindingLimit(p.max, p.dir, p.effectiveMax, p.effectiveMaxDir, show)
  const cur = p.current === null ? '' : `, current ${p.current}`
  return {
    value: max === p.max ? p : { ...p, max },
    evidence: `cgroup pids.max ${show(max)}${cur}${where}`
  }
}

export function cgroupCpu(facts: Facts | null): Reading<CgroupCpu> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const c = cg ? valueOf(cg.cpu) : undefined
  if (!c) return null
  const q =
    c.quotaUs === null || c.periodUs === null
      ? 'no CPU quota'
      : `CPU quota ${c.quotaUs}us per ${c.periodUs}us period (${(c.limitCpus ?? c.quotaUs / c.periodUs).toFixed(2)} CPUs)`
  return { value: c, evidence: `cgroup ${q}${cgroupDir(c.dir)}` }
}

type CounterKey = Exclude<keyof CounterSnapshot, 'at'>

const COUNTER_LABEL: Record<CounterKey, string> = {
  memoryOomKill: 'cgroup memory oom_kill',
  memoryOom: 'cgroup memory oom events',
  memoryHigh: 'cgroup memory.events high (throttled over memory.high)',
  pidsEventsMax: 'cgroup pids.events max (forks rejected)',
  cpuNrThrottled: 'cgroup cpu.stat nr_throttled',
  cpuThrottledUsec: 'cgroup cpu.stat throttled time (us)',
  listenOverflows: 'TcpExtListenOverflows',
  vmstatOomKill: '/proc/vmstat oom_kill',
  memoryPeak: 'cgroup memory peak (bytes)'
}

/**
 * How much a counter grew between `facts.counters.before` and `.after` (a negative delta, e.g. after a
 * cgroup was recreated, reads as unknown). null when either side is missing.
 */
export function counterDelta(facts: Facts | null, key: CounterKey): Reading<number> | null {
  const b = facts?.counters?.before?.[key]
  const a = facts?.counters?.after?.[key]
  if (b === null || b === undefined || a === null || a === undefined) return null
  const d = a - b
  if (d < 0) return null
  return { value: d, evidence: `${COUNTER_LABEL[key]}: ${b} before the tests, ${a} after (+${d})` }
}

/** A counter as read after the tests (a level such as memoryPeak, not a count); null when not read. */
export function counterAfter(facts: Facts | null, key: CounterKey): number | null {
  const a = facts?.counters?.after?.[key]
  return typeof a === 'number' ? a : null
}

export function isRoot(facts: Facts | null): boolean | null {
  const u = facts ? valueOf(facts.system?.user) : undefined
  return u ? u.root : null
}

export function goInfo(facts: Facts | null): GoInfo | null {
  return (facts ? valueOf(facts.go) : undefined) ?? null
}

/** A Go environment variable as the probe saw it; undefined when Go facts are unknown. */
export function goEnv(facts: Facts | null, name: keyof GoInfo['env']): string | null | undefined {
  const g = goInfo(facts)
  if (!g) return undefined
  const v = g.env[name]
  return v === null || v.trim() === '' ? null : v.trim()
}

/** Temp directories with their mount facts known. */
export function tempMounts(facts: Facts | null): { role: string; path: string; mount: MountFact }[] {
  const out: { role: string; path: string; mount: MountFact }[] = []
  for (const t of facts?.mounts?.tempDirs ?? []) {
    const m = valueOf(t.mount)
    if (m) out.push({ role: t.role, path: t.path, mount: m })
  }
  return out
}

/** Storage locations (GOCACHE, temp, workspace...) with their free space known. */
export function storageSpaces(facts: Facts | null): { role: string; path: string; space: SpaceFact }[] {
  const out: { role: string; path: string; space: SpaceFact }[] = []
  for (const s of facts?.mounts?.storage ?? []) {
    const v = valueOf(s.space)
    if (v) out.push({ role: s.role, path: s.path, space: v })
  }
  return out
}

export type Where = 'github-hosted' | 'self-hosted' | 'container' | 'local' | 'unknown'

/** A container job wins over the runner kind: inside it, host settings cannot be changed. */
export function whereRuns(facts: Facts | null): Where {
  if (!facts) return 'unknown'
  const c = valueOf(facts.system?.container)
  if (c?.inContainer) return 'container'
  const r = valueOf(facts.system?.runner)
  if (!r) return 'unknown'
  if (r.kind === 'not-actions') return 'local'
  return r.kind
}
