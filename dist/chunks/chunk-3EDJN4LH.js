import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/facts/types.ts
var known = (value) => ({ value });
var unknown = (reason) => ({ unknown: reason });
var isKnown = (f) => !!f && "value" in f;
var valueOf = (f) => isKnown(f) ? f.value : void 0;
var RLIMIT_NAMES = ["nofile", "nproc", "as", "stack", "memlock"];
var SYSCTL_KEYS = [
  "kernel.pid_max",
  "kernel.threads-max",
  "fs.file-max",
  "fs.nr_open",
  "fs.inotify.max_user_instances",
  "fs.inotify.max_user_watches",
  // The same limits as this process's user namespace sees them (/proc/sys/user/max_inotify_*): inside a
  // rootless container they can be lower than fs.inotify.* (kernel/ucount.c checks every level).
  "user.max_inotify_instances",
  "user.max_inotify_watches",
  "net.core.somaxconn",
  "net.ipv4.ip_local_port_range",
  "vm.max_map_count",
  "vm.overcommit_memory",
  "vm.mmap_rnd_bits",
  "user.max_user_namespaces",
  "kernel.unprivileged_userns_clone",
  "kernel.apparmor_restrict_unprivileged_userns",
  "kernel.yama.ptrace_scope",
  "net.ipv6.conf.all.disable_ipv6",
  "net.ipv6.conf.default.disable_ipv6",
  "net.ipv6.conf.lo.disable_ipv6"
];
function emptyCounters(at) {
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
  };
}

// src/goprobe/classify.ts
var SYSCALLS = [
  {
    name: "clone3",
    expected: ["EINVAL"],
    // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0
    since: [5, 3],
    why: "glibc >= 2.34 creates threads with clone3 and falls back to clone only on ENOSYS (cgo, -race); os/exec uses it for UseCgroupFD"
  },
  {
    name: "pidfd_open",
    expected: ["EINVAL"],
    // kernel/pid.c: pid <= 0
    since: [5, 3],
    why: "Go >= 1.23 os.StartProcess probes it on the first exec (os.checkPidfd)"
  },
  {
    name: "pidfd_send_signal",
    expected: ["EBADF"],
    // kernel/signal.c: fdget(-1)
    since: [5, 1],
    why: "Go >= 1.23 os.Process.Signal/Kill with a pidfd"
  },
  {
    name: "waitid",
    // kernel/exit.c: P_PIDFD with a closed descriptor -> EBADF; kernels before 5.4 do not know P_PIDFD.
    expected: ["EBADF", "EINVAL"],
    since: [2, 6],
    why: "os.Process.Wait; waitid(P_PIDFD) is part of os.checkPidfd"
  },
  {
    name: "unshare",
    expected: ["OK"],
    // kernel/fork.c: no flags, no change
    since: [2, 6],
    why: "namespace tests (unshare, CLONE_NEW*); Docker's default profile refuses it without CAP_SYS_ADMIN"
  },
  {
    name: "setns",
    expected: ["EBADF"],
    // kernel/nsproxy.c: fdget(-1)
    since: [3, 0],
    why: "tests that enter network or mount namespaces"
  },
  {
    name: "mount",
    expected: ["EFAULT"],
    // fs/namespace.c: user_path_at(NULL) before may_mount()
    since: [2, 0],
    why: "tests that mount tmpfs or bind mounts"
  },
  {
    name: "memfd_create",
    expected: ["EINVAL"],
    // mm/memfd.c: unknown flags
    since: [3, 17],
    why: "anonymous files (unix.MemfdCreate), sealed buffers"
  },
  {
    name: "copy_file_range",
    expected: ["EBADF"],
    // fs/read_write.c: fdget(-1)
    since: [4, 5],
    why: "io.Copy between *os.File uses it; Go falls back on ENOSYS and EPERM (internal/poll/copy_file_range_linux.go, golang/go#40893), C code may not"
  },
  {
    name: "io_uring_setup",
    expected: ["EFAULT"],
    // io_uring/io_uring.c: copy_from_user(NULL params)
    since: [5, 1],
    optional: true,
    why: "libraries using io_uring; Docker's default profile refuses it since 25.0"
  },
  {
    name: "faccessat2",
    expected: ["EINVAL"],
    // fs/open.c: mode outside S_IRWXO
    since: [5, 8],
    why: "glibc >= 2.33 faccessat falls back only on ENOSYS (Docker before 20.10.6 answered EPERM); Go falls back on both (syscall/syscall_linux.go)"
  },
  {
    name: "ptrace",
    expected: ["ESRCH"],
    // kernel/ptrace.c: no task with pid 0
    since: [2, 0],
    why: "debuggers (dlv) and tests that trace child processes"
  },
  {
    name: "personality",
    expected: ["OK"],
    // kernel/exec_domain.c: 0xffffffff only queries
    since: [2, 0],
    why: "querying the execution domain"
  },
  {
    name: "personality(ADDR_NO_RANDOMIZE)",
    expected: ["OK"],
    since: [2, 6],
    why: "the race detector (ThreadSanitizer) and `setarch -R` disable ASLR with it; Docker's default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff"
  }
];
var SYSCALL_NAMES = SYSCALLS.map((s) => s.name);
function parseKernel(release) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(release ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}
var before = (k, since) => k[0] < since[0] || k[0] === since[0] && k[1] < since[1];
var FILTER_ERRNOS = /* @__PURE__ */ new Set(["EPERM", "EACCES", "ENOSYS"]);
function classifySyscall(spec, raw, ctx) {
  const base = { errno: raw.errno, expected: [...spec.expected], ...raw.call ? { call: raw.call } : {} };
  const since = spec.since.join(".");
  if (raw.errno === "SIGSYS")
    return {
      ...base,
      blocked: true,
      note: "the call killed the probe with SIGSYS: the filter traps or kills (SCMP_ACT_TRAP/KILL) instead of returning an errno"
    };
  if (spec.expected.includes(raw.errno)) return { ...base, blocked: false };
  if (!FILTER_ERRNOS.has(raw.errno))
    return {
      ...base,
      blocked: false,
      note: `unexpected ${raw.errno}: neither the kernel's answer nor a filter's usual one; not counted as blocked`
    };
  if (ctx.seccomp === 0)
    return {
      ...base,
      blocked: false,
      note: raw.errno === "ENOSYS" ? `ENOSYS with no seccomp filter: this kernel does not have ${spec.name} (added in Linux ${since}${spec.optional ? ", and optional in the kernel configuration" : ""})` : `${raw.errno} with no seccomp filter (Seccomp: 0): another policy (LSM, sysctl) refuses it`
    };
  if (spec.name === "io_uring_setup" && raw.errno === "EPERM" && (ctx.ioUringDisabled ?? 0) > 0)
    return {
      ...base,
      blocked: false,
      note: `EPERM explained by kernel.io_uring_disabled=${ctx.ioUringDisabled}, not by a seccomp filter`
    };
  const kernel = parseKernel(ctx.kernel);
  if (raw.errno === "ENOSYS") {
    if (!kernel)
      return {
        ...base,
        blocked: false,
        note: `ENOSYS and the kernel version is unknown: a filter or a kernel older than ${since} (not counted as blocked)`
      };
    if (before(kernel, spec.since))
      return {
        ...base,
        blocked: false,
        note: `ENOSYS: kernel ${ctx.kernel} predates ${spec.name} (Linux ${since}); not a filter`
      };
    return {
      ...base,
      blocked: true,
      note: `ENOSYS on kernel ${ctx.kernel}, which has had ${spec.name} since ${since}: the seccomp filter answers ENOSYS` + (spec.name === "clone3" ? " (as Docker >= 20.10.10 does without CAP_SYS_ADMIN; glibc and Go fall back to clone, so only clone3-specific uses break)" : "") + (spec.optional ? ` (or ${spec.name} is compiled out of this kernel)` : "")
    };
  }
  return {
    ...base,
    blocked: true,
    note: ctx.seccomp === 2 ? `${raw.errno} under a seccomp filter (Seccomp: 2) where the kernel answers ${spec.expected.join(" or ")}` : `${raw.errno} where the kernel answers ${spec.expected.join(" or ")} (seccomp mode unknown)`
  };
}
function classifySyscalls(raw, ctx) {
  const out = {};
  for (const spec of SYSCALLS) {
    const r = raw[spec.name];
    if (r && r.errno !== "UNSUPPORTED") out[spec.name] = classifySyscall(spec, r, ctx);
  }
  return out;
}
function blockedSyscalls(info) {
  if (!info || !info.syscalls) return [];
  return Object.entries(info.syscalls).filter(([, r]) => r && r.blocked === true).map(([name]) => name);
}

export {
  known,
  unknown,
  isKnown,
  valueOf,
  RLIMIT_NAMES,
  SYSCTL_KEYS,
  emptyCounters,
  SYSCALLS,
  SYSCALL_NAMES,
  classifySyscall,
  classifySyscalls,
  blockedSyscalls
};
