import { hasPathPrefix, type MountEntry } from './parse-mountinfo.js'

/**
 * /proc/<pid>/cgroup (cgroups(7)): `hierarchy-ID:controller-list:cgroup-path`. v2 is the single line
 * `0::/path`; v1 lists one line per hierarchy (`4:memory:/docker/abc`, `9:name=systemd:/`).
 * Paths are relative to the reader's cgroup namespace root and may start with `/..` when the
 * cgroup lies outside it.
 */
export interface ProcCgroupLine {
  id: number
  controllers: string[]
  path: string
}

export function parseProcCgroup(text: string): ProcCgroupLine[] {
  const out: ProcCgroupLine[] = []
  for (const line of text.split('\n').slice(0, 256)) {
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim())
    if (!m) continue
    out.push({ id: Number(m[1]), controllers: m[2] ? m[2].split(',') : [], path: m[3] })
  }
  return out
}

/** "key value" lines: memory.events, memory.oom_control, pids.events, cpu.stat. Non-numeric lines are skipped. */
export function parseFlatKeyed(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of text.split('\n').slice(0, 256)) {
    const m = /^(\S+)\s+(-?\d+)\s*$/.exec(line)
    if (m) out[m[1]] = Number(m[2])
  }
  return out
}

/** A single-value cgroup file: a number, or `max` (v2 unlimited). Null when malformed. */
export function parseCgroupValue(text: string): number | 'max' | null {
  const s = text.trim()
  if (s === 'max') return 'max'
  if (!/^-?\d+$/.test(s)) return null
  return Number(s)
}

/** v2 cpu.max: `$MAX $PERIOD`, `max 100000` when unlimited (Documentation/admin-guide/cgroup-v2.rst). */
export function parseCpuMax(text: string): { quotaUs: number | null; periodUs: number | null } | null {
  const m = /^(max|\d+)(?:\s+(\d+))?\s*$/.exec(text.trim())
  if (!m) return null
  return {
    quotaUs: m[1] === 'max' ? null : Number(m[1]),
    periodUs: m[2] === undefined ? 100000 : Number(m[2])
  }
}

/**
 * v1 memory.limit_in_bytes reads PAGE_COUNTER_MAX * PAGE_SIZE when unlimited: 9223372036854771712
 * with 4 KiB pages, 9223372036854710272 with 64 KiB pages. Anything at or above 2^62 is treated as
 * unlimited (no machine has 4 EiB of memory).
 */
export function v1MemoryLimit(n: number): number | null {
  return n >= 2 ** 62 ? null : n
}

export type CgroupVersion = 'v1' | 'v2' | 'hybrid'

/** v1 only, v2 only, or both mounted (hybrid: v1 controllers plus a cgroup2 mount, often at /sys/fs/cgroup/unified). */
export function cgroupVersion(mounts: readonly MountEntry[]): CgroupVersion | null {
  const v1 = mounts.some(m => m.fsType === 'cgroup')
  const v2 = mounts.some(m => m.fsType === 'cgroup2')
  if (v1 && v2) return 'hybrid'
  if (v1) return 'v1'
  if (v2) return 'v2'
  return null
}

export type ResolvedDir = { dir: string; mount: MountEntry } | { dir: null; reason: string }

/**
 * The directory of a cgroup: mount point + (cgroup path without the mount root). Follows Go's
 * runtime (src/internal/runtime/cgroup/cgroup.go, parseCPUMount, Go 1.25+): the mount must have the
 * right type (cgroup2, or cgroup with the controller in its super options), the mount root must be
 * a path prefix of the cgroup path, and a remainder that still starts with `/..` cannot be reached
 * through that mount. The first matching mount wins, except that a mount hidden by a later mount on
 * the same mount point is skipped (Go does not do this; it matters when a container bind-mounts the
 * host's /sys/fs/cgroup over the runtime's own cgroup mount).
 */
export function resolveCgroupDir(
  mounts: readonly MountEntry[],
  cgroupPath: string,
  want: { v2: true } | { controller: string }
): ResolvedDir {
  const hidden = (m: MountEntry): boolean => {
    const i = mounts.indexOf(m)
    return mounts.some((o, j) => j > i && o.mountPoint === m.mountPoint)
  }
  const candidates = mounts.filter(
    m =>
      !hidden(m) &&
      ('v2' in want
        ? m.fsType === 'cgroup2'
        : m.fsType === 'cgroup' && m.superOptions.includes(want.controller))
  )
  const what = 'v2' in want ? 'cgroup2' : `cgroup v1 ${want.controller}`
  if (candidates.length === 0)
    return { dir: null, reason: `no ${what} hierarchy is mounted in this mount namespace` }
  for (const m of candidates) {
    if (!hasPathPrefix(cgroupPath, m.root)) continue
    const rel = m.root === '/' ? cgroupPath : cgroupPath.slice(m.root.length)
    if (rel === '/..' || rel.startsWith('/../')) continue
    const dir = rel === '/' || rel === '' ? m.mountPoint : joinPath(m.mountPoint, rel)
    return { dir, mount: m }
  }
  const roots = candidates.map(m => `${m.mountPoint} (root ${m.root})`).join(', ')
  return {
    dir: null,
    reason:
      `this process's cgroup ${cgroupPath} is not visible through the ${what} mount ${roots}: ` +
      'the mount was made outside this cgroup namespace (typically /sys/fs/cgroup bind-mounted from the host)'
  }
}

function joinPath(a: string, b: string): string {
  return (a.endsWith('/') ? a.slice(0, -1) : a) + (b.startsWith('/') ? b : '/' + b)
}
