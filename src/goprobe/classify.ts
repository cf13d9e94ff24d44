/**
 * Pure part of the Go runtime probe: which raw system calls are probed, what the kernel answers when a
 * call is allowed, and the verdict "a seccomp filter refuses it" from the errno the probe saw. No I/O;
 * catalog rules may import this module (blockedSyscalls).
 *
 * Method: failure catalog 2.23. Each call is made with arguments the kernel rejects before doing any
 * work (or that change nothing), so an allowed call returns a known errno. A filter answers before the
 * kernel looks at the arguments: EPERM (Docker/containerd default action, SCMP_ACT_ERRNO), ENOSYS (what
 * Docker answers for clone3 since 20.10.10 so that glibc falls back to clone), or kills the process with
 * SIGSYS (SCMP_ACT_TRAP/KILL; golang/go#69065). The expected errnos below were read from the kernel's
 * syscall entry points (named per call) and confirmed by running the probe on Linux 6.18 without a filter
 * (__tests__/goprobe/probe-real.test.ts).
 */
import type { GoProbeInfo } from '../facts/types.js'

export interface SyscallSpec {
  /** Key in GoProbeInfo.syscalls; the syscall's name, or name(ARG) when one argument is the point. */
  name: string
  /** What an allowed call returns with the probe's arguments ("OK" = success). */
  expected: string[]
  /** First mainline Linux release with the call ([major, minor]); ENOSYS before it is not a filter. */
  since: [number, number]
  /** Why the call matters to Go tests (for docs and notes). */
  why: string
  /** The call can be compiled out (CONFIG_IO_URING=n ...): ENOSYS is then ambiguous. */
  optional?: boolean
}

export const SYSCALLS: readonly SyscallSpec[] = [
  {
    name: 'clone3',
    expected: ['EINVAL'], // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0
    since: [5, 3],
    why: 'glibc >= 2.34 creates threads with clone3 and falls back to clone only on ENOSYS (cgo, -race); os/exec uses it for UseCgroupFD'
  },
  {
    name: 'pidfd_open',
    expected: ['EINVAL'], // kernel/pid.c: pid <= 0
    since: [5, 3],
    why: 'Go >= 1.23 os.StartProcess probes it on the first exec (os.checkPidfd)'
  },
  {
    name: 'pidfd_send_signal',
    expected: ['EBADF'], // kernel/signal.c: fdget(-1)
    since: [5, 1],
    why: 'Go >= 1.23 os.Process.Signal/Kill with a pidfd'
  },
  {
    name: 'waitid',
    // kernel/exit.c: P_PIDFD with a closed descriptor -> EBADF; kernels before 5.4 do not know P_PIDFD.
    expected: ['EBADF', 'EINVAL'],
    since: [2, 6],
    why: 'os.Process.Wait; waitid(P_PIDFD) is part of os.checkPidfd'
  },
  {
    name: 'unshare',
    expected: ['OK'], // kernel/fork.c: no flags, no change
    since: [2, 6],
    why: "namespace tests (unshare, CLONE_NEW*); Docker's default profile refuses it without CAP_SYS_ADMIN"
  },
  {
    name: 'setns',
    expected: ['EBADF'], // kernel/nsproxy.c: fdget(-1)
    since: [3, 0],
    why: 'tests that enter network or mount namespaces'
  },
  {
    name: 'mount',
    expected: ['EFAULT'], // fs/namespace.c: user_path_at(NULL) before may_mount()
    since: [2, 0],
    why: 'tests that mount tmpfs or bind mounts'
  },
  {
    name: 'memfd_create',
    expected: ['EINVAL'], // mm/memfd.c: unknown flags
    since: [3, 17],
    why: 'anonymous files (unix.MemfdCreate), sealed buffers'
  },
  {
    name: 'copy_file_range',
    expected: ['EBADF'], // fs/read_write.c: fdget(-1)
    since: [4, 5],
    why: 'io.Copy between *os.File uses it; Go falls back on ENOSYS and EPERM (internal/poll/copy_file_range_linux.go, golang/go#40893), C code may not'
  },
  {
    name: 'io_uring_setup',
    expected: ['EFAULT'], // io_uring/io_uring.c: copy_from_user(NULL params)
    since: [5, 1],
    optional: true,
    why: "libraries using io_uring; Docker's default profile refuses it since 25.0"
  },
  {
    name: 'faccessat2',
    expected: ['EINVAL'], // fs/open.c: mode outside S_IRWXO
    since: [5, 8],
    why: 'glibc >= 2.33 faccessat falls back only on ENOSYS (Docker before 20.10.6 answered EPERM); Go falls back on both (syscall/syscall_linux.go)'
  },
  {
    name: 'ptrace',
    expected: ['ESRCH'], // kernel/ptrace.c: no task with pid 0
    since: [2, 0],
    why: 'debuggers (dlv) and tests that trace child processes'
  },
  {
    name: 'personality',
    expected: ['OK'], // kernel/exec_domain.c: 0xffffffff only queries
    since: [2, 0],
    why: 'querying the execution domain'
  },
  {
    name: 'personality(ADDR_NO_RANDOMIZE)',
    expected: ['OK'],
    since: [2, 6],
    why: "the race detector (ThreadSanitizer) and `setarch -R` disable ASLR with it; Docker's default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff"
  }
]

export const SYSCALL_NAMES: readonly string[] = SYSCALLS.map(s => s.name)

/** What the probe's `syscalls` mode printed: one raw errno name per call ("SIGSYS" when it killed the probe). */
export interface RawSyscallResult {
  errno: string
  call?: string
}

export interface SyscallContext {
  /** uname release, e.g. "6.8.0-1017-azure". */
  kernel: string | null
  /** /proc/self/status `Seccomp:` (0 disabled, 1 strict, 2 filter); null when unreadable. */
  seccomp: number | null
  /** /proc/sys/kernel/io_uring_disabled (Linux 6.6+). */
  ioUringDisabled: number | null
}

/** [major, minor, patch] from a kernel release string; null when it does not start with digits. */
export function parseKernel(release: string | null | undefined): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(release ?? '')
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null
}

const before = (k: [number, number, number], since: [number, number]) =>
  k[0] < since[0] || (k[0] === since[0] && k[1] < since[1])

const FILTER_ERRNOS = new Set(['EPERM', 'EACCES', 'ENOSYS'])

/** The verdict for one call: blocked by a seccomp filter or not, and why (a note when it is not obvious). */
export function classifySyscall(
  spec: SyscallSpec,
  raw: RawSyscallResult,
  ctx: SyscallContext
): GoProbeInfo['syscalls'][string] {
  const base = { errno: raw.errno, expected: [...spec.expected], ...(raw.call ? { call: raw.call } : {}) }
  const since = spec.since.join('.')
  if (raw.errno === 'SIGSYS')
    return {
      ...base,
      blocked: true,
      note: 'the call killed the probe with SIGSYS: the filter traps or kills (SCMP_ACT_TRAP/KILL) instead of returning an errno'
    }
  if (spec.expected.includes(raw.errno)) return { ...base, blocked: false }
  if (!FILTER_ERRNOS.has(raw.errno))
    return {
      ...base,
      blocked: false,
      note: `unexpected ${raw.errno}: neither the kernel's answer nor a filter's usual one; not counted as blocked`
    }
  if (ctx.seccomp === 0)
    return {
      ...base,
      blocked: false,
      note:
        raw.errno === 'ENOSYS'
          ? `ENOSYS with no seccomp filter: this kernel does not have ${spec.name} (added in Linux ${since}${spec.optional ? ', and optional in the kernel configuration' : ''})`
          : `${raw.errno} with no seccomp filter (Seccomp: 0): another policy (LSM, sysctl) refuses it`
    }
  if (spec.name === 'io_uring_setup' && raw.errno === 'EPERM' && (ctx.ioUringDisabled ?? 0) > 0)
    return {
      ...base,
      blocked: false,
      note: `EPERM explained by kernel.io_uring_disabled=${ctx.ioUringDisabled}, not by a seccomp filter`
    }
  const kernel = parseKernel(ctx.kernel)
  if (raw.errno === 'ENOSYS') {
    if (!kernel)
      return {
        ...base,
        blocked: false,
        note: `ENOSYS and the kernel version is unknown: a filter or a kernel older than ${since} (not counted as blocked)`
      }
    if (before(kernel, spec.since))
      return {
        ...base,
        blocked: false,
        note: `ENOSYS: kernel ${ctx.kernel} predates ${spec.name} (Linux ${since}); not a filter`
      }
    return {
      ...base,
      blocked: true,
      note:
        `ENOSYS on kernel ${ctx.kernel}, which has had ${spec.name} since ${since}: the seccomp filter answers ENOSYS` +
        (spec.name === 'clone3'
          ? ' (as Docker >= 20.10.10 does without CAP_SYS_ADMIN; glibc and Go fall back to clone, so only clone3-specific uses break)'
          : '') +
        (spec.optional ? ` (or ${spec.name} is compiled out of this kernel)` : '')
    }
  }
  return {
    ...base,
    blocked: true,
    note:
      ctx.seccomp === 2
        ? `${raw.errno} under a seccomp filter (Seccomp: 2) where the kernel answers ${spec.expected.join(' or ')}`
        : `${raw.errno} where the kernel answers ${spec.expected.join(' or ')} (seccomp mode unknown)`
  }
}

/** Verdicts for every probed call, in SYSCALLS order; calls the probe did not report are left out. */
export function classifySyscalls(
  raw: Readonly<Record<string, RawSyscallResult>>,
  ctx: SyscallContext
): GoProbeInfo['syscalls'] {
  const out: GoProbeInfo['syscalls'] = {}
  for (const spec of SYSCALLS) {
    const r = raw[spec.name]
    if (r && r.errno !== 'UNSUPPORTED') out[spec.name] = classifySyscall(spec, r, ctx)
  }
  return out
}

/**
 * The calls a seccomp filter refuses, by name, in probe order (for the seccomp-blocked rule). ENOSYS
 * from a kernel too old for the call, EPERM explained by kernel.io_uring_disabled, and answers seen with
 * no filter in place are not "blocked" (classifySyscall).
 */
export function blockedSyscalls(info: GoProbeInfo | undefined | null): string[] {
  if (!info || !info.syscalls) return []
  return Object.entries(info.syscalls)
    .filter(([, r]) => r && r.blocked === true)
    .map(([name]) => name)
}
