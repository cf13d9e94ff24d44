/**
 * Facts about the machine, as probes report them. Every fact is a value or "unknown, because...".
 * This shape is serialised as-is into the JSON report's `facts` (CONTRACT.md) and read back by
 * `explain --facts`, so renaming a field is a breaking change.
 */

export type Fact<T> = { value: T } | { unknown: string }

export const known = <T>(value: T): Fact<T> => ({ value })
export const unknown = <T = never>(reason: string): Fact<T> => ({ unknown: reason })
export const isKnown = <T>(f: Fact<T> | undefined): f is { value: T } => !!f && 'value' in f
export const valueOf = <T>(f: Fact<T> | undefined): T | undefined => (isKnown(f) ? f.value : undefined)

/** `unlimited` is RLIM_INFINITY. */
export type Limit = number | 'unlimited'

export interface Rlimit {
  soft: Limit
  hard: Limit
  /** Where the values came from when not simply /proc/self/limits (added by the probes, additive). */
  note?: string
}

export const RLIMIT_NAMES = ['nofile', 'nproc', 'as', 'stack', 'memlock'] as const
export type RlimitName = (typeof RLIMIT_NAMES)[number]

/** The sysctls probed, by dotted name; values are the trimmed file contents. */
export const SYSCTL_KEYS = [
  'kernel.pid_max',
  'kernel.threads-max',
  'fs.file-max',
  'fs.nr_open',
  'fs.inotify.max_user_instances',
  'fs.inotify.max_user_watches',
  // The same limits as this process's user namespace sees them (/proc/sys/user/max_inotify_*): inside a
  // rootless container they can be lower than fs.inotify.* (kernel/ucount.c checks every level).
  'user.max_inotify_instances',
  'user.max_inotify_watches',
  'net.core.somaxconn',
  'net.ipv4.ip_local_port_range',
  'vm.max_map_count',
  'vm.overcommit_memory',
  'vm.mmap_rnd_bits',
  'user.max_user_namespaces',
  'kernel.unprivileged_userns_clone',
  'kernel.apparmor_restrict_unprivileged_userns',
  'kernel.yama.ptrace_scope',
  'net.ipv6.conf.all.disable_ipv6',
  'net.ipv6.conf.default.disable_ipv6',
  'net.ipv6.conf.lo.disable_ipv6'
] as const
export type SysctlKey = (typeof SYSCTL_KEYS)[number]

export interface RunnerInfo {
  kind: 'github-hosted' | 'self-hosted' | 'not-actions'
  /** How the kind was decided: the variables read. */
  evidence: string[]
  name?: string
  os?: string
  arch?: string
}

export interface ContainerInfo {
  inContainer: boolean
  runtime?: string
  /** The hints that were found (file present, cgroup path pattern, env var...). */
  hints: string[]
}

export interface CgroupMemory {
  /** Bytes; null when unlimited. */
  max: number | null
  high: number | null
  current: number | null
  peak: number | null
  /** `oom_kill` from memory.events (v2) or memory.oom_control (v1). */
  oomKill: number | null
  /** `oom` count (v2 memory.events) or failcnt (v1). */
  oom: number | null
  /** The directory the values came from. */
  dir: string
  /**
   * The tightest `max` among this cgroup and its ancestors visible through the same mount (null when
   * none is limited), and the directory that sets it. Added by the probes (additive).
   */
  effectiveMax?: number | null
  effectiveMaxDir?: string | null
  /** Why some values are null (root cgroup, file absent on this kernel...). */
  notes?: string[]
}

export interface CgroupPids {
  max: number | null
  current: number | null
  /** pids.events `max`: forks rejected by the limit so far. */
  eventsMax: number | null
  dir: string
  /** Tightest pids.max among this cgroup and its visible ancestors (null: none), and where it is set. */
  effectiveMax?: number | null
  effectiveMaxDir?: string | null
  notes?: string[]
}

export interface CgroupCpu {
  /** CFS quota in microseconds per period; null when unlimited. */
  quotaUs: number | null
  periodUs: number | null
  /** quota/period, the CPUs the quota allows; null when unlimited. */
  limitCpus: number | null
  nrPeriods: number | null
  nrThrottled: number | null
  throttledUsec: number | null
  dir: string
  /** Tightest quota (in CPUs) among this cgroup and its visible ancestors (null: none), and where it is set. */
  effectiveLimitCpus?: number | null
  effectiveLimitDir?: string | null
  notes?: string[]
}

export interface CgroupInfo {
  version: 'v1' | 'v2' | 'hybrid'
  /** True when /proc/self/cgroup paths are relative to a cgroup namespace root ("/"). */
  namespaced: boolean
  /** Controller (or "unified") -> this process's cgroup path and the directory resolved via mountinfo. */
  paths: Record<string, { path: string; dir: string | null }>
  memory: Fact<CgroupMemory>
  pids: Fact<CgroupPids>
  cpu: Fact<CgroupCpu>
}

export interface SeccompInfo {
  mode: 'disabled' | 'strict' | 'filter'
  filters: number | null
}

export interface CapabilityInfo {
  hex: string
  effective: string[]
  sysAdmin: boolean
  sysResource: boolean
  sysPtrace: boolean
}

export interface AppArmorInfo {
  enabled: boolean | null
  label: string
  restrictUnprivilegedUserns: number | null
}

export interface UsernsInfo {
  canCreate: boolean
  /** The command that was tried and what it said. */
  detail: string
  /**
   * When probing as root, the answer for an unprivileged user (uid 65534 via setpriv), since root's
   * own success says nothing about the runner user. Absent when not root or setpriv is missing.
   */
  unprivileged?: { canCreate: boolean; detail: string }
}

export interface MountFact {
  path: string
  mountPoint: string
  fsType: string
  options: string[]
  noexec: boolean
  readOnly: boolean
  sizeBytes: number | null
  availBytes: number | null
}

export interface SpaceFact {
  path: string
  availBytes: number
  totalBytes: number
  inodesFree: number | null
  inodesTotal: number | null
}

export type TempRole = 'GOTMPDIR' | 'TMPDIR' | '/tmp'
export type StorageRole = 'GOCACHE' | 'GOMODCACHE' | 'temp' | 'workspace'

export interface GoInfo {
  /** `go1.26.8` */
  version: string
  goroot: string | null
  gotmpdir: string | null
  gocache: string | null
  gomodcache: string | null
  goflags: string | null
  cgoEnabled: boolean | null
  cc: string | null
  /** Whether CC resolves to an executable on PATH. */
  ccFound: boolean | null
  /** The `go` line of the go.mod found under the working directory, e.g. `1.22` or `1.22.3`. */
  goModGo: string | null
  goModPath: string | null
  /** The module path declared in that go.mod. */
  modulePath: string | null
  env: {
    GOMAXPROCS: string | null
    GOMEMLIMIT: string | null
    GODEBUG: string | null
    GOTOOLCHAIN: string | null
  }
}

/** Counters that change while tests run; compared before and after (diagnosis). */
export interface CounterSnapshot {
  at: string
  memoryOomKill: number | null
  memoryOom: number | null
  /** v2 memory.events `high`: times the cgroup went over memory.high and was throttled (null on v1). */
  memoryHigh?: number | null
  pidsEventsMax: number | null
  cpuNrThrottled: number | null
  cpuThrottledUsec: number | null
  /** TcpExtListenOverflows from /proc/net/netstat. */
  listenOverflows: number | null
  /** oom_kill from /proc/vmstat (host-wide, kernel 4.13+). */
  vmstatOomKill: number | null
  /**
   * The memory cgroup's high-water mark in bytes (v2 memory.peak, Linux 5.19+; v1
   * memory.max_usage_in_bytes). Read after the tests it says how close the run came to the limit;
   * absent in snapshots written before it was added.
   */
  memoryPeak?: number | null
}

/** A snapshot taken at `at` in which no counter could be read. */
export function emptyCounters(at: string): CounterSnapshot {
  return {
    at,
    memoryOomKill: null,
    memoryOom: null,
    memoryHigh: null,
    pidsEventsMax: null,
    cpuNrThrottled: null,
    cpuThrottledUsec: null,
    listenOverflows: null,
    vmstatOomKill: null,
    memoryPeak: null
  }
}

/** Results of the Go runtime probe (src/goprobe, docs/go-probe.md); absent until it has run. */
export interface GoProbeInfo {
  goVersion: string
  gomaxprocs: number
  numCPU: number
  nofileSoft: number | null
  nofileHard: number | null
  /** `role` (additive, src/goprobe): which variable chose the directory, as go test would use it. */
  execInTemp: { dir: string; ok: boolean; error?: string; role?: TempRole }[]
  userns: { ok: boolean; error?: string }
  /**
   * syscall name -> errno name ("OK" when the call succeeded, "EINVAL" when rejected as expected).
   * Additive (src/goprobe): `call`, the exact call made; `note`, why the verdict (old kernel, sysctl...).
   * errno "SIGSYS" means the call killed the probe.
   */
  syscalls: Record<
    string,
    { errno: string; expected: string[]; blocked: boolean; call?: string; note?: string }
  >
  listen: { ipv4: { ok: boolean; error?: string }; ipv6: { ok: boolean; error?: string } }
  threads: { created: number; limit: number; error?: string }
  /** `cc` (additive): the compiler command tried (`go env CC`). */
  cgo: { enabled: boolean; ccWorks: boolean | null; error?: string; cc?: string }
  /** Milliseconds: build (0 when cached) and run. */
  timing: { buildMs: number; runMs: number; cached: boolean }
  /** Additive (src/goprobe): uname release and /proc/self/status seccomp fields as the probe saw them. */
  kernel?: string | null
  seccomp?: { mode: number | null; filters: number | null }
  /** Additive: what did not go to plan without making the probe fail (a retry, a section not run...). */
  notes?: string[]
}

export interface Facts {
  collectedAt: string
  system: {
    kernel: Fact<string>
    arch: Fact<string>
    distro: Fact<string>
    runner: Fact<RunnerInfo>
    container: Fact<ContainerInfo>
    user: Fact<{ uid: number; gid: number; root: boolean }>
    cpus: Fact<{ online: number; affinity: number | null }>
    memory: Fact<{ totalBytes: number; availableBytes: number | null }>
  }
  rlimits: Record<RlimitName, Fact<Rlimit>>
  sysctl: Record<SysctlKey, Fact<string>>
  cgroup: Fact<CgroupInfo>
  security: {
    seccomp: Fact<SeccompInfo>
    noNewPrivs: Fact<boolean>
    capabilities: Fact<CapabilityInfo>
    apparmor: Fact<AppArmorInfo>
    userns: Fact<UsernsInfo>
  }
  mounts: {
    tempDirs: { role: TempRole; path: string; mount: Fact<MountFact> }[]
    devShm: Fact<MountFact>
    storage: { role: StorageRole; path: string; space: Fact<SpaceFact> }[]
  }
  network: {
    ipv6Loopback: Fact<{ present: boolean; detail: string }>
    portRange: Fact<{ low: number; high: number; width: number }>
  }
  go: Fact<GoInfo>
  goProbe?: Fact<GoProbeInfo>
  counters?: { before?: CounterSnapshot; after?: CounterSnapshot }
}
