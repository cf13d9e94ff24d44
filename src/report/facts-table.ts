/**
 * The facts table of the summary and `doctor`: what was probed, its value, why it matters for Go
 * tests, and whether a preflight finding flagged it. The status column only repeats what preflight
 * decided (it never judges a value on its own), so the table and the findings cannot disagree.
 */
import { fmtBytes } from '../facts/format.js'
import type { Fact, Facts, Limit, MountFact } from '../facts/types.js'
import { blockedSyscalls } from '../goprobe/classify.js'
import type { Finding } from '../core/model.js'

export interface FactRow {
  what: string
  value: string
  why: string
  status: 'flagged' | 'unknown' | 'no-finding'
  /** Rule ids of the findings that flagged it, or the unknown reason. */
  detail: string
}

const lim = (l: Limit): string => (l === 'unlimited' ? 'unlimited' : String(l))
const bytes = (n: number | null | undefined): string =>
  n === null || n === undefined ? 'unlimited' : fmtBytes(n, 1)

interface Spec {
  what: string
  why: string
  rules: string[]
  fact: Fact<unknown> | undefined
  show: (v: never) => string
  /**
   * When a rule reads more than one row (thread-limit: RLIMIT_NPROC and threads-max), the words its
   * finding must contain to flag this row: a finding about pids.max does not flag a healthy pid_max.
   */
  keys?: string[]
}

function spec<T>(
  what: string,
  why: string,
  rules: string[],
  fact: Fact<T> | undefined,
  show: (v: T) => string,
  keys?: string[]
): Spec {
  return { what, why, rules, fact, show: show as (v: never) => string, ...(keys ? { keys } : {}) }
}

/** Whether finding `x` is about the row of `s`: its rule reads the row and, where set, names it. */
function flags(s: Spec, x: Finding): boolean {
  if (!s.rules.includes(x.rule)) return false
  if (!s.keys) return true
  const text = [x.message, ...x.evidence].join('\n')
  return s.keys.some(k => text.includes(k))
}

function mountText(m: MountFact): string {
  const flags = [m.noexec ? 'noexec' : '', m.readOnly ? 'ro' : ''].filter(Boolean).join(',')
  return `${m.mountPoint} ${m.fsType}${flags ? ` (${flags})` : ''}${m.sizeBytes !== null ? `, ${bytes(m.sizeBytes)}` : ''}`
}

export function factRows(facts: Facts | Record<string, never>, findings: readonly Finding[]): FactRow[] {
  if (!('system' in facts)) return []
  const f = facts as Facts
  const specs: Spec[] = [
    spec('Kernel', 'seccomp, namespace and sysctl behaviour depend on it', [], f.system.kernel, v => v),
    spec(
      'Runner',
      'hosted and self-hosted runners differ in limits and sudo',
      [],
      f.system.runner,
      v => v.kind + (v.os ? ` (${v.os})` : '')
    ),
    spec(
      'Container',
      'containers add seccomp, cgroup and /dev/shm limits',
      ['seccomp-blocked', 'shm-size'],
      f.system.container,
      v => (v.inContainer ? `yes${v.runtime ? ` (${v.runtime})` : ''}` : 'no')
    ),
    spec(
      'User',
      'root skips some permission checks tests rely on',
      [],
      f.system.user,
      v => `uid ${v.uid}${v.root ? ' (root)' : ''}`
    ),
    spec(
      'CPUs',
      'few CPUs stretch timeouts of parallel tests',
      ['cpu-throttling-timeout'],
      f.system.cpus,
      v => `${v.online} online${v.affinity !== null ? `, ${v.affinity} usable` : ''}`
    ),
    spec(
      'Memory',
      'the OOM killer ends test binaries with "signal: killed"',
      ['oom-kill'],
      f.system.memory,
      v => bytes(v.totalBytes)
    ),
    spec(
      'RLIMIT_NOFILE',
      '"too many open files" when sockets or files exceed it',
      ['nofile-limit'],
      f.rlimits?.nofile,
      v => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`,
      ['RLIMIT_NOFILE', 'nofile', 'open-file limit']
    ),
    spec(
      'RLIMIT_NPROC',
      'fork/exec and thread creation fail with EAGAIN at the limit',
      ['thread-limit', 'pids-limit'],
      f.rlimits?.nproc,
      v => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`,
      ['RLIMIT_NPROC', 'nproc']
    ),
    spec(
      'cgroup memory',
      'a memory limit below peak use gets test binaries OOM-killed',
      ['oom-kill'],
      cgroupPart(f, 'memory'),
      v => `max ${bytes((v as { max: number | null }).max)}`,
      ['memory']
    ),
    spec(
      'cgroup pids',
      'pids.max caps threads and processes together',
      ['pids-limit', 'thread-limit'],
      cgroupPart(f, 'pids'),
      v => `max ${(v as { max: number | null }).max ?? 'unlimited'}`,
      ['pids', 'tasks']
    ),
    spec(
      'cgroup CPU quota',
      'throttling makes timing-sensitive tests time out',
      ['cpu-throttling-timeout'],
      cgroupPart(f, 'cpu'),
      v =>
        (v as { limitCpus: number | null }).limitCpus === null
          ? 'unlimited'
          : `${(v as { limitCpus: number }).limitCpus} CPUs`
    ),
    ...(['kernel.threads-max', 'kernel.pid_max'] as const).map(k =>
      spec(
        k,
        'system-wide cap on threads and processes',
        ['thread-limit', 'pids-limit'],
        f.sysctl?.[k],
        v => v,
        [k.slice('kernel.'.length)]
      )
    ),
    ...(['fs.inotify.max_user_instances', 'fs.inotify.max_user_watches'] as const).map(k =>
      spec(
        k,
        'file watchers (fsnotify) fail with "too many open files" or ENOSPC',
        ['inotify-limit'],
        f.sysctl?.[k],
        v => v,
        k.endsWith('instances')
          ? ['max_user_instances', 'max_inotify_instances', 'inotify instances']
          : ['max_user_watches', 'max_inotify_watches', 'inotify watches']
      )
    ),
    spec(
      'net.core.somaxconn',
      'caps the listen backlog of Go servers under load',
      ['somaxconn-backlog'],
      f.sysctl?.['net.core.somaxconn'],
      v => v
    ),
    spec(
      'Ephemeral ports',
      'many short connections exhaust them: "cannot assign requested address"',
      ['ephemeral-ports'],
      f.network?.portRange,
      v => `${v.low}-${v.high} (${v.width})`
    ),
    spec(
      'IPv6 loopback',
      'tests listening on [::1] fail without it',
      ['ipv6-unavailable'],
      f.network?.ipv6Loopback,
      v => (v.present ? 'present' : 'absent')
    ),
    spec(
      'vm.max_map_count',
      'mmap-heavy tests (bbolt, race detector) hit ENOMEM',
      ['max-map-count', 'mmap-enomem'],
      f.sysctl?.['vm.max_map_count'],
      v => v
    ),
    spec(
      'vm.mmap_rnd_bits',
      'the race detector (TSan) fails with high ASLR entropy',
      ['tsan-mmap-rnd-bits'],
      f.sysctl?.['vm.mmap_rnd_bits'],
      v => v
    ),
    spec(
      'User namespaces',
      'tests using CLONE_NEWUSER need them',
      ['userns-disabled', 'apparmor-userns'],
      f.security?.userns,
      v => (v.canCreate ? 'can create' : 'cannot create')
    ),
    spec(
      'AppArmor',
      'Ubuntu 24.04 restricts unprivileged user namespaces',
      ['apparmor-userns'],
      f.security?.apparmor,
      v =>
        v.enabled === null ? v.label : `${v.enabled ? 'enabled' : 'disabled'}${v.label ? `, ${v.label}` : ''}`
    ),
    spec(
      'Seccomp',
      'a filter can reject syscalls tests make (EPERM, SIGSYS)',
      ['seccomp-blocked'],
      f.security?.seccomp,
      v => v.mode + (v.filters !== null ? ` (${v.filters} filters)` : '')
    ),
    spec(
      'kernel.yama.ptrace_scope',
      'debugger and ptrace tests need it permissive',
      ['ptrace-restricted'],
      f.sysctl?.['kernel.yama.ptrace_scope'],
      v => v
    ),
    spec('/dev/shm', 'shared-memory tests fail when it is small', ['shm-size'], f.mounts?.devShm, mountText),
    ...(f.mounts?.tempDirs ?? []).map(t =>
      spec(
        `${t.role} (${t.path})`,
        'go test builds and runs binaries here; noexec breaks it',
        ['noexec-tmp'],
        t.mount,
        mountText
      )
    ),
    ...(f.mounts?.storage ?? []).map(s =>
      spec(
        `Free space: ${s.role}`,
        'builds and caches fail when the disk is full',
        ['disk-full'],
        s.space,
        v => `${bytes(v.availBytes)} of ${bytes(v.totalBytes)}`
      )
    ),
    spec(
      'Go',
      'the race detector needs cgo and a C compiler',
      ['race-requires-cgo'],
      f.go,
      v =>
        `${v.version}${v.cgoEnabled === false ? ', CGO_ENABLED=0' : ''}${v.ccFound === false ? ', no C compiler' : ''}`
    ),
    // What the job's own Go toolchain saw (the runtime probe); absent with go-probe off.
    ...(f.goProbe === undefined
      ? []
      : [
          spec(
            'Go runtime: GOMAXPROCS',
            'more Ps than the CPU quota allows means throttling and timeouts',
            ['gomaxprocs-quota'],
            f.goProbe,
            v => `${v.gomaxprocs} (NumCPU ${v.numCPU})`
          ),
          spec(
            'Go runtime: exec in temp dirs',
            'go test executes the test binary from GOTMPDIR or TMPDIR',
            ['noexec-tmp'],
            f.goProbe,
            v => v.execInTemp.map(e => `${e.dir} ${e.ok ? 'ok' : 'FAILED'}`).join('; ') || 'not checked'
          ),
          spec(
            'Go runtime: blocked syscalls',
            'a seccomp filter that blocks what the runtime or os/exec use breaks tests',
            ['seccomp-blocked'],
            f.goProbe,
            v => blockedSyscalls(v).join(', ') || 'none'
          )
        ])
  ]
  return specs.map(s => {
    const flagged = findings.filter(x => flags(s, x)).map(x => x.rule)
    if (!s.fact || 'unknown' in s.fact) {
      return {
        what: s.what,
        value: 'unknown',
        why: s.why,
        status: flagged.length ? 'flagged' : 'unknown',
        detail: flagged.length ? [...new Set(flagged)].join(', ') : s.fact ? s.fact.unknown : 'not probed'
      }
    }
    let value: string
    try {
      value = s.show(s.fact.value as never)
    } catch {
      value = 'unreadable'
    }
    return flagged.length
      ? { what: s.what, value, why: s.why, status: 'flagged', detail: [...new Set(flagged)].join(', ') }
      : { what: s.what, value, why: s.why, status: 'no-finding', detail: '' }
  })
}

function cgroupPart(f: Facts, part: 'memory' | 'pids' | 'cpu'): Fact<unknown> | undefined {
  if (!f.cgroup) return undefined
  if ('unknown' in f.cgroup) return f.cgroup
  return f.cgroup.value[part]
}
