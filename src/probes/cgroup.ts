import type { Host } from '../host/host.js'
import {
  known,
  unknown,
  type CgroupCpu,
  type CgroupInfo,
  type CgroupMemory,
  type CgroupPids,
  type Fact
} from '../facts/types.js'
import {
  cgroupVersion,
  parseCgroupValue,
  parseCpuMax,
  parseFlatKeyed,
  parseProcCgroup,
  resolveCgroupDir,
  v1MemoryLimit,
  type ResolvedDir
} from '../facts/parse-cgroup.js'
import type { MountEntry } from '../facts/parse-mountinfo.js'
import { failed, read, type ReadResult } from './util.js'

/** Inode of the initial cgroup namespace (PROC_CGROUP_INIT_INO = 0xEFFFFFFB, include/linux/proc_ns.h). */
const INIT_CGROUP_NS = 'cgroup:[4026531835]'
const MAX_DEPTH = 32

/** Where one controller's files live, and how to read them. */
interface ControllerDir {
  version: 'v1' | 'v2'
  dir: string
  /** The mount point: ancestors are walked up to here, never beyond the mount. */
  top: string
  /** The process is in the hierarchy's real root cgroup (not a namespace root). */
  isRoot: boolean
}

/**
 * Whether /proc/self/cgroup is relative to a private cgroup namespace: the link /proc/self/ns/cgroup
 * names the initial namespace's inode when it is not. When the link cannot be read, a mount root
 * starting with `/..` (only possible from inside a namespace) is the fallback evidence.
 */
export async function probeCgroupNamespaced(
  host: Host,
  mounts: readonly MountEntry[] | null
): Promise<boolean | null> {
  try {
    const link = await host.readlink('/proc/self/ns/cgroup')
    if (/^cgroup:\[\d+\]$/.test(link)) return link !== INIT_CGROUP_NS
  } catch {
    // fall through
  }
  if (mounts?.some(m => (m.fsType === 'cgroup' || m.fsType === 'cgroup2') && m.root.startsWith('/..')))
    return true
  return null
}

async function num(host: Host, path: string): Promise<{ r: ReadResult; v: number | 'max' | null }> {
  const r = await read(host, path, 4096)
  return { r, v: r.ok ? parseCgroupValue(r.text) : null }
}

async function keyed(host: Host, path: string): Promise<{ r: ReadResult; v: Record<string, number> | null }> {
  const r = await read(host, path, 16 * 1024)
  return { r, v: r.ok ? parseFlatKeyed(r.text) : null }
}

const orNull = (v: number | 'max' | null): number | null => (v === 'max' || v === null ? null : v)

/** The directories from `dir` up to and including `top`, nearest first. */
export function ancestors(dir: string, top: string): string[] {
  const out = [dir]
  let d = dir
  for (let i = 0; i < MAX_DEPTH && d !== top && d.length > top.length; i++) {
    d = d.slice(0, d.lastIndexOf('/')) || '/'
    out.push(d)
  }
  return out
}

/**
 * The tightest limit among `dir` and its ancestors up to the mount point. Limits are hierarchical in
 * both versions (v1 memory when memory.use_hierarchy is 1, the default and, on recent kernels, the
 * only mode), so a parent's limit binds its children. Unreadable or absent files are skipped (the root has none).
 */
async function tightest(
  c: ControllerDir,
  readLimit: (dir: string) => Promise<number | null>
): Promise<{ value: number | null; dir: string | null }> {
  const dirs = ancestors(c.dir, c.top)
  const values = await Promise.all(dirs.map(d => readLimit(d).catch(() => null)))
  let best: { value: number | null; dir: string | null } = { value: null, dir: null }
  values.forEach((v, i) => {
    if (v !== null && (best.value === null || v < best.value)) best = { value: v, dir: dirs[i] }
  })
  return best
}

function rootNote(c: ControllerDir, files: string): string {
  return `${c.dir} is the root cgroup, which has no ${files}: no cgroup limit applies there`
}

export async function probeCgroupMemory(host: Host, c: ControllerDir): Promise<Fact<CgroupMemory>> {
  const notes: string[] = []
  const d = c.dir
  if (c.version === 'v2') {
    const [max, high, current, peak, events] = await Promise.all([
      num(host, `${d}/memory.max`),
      num(host, `${d}/memory.high`),
      num(host, `${d}/memory.current`),
      num(host, `${d}/memory.peak`),
      keyed(host, `${d}/memory.events`)
    ])
    if (!max.r.ok) {
      if (max.r.code !== 'ENOENT') return failed(max.r)
      if (!c.isRoot) return unknown(`the memory controller is not enabled for ${d} (no memory.max)`)
      notes.push(rootNote(c, 'memory.max, memory.current or memory.events'))
    }
    if (!peak.r.ok && max.r.ok) notes.push(`${d}/memory.peak is absent (added in Linux 5.19)`)
    const lim = await tightest(c, async dir => orNull((await num(host, `${dir}/memory.max`)).v))
    return known({
      max: orNull(max.v),
      high: orNull(high.v),
      current: orNull(current.v),
      peak: orNull(peak.v),
      oomKill: events.v?.oom_kill ?? null,
      oom: events.v?.oom ?? null,
      dir: d,
      effectiveMax: lim.value,
      effectiveMaxDir: lim.dir,
      ...(notes.length ? { notes } : {})
    })
  }
  const [limit, usage, maxUsage, oomControl, failcnt] = await Promise.all([
    num(host, `${d}/memory.limit_in_bytes`),
    num(host, `${d}/memory.usage_in_bytes`),
    num(host, `${d}/memory.max_usage_in_bytes`),
    keyed(host, `${d}/memory.oom_control`),
    num(host, `${d}/memory.failcnt`)
  ])
  if (!limit.r.ok) return failed(limit.r)
  notes.push('cgroup v1 has no memory.high; `oom` is memory.failcnt (times usage hit the limit)')
  if (oomControl.v && oomControl.v.oom_kill === undefined) {
    notes.push('memory.oom_control has no oom_kill line (added in Linux 4.13)')
  }
  const v1 = (v: number | 'max' | null) => {
    const n = orNull(v)
    return n === null ? null : v1MemoryLimit(n)
  }
  const lim = await tightest(c, async dir => v1((await num(host, `${dir}/memory.limit_in_bytes`)).v))
  return known({
    max: v1(limit.v),
    high: null,
    current: orNull(usage.v),
    peak: orNull(maxUsage.v),
    oomKill: oomControl.v?.oom_kill ?? null,
    oom: orNull(failcnt.v),
    dir: d,
    effectiveMax: lim.value,
    effectiveMaxDir: lim.dir,
    notes
  })
}

/** pids.max, pids.current and pids.events have the same names and format in v1 and v2. */
export async function probeCgroupPids(host: Host, c: ControllerDir): Promise<Fact<CgroupPids>> {
  const d = c.dir
  const notes: string[] = []
  const [max, current, events] = await Promise.all([
    num(host, `${d}/pids.max`),
    num(host, `${d}/pids.current`),
    keyed(host, `${d}/pids.events`)
  ])
  if (!max.r.ok) {
    if (max.r.code !== 'ENOENT') return failed(max.r)
    if (!c.isRoot) return unknown(`the pids controller is not enabled for ${d} (no pids.max)`)
    notes.push(rootNote(c, 'pids.max') + ' (kernel.pid_max and kernel.threads-max still do)')
  }
  const lim = await tightest(c, async dir => orNull((await num(host, `${dir}/pids.max`)).v))
  return known({
    max: orNull(max.v),
    current: orNull(current.v),
    eventsMax: events.v?.max ?? null,
    dir: d,
    effectiveMax: lim.value,
    effectiveMaxDir: lim.dir,
    ...(notes.length ? { notes } : {})
  })
}

async function cpuLimitAt(
  host: Host,
  version: 'v1' | 'v2',
  dir: string
): Promise<{ quota: number | null; period: number | null; r: ReadResult }> {
  if (version === 'v2') {
    const r = await read(host, `${dir}/cpu.max`, 4096)
    const p = r.ok ? parseCpuMax(r.text) : null
    return { quota: p?.quotaUs ?? null, period: p?.periodUs ?? null, r }
  }
  const [q, p] = await Promise.all([
    num(host, `${dir}/cpu.cfs_quota_us`),
    num(host, `${dir}/cpu.cfs_period_us`)
  ])
  const quota = orNull(q.v)
  return { quota: quota === null || quota < 0 ? null : quota, period: orNull(p.v), r: q.r }
}

/**
 * CFS bandwidth: v2 cpu.max (`max 100000` = unlimited) and cpu.stat nr_periods/nr_throttled/
 * throttled_usec; v1 cpu.cfs_quota_us (-1 = unlimited), cpu.cfs_period_us and cpu.stat throttled_time
 * in nanoseconds (converted to microseconds). Documentation/admin-guide/cgroup-v2.rst,
 * Documentation/scheduler/sched-bwc.rst.
 */
export async function probeCgroupCpu(host: Host, c: ControllerDir): Promise<Fact<CgroupCpu>> {
  const d = c.dir
  const notes: string[] = []
  const [lim, stat] = await Promise.all([cpuLimitAt(host, c.version, d), keyed(host, `${d}/cpu.stat`)])
  if (!lim.r.ok) {
    if (lim.r.code !== 'ENOENT') return failed(lim.r)
    if (!c.isRoot) {
      return unknown(
        `the cpu controller is not enabled for ${d} (no ${c.version === 'v2' ? 'cpu.max' : 'cpu.cfs_quota_us'})`
      )
    }
    notes.push(rootNote(c, c.version === 'v2' ? 'cpu.max' : 'CFS quota'))
  }
  const s = stat.v ?? {}
  const throttledUsec =
    c.version === 'v2'
      ? (s.throttled_usec ?? null)
      : s.throttled_time !== undefined
        ? Math.floor(s.throttled_time / 1000)
        : null
  if (c.version === 'v2' && stat.v && s.nr_periods === undefined) {
    notes.push(`${d}/cpu.stat has no nr_periods/nr_throttled (the cpu controller is not enabled here)`)
  }
  const eff = await tightest(c, async dir => {
    const l = await cpuLimitAt(host, c.version, dir)
    return l.quota !== null && l.period ? l.quota / l.period : null
  })
  return known({
    quotaUs: lim.quota,
    periodUs: lim.period,
    limitCpus: lim.quota !== null && lim.period ? lim.quota / lim.period : null,
    nrPeriods: s.nr_periods ?? null,
    nrThrottled: s.nr_throttled ?? null,
    throttledUsec,
    dir: d,
    effectiveLimitCpus: eff.value,
    effectiveLimitDir: eff.dir,
    ...(notes.length ? { notes } : {})
  })
}

/**
 * When the hierarchy was mounted outside this cgroup namespace (mount root `/..`, `/../..`: the
 * host's /sys/fs/cgroup bind-mounted into a container with a private cgroup namespace), the names of
 * the directories between the mount root and our namespace root are not in any file. They are found
 * by looking, `ups` levels below the mount point, for the directory whose `<path>/cgroup.procs` lists
 * this process (cgroup.procs shows pids in the reader's pid namespace). Bounded to 400 reads.
 */
export async function searchOwnCgroup(
  host: Host,
  mounts: readonly MountEntry[],
  cgroupPath: string,
  want: { v2: true } | { controller: string }
): Promise<{ dir: string; mount: MountEntry } | null> {
  const pid = String(host.pid)
  let budget = 400
  for (const m of mounts) {
    const ok =
      'v2' in want
        ? m.fsType === 'cgroup2'
        : m.fsType === 'cgroup' && m.superOptions.includes(want.controller)
    if (!ok || !/^(\/\.\.)+$/.test(m.root) || cgroupPath.startsWith('/..')) continue
    const ups = m.root.length / 3
    let level = [m.mountPoint]
    for (let depth = 0; depth < ups && level.length; depth++) {
      const next: string[] = []
      for (const d of level) {
        if (budget-- <= 0) return null
        try {
          for (const e of await host.readDir(d)) if (e.kind === 'dir') next.push(`${d}/${e.name}`)
        } catch {
          // unreadable: skip
        }
      }
      level = next
    }
    const rel = cgroupPath === '/' ? '' : cgroupPath
    for (const d of level) {
      if (budget-- <= 0) return null
      const r = await read(host, `${d}${rel}/cgroup.procs`, 1 << 20)
      if (r.ok && r.text.split('\n').includes(pid)) return { dir: `${d}${rel}`, mount: m }
    }
  }
  return null
}

export async function probeCgroup(
  host: Host,
  mounts: MountEntry[] | null,
  mountsReason: string | null,
  namespaced: boolean | null
): Promise<Fact<CgroupInfo>> {
  const r = await read(host, '/proc/self/cgroup', 64 * 1024)
  if (!r.ok) return failed(r, 'not in a cgroup: /proc/self/cgroup does not exist (kernel without cgroups)')
  const lines = parseProcCgroup(r.text)
  if (lines.length === 0) return unknown('/proc/self/cgroup is empty or unreadable text')
  if (!mounts) return unknown(`cannot locate cgroup directories: ${mountsReason ?? 'mountinfo unavailable'}`)
  const onlyV2 = lines.every(l => l.id === 0)
  const version = cgroupVersion(mounts) ?? (onlyV2 ? 'v2' : 'v1')

  const paths: CgroupInfo['paths'] = {}
  const dirs: Record<string, ControllerDir> = {}
  const reasons: Record<string, string> = {}
  for (const line of lines.slice(0, 64)) {
    const isV2 = line.id === 0 && line.controllers.length === 0
    const keys = isV2 ? ['unified'] : line.controllers
    for (const key of keys) {
      const want = isV2 ? ({ v2: true } as const) : { controller: key }
      let res: ResolvedDir = resolveCgroupDir(mounts, line.path, want)
      if (res.dir === null) {
        const found = await searchOwnCgroup(host, mounts, line.path, want)
        if (found) res = found
      }
      paths[key] = { path: line.path, dir: res.dir }
      if (res.dir === null) {
        reasons[key] = res.reason
        continue
      }
      dirs[key] = {
        version: isV2 ? 'v2' : 'v1',
        dir: res.dir,
        top: res.mount.mountPoint,
        isRoot: line.path === '/' && res.mount.root === '/' && namespaced !== true
      }
    }
  }

  // v2 controllers available to this cgroup are listed in its cgroup.controllers (the parent's
  // subtree_control); on a hybrid system the v1 hierarchy owns the controllers it mounts.
  let v2Controllers: string[] = []
  const uni = dirs.unified
  if (uni) {
    const cc = await read(host, `${uni.dir}/cgroup.controllers`, 4096)
    if (cc.ok) v2Controllers = cc.text.trim().split(/\s+/).filter(Boolean)
  }
  const pick = (name: string): ControllerDir | string => {
    if (dirs[name]) return dirs[name]
    if (uni && v2Controllers.includes(name)) return uni
    if (reasons[name]) return reasons[name]
    if (uni && !uni.isRoot)
      return `the ${name} controller is not enabled for ${uni.dir} (not in cgroup.controllers)`
    if (uni) return uni // the v2 root lists every controller; an empty list means none is available
    return reasons.unified ?? `no ${name} controller is mounted for this process`
  }
  const run = async <T>(name: string, fn: (c: ControllerDir) => Promise<Fact<T>>): Promise<Fact<T>> => {
    const c = pick(name)
    return typeof c === 'string' ? unknown(c) : fn(c)
  }
  const [memory, pids, cpu] = await Promise.all([
    run('memory', c => probeCgroupMemory(host, c)),
    run('pids', c => probeCgroupPids(host, c)),
    run('cpu', c => probeCgroupCpu(host, c))
  ])
  return known({ version, namespaced: namespaced === true, paths, memory, pids, cpu })
}
