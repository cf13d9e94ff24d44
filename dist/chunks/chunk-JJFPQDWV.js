import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  confidenceRank,
  fmtBytes,
  ruleInfos
} from "./chunk-2EVJJMBJ.js";
import {
  blockedSyscalls
} from "./chunk-3EDJN4LH.js";

// src/report/facts-table.ts
var lim = (l) => l === "unlimited" ? "unlimited" : String(l);
var bytes = (n) => n === null || n === void 0 ? "unlimited" : fmtBytes(n, 1);
function spec(what, why, rules, fact, show, keys) {
  return { what, why, rules, fact, show, ...keys ? { keys } : {} };
}
function flags(s, x) {
  if (!s.rules.includes(x.rule)) return false;
  if (!s.keys) return true;
  const text = [x.message, ...x.evidence].join("\n");
  return s.keys.some((k) => text.includes(k));
}
function mountText(m) {
  const flags2 = [m.noexec ? "noexec" : "", m.readOnly ? "ro" : ""].filter(Boolean).join(",");
  return `${m.mountPoint} ${m.fsType}${flags2 ? ` (${flags2})` : ""}${m.sizeBytes !== null ? `, ${bytes(m.sizeBytes)}` : ""}`;
}
function factRows(facts, findings) {
  if (!("system" in facts)) return [];
  const f = facts;
  const specs = [
    spec("Kernel", "seccomp, namespace and sysctl behaviour depend on it", [], f.system.kernel, (v) => v),
    spec(
      "Runner",
      "hosted and self-hosted runners differ in limits and sudo",
      [],
      f.system.runner,
      (v) => v.kind + (v.os ? ` (${v.os})` : "")
    ),
    spec(
      "Container",
      "containers add seccomp, cgroup and /dev/shm limits",
      ["seccomp-blocked", "shm-size"],
      f.system.container,
      (v) => v.inContainer ? `yes${v.runtime ? ` (${v.runtime})` : ""}` : "no"
    ),
    spec(
      "User",
      "root skips some permission checks tests rely on",
      [],
      f.system.user,
      (v) => `uid ${v.uid}${v.root ? " (root)" : ""}`
    ),
    spec(
      "CPUs",
      "few CPUs stretch timeouts of parallel tests",
      ["cpu-throttling-timeout"],
      f.system.cpus,
      (v) => `${v.online} online${v.affinity !== null ? `, ${v.affinity} usable` : ""}`
    ),
    spec(
      "Memory",
      'the OOM killer ends test binaries with "signal: killed"',
      ["oom-kill"],
      f.system.memory,
      (v) => bytes(v.totalBytes)
    ),
    spec(
      "RLIMIT_NOFILE",
      '"too many open files" when sockets or files exceed it',
      ["nofile-limit"],
      f.rlimits?.nofile,
      (v) => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`,
      ["RLIMIT_NOFILE", "nofile", "open-file limit"]
    ),
    spec(
      "RLIMIT_NPROC",
      "fork/exec and thread creation fail with EAGAIN at the limit",
      ["thread-limit", "pids-limit"],
      f.rlimits?.nproc,
      (v) => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`,
      ["RLIMIT_NPROC", "nproc"]
    ),
    spec(
      "cgroup memory",
      "a memory limit below peak use gets test binaries OOM-killed",
      ["oom-kill"],
      cgroupPart(f, "memory"),
      (v) => `max ${bytes(v.max)}`,
      ["memory"]
    ),
    spec(
      "cgroup pids",
      "pids.max caps threads and processes together",
      ["pids-limit", "thread-limit"],
      cgroupPart(f, "pids"),
      (v) => `max ${v.max ?? "unlimited"}`,
      ["pids", "tasks"]
    ),
    spec(
      "cgroup CPU quota",
      "throttling makes timing-sensitive tests time out",
      ["cpu-throttling-timeout"],
      cgroupPart(f, "cpu"),
      (v) => v.limitCpus === null ? "unlimited" : `${v.limitCpus} CPUs`
    ),
    ...["kernel.threads-max", "kernel.pid_max"].map(
      (k) => spec(
        k,
        "system-wide cap on threads and processes",
        ["thread-limit", "pids-limit"],
        f.sysctl?.[k],
        (v) => v,
        [k.slice("kernel.".length)]
      )
    ),
    ...["fs.inotify.max_user_instances", "fs.inotify.max_user_watches"].map(
      (k) => spec(
        k,
        'file watchers (fsnotify) fail with "too many open files" or ENOSPC',
        ["inotify-limit"],
        f.sysctl?.[k],
        (v) => v,
        k.endsWith("instances") ? ["max_user_instances", "max_inotify_instances", "inotify instances"] : ["max_user_watches", "max_inotify_watches", "inotify watches"]
      )
    ),
    spec(
      "net.core.somaxconn",
      "caps the listen backlog of Go servers under load",
      ["somaxconn-backlog"],
      f.sysctl?.["net.core.somaxconn"],
      (v) => v
    ),
    spec(
      "Ephemeral ports",
      'many short connections exhaust them: "cannot assign requested address"',
      ["ephemeral-ports"],
      f.network?.portRange,
      (v) => `${v.low}-${v.high} (${v.width})`
    ),
    spec(
      "IPv6 loopback",
      "tests listening on [::1] fail without it",
      ["ipv6-unavailable"],
      f.network?.ipv6Loopback,
      (v) => v.present ? "present" : "absent"
    ),
    spec(
      "vm.max_map_count",
      "mmap-heavy tests (bbolt, race detector) hit ENOMEM",
      ["max-map-count", "mmap-enomem"],
      f.sysctl?.["vm.max_map_count"],
      (v) => v
    ),
    spec(
      "vm.mmap_rnd_bits",
      "the race detector (TSan) fails with high ASLR entropy",
      ["tsan-mmap-rnd-bits"],
      f.sysctl?.["vm.mmap_rnd_bits"],
      (v) => v
    ),
    spec(
      "User namespaces",
      "tests using CLONE_NEWUSER need them",
      ["userns-disabled", "apparmor-userns"],
      f.security?.userns,
      (v) => v.canCreate ? "can create" : "cannot create"
    ),
    spec(
      "AppArmor",
      "Ubuntu 24.04 restricts unprivileged user namespaces",
      ["apparmor-userns"],
      f.security?.apparmor,
      (v) => v.enabled === null ? v.label : `${v.enabled ? "enabled" : "disabled"}${v.label ? `, ${v.label}` : ""}`
    ),
    spec(
      "Seccomp",
      "a filter can reject syscalls tests make (EPERM, SIGSYS)",
      ["seccomp-blocked"],
      f.security?.seccomp,
      (v) => v.mode + (v.filters !== null ? ` (${v.filters} filters)` : "")
    ),
    spec(
      "kernel.yama.ptrace_scope",
      "debugger and ptrace tests need it permissive",
      ["ptrace-restricted"],
      f.sysctl?.["kernel.yama.ptrace_scope"],
      (v) => v
    ),
    spec("/dev/shm", "shared-memory tests fail when it is small", ["shm-size"], f.mounts?.devShm, mountText),
    ...(f.mounts?.tempDirs ?? []).map(
      (t) => spec(
        `${t.role} (${t.path})`,
        "go test builds and runs binaries here; noexec breaks it",
        ["noexec-tmp"],
        t.mount,
        mountText
      )
    ),
    ...(f.mounts?.storage ?? []).map(
      (s) => spec(
        `Free space: ${s.role}`,
        "builds and caches fail when the disk is full",
        ["disk-full"],
        s.space,
        (v) => `${bytes(v.availBytes)} of ${bytes(v.totalBytes)}`
      )
    ),
    spec(
      "Go",
      "the race detector needs cgo and a C compiler",
      ["race-requires-cgo"],
      f.go,
      (v) => `${v.version}${v.cgoEnabled === false ? ", CGO_ENABLED=0" : ""}${v.ccFound === false ? ", no C compiler" : ""}`
    ),
    // What the job's own Go toolchain saw (the runtime probe); absent with go-probe off.
    ...f.goProbe === void 0 ? [] : [
      spec(
        "Go runtime: GOMAXPROCS",
        "more Ps than the CPU quota allows means throttling and timeouts",
        ["gomaxprocs-quota"],
        f.goProbe,
        (v) => `${v.gomaxprocs} (NumCPU ${v.numCPU})`
      ),
      spec(
        "Go runtime: exec in temp dirs",
        "go test executes the test binary from GOTMPDIR or TMPDIR",
        ["noexec-tmp"],
        f.goProbe,
        (v) => v.execInTemp.map((e) => `${e.dir} ${e.ok ? "ok" : "FAILED"}`).join("; ") || "not checked"
      ),
      spec(
        "Go runtime: blocked syscalls",
        "a seccomp filter that blocks what the runtime or os/exec use breaks tests",
        ["seccomp-blocked"],
        f.goProbe,
        (v) => blockedSyscalls(v).join(", ") || "none"
      )
    ]
  ];
  return specs.map((s) => {
    const flagged = findings.filter((x) => flags(s, x)).map((x) => x.rule);
    if (!s.fact || "unknown" in s.fact) {
      return {
        what: s.what,
        value: "unknown",
        why: s.why,
        status: flagged.length ? "flagged" : "unknown",
        detail: flagged.length ? [...new Set(flagged)].join(", ") : s.fact ? s.fact.unknown : "not probed"
      };
    }
    let value;
    try {
      value = s.show(s.fact.value);
    } catch {
      value = "unreadable";
    }
    return flagged.length ? { what: s.what, value, why: s.why, status: "flagged", detail: [...new Set(flagged)].join(", ") } : { what: s.what, value, why: s.why, status: "no-finding", detail: "" };
  });
}
function cgroupPart(f, part) {
  if (!f.cgroup) return void 0;
  if ("unknown" in f.cgroup) return f.cgroup;
  return f.cgroup.value[part];
}

// src/report/view.ts
function defaultRuleInfo() {
  const out = {};
  for (const r of ruleInfos()) out[r.id] = { title: r.title, environmental: r.environmental };
  return out;
}
function collectedAt(facts) {
  return "system" in facts && typeof facts.collectedAt === "string" ? facts.collectedAt.replace(/\.\d+Z$/, "Z") : "";
}
function recorded(facts) {
  if (!("system" in facts)) return "";
  const parts = [];
  const runner = facts.system.runner;
  const kernel = facts.system.kernel;
  if (runner && "value" in runner) {
    if (runner.value.name) parts.push(`on runner ${runner.value.name.slice(0, 100)}`);
    else if (runner.value.kind !== "not-actions") parts.push(`on a ${runner.value.kind} runner`);
    else parts.push("outside GitHub Actions");
  }
  if (kernel && "value" in kernel) parts.push(`kernel ${kernel.value}`);
  const at = collectedAt(facts);
  return [at ? `recorded at ${at}` : "recorded", ...parts].join(", ");
}
function provenanceText(source, facts) {
  if (!source) return null;
  const at = collectedAt(facts);
  switch (source.kind) {
    case "runner":
      return `Facts: this runner${at ? `, probed at ${at}` : ""}.`;
    case "main-step":
      return `Facts: this runner, recorded by the action's main step${at ? ` at ${at}` : ""} (before your test step).`;
    case "here":
      return `Facts: this machine${at ? `, probed at ${at}` : ""}${source.asked ? " (--facts here): right only if the log was written on this machine" : ""}.`;
    case "file":
      return `Facts: file ${source.path} (${recorded(facts)}).`;
    case "none":
      return `Facts: none. ${source.why}`;
  }
}

// src/diagnose/group.ts
function effectiveTop(f, concluded) {
  const own = f.causes[0];
  if (!concluded) return own;
  if (own && confidenceRank(own.confidence) < confidenceRank(concluded.confidence)) return own;
  const same = f.causes.find((c) => c.rule === concluded.rule);
  return {
    rule: concluded.rule,
    confidence: concluded.confidence,
    evidence: [concluded.why, ...same?.evidence ?? own?.evidence ?? []],
    remedy: same?.remedy ?? "",
    ...concluded.runnerUp ? { runnerUp: concluded.runnerUp } : {},
    ...same?.explainedBy ? { explainedBy: same.explainedBy } : {}
  };
}
function groupFailures(failures, conclusions = []) {
  const concludedAt = /* @__PURE__ */ new Map();
  for (const c of conclusions) for (const i of c.failures) if (!concludedAt.has(i)) concludedAt.set(i, c);
  const byRule = /* @__PURE__ */ new Map();
  const none = {
    rule: null,
    confidence: null,
    failures: [],
    evidence: [],
    remedy: "",
    explainedBy: []
  };
  failures.forEach((f, i) => {
    const top = effectiveTop(f, concludedAt.get(i));
    if (!top) {
      none.failures.push(f);
      return;
    }
    let g = byRule.get(top.rule);
    if (!g) {
      g = {
        rule: top.rule,
        confidence: top.confidence,
        failures: [],
        evidence: [],
        remedy: "",
        explainedBy: []
      };
      byRule.set(top.rule, g);
    }
    g.failures.push(f);
    if (confidenceRank(top.confidence) < confidenceRank(g.confidence)) g.confidence = top.confidence;
    if (!g.remedy && top.remedy) g.remedy = top.remedy;
    if (!g.runnerUp && top.runnerUp) g.runnerUp = top.runnerUp;
    for (const e of top.explainedBy ?? [])
      if (!g.explainedBy.includes(e) && g.explainedBy.length < 4) g.explainedBy.push(e);
    for (const e of top.evidence) if (!g.evidence.includes(e) && g.evidence.length < 12) g.evidence.push(e);
  });
  for (const g of byRule.values()) if (g.confidence !== "low") delete g.runnerUp;
  const groups = [...byRule.values()].sort(
    (a, b) => confidenceRank(a.confidence) - confidenceRank(b.confidence) || b.failures.length - a.failures.length || (a.rule < b.rule ? -1 : 1)
  );
  if (none.failures.length > 0) groups.push(none);
  return groups;
}

export {
  factRows,
  defaultRuleInfo,
  provenanceText,
  groupFailures
};
