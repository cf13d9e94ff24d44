import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  blockedSyscalls,
  valueOf
} from "./chunk-42MGG2UW.js";

// src/catalog/rule.ts
var defineRule = (rule31) => rule31;

// src/facts/format.ts
function fmtBytes(n, decimals = "auto") {
  if (!Number.isFinite(n)) return "unlimited";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${v} ${units[i]}`;
  return `${v.toFixed(decimals === 1 || v < 10 ? 1 : 0)} ${units[i]}`;
}

// src/catalog/helpers.ts
var MAX_EVIDENCE_LINES = 4;
var MAX_LINE_CHARS = 240;
var clip = (s, max = MAX_LINE_CHARS) => s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
var splitLines = (output) => output.split(/\r?\n/);
var asList = (re) => Array.isArray(re) ? re : [re];
var lastLines = null;
var lastText = "";
var joined = (lines) => {
  if (lines !== lastLines) {
    lastText = lines.join("\n");
    lastLines = lines;
  }
  return lastText;
};
var GLOBAL = /* @__PURE__ */ new WeakMap();
var globalOf = (re) => {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace(/[gym]/g, "")}gm`);
    GLOBAL.set(re, g);
  }
  return g;
};
function* linesMatching(text, g) {
  g.lastIndex = 0;
  let m;
  while ((m = g.exec(text)) !== null) {
    const start = text.lastIndexOf("\n", m.index - 1) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    yield { match: m, start, end };
    if (end >= text.length) return;
    g.lastIndex = end + 1;
  }
}
function matchLines(lines, re, max = MAX_EVIDENCE_LINES) {
  const res = asList(re);
  const text = joined(lines);
  const hits = /* @__PURE__ */ new Set();
  for (const r of res)
    for (const { start, end } of linesMatching(text, globalOf(r)))
      if (r.test(text.slice(start, end))) hits.add(start);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const start of [...hits].sort((a, b) => a - b)) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = clip(text.slice(start, end).replace(/\r$/, "").trim());
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
    if (out.length >= max) break;
  }
  return out;
}
function firstMatch(lines, re) {
  const first = matchLines(lines, re, 1)[0];
  if (first === void 0) return null;
  for (const line of lines) if (line.trim() === first || clip(line.trim()) === first) return re.exec(line);
  return re.exec(first);
}
var limitNumber = (l) => l === "unlimited" ? Number.POSITIVE_INFINITY : l;
var fmtLimit = (n) => Number.isFinite(n) ? String(n) : "unlimited";
var RLIMIT_LABEL = {
  nofile: "RLIMIT_NOFILE (ulimit -n)",
  nproc: "RLIMIT_NPROC (ulimit -u)",
  as: "RLIMIT_AS (ulimit -v)",
  stack: "RLIMIT_STACK (ulimit -s)",
  memlock: "RLIMIT_MEMLOCK (ulimit -l)"
};
function rlimit(facts, name) {
  const r = facts ? valueOf(facts.rlimits?.[name]) : void 0;
  if (!r) return null;
  const soft = limitNumber(r.soft);
  const hard = limitNumber(r.hard);
  return {
    value: { soft, hard },
    evidence: `${RLIMIT_LABEL[name]}: soft ${fmtLimit(soft)}, hard ${fmtLimit(hard)}`
  };
}
function sysctlNumber(facts, key) {
  const raw = facts ? valueOf(facts.sysctl?.[key]) : void 0;
  if (raw === void 0) return null;
  const n = Number.parseInt(raw.trim().split(/\s+/)[0] ?? "", 10);
  if (!Number.isFinite(n)) return null;
  return { value: n, evidence: `${key} = ${raw.trim()}` };
}
var cgroupDir = (dir) => dir ? ` (${dir})` : "";
var GOMEMLIMIT_SHARE = 0.9;
function gomemlimitMiB(limitBytes) {
  return Math.floor(limitBytes * GOMEMLIMIT_SHARE / 1048576);
}
var GOMEMLIMIT_PERCENT = `${Math.round(GOMEMLIMIT_SHARE * 100)}%`;
function bindingLimit(own, dir, effective2, effectiveDir, show) {
  if (effective2 === void 0 || effective2 === null || own !== null && own <= effective2)
    return { max: own, where: cgroupDir(dir) };
  const at = effectiveDir ? `set at ${effectiveDir}; ` : "set by an ancestor; ";
  return { max: effective2, where: ` (${at}${dir || "this cgroup"}: ${show(own)})` };
}
function cgroupMemory(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const m = cg ? valueOf(cg.memory) : void 0;
  if (!m) return null;
  const show = (n) => n === null ? "unlimited" : fmtBytes(n);
  const { max, where } = bindingLimit(m.max, m.dir, m.effectiveMax, m.effectiveMaxDir, show);
  return {
    value: max === m.max ? m : { ...m, max },
    evidence: `cgroup ${cg?.version ?? ""} memory limit ${show(max)}${where}`.replace("  ", " ")
  };
}
function cgroupPids(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const p = cg ? valueOf(cg.pids) : void 0;
  if (!p) return null;
  const show = (n) => n === null ? "max (unlimited)" : String(n);
  const { max, where } = bindingLimit(p.max, p.dir, p.effectiveMax, p.effectiveMaxDir, show);
  const cur = p.current === null ? "" : `, current ${p.current}`;
  return {
    value: max === p.max ? p : { ...p, max },
    evidence: `cgroup pids.max ${show(max)}${cur}${where}`
  };
}
function cgroupCpu(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const c = cg ? valueOf(cg.cpu) : void 0;
  if (!c) return null;
  const q = c.quotaUs === null || c.periodUs === null ? "no CPU quota" : `CPU quota ${c.quotaUs}us per ${c.periodUs}us period (${(c.limitCpus ?? c.quotaUs / c.periodUs).toFixed(2)} CPUs)`;
  return { value: c, evidence: `cgroup ${q}${cgroupDir(c.dir)}` };
}
var COUNTER_LABEL = {
  memoryOomKill: "cgroup memory oom_kill",
  memoryOom: "cgroup memory oom events",
  pidsEventsMax: "cgroup pids.events max (forks rejected)",
  cpuNrThrottled: "cgroup cpu.stat nr_throttled",
  cpuThrottledUsec: "cgroup cpu.stat throttled time (us)",
  listenOverflows: "TcpExtListenOverflows",
  vmstatOomKill: "/proc/vmstat oom_kill"
};
function counterDelta(facts, key) {
  const b = facts?.counters?.before?.[key];
  const a = facts?.counters?.after?.[key];
  if (b === null || b === void 0 || a === null || a === void 0) return null;
  const d = a - b;
  if (d < 0) return null;
  return { value: d, evidence: `${COUNTER_LABEL[key]}: ${b} before the tests, ${a} after (+${d})` };
}
function isRoot(facts) {
  const u = facts ? valueOf(facts.system?.user) : void 0;
  return u ? u.root : null;
}
function goInfo(facts) {
  return (facts ? valueOf(facts.go) : void 0) ?? null;
}
function goEnv(facts, name) {
  const g = goInfo(facts);
  if (!g) return void 0;
  const v = g.env[name];
  return v === null || v.trim() === "" ? null : v.trim();
}
function tempMounts(facts) {
  const out = [];
  for (const t of facts?.mounts?.tempDirs ?? []) {
    const m = valueOf(t.mount);
    if (m) out.push({ role: t.role, path: t.path, mount: m });
  }
  return out;
}
function storageSpaces(facts) {
  const out = [];
  for (const s of facts?.mounts?.storage ?? []) {
    const v = valueOf(s.space);
    if (v) out.push({ role: s.role, path: s.path, space: v });
  }
  return out;
}
function parseGoVersion(v) {
  if (!v) return null;
  const m = /(?:^|go)(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), m[3] === void 0 ? 0 : Number(m[3])];
}
function compareGoVersions(a, b) {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (!x || !y) return null;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function goAtLeast(facts, v) {
  const c = compareGoVersions(goInfo(facts)?.version ?? valueOf(facts?.goProbe)?.goVersion, v);
  return c === null ? null : c >= 0;
}
function goModAtLeast(facts, v) {
  const c = compareGoVersions(goInfo(facts)?.goModGo, v);
  return c === null ? null : c >= 0;
}
function goDefaultAtLeast(facts, v) {
  const tool = goAtLeast(facts, v);
  const mod = goModAtLeast(facts, v);
  if (tool === false || mod === false) return false;
  if (tool === null || mod === null) return null;
  return true;
}
var RANK = { high: 3, medium: 2, low: 1 };
var confidenceRank = (c) => RANK[c];
var lowerConfidence = (c) => c === "high" ? "medium" : c === "medium" ? "low" : null;
function combineSupport(...s) {
  if (s.includes("conclusive")) return "conclusive";
  if (s.includes("contradicts")) return "contradicts";
  if (s.includes("corroborates")) return "corroborates";
  return "unknown";
}
function confidenceFor(signature, support) {
  switch (support) {
    case "conclusive":
      return "high";
    case "corroborates":
      return signature === "specific" ? "high" : "medium";
    case "unknown":
      return signature === "specific" ? "medium" : "low";
    case "contradicts":
      return signature === "specific" ? "low" : null;
  }
}
function whereRuns(facts) {
  if (!facts) return "unknown";
  const c = valueOf(facts.system?.container);
  if (c?.inContainer) return "container";
  const r = valueOf(facts.system?.runner);
  if (!r) return "unknown";
  if (r.kind === "not-actions") return "local";
  return r.kind;
}
var LABEL = {
  "github-hosted": "GitHub-hosted runner",
  "self-hosted": "Self-hosted runner",
  container: "In a container job",
  local: "Locally"
};
function remedyFor(facts, parts) {
  const where = whereRuns(facts);
  const pick = (w) => w === "local" ? parts.local ?? parts.selfHosted : w === "github-hosted" ? parts.githubHosted : parts[w === "self-hosted" ? "selfHosted" : "container"];
  const out = [];
  if (where !== "unknown" && pick(where)) out.push(pick(where));
  else
    for (const w of ["github-hosted", "self-hosted", "container"]) {
      const p = pick(w);
      if (p) out.push(`${LABEL[w]}: ${p}`);
    }
  if (parts.always) out.push(parts.always);
  return out.join("\n");
}
function sysctlParts(key, value) {
  const set = `sudo sysctl -w ${key}=${value}`;
  const namespaced = key.startsWith("net.");
  return {
    githubHosted: `add a step before the tests: \`${set}\`.`,
    selfHosted: `on the runner host: \`${set}\`, and persist it with \`echo '${key} = ${value}' | sudo tee /etc/sysctl.d/90-go-tests.conf\`.`,
    container: namespaced ? `add \`--sysctl ${key}=${value}\` to the job's \`container.options\` (or \`docker run\`).` : `\`${key}\` is host-wide and cannot be set from inside a container; set it on the host (\`${set}\`) before the container starts.`
  };
}
var cause = (rule31, confidence, evidence, remedy11) => ({
  rule: rule31,
  confidence,
  evidence: evidence.filter((e) => e !== "").map((e) => clip(e)),
  remedy: remedy11
});
var finding = (rule31, f) => ({
  rule: rule31.id,
  severity: f.severity ?? rule31.severity,
  title: f.title ?? rule31.title,
  message: f.message,
  evidence: f.evidence.filter((e) => e !== "").map((e) => clip(e)),
  remedy: f.remedy
});
function parseGoDuration(s) {
  const re = /(\d+(?:\.\d+)?)(h|ms|us|µs|ns|m|s)/g;
  let total = 0;
  let seen = 0;
  const unit = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, \u00B5s: 1e-6, ns: 1e-9 };
  for (const m of s.matchAll(re)) {
    total += Number(m[1]) * (unit[m[2]] ?? 0);
    seen += m[0].length;
  }
  return seen > 0 && seen === s.length ? total : null;
}

// src/catalog/rules/apparmor-userns.ts
var APPARMOR_USERNS = [
  /write \/proc\/(?:self|\d+)\/(?:uid_map|gid_map|setgroups)\b.*: (?:operation not permitted|permission denied)/i,
  /unshare: write failed \/proc\/self\/(?:uid_map|gid_map|setgroups)/i,
  /setting up (?:uid|gid) map: permission denied/i,
  /Error during unshare\(.*\): Operation not permitted/i,
  /fork\/exec \S+: (?:operation not permitted|permission denied)/i
];
function restrictUserns(facts) {
  const s = sysctlNumber(facts, "kernel.apparmor_restrict_unprivileged_userns");
  if (s) return s;
  const aa = facts ? valueOf(facts.security?.apparmor) : void 0;
  if (aa && aa.restrictUnprivilegedUserns !== null)
    return {
      value: aa.restrictUnprivilegedUserns,
      evidence: `kernel.apparmor_restrict_unprivileged_userns = ${aa.restrictUnprivilegedUserns}`
    };
  return null;
}
var remedy = (facts) => remedyFor(facts, {
  githubHosted: "add a step before the tests: `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (ubuntu-24.04 images turn the restriction on; ubuntu-22.04 does not).",
  selfHosted: "preferably give the binary that needs user namespaces its own AppArmor profile with `userns,` (as runner-images does for podman); or, host-wide and weakening security, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` persisted in /etc/sysctl.d/.",
  container: "the restriction is the host kernel's: change it on the host (`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`) or run the container with an AppArmor profile that allows `userns`.",
  always: "Tests that need user namespaces should skip when `unshare -Ur true` fails."
});
var rule = defineRule({
  id: "apparmor-userns",
  title: "AppArmor restricts unprivileged user namespaces",
  environmental: true,
  severity: "notice",
  triggers: APPARMOR_USERNS,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, APPARMOR_USERNS);
    if (matched.length === 0) return null;
    const knob = restrictUserns(facts);
    if (knob?.value !== 1 || isRoot(facts) !== false) return null;
    return cause(
      "apparmor-userns",
      "medium",
      [...matched, knob.evidence, "the tests run as a non-root user"],
      remedy(facts)
    );
  },
  preflight(facts) {
    const knob = restrictUserns(facts);
    if (knob?.value !== 1 || isRoot(facts) !== false) return [];
    return [
      finding(rule, {
        message: 'AppArmor mediates unprivileged user namespaces here: they can be created, but nothing privileged works inside them (uid_map, setgroups, mount). Tests and tools that rely on rootless namespaces (rootless containers, bwrap, CLONE_NEWUSER with credentials) fail with "operation not permitted".',
        evidence: [knob.evidence, "the job runs as a non-root user"],
        remedy: remedy(facts)
      })
    ];
  }
});
var apparmor_userns_default = rule;

// src/catalog/rules/clock-skew.ts
var X509_NOT_YET_VALID = /x509: certificate has expired or is not yet valid: current time (\S+) is before (\S+)/i;
var X509_ANY = /x509: certificate has expired or is not yet valid: current time (\S+) is (?:before|after) /i;
var JWT_EARLY = /token used before issued|token is not valid yet/i;
var UNSET_BEFORE = 2001;
var rule2 = defineRule({
  id: "clock-skew",
  title: "The clock is behind (certificates or tokens not yet valid)",
  environmental: true,
  severity: "notice",
  triggers: [X509_ANY, JWT_EARLY],
  diagnose(_failure, { facts, lines }) {
    const early = matchLines(lines, [X509_NOT_YET_VALID, JWT_EARLY]);
    const unset = matchLines(lines, X509_ANY).filter((l) => {
      const m = X509_ANY.exec(l);
      const year = m ? Number.parseInt((m[1] ?? "").slice(0, 4), 10) : NaN;
      return Number.isFinite(year) && year < UNSET_BEFORE;
    });
    if (early.length === 0 && unset.length === 0) return null;
    const evidence = [.../* @__PURE__ */ new Set([...unset, ...early])];
    evidence.push(
      unset.length > 0 ? 'the "current time" the test saw is before 2001: the clock was never set' : "the test saw a time before the certificate/token became valid: this clock is behind the issuer's (or the issuer's is ahead)"
    );
    return cause(
      "clock-skew",
      unset.length > 0 ? "medium" : "low",
      evidence,
      remedyFor(facts, {
        githubHosted: "hosted runners sync time with chrony; if a step changed the time (faketime, date -s), undo it. Compare `date -u` with the certificate's NotBefore.",
        selfHosted: "enable time sync on the runner host: `sudo timedatectl set-ntp true` (systemd-timesyncd or chrony), then check `timedatectl status`.",
        container: "containers share the host's clock: fix time sync on the host (`timedatectl set-ntp true`).",
        always: "Tests that mint certificates should backdate NotBefore (e.g. time.Now().Add(-time.Hour)) so small skews between machines do not matter."
      })
    );
  }
});
var clock_skew_default = rule2;

// src/catalog/rules/cpu-throttling-timeout.ts
var TIMEOUT = [
  /^panic: test timed out after (\S+)$/,
  /^\*\*\* Test killed( with \w+)?: ran too long \((\S+)\)\.?$/
];
var LONG_WAIT = /^goroutine \d+(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[(?:chan (?:receive|send)(?: \([\w ]+\))?|select(?: \(no cases\))?|semacquire|sync\.[\w.]+|synctest\.\w+), (\d+) minutes?(?:, [^\]]+)?\]:$/;
function timeoutSeconds(lines) {
  const m = firstMatch(lines, TIMEOUT[0]) ?? firstMatch(lines, TIMEOUT[1]);
  const d = m ? m[2] && m[0].startsWith("***") ? m[2] : m[1] : void 0;
  return d ? parseGoDuration(d) : null;
}
function throttling(facts, timeout) {
  const cpu = cgroupCpu(facts);
  const n = counterDelta(facts, "cpuNrThrottled");
  const us = counterDelta(facts, "cpuThrottledUsec");
  const evidence = [cpu?.evidence ?? "", n?.evidence ?? "", us?.evidence ?? ""].filter(Boolean);
  const quota = cpu && cpu.value.quotaUs !== null;
  if (us && timeout && us.value / 1e6 >= 0.25 * timeout) return { support: "conclusive", evidence };
  if (n && n.value > 0) return { support: "corroborates", evidence };
  if (n && n.value === 0) return { support: "contradicts", evidence };
  if (cpu && !quota) return { support: "contradicts", evidence };
  if (quota) return { support: "corroborates", evidence };
  return { support: "unknown", evidence };
}
var rule3 = defineRule({
  id: "cpu-throttling-timeout",
  title: "Test timed out under CPU throttling",
  environmental: true,
  severity: "warning",
  triggers: TIMEOUT,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT);
    if (matched.length === 0) return null;
    const t = throttling(facts, timeoutSeconds(lines));
    let support = t.support;
    const waits = matchLines(lines, LONG_WAIT, 2);
    if (waits.length > 0 && support !== "conclusive") support = "contradicts";
    if (support === "unknown") return null;
    const confidence = confidenceFor("generic", support);
    if (confidence === null) return null;
    const cpu = cgroupCpu(facts);
    const n = cpu?.value.limitCpus ? Math.max(1, Math.ceil(cpu.value.limitCpus)) : null;
    return cause(
      "cpu-throttling-timeout",
      confidence,
      [...matched, ...t.evidence],
      remedyFor(facts, {
        githubHosted: "hosted VMs have no CPU quota: a job container's `--cpus` does; raise it or drop it.",
        selfHosted: "raise the CPU limit of the runner pod/service (Kubernetes ARC `resources.limits.cpu`, systemd `CPUQuota=`).",
        container: "raise `--cpus` in `container.options` / `docker run`.",
        always: `Match GOMAXPROCS to the quota: \`GOMAXPROCS=${n ?? "<CPUs of the quota>"}\` in the job env, or \`go 1.25\` (or later) in go.mod with Go >= 1.25, which sizes GOMAXPROCS from the cgroup. Give slow packages a realistic \`-timeout\` and lower \`-parallel\`.`
      })
    );
  }
});
var cpu_throttling_timeout_default = rule3;

// src/catalog/rules/deadlock-timeout.ts
var rule4 = defineRule({
  id: "deadlock-timeout",
  title: "Test hung (deadlock or missing timeout), not the machine",
  environmental: false,
  severity: "notice",
  triggers: TIMEOUT,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT);
    if (matched.length === 0) return null;
    const waits = matchLines(lines, LONG_WAIT, 2);
    if (waits.length === 0) return null;
    const t = throttling(facts, timeoutSeconds(lines));
    let support = t.support === "contradicts" ? "corroborates" : t.support === "unknown" ? "unknown" : "contradicts";
    if (support === "contradicts" && t.support !== "conclusive") support = "unknown";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause("deadlock-timeout", confidence, [...matched, ...waits, ...t.evidence], remedy2);
  }
});
var remedy2 = "Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with deadlines to calls that can block.";
var deadlock_timeout_default = rule4;

// src/catalog/rules/disk-full.ts
var ENOSPC = /no space left on device/i;
var OTHER_ENOSPC = /inotify_add_watch|fsnotify|\bwatch(er)? \S+: no space|\/dev\/shm|\bfork\/exec \S+: no space left on device/i;
var LOW_BYTES = 1024 ** 3;
var LOW_INODES = 0.05;
function places(facts) {
  const out = storageSpaces(facts).map((s) => ({
    label: `${s.role} ${s.path}`,
    avail: s.space.availBytes,
    total: s.space.totalBytes,
    inodesFree: s.space.inodesFree,
    inodesTotal: s.space.inodesTotal
  }));
  for (const t of tempMounts(facts))
    if (t.mount.availBytes !== null)
      out.push({
        label: `${t.role} ${t.path}`,
        avail: t.mount.availBytes,
        total: t.mount.sizeBytes,
        inodesFree: null,
        inodesTotal: null
      });
  return out;
}
var low = (p) => p.avail < LOW_BYTES || p.inodesFree !== null && !!p.inodesTotal && p.inodesFree / p.inodesTotal < LOW_INODES;
var describe = (p) => `${p.label}: ${fmtBytes(p.avail)} free${p.total ? ` of ${fmtBytes(p.total)}` : ""}` + (p.inodesFree !== null && p.inodesTotal ? `, ${p.inodesFree} of ${p.inodesTotal} inodes free` : "");
var rule5 = defineRule({
  id: "disk-full",
  title: "Disk or inodes full",
  environmental: true,
  severity: "warning",
  triggers: [ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, ENOSPC).filter((l) => !OTHER_ENOSPC.test(l));
    if (matched.length === 0) return null;
    const ps = places(facts);
    const lows = ps.filter(low);
    let support = "unknown";
    if (lows.length > 0) support = "corroborates";
    else if (ps.length > 0) support = "contradicts";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause(
      "disk-full",
      confidence,
      [...matched, ...(lows.length ? lows : ps).slice(0, 3).map(describe)],
      diskRemedy(facts)
    );
  },
  preflight(facts) {
    return places(facts).filter(low).map(
      (p) => finding(rule5, {
        severity: p.avail < 100 * 1024 ** 2 ? "error" : "warning",
        message: `${p.label} has little room left: go test writes test binaries, the build cache and temp files there.`,
        evidence: [describe(p)],
        remedy: diskRemedy(facts)
      })
    );
  }
});
function diskRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "free space before the tests (`go clean -cache -testcache`; remove unused preinstalled toolchains, e.g. `sudo rm -rf /usr/share/dotnet /usr/local/lib/android`), or point `GOTMPDIR`/`GOCACHE` at a larger volume.",
    selfHosted: "`go clean -cache -testcache`, prune old work directories and Docker images (`docker system prune`), or give GOTMPDIR/GOCACHE a larger volume.",
    container: "a small tmpfs or overlay: mount a larger volume for `GOTMPDIR`/`GOCACHE` (`-v`, `--tmpfs /tmp:size=2g,exec`)."
  });
}
var disk_full_default = rule5;

// src/catalog/rules/dns-hosts.ts
var LOOKUP_LOCALHOST = /\blookup (?:[\w-]+\.)*localhost\.?(?: on \S+)?: /i;
var rule6 = defineRule({
  id: "dns-hosts",
  title: '"localhost" does not resolve (hosts file or nsswitch)',
  environmental: true,
  severity: "warning",
  triggers: [LOOKUP_LOCALHOST],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, LOOKUP_LOCALHOST);
    if (matched.length === 0) return null;
    const confidence = confidenceFor("specific", "unknown") ?? "medium";
    return cause(
      "dns-hosts",
      confidence,
      [...matched, "a lookup of localhost reached the DNS fallback: /etc/hosts did not answer it"],
      remedyFor(facts, {
        githubHosted: "the hosted images list localhost for 127.0.0.1 and ::1; check steps that rewrite /etc/hosts: `cat /etc/hosts /etc/nsswitch.conf`.",
        selfHosted: "make sure /etc/hosts has `127.0.0.1 localhost` and `::1 localhost ip6-localhost`, and /etc/nsswitch.conf has `hosts: files dns`.",
        container: 'in the image: `RUN grep -q localhost /etc/hosts || echo "127.0.0.1 localhost" >> /etc/hosts` does not persist (Docker writes /etc/hosts at start); instead add `hosts: files dns` to /etc/nsswitch.conf (`RUN echo "hosts: files dns" > /etc/nsswitch.conf`, as the golang images do) and do not replace /etc/hosts with a volume; `--add-host localhost:127.0.0.1` also works.',
        always: "Tests can dial 127.0.0.1 instead of localhost."
      })
    );
  }
});
var dns_hosts_default = rule6;

// src/catalog/rules/ephemeral-ports.ts
var IPV4_EADDRNOTAVAIL = /dial tcp (?:\d{1,3}\.){3}\d{1,3}:\d+: connect: cannot assign requested address/i;
var NARROW = 4096;
var WIDE = 16384;
var RANGE = "1024 65535";
function portRange(facts) {
  const r = facts ? valueOf(facts.network?.portRange) : void 0;
  if (!r) return null;
  return { width: r.width, evidence: `net.ipv4.ip_local_port_range = ${r.low} ${r.high} (${r.width} ports)` };
}
var remedy3 = (facts) => remedyFor(facts, {
  ...sysctlParts("net.ipv4.ip_local_port_range", `"${RANGE}"`),
  always: "In the tests, reuse connections (one http.Client/Transport, read bodies to EOF and close them) instead of dialing per request: closed client sockets hold their port in TIME_WAIT for 60 s."
});
var rule7 = defineRule({
  id: "ephemeral-ports",
  title: "Ephemeral port range exhausted",
  environmental: true,
  severity: "warning",
  triggers: [IPV4_EADDRNOTAVAIL],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, IPV4_EADDRNOTAVAIL);
    if (matched.length === 0) return null;
    const r = portRange(facts);
    const support = r === null ? "unknown" : r.width < NARROW ? "corroborates" : r.width >= WIDE ? "contradicts" : "unknown";
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("ephemeral-ports", confidence, [...matched, r?.evidence ?? ""], remedy3(facts));
  },
  preflight(facts) {
    const r = portRange(facts);
    if (!r || r.width >= NARROW) return [];
    return [
      finding(rule7, {
        message: `Only ${r.width} local ports are available for outgoing connections; tests that open many connections fail with "connect: cannot assign requested address".`,
        evidence: [r.evidence],
        remedy: remedy3(facts)
      })
    ];
  }
});
var ephemeral_ports_default = rule7;

// src/catalog/rules/nofile-limit.ts
var EMFILE = /too many open files/i;
var ENFILE = /too many open files in system/i;
var INOTIFY_LINE = /inotify|fsnotify|watcher/i;
var NOFILE_LOW = 4096;
var NOFILE_HIGH = 16384;
var WANT = 65536;
var rule8 = defineRule({
  id: "nofile-limit",
  title: "Open-file limit too low",
  environmental: true,
  severity: "warning",
  triggers: [EMFILE],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE);
    if (matched.length === 0) return null;
    if (matched.every((l) => INOTIFY_LINE.test(l))) return null;
    const remedy11 = () => remedyFor(facts, {
      githubHosted: `raise the limit in the same step that runs the tests: \`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` then \`go test ...\` (hosted images configure 65536, so a lower value comes from your own setup).`,
      selfHosted: `raise the runner service's limit: \`sudo systemctl edit actions.runner.<...>.service\` with \`[Service]\` \`LimitNOFILE=${WANT}\`, then restart the service (or \`ulimit -Hn ${WANT}\` as root before the tests).`,
      container: `add \`--ulimit nofile=${WANT}:${WANT}\` to the job's \`container.options\` (or \`docker run\`).`,
      always: goAtLeast(facts, "1.19") === false ? 'Go before 1.19 keeps the soft limit: also run `ulimit -n "$(ulimit -Hn)"` before the tests.' : void 0
    });
    if (matched.some((l) => ENFILE.test(l))) {
      const fileMax = sysctlNumber(facts, "fs.file-max");
      return cause(
        "nofile-limit",
        "medium",
        [...matched, fileMax?.evidence ?? ""],
        remedyFor(facts, {
          ...sysctlParts("fs.file-max", 2097152),
          always: "ENFILE means every descriptor on the host is in use: look for a leaking process on a shared host."
        })
      );
    }
    const lim = rlimit(facts, "nofile");
    const modern = goAtLeast(facts, "1.19");
    const effective2 = lim ? modern === false ? lim.value.soft : lim.value.hard : null;
    if (effective2 === null) return null;
    let support = "unknown";
    if (effective2 !== null) {
      if (effective2 < NOFILE_LOW) support = "corroborates";
      else if (lim && lim.value.hard >= NOFILE_HIGH) support = "contradicts";
    }
    const confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const evidence = [...matched];
    if (lim) {
      evidence.push(lim.evidence);
      if (modern === true && lim.value.soft < lim.value.hard)
        evidence.push(
          `Go >= 1.19 raises the soft limit to the hard one, so ${fmtLimit(lim.value.hard)} applies`
        );
    }
    return cause("nofile-limit", confidence, evidence, remedy11());
  },
  preflight(facts) {
    const lim = rlimit(facts, "nofile");
    if (!lim) return [];
    const modern = goAtLeast(facts, "1.19");
    const effective2 = modern === false ? lim.value.soft : lim.value.hard;
    if (effective2 >= NOFILE_LOW) return [];
    const which = modern === false ? "soft" : "hard";
    return [
      finding(rule8, {
        severity: effective2 < 1024 ? "error" : "warning",
        message: `The ${which} open-file limit is ${fmtLimit(effective2)}; Go tests that open sockets or files in parallel fail with "too many open files" below ${NOFILE_LOW}.`,
        evidence: [lim.evidence],
        remedy: remedyFor(facts, {
          githubHosted: `\`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` in the step that runs the tests.`,
          selfHosted: `\`LimitNOFILE=${WANT}\` in a systemd drop-in for the runner service, then restart it.`,
          container: `\`--ulimit nofile=${WANT}:${WANT}\` in the job's \`container.options\`.`
        })
      })
    ];
  }
});
var nofile_limit_default = rule8;

// src/catalog/rules/fd-leak.ts
var rule9 = defineRule({
  id: "fd-leak",
  title: "File descriptors leaked by the tests",
  environmental: false,
  severity: "notice",
  triggers: [EMFILE],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE);
    if (matched.length === 0 || matched.some((l) => ENFILE.test(l))) return null;
    if (matched.every((l) => INOTIFY_LINE.test(l))) return null;
    const lim = rlimit(facts, "nofile");
    const modern = goAtLeast(facts, "1.19");
    const effective2 = lim ? modern === false ? lim.value.soft : lim.value.hard : null;
    let support = "unknown";
    if (effective2 !== null) {
      if (effective2 < NOFILE_LOW) support = "contradicts";
      else if (effective2 >= NOFILE_HIGH) support = "corroborates";
    }
    const confidence = confidenceFor("generic", support);
    if (confidence === null) return null;
    const evidence = [...matched];
    if (lim && effective2 !== null)
      evidence.push(`${lim.evidence}: ${fmtLimit(effective2)} descriptors is far more than a test suite needs`);
    else evidence.push("open-file limit unknown: a descriptor leak is the commoner cause of EMFILE");
    const check = effective2 === null ? `First check the limit the tests ran under: \`ulimit -Hn\` in the test step (\`ulimit -Sn\` too for Go < 1.19). Below ${NOFILE_LOW} the limit is the cause (raise it: see the nofile-limit rule); far above it, read on. ` : "";
    return cause(
      "fd-leak",
      confidence,
      evidence,
      check + 'Look for descriptors the tests never close: `defer resp.Body.Close()` on every HTTP response, `Close()` on files, listeners and `*sql.Rows`, and `t.Cleanup` for servers started per test. Watch the count while the tests run: `ls /proc/$(pgrep -f "\\.test")/fd | wc -l`.'
    );
  }
});
var fd_leak_default = rule9;

// src/catalog/rules/go-cache-unavailable.ts
var CACHE_SIGNATURES = [
  /build cache is required, but could not be located/,
  /failed to initialize build cache at .+/,
  /GOCACHE is not an absolute path/,
  /GOCACHE=off is no longer supported/,
  /build cache is disabled by GOCACHE=off/,
  /initializing cache in \$GOCACHE: /
];
var rule10 = defineRule({
  id: "go-cache-unavailable",
  title: "Go build cache cannot be located or written",
  environmental: true,
  severity: "error",
  triggers: CACHE_SIGNATURES,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, CACHE_SIGNATURES);
    if (matched.length === 0) return null;
    const g = goInfo(facts);
    let support = "unknown";
    const evidence = [...matched];
    const why = facts && "unknown" in facts.go ? facts.go.unknown : "";
    if (!g && /build cache|GOCACHE/.test(why)) {
      support = "corroborates";
      evidence.push(`go env failed while probing: ${why}`);
    } else if (g) {
      const bad = g.gocache === null || g.gocache === "" || g.gocache === "off" || !g.gocache.startsWith("/");
      support = bad ? "corroborates" : "unknown";
      evidence.push(`go env GOCACHE = ${g.gocache === null ? "(none)" : JSON.stringify(g.gocache)}`);
    }
    const confidence = confidenceFor("specific", support);
    return confidence ? cause("go-cache-unavailable", confidence, evidence, cacheRemedy(facts)) : null;
  },
  preflight(facts) {
    const g = goInfo(facts);
    if (!g) return [];
    const v = g.gocache;
    if (v !== null && v !== "" && v !== "off" && v.startsWith("/")) return [];
    return [
      finding(rule10, {
        message: v === null || v === "" ? "Go has no build cache: GOCACHE is unset and neither $XDG_CACHE_HOME nor $HOME is defined, so go test stops before building." : `GOCACHE=${v} is not usable (it must be an absolute path; "off" is no longer supported).`,
        evidence: [`go env GOCACHE = ${JSON.stringify(v ?? "")}`],
        remedy: cacheRemedy(facts)
      })
    ];
  }
});
function cacheRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "set an absolute cache path in the job env: `GOCACHE: ${{ runner.temp }}/go-build` (or keep HOME defined).",
    selfHosted: "define `HOME` for the runner service, or set `GOCACHE=/var/cache/go-build` (absolute, writable by the runner user).",
    container: "set `GOCACHE=/tmp/go-build` (or `HOME`) in the container env: minimal images and `env -i` wrappers leave both unset."
  });
}
var go_cache_unavailable_default = rule10;

// src/catalog/rules/go-thread-cap.ts
var THREAD_CAP = /runtime: program exceeds \d+-thread limit/;
var EXHAUSTION = /^fatal error: thread exhaustion/;
var rule11 = defineRule({
  id: "go-thread-cap",
  title: "Go runtime's own thread cap exceeded",
  environmental: false,
  severity: "notice",
  triggers: [THREAD_CAP],
  diagnose(_failure, { lines }) {
    const matched = matchLines(lines, [THREAD_CAP, EXHAUSTION]);
    if (!matched.some((l) => THREAD_CAP.test(l))) return null;
    return cause(
      "go-thread-cap",
      confidenceFor("specific", "corroborates") ?? "high",
      [
        ...matched,
        "the cap is debug.SetMaxThreads (default 10000), checked by the runtime, not by the kernel"
      ],
      "Find what blocks thousands of goroutines in system calls or cgo at once (the stack dump shows them); bound the concurrency (a worker pool, a semaphore), or raise the cap deliberately with `debug.SetMaxThreads`. Raising ulimits or sysctls does not help."
    );
  }
});
var go_thread_cap_default = rule11;

// src/catalog/rules/gomaxprocs-quota.ts
var rule12 = defineRule({
  id: "gomaxprocs-quota",
  title: "CPU quota below GOMAXPROCS",
  environmental: true,
  severity: "warning",
  preflight(facts) {
    const cpu = cgroupCpu(facts);
    const limit = cpu?.value.limitCpus ?? null;
    if (!cpu || limit === null) return [];
    const c = valueOf(facts.system?.cpus);
    const cpus = c ? c.affinity ?? c.online : null;
    if (cpus === null || limit >= cpus) return [];
    const g = goInfo(facts);
    if (!g) return [];
    const want = Math.max(1, Math.ceil(limit));
    const env = goEnv(facts, "GOMAXPROCS");
    const godebug = goEnv(facts, "GODEBUG") ?? "";
    const evidence = [
      cpu.evidence,
      `${cpus} CPUs available to the process`,
      `Go ${g.version}, go.mod go line ${g.goModGo ?? "unknown"}`
    ];
    let procs;
    let why;
    if (env !== null && env !== void 0) {
      procs = Number.parseInt(env, 10);
      if (!Number.isFinite(procs) || procs <= Math.max(2, want)) return [];
      why = `GOMAXPROCS=${env} is set in the environment`;
      evidence.push(why);
    } else {
      const aware = goDefaultAtLeast(facts, "1.25");
      const off = /(^|,)\s*(containermaxprocs|updatemaxprocs)=0/.test(godebug);
      if (aware === true && !off) return [];
      if (aware === null && !off) return [];
      procs = cpus;
      why = off ? `GODEBUG=${godebug} turns the cgroup-aware default off` : "the Go toolchain or the go.mod go line is older than 1.25, so GOMAXPROCS ignores the quota";
      evidence.push(why);
    }
    if (procs <= Math.max(2, want)) return [];
    return [
      finding(rule12, {
        message: `GOMAXPROCS will be ${procs} under a CPU quota of ${limit.toFixed(2)} CPUs: ${why}. The runtime burns the quota in bursts and is throttled, which slows tests towards their timeouts.`,
        evidence,
        remedy: remedyFor(facts, {
          always: `Set \`GOMAXPROCS=${want}\` in the job env, or use Go >= 1.25 with \`go 1.25\` (or later) in go.mod (or \`godebug containermaxprocs=1\`) so that GOMAXPROCS follows the quota.`
        })
      })
    ];
  }
});
var gomaxprocs_quota_default = rule12;

// src/catalog/rules/inotify-limit.ts
var INOTIFY_EMFILE = [
  /(inotify|fsnotify|watcher).*too many open files/i,
  /too many open files.*(inotify|watch)/i
];
var INOTIFY_ENOSPC = [/(inotify_add_watch|fsnotify|watch).*no space left on device/i];
var WANT_INSTANCES = 1280;
var WANT_WATCHES = 655360;
var LOW_INSTANCES = 256;
var LOW_WATCHES = 65536;
function effective(facts, kind) {
  const a = sysctlNumber(
    facts,
    kind === "instances" ? "fs.inotify.max_user_instances" : "fs.inotify.max_user_watches"
  );
  const b = sysctlNumber(
    facts,
    kind === "instances" ? "user.max_inotify_instances" : "user.max_inotify_watches"
  );
  if (a && b)
    return b.value < a.value ? { value: b.value, evidence: `${b.evidence} (user namespace; ${a.evidence})` } : a;
  return a ?? b;
}
var rule13 = defineRule({
  id: "inotify-limit",
  title: "inotify instance or watch limit reached",
  environmental: true,
  severity: "warning",
  triggers: [...INOTIFY_EMFILE, ...INOTIFY_ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const emfile = matchLines(lines, INOTIFY_EMFILE);
    const enospc = matchLines(lines, INOTIFY_ENOSPC);
    if (emfile.length === 0 && enospc.length === 0) return null;
    const kind = emfile.length ? "instances" : "watches";
    const lim = effective(facts, kind);
    const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
    const s = lim ? lim.value < low2 ? "corroborates" : "unknown" : "unknown";
    const evidence = [...emfile, ...enospc, lim?.evidence ?? ""];
    const nofile = rlimit(facts, "nofile");
    if (kind === "instances" && nofile && nofile.value.hard < 4096 && s !== "corroborates") return null;
    const confidence = confidenceFor("specific", s);
    if (confidence === null) return null;
    return cause("inotify-limit", confidence, evidence, inotifyRemedy(facts, kind));
  },
  preflight(facts) {
    const out = [];
    for (const kind of ["instances", "watches"]) {
      const lim = effective(facts, kind);
      const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
      if (!lim || lim.value >= low2) continue;
      out.push(
        finding(rule13, {
          message: `Only ${lim.value} inotify ${kind} per user, shared by every process of the user on the host: file-watching tests and tools (fsnotify, kind, IDEs) run out.`,
          evidence: [lim.evidence],
          remedy: inotifyRemedy(facts, kind)
        })
      );
    }
    return out;
  }
});
function inotifyRemedy(facts, kind) {
  const key = kind === "instances" ? "fs.inotify.max_user_instances" : "fs.inotify.max_user_watches";
  return remedyFor(facts, {
    ...sysctlParts(key, kind === "instances" ? WANT_INSTANCES : WANT_WATCHES),
    always: "Also close watchers in tests (`defer w.Close()`): each fsnotify.Watcher holds one instance until closed."
  });
}
var inotify_limit_default = rule13;

// src/catalog/rules/ipv6-unavailable.ts
var IPV6_EADDRNOTAVAIL = /(?:listen|dial) (?:tcp6?|udp6?) \[::1?\]:\d+: (?:bind|connect): cannot assign requested address/i;
var AF_INET6_MISSING = /(?:listen|dial) (?:(?:tcp6|udp6|ip6(?::\w+)?) \S*|(?:tcp|udp|ip(?::\w+)?) \[[0-9a-f:.%\w]*\]:\d+): socket: address family not supported by protocol/i;
function ipv6Support(facts) {
  const lo = facts ? valueOf(facts.network?.ipv6Loopback) : void 0;
  const evidence = [];
  for (const k of ["net.ipv6.conf.lo.disable_ipv6", "net.ipv6.conf.all.disable_ipv6"]) {
    const v = sysctlNumber(facts, k);
    if (v?.value === 1) evidence.push(v.evidence);
  }
  if (lo) {
    evidence.unshift(
      `IPv6 loopback (::1 on lo): ${lo.present ? "present" : "missing"}${lo.detail ? ` (${lo.detail})` : ""}`
    );
    return { support: lo.present ? "contradicts" : "corroborates", evidence };
  }
  return { support: evidence.length > 0 ? "corroborates" : "unknown", evidence };
}
var remedy4 = (facts) => remedyFor(facts, {
  githubHosted: "enable it before the tests: `sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0`.",
  selfHosted: "`sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0` (persist in /etc/sysctl.d/); if `/proc/net/if_inet6` is missing, the kernel was booted with `ipv6.disable=1`: remove it from the kernel command line.",
  container: "these sysctls are per network namespace: add `--sysctl net.ipv6.conf.all.disable_ipv6=0 --sysctl net.ipv6.conf.lo.disable_ipv6=0` to the job's `container.options` (or `docker run`).",
  always: 'Or make IPv6 tests skip when `net.Listen("tcp6", "[::1]:0")` fails.'
});
var rule14 = defineRule({
  id: "ipv6-unavailable",
  title: "IPv6 loopback unavailable",
  environmental: true,
  severity: "notice",
  triggers: [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING]);
    if (matched.length === 0) return null;
    const s = ipv6Support(facts);
    if (s.support === "contradicts") return null;
    const confidence = confidenceFor("specific", s.support);
    if (!confidence) return null;
    return cause("ipv6-unavailable", confidence, [...matched, ...s.evidence], remedy4(facts));
  },
  preflight(facts) {
    const lo = valueOf(facts.network?.ipv6Loopback);
    if (!lo || lo.present) return [];
    const s = ipv6Support(facts);
    return [
      finding(rule14, {
        message: 'The loopback interface has no IPv6 address (::1): tests that listen on or dial "[::1]" or "tcp6" fail with "cannot assign requested address".',
        evidence: s.evidence,
        remedy: remedy4(facts)
      })
    ];
  }
});
var ipv6_unavailable_default = rule14;

// src/catalog/rules/max-map-count.ts
var MAP_SIGNATURES = [
  /mmap allocate error: cannot allocate memory/i,
  /\bmmap\b.*cannot allocate memory/i,
  /ThreadSanitizer failed to allocate .*clock allocator.*\((errno|error code): 12\)/
];
var CGO_EAGAIN = /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/;
var MAP_DEFAULT = 65530;
var WANT2 = 262144;
var rule15 = defineRule({
  id: "max-map-count",
  title: "Memory-mapping count limit reached (vm.max_map_count)",
  environmental: true,
  severity: "warning",
  triggers: [...MAP_SIGNATURES, CGO_EAGAIN],
  diagnose(_failure, { facts, lines }) {
    const direct = matchLines(lines, MAP_SIGNATURES);
    const cgo = matchLines(lines, CGO_EAGAIN);
    if (direct.length === 0 && cgo.length === 0) return null;
    const mmc = sysctlNumber(facts, "vm.max_map_count");
    let support = "unknown";
    if (mmc)
      support = mmc.value < MAP_DEFAULT ? "corroborates" : mmc.value >= WANT2 ? "contradicts" : "unknown";
    if (direct.length === 0 && support !== "corroborates") return null;
    const confidence = confidenceFor(direct.length ? "specific" : "generic", support);
    if (confidence === null || support === "contradicts") return null;
    return cause(
      "max-map-count",
      confidence,
      [...direct, ...cgo, mmc?.evidence ?? ""],
      remedyFor(facts, sysctlParts("vm.max_map_count", WANT2))
    );
  },
  preflight(facts) {
    const mmc = sysctlNumber(facts, "vm.max_map_count");
    if (!mmc || mmc.value >= MAP_DEFAULT) return [];
    return [
      finding(rule15, {
        message: `vm.max_map_count is ${mmc.value}, below the kernel default ${MAP_DEFAULT}: memory-mapped stores, cgo threads and the race detector run out of mappings.`,
        evidence: [mmc.evidence],
        remedy: remedyFor(facts, sysctlParts("vm.max_map_count", WANT2))
      })
    ];
  }
});
var max_map_count_default = rule15;

// src/catalog/rules/memory-limit-no-gomemlimit.ts
var rule16 = defineRule({
  id: "memory-limit-no-gomemlimit",
  title: "Memory limit without GOMEMLIMIT",
  environmental: true,
  severity: "warning",
  preflight(facts) {
    const mem = cgroupMemory(facts);
    if (!mem || mem.value.max === null) return [];
    const total = valueOf(facts.system?.memory)?.totalBytes;
    if (total !== void 0 && mem.value.max >= total) return [];
    const gomem = goEnv(facts, "GOMEMLIMIT");
    if (gomem === void 0 || gomem !== null) return [];
    const mib = gomemlimitMiB(mem.value.max);
    return [
      finding(rule16, {
        message: `The tests run under a ${fmtBytes(mem.value.max)} memory limit and GOMEMLIMIT is unset: Go does not read the cgroup limit, so a test's heap can grow past it and be OOM-killed.`,
        evidence: [mem.evidence, "GOMEMLIMIT is not set in the environment"],
        remedy: remedyFor(facts, {
          always: `Set \`GOMEMLIMIT=${mib}MiB\` (${GOMEMLIMIT_PERCENT} of the limit) in the job env (\`env:\` in the workflow), and keep \`go test -p\` low enough that the packages' binaries fit together.`
        })
      })
    ];
  }
});
var memory_limit_no_gomemlimit_default = rule16;

// src/catalog/rules/mmap-enomem.ts
var RUNTIME_OOM = [
  /^runtime: out of memory: cannot allocate \d+-byte block/,
  /^fatal error: (runtime: )?out of memory$/,
  /^fatal error: runtime: cannot allocate memory$/,
  // The sanitizers' shadow/heap reservation refused with ENOMEM (12): TSan (`go test -race`), and MSan /
  // ASan in cgo sanitizer tests (golang/go#17689: `MemorySanitizer failed to allocate 0xf0000000000 ...
  // (errno: 12)` under vm.overcommit_memory=2). TSan's clock allocator is max-map-count's.
  /(?:Thread|Memory|Address)Sanitizer failed to allocate 0x[0-9a-f]+ \(\d+\) bytes(?!.*clock allocator).*\((errno|error code): 12\)/
];
var rule17 = defineRule({
  id: "mmap-enomem",
  title: "Address-space limit or overcommit refused memory (mmap ENOMEM)",
  environmental: true,
  severity: "warning",
  triggers: RUNTIME_OOM,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, RUNTIME_OOM);
    if (matched.length === 0) return null;
    const as = rlimit(facts, "as");
    const over = sysctlNumber(facts, "vm.overcommit_memory");
    const s = [];
    const evidence = [...matched];
    if (as) {
      evidence.push(as.evidence);
      s.push(Number.isFinite(as.value.soft) ? "corroborates" : "unknown");
    }
    if (over) {
      evidence.push(over.evidence);
      if (over.value === 2) s.push("corroborates");
    }
    let support = combineSupport(...s);
    if (support === "unknown" && as && !Number.isFinite(as.value.soft) && over && over.value !== 2)
      support = "contradicts";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause("mmap-enomem", confidence, evidence, asRemedy(facts));
  },
  preflight(facts) {
    const out = [];
    const as = rlimit(facts, "as");
    if (as && Number.isFinite(as.value.soft))
      out.push(
        finding(rule17, {
          message: `The address-space limit (ulimit -v) is ${fmtBytes(as.value.soft)}: Go reserves large address ranges up front and the race detector needs terabytes of virtual space.`,
          evidence: [as.evidence],
          remedy: asRemedy(facts)
        })
      );
    const over = sysctlNumber(facts, "vm.overcommit_memory");
    if (over && over.value === 2)
      out.push(
        finding(rule17, {
          severity: "notice",
          message: "vm.overcommit_memory = 2 (strict): large reservations such as the race detector's shadow memory can fail.",
          evidence: [over.evidence],
          remedy: remedyFor(facts, sysctlParts("vm.overcommit_memory", 0))
        })
      );
    return out;
  }
});
function asRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "remove the `ulimit -v` from the job (or run `ulimit -v unlimited` in the step before `go test`).",
    selfHosted: "remove `LimitAS=` from the runner service and `as` from /etc/security/limits.d; `ulimit -v unlimited` in the step.",
    container: "remove `--ulimit as=...` from `container.options`; if vm.overcommit_memory is 2, set it to 0 on the host.",
    always: "If no limit is set, the host is out of memory: lower parallelism (`go test -p 1`)."
  });
}
var mmap_enomem_default = rule17;

// src/catalog/rules/noexec-tmp.ts
var GO_BUILD_EXEC = /fork\/exec (\S*\/go-build\d+\/\S+): permission denied/;
var EXEC_EACCES = /fork\/exec (\/\S+): permission denied/;
var under = (path, dir) => path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
var rule18 = defineRule({
  id: "noexec-tmp",
  title: "Temporary directory mounted noexec",
  environmental: true,
  severity: "error",
  triggers: [EXEC_EACCES],
  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EXEC_EACCES);
    if (!m) return null;
    const path = m[1];
    const isGoWork = GO_BUILD_EXEC.test(m[0]);
    const temps = tempMounts(facts);
    const used = isGoWork ? temps.filter((t) => t.role === usedRole(facts)) : [];
    const containing = temps.filter((t) => under(path, t.path));
    const longest = Math.max(0, ...containing.map((t) => t.path.length));
    const holder = used.length > 0 ? used : containing.filter((t) => t.path.length === longest);
    let support = "unknown";
    if (holder.some((t) => t.mount.noexec)) support = "corroborates";
    else if (holder.length > 0) support = "contradicts";
    if (!isGoWork && holder.length === 0) return null;
    const confidence = confidenceFor(isGoWork ? "specific" : "generic", support);
    if (confidence === null) return null;
    const evidence = [...matchLines(lines, EXEC_EACCES)];
    for (const t of holder)
      evidence.push(
        `${t.role} ${t.path} is on ${t.mount.mountPoint} (${t.mount.fsType}, ${t.mount.options.join(",")})`
      );
    return cause("noexec-tmp", confidence, evidence, noexecRemedy(facts));
  },
  preflight(facts) {
    const temps = tempMounts(facts).filter((t) => t.mount.noexec);
    if (temps.length === 0) return [];
    const used = usedRole(facts);
    return temps.map(
      (t) => finding(rule18, {
        severity: t.role === used ? "error" : "warning",
        message: t.role === used ? `${t.role} (${t.path}) is mounted noexec: go test builds the test binary there and cannot run it.` : `${t.role} (${t.path}) is mounted noexec: tests that build and run helpers in a temp dir fail.`,
        evidence: [`${t.path} on ${t.mount.mountPoint}: ${t.mount.options.join(",")}`],
        remedy: noexecRemedy(facts)
      })
    );
  }
});
function usedRole(facts) {
  const roles = new Set((facts?.mounts?.tempDirs ?? []).map((t) => t.role));
  return goInfo(facts)?.gotmpdir || roles.has("GOTMPDIR") ? "GOTMPDIR" : roles.has("TMPDIR") ? "TMPDIR" : "/tmp";
}
function noexecRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: 'point Go at an exec-able directory: `mkdir -p "$RUNNER_TEMP/gotmp"` and `GOTMPDIR=$RUNNER_TEMP/gotmp` in the job env.',
    selfHosted: "`GOTMPDIR=$RUNNER_TEMP/gotmp` (created first) in the job env, or remount the temp dir with `exec`.",
    container: "`--tmpfs /tmp:exec` in `container.options`, or `GOTMPDIR` on a directory mounted without noexec."
  });
}
var noexec_tmp_default = rule18;

// src/catalog/rules/oom-kill.ts
var SIGNAL_KILLED = /^signal: killed$/;
var TOOL_KILLED = /(?:^|[\s/])(compile|link|asm|cgo|vet|[5689][acgl])(\.exe)?: signal: killed$/;
var rule19 = defineRule({
  id: "oom-kill",
  title: "Killed by the out-of-memory killer",
  environmental: true,
  severity: "warning",
  triggers: [SIGNAL_KILLED, TOOL_KILLED],
  // A binary killed without printing anything (kind `killed`) must still reach the rule.
  kinds: ["killed"],
  diagnose(failure, { facts, lines }) {
    const matched = matchLines(lines, [SIGNAL_KILLED, TOOL_KILLED]);
    if (matched.length === 0 && failure.kind !== "killed") return null;
    const cg = counterDelta(facts, "memoryOomKill");
    const host = counterDelta(facts, "vmstatOomKill");
    const mem = cgroupMemory(facts);
    let support = "unknown";
    if (cg && cg.value > 0 || host && host.value > 0) support = "conclusive";
    else if (cg || host) support = "contradicts";
    else if (mem && mem.value.max !== null) {
      const total = valueOf(facts?.system?.memory)?.totalBytes;
      support = total === void 0 || mem.value.max < total ? "corroborates" : "unknown";
    }
    let confidence = confidenceFor("generic", support);
    if (matched.length === 0) {
      if (support === "conclusive") confidence = "high";
      else if (support === "corroborates") confidence = "low";
      else return null;
    }
    if (confidence === null) return null;
    const evidence = [...matched.length ? matched : ["the test binary ended without a result (killed)"]];
    for (const r of [cg, host]) if (r) evidence.push(r.evidence);
    if (mem) evidence.push(mem.evidence);
    if (mem && mem.value.peak !== null) evidence.push(`memory peak ${fmtBytes(mem.value.peak)}`);
    const limit = mem?.value.max ?? null;
    const gomem = limit !== null ? `GOMEMLIMIT=${gomemlimitMiB(limit)}MiB` : `GOMEMLIMIT to ${GOMEMLIMIT_PERCENT} of the memory limit`;
    const tool = matched.some((l) => TOOL_KILLED.test(l));
    return cause(
      "oom-kill",
      confidence,
      evidence,
      remedyFor(facts, {
        githubHosted: "use a larger runner, or run fewer packages at once.",
        selfHosted: "give the runner (or its service, `MemoryMax=`) more memory, or run fewer jobs per host.",
        container: "raise the container's `--memory` in `container.options` / `docker run` (`mem_limit:` in compose).",
        always: `Lower parallelism: \`go test -p 1\` (packages${tool ? "; the compiler/linker were killed" : ""}) or \`-parallel 2\`; set \`${gomem}\` in the job env so the GC works before the limit (Go never derives it from the cgroup). Do not use GODEBUG=madvdontneed: it has been the default since Go 1.16.`
      })
    );
  }
});
var oom_kill_default = rule19;

// src/catalog/rules/pids-limit.ts
var EAGAIN_SPAWN = [
  /fork\/exec \S+: resource temporarily unavailable/i,
  /runtime: failed to create new OS thread \(have \d+ already; errno=11\)/,
  /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/
];
var RUNAWAY_THREADS = 1e3;
var HAVE_N = /failed to create new OS thread \(have (\d+) already/;
function runawayThreads(lines) {
  const m = firstMatch(lines, HAVE_N);
  const n = m ? Number(m[1]) : 0;
  return n >= RUNAWAY_THREADS ? {
    n,
    evidence: `the process already had ${n} threads: the code itself may be creating threads without bound (goroutines blocked in syscalls or cgo)`
  } : null;
}
var PIDS_LOW = 4096;
var rule20 = defineRule({
  id: "pids-limit",
  title: "Process/thread count limit of the cgroup reached (pids.max)",
  environmental: true,
  severity: "warning",
  triggers: EAGAIN_SPAWN,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN);
    if (matched.length === 0) return null;
    const pids = cgroupPids(facts);
    const rejected = counterDelta(facts, "pidsEventsMax");
    let support = "unknown";
    if (rejected && rejected.value > 0) support = "conclusive";
    else if (rejected && rejected.value === 0) support = "contradicts";
    else if (pids && pids.value.max === null) support = "contradicts";
    else if (pids && pids.value.max !== null && pids.value.max <= PIDS_LOW) support = "corroborates";
    let confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const runaway = runawayThreads(lines);
    if (runaway && support !== "conclusive") confidence = lowerConfidence(confidence);
    if (confidence === null) return null;
    const evidence = [...matched, pids?.evidence ?? "", rejected?.evidence ?? "", runaway?.evidence ?? ""];
    if (matched.some((l) => l.includes("errno=11")))
      evidence.push('the runtime prints the "ulimit -u" hint for any EAGAIN, including pids.max');
    return cause("pids-limit", confidence, evidence, pidsRemedy(facts));
  },
  preflight(facts) {
    const pids = cgroupPids(facts);
    if (!pids || pids.value.max === null || pids.value.max > PIDS_LOW) return [];
    return [
      finding(rule20, {
        severity: pids.value.max < 512 ? "error" : "warning",
        message: `The cgroup allows only ${pids.value.max} tasks (processes + threads); Go test binaries run many threads each and go test runs packages in parallel.`,
        evidence: [pids.evidence],
        remedy: pidsRemedy(facts)
      })
    ];
  }
});
function pidsRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "hosted runners set no pids limit: a job container (`container.options: --pids-limit 32768`) or a step wrapper sets it.",
    selfHosted: "raise the runner service's `TasksMax=` (systemd drop-in: `[Service]` `TasksMax=infinity`, then restart it), or the pod's pid limit on Kubernetes (ARC).",
    container: "raise the container's limit: `--pids-limit 32768` (or `-1`) in `container.options` / `docker run`, `pids_limit:` in compose.",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  });
}
var pids_limit_default = rule20;

// src/catalog/rules/port-in-use.ts
var EADDRINUSE = /(?:listen|bind) (?:tcp|udp)[46]? (\S*):(\d+): bind: address already in use/;
var ANY_EADDRINUSE = /bind: address already in use/i;
var rule21 = defineRule({
  id: "port-in-use",
  title: "Fixed port already in use (test design)",
  environmental: false,
  severity: "notice",
  triggers: [/bind: address already in use/],
  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EADDRINUSE);
    if (!m) {
      const any = matchLines(lines, ANY_EADDRINUSE);
      if (any.length === 0) return null;
      return cause(
        "port-in-use",
        "low",
        any,
        'Something else holds the address the test binds. Listen on port 0 and read the address back (`net.Listen("tcp", "127.0.0.1:0")`, `httptest.NewServer`) instead of a fixed or pre-picked port; for a Unix socket, remove the stale file first or use a path under `t.TempDir()`; close servers with `t.Cleanup`.'
      );
    }
    const port = Number(m[2]);
    if (port === 0) return null;
    const range = facts ? valueOf(facts.network?.portRange) : void 0;
    const evidence = matchLines(lines, EADDRINUSE);
    let support = "unknown";
    if (range) {
      const inRange = port >= range.low && port <= range.high;
      evidence.push(
        `port ${port} is ${inRange ? "inside" : "outside"} the ephemeral range ${range.low}-${range.high}`
      );
      support = inRange ? "unknown" : "corroborates";
    }
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause(
      "port-in-use",
      confidence,
      evidence,
      `Listen on port 0 and read the address back (\`net.Listen("tcp", "127.0.0.1:0")\`, \`httptest.NewServer\`) instead of the fixed port ${port}; close servers with \`t.Cleanup\`; if packages must share a port, run them with \`go test -p 1\`.`
    );
  }
});
var port_in_use_default = rule21;

// src/catalog/rules/ptrace-restricted.ts
var PTRACE = [
  /yama\/ptrace_scope/i,
  /\bptrace: Operation not permitted/i,
  /could not attach to pid \d+/i,
  /\bPTRACE_(?:ATTACH|SEIZE|TRACEME)\b.*(?:operation not permitted|permission denied)/i
];
var remedy5 = (facts) => remedyFor(facts, {
  ...sysctlParts("kernel.yama.ptrace_scope", 0),
  container: "`kernel.yama.ptrace_scope` is host-wide; in the container add `--cap-add SYS_PTRACE` to `container.options` (Docker's seccomp profile then allows ptrace), or set the sysctl on the host.",
  always: "Or start the program under the debugger as a child (`dlv test`, `dlv exec`) instead of attaching: scope 1 allows tracing descendants."
});
var rule22 = defineRule({
  id: "ptrace-restricted",
  title: "ptrace restricted by Yama",
  environmental: true,
  severity: "notice",
  triggers: PTRACE,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, PTRACE);
    if (matched.length === 0) return null;
    const scope = sysctlNumber(facts, "kernel.yama.ptrace_scope");
    const caps = facts ? valueOf(facts.security?.capabilities) : void 0;
    let support = "unknown";
    if (scope) {
      if (scope.value === 0) support = "contradicts";
      else if (scope.value >= 2 && caps?.sysPtrace)
        support = scope.value === 3 ? "corroborates" : "contradicts";
      else support = "corroborates";
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    const evidence = [...matched, scope?.evidence ?? ""];
    if (caps) evidence.push(`CAP_SYS_PTRACE: ${caps.sysPtrace ? "yes" : "no"}`);
    return cause("ptrace-restricted", confidence, evidence, remedy5(facts));
  },
  preflight(facts) {
    const scope = sysctlNumber(facts, "kernel.yama.ptrace_scope");
    if (!scope || scope.value < 2) return [];
    return [
      finding(rule22, {
        message: `kernel.yama.ptrace_scope is ${scope.value}: ${scope.value === 3 ? "no process may ptrace another" : "only CAP_SYS_PTRACE holders may attach"}; debuggers and tracing tests (dlv attach, gdb -p, strace -p) fail.`,
        evidence: [scope.evidence],
        remedy: remedy5(facts)
      })
    ];
  }
});
var ptrace_restricted_default = rule22;

// src/catalog/rules/race-requires-cgo.ts
var RACE_NEEDS_CGO = /^go(?: (?:test|build|run|install|vet|list))?: -(?:race|msan|asan) requires cgo/m;
var NO_CC = /^cgo: C compiler "[^"]*" not found/m;
var remedy6 = (facts) => remedyFor(facts, {
  githubHosted: "hosted images ship gcc: set `CGO_ENABLED: 1` in the job or step `env` (something set it to 0) and check that `CC` names an installed compiler.",
  selfHosted: "install a C compiler (`sudo apt-get install -y gcc`) and set `CGO_ENABLED=1` for the test step.",
  container: "install a C compiler in the image: `RUN apk add --no-cache gcc musl-dev` (alpine) or `RUN apt-get update && apt-get install -y gcc libc6-dev` (Debian), and set `ENV CGO_ENABLED=1`.",
  always: "Or drop -race from that job (keep it in one job that has cgo)."
});
function cgoFacts(facts) {
  const g = goInfo(facts);
  if (!g) return { support: "unknown", evidence: [] };
  const evidence = [];
  if (g.cgoEnabled === false) evidence.push("go env CGO_ENABLED = 0");
  if (g.ccFound === false) evidence.push(`C compiler ${g.cc ?? "gcc"} not found on PATH`);
  if (evidence.length > 0) return { support: "corroborates", evidence };
  return { support: "unknown", evidence };
}
var rule23 = defineRule({
  id: "race-requires-cgo",
  title: "The race detector needs cgo and a C compiler",
  environmental: true,
  severity: "warning",
  triggers: [RACE_NEEDS_CGO, NO_CC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [RACE_NEEDS_CGO, NO_CC]);
    if (matched.length === 0) return null;
    const s = cgoFacts(facts);
    const confidence = confidenceFor("specific", s.support) ?? "medium";
    return cause("race-requires-cgo", confidence, [...matched, ...s.evidence], remedy6(facts));
  },
  preflight(facts) {
    const g = goInfo(facts);
    if (!g || !/(?:^|\s)-race(?:\s|=true|$)/.test(g.goflags ?? "")) return [];
    const s = cgoFacts(facts);
    if (s.support !== "corroborates") return [];
    return [
      finding(rule23, {
        message: "GOFLAGS asks for -race, but cgo is off or no C compiler is available: every `go test` will fail before running.",
        evidence: [`GOFLAGS = ${g.goflags ?? ""}`, ...s.evidence],
        remedy: remedy6(facts)
      })
    ];
  }
});
var race_requires_cgo_default = rule23;

// src/catalog/rules/seccomp-blocked.ts
var SIGSYS = [/^\s*SIGSYS: bad system call/m, /bad system call \(core dumped\)/i];
var PTHREAD_EPERM = /pthread_create failed: Operation not permitted/i;
var SYSCALL_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /\bunshare(?: failed)?: operation not permitted/i,
  /\b(?:setns|mount|unshare|clone3?|pidfd_open|io_uring_setup|personality)\b.*: (?:operation not permitted|function not implemented)/i
];
function seccompSupport(facts, relevant) {
  const sc = facts ? valueOf(facts.security?.seccomp) : void 0;
  const probe = facts?.goProbe ? valueOf(facts.goProbe) : void 0;
  const blocked = Object.entries(probe?.syscalls ?? {}).filter(
    ([name, r]) => r.blocked && (relevant === "any" || relevant.includes(name))
  );
  const evidence = [];
  if (sc)
    evidence.push(
      `seccomp mode: ${sc.mode}${sc.filters !== null ? ` (${sc.filters} filter${sc.filters === 1 ? "" : "s"})` : ""} (/proc/self/status)`
    );
  for (const [name, r] of blocked)
    evidence.push(`probe: ${name} returned ${r.errno} (expected ${r.expected.join(" or ")})`);
  if (blocked.length > 0) return { support: "conclusive", evidence };
  if (!sc) return { support: "unknown", evidence };
  return { support: sc.mode === "disabled" ? "contradicts" : "corroborates", evidence };
}
var remedy7 = (facts, extra) => remedyFor(facts, {
  githubHosted: "GitHub-hosted runners apply no seccomp filter to job steps: the filter comes from a container or sandbox the tests run in; fix its profile.",
  selfHosted: "if the runner service has `SystemCallFilter=`, add the call or set `SystemCallErrorNumber=EPERM`; if the tests run in Docker, see the container remedy.",
  container: "run the job container with a seccomp profile that allows the call: `container.options: --security-opt seccomp=/path/profile.json` (copy moby's default.json and add it), or, as a last resort and weakening isolation, `--security-opt seccomp=unconfined`.",
  always: extra
});
var rule24 = defineRule({
  id: "seccomp-blocked",
  title: "A seccomp filter blocks a system call",
  environmental: true,
  severity: "warning",
  triggers: [...SIGSYS, PTHREAD_EPERM, ...SYSCALL_EPERM],
  diagnose(_failure, { facts, lines }) {
    const sigsys = matchLines(lines, SIGSYS);
    if (sigsys.length > 0) {
      const frames = [
        ...matchLines(lines, /^os\.checkPidfd\(/, 1),
        ...matchLines(lines, /^internal\/syscall\/unix\.\w+\(/, 1)
      ];
      const s2 = seccompSupport(facts, "any");
      const confidence = confidenceFor("specific", s2.support);
      if (!confidence) return null;
      return cause(
        "seccomp-blocked",
        confidence,
        [...sigsys, ...frames, ...s2.evidence],
        remedy7(
          facts,
          "The filter kills instead of returning an error: make its default action SCMP_ACT_ERRNO, and allow pidfd_open, pidfd_send_signal and waitid (Go >= 1.23 probes them on the first exec)."
        )
      );
    }
    const pthread = matchLines(lines, PTHREAD_EPERM);
    if (pthread.length > 0) {
      const s2 = seccompSupport(facts, ["clone3", "clone"]);
      const confidence = confidenceFor("specific", s2.support);
      if (!confidence) return null;
      return cause(
        "seccomp-blocked",
        confidence,
        [...pthread, ...s2.evidence],
        remedy7(
          facts,
          "clone3 must fail with ENOSYS, not EPERM, for glibc >= 2.34 to fall back to clone: upgrade Docker to 20.10.10 or later (or containerd with the 2021 fix), or use an image with an older glibc."
        )
      );
    }
    const eperm = matchLines(lines, SYSCALL_EPERM);
    if (eperm.length === 0) return null;
    const s = seccompSupport(facts, ["unshare", "clone", "setns", "mount"]);
    if (s.support === "unknown" || s.support === "contradicts") return null;
    const caps = facts ? valueOf(facts.security?.capabilities) : void 0;
    const evidence = [...eperm, ...s.evidence];
    if (caps && !caps.sysAdmin)
      evidence.push(
        "no CAP_SYS_ADMIN: Docker's default profile then refuses unshare, setns, mount and clone with namespace flags"
      );
    return cause(
      "seccomp-blocked",
      confidenceFor("generic", s.support) ?? "medium",
      evidence,
      remedy7(facts, "Or skip namespace-creating tests when they run in a container.")
    );
  },
  preflight(facts) {
    const probe = facts.goProbe ? valueOf(facts.goProbe) : void 0;
    const blocked = blockedSyscalls(probe).map((n) => [n, probe.syscalls[n]]);
    if (blocked.length === 0) return [];
    return [
      finding(rule24, {
        message: `A seccomp filter refuses ${blocked.map(([n]) => n).join(", ")}: tests (or cgo/glibc) that use these calls fail with EPERM/ENOSYS or SIGSYS.`,
        evidence: blocked.map(
          ([n, r]) => `probe: ${n} returned ${r.errno} (expected ${r.expected.join(" or ")})`
        ),
        remedy: remedy7(facts, "")
      })
    ];
  }
});
var seccomp_blocked_default = rule24;

// src/catalog/rules/shm-size.ts
var SHM_ENOSPC = /\/dev\/shm\/\S*: no space left on device/i;
var DOCKER_DEFAULT = 64 * 1024 * 1024;
var ROOMY = 1024 * 1024 * 1024;
function devShm(facts) {
  const m = facts ? valueOf(facts.mounts?.devShm) : void 0;
  if (!m) return null;
  const parts = [
    m.sizeBytes !== null ? `size ${fmtBytes(m.sizeBytes)}` : null,
    m.availBytes !== null ? `${fmtBytes(m.availBytes)} free` : null
  ];
  return {
    size: m.sizeBytes,
    avail: m.availBytes,
    evidence: `/dev/shm (${m.fsType}): ${parts.filter(Boolean).join(", ") || "size unknown"}`
  };
}
var remedy8 = (facts) => remedyFor(facts, {
  githubHosted: "the runner VM's /dev/shm is half of its RAM; if the tests run in a container, give it `--shm-size=1g` in `container.options`.",
  selfHosted: "`sudo mount -o remount,size=2g /dev/shm` (persist with an fstab entry for /dev/shm), or give the runner's container `--shm-size=1g`.",
  container: "add `--shm-size=1g` to the job's `container.options` (`docker run --shm-size=1g`; compose: `shm_size: 1gb`)."
});
var rule25 = defineRule({
  id: "shm-size",
  title: "/dev/shm too small",
  environmental: true,
  severity: "notice",
  triggers: [SHM_ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, SHM_ENOSPC);
    if (matched.length === 0) return null;
    const shm = devShm(facts);
    let support = "unknown";
    if (shm && shm.size !== null)
      support = shm.size <= DOCKER_DEFAULT * 4 ? "corroborates" : shm.size >= ROOMY ? "contradicts" : "unknown";
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("shm-size", confidence, [...matched, shm?.evidence ?? ""], remedy8(facts));
  },
  preflight(facts) {
    const shm = devShm(facts);
    if (!shm || shm.size === null || shm.size > DOCKER_DEFAULT) return [];
    return [
      finding(rule25, {
        message: `/dev/shm is only ${fmtBytes(shm.size)} (Docker's default is 64 MiB): tests that use shared memory (browsers, databases, POSIX semaphores) fail with "no space left on device" or SIGBUS.`,
        evidence: [shm.evidence],
        remedy: remedy8(facts)
      })
    ];
  }
});
var shm_size_default = rule25;

// src/catalog/rules/somaxconn-backlog.ts
var TCP_LOOPBACK_TIMEOUT = /dial tcp (?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost):\d+: (?:i\/o timeout|connect: connection timed out)/i;
var UNIX_EAGAIN = /dial unix \S+: connect: resource temporarily unavailable/i;
var LOW = 128;
var WANT3 = 4096;
var remedy9 = (facts) => remedyFor(facts, {
  ...sysctlParts("net.core.somaxconn", WANT3),
  always: "Also check that the test server keeps calling Accept: a handler that stops accepting fills the queue at any backlog."
});
var rule26 = defineRule({
  id: "somaxconn-backlog",
  title: "Listen backlog (net.core.somaxconn) too small",
  environmental: true,
  severity: "warning",
  triggers: [TCP_LOOPBACK_TIMEOUT, UNIX_EAGAIN],
  diagnose(_failure, { facts, lines }) {
    const tcp = matchLines(lines, TCP_LOOPBACK_TIMEOUT);
    const unix = matchLines(lines, UNIX_EAGAIN);
    if (tcp.length === 0 && unix.length === 0) return null;
    const som = sysctlNumber(facts, "net.core.somaxconn");
    const overflows = counterDelta(facts, "listenOverflows");
    const fromSysctl = som === null ? "unknown" : som.value < LOW ? "corroborates" : "contradicts";
    const fromCounter = overflows === null ? "unknown" : overflows.value > 0 ? "conclusive" : "unknown";
    const support = combineSupport(fromSysctl, fromCounter);
    if (unix.length === 0 && support === "unknown") return null;
    const confidence = confidenceFor(unix.length > 0 ? "specific" : "generic", support);
    if (!confidence) return null;
    return cause(
      "somaxconn-backlog",
      confidence,
      [...unix, ...tcp, som?.evidence ?? "", overflows?.evidence ?? ""],
      remedy9(facts)
    );
  },
  preflight(facts) {
    const som = sysctlNumber(facts, "net.core.somaxconn");
    if (!som || som.value >= LOW) return [];
    return [
      finding(rule26, {
        message: `net.core.somaxconn is ${som.value}: Go listeners get that backlog, and a burst of connections beyond it times out ("i/o timeout") instead of being accepted.`,
        evidence: [som.evidence],
        remedy: remedy9(facts)
      })
    ];
  }
});
var somaxconn_backlog_default = rule26;

// src/catalog/rules/thread-limit.ts
var NPROC_LOW = 4096;
var THREADS_MAX_LOW = 1e4;
var rule27 = defineRule({
  id: "thread-limit",
  title: "Process/thread limit reached (ulimit -u, threads-max)",
  environmental: true,
  severity: "warning",
  triggers: EAGAIN_SPAWN,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN);
    if (matched.length === 0) return null;
    const nproc = rlimit(facts, "nproc");
    const root = isRoot(facts);
    const tmax = sysctlNumber(facts, "kernel.threads-max");
    const evidence = [...matched];
    const s = [];
    if (nproc && root === false) {
      evidence.push(nproc.evidence);
      s.push(nproc.value.soft < NPROC_LOW ? "corroborates" : "unknown");
    } else if (root === true) evidence.push("running as root: RLIMIT_NPROC is not enforced");
    if (tmax) {
      if (tmax.value < THREADS_MAX_LOW) {
        s.push("corroborates");
        evidence.push(tmax.evidence);
      }
    }
    let support = combineSupport(...s);
    if (support === "unknown" && root === true && tmax && tmax.value >= THREADS_MAX_LOW)
      support = "contradicts";
    let confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const runaway = runawayThreads(lines);
    if (runaway) {
      confidence = lowerConfidence(confidence);
      evidence.push(runaway.evidence);
    }
    if (confidence === null) return null;
    return cause("thread-limit", confidence, evidence, nprocRemedy(facts));
  },
  preflight(facts) {
    const out = [];
    const nproc = rlimit(facts, "nproc");
    if (nproc && isRoot(facts) === false && nproc.value.soft < NPROC_LOW)
      out.push(
        finding(rule27, {
          message: `RLIMIT_NPROC is ${fmtLimit(nproc.value.soft)} for a non-root user; it counts every thread of that user, and Go test binaries run tens of threads each.`,
          evidence: [nproc.evidence],
          remedy: nprocRemedy(facts)
        })
      );
    const tmax = sysctlNumber(facts, "kernel.threads-max");
    if (tmax && tmax.value < THREADS_MAX_LOW)
      out.push(
        finding(rule27, {
          message: `kernel.threads-max is ${tmax.value}: the whole host can run only that many threads.`,
          evidence: [tmax.evidence],
          remedy: remedyFor(facts, {
            selfHosted: "`sudo sysctl -w kernel.threads-max=4194304` on the host.",
            githubHosted: "`sudo sysctl -w kernel.threads-max=4194304`.",
            container: "kernel.threads-max is host-wide: raise it on the host."
          })
        })
      );
    return out;
  }
});
function nprocRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "raise it in the step that runs the tests: `ulimit -u unlimited` (up to the hard limit; `sudo prlimit --pid $$ --nproc=unlimited` beyond it).",
    selfHosted: "raise the runner service's `LimitNPROC=` (systemd drop-in, then restart), or `nproc` in /etc/security/limits.d for the runner user.",
    container: "`--ulimit nproc=65535:65535` in `container.options` / `docker run` (RLIMIT_NPROC is per UID on the host: other containers with the same UID share it).",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  });
}
var thread_limit_default = rule27;

// src/catalog/rules/tsan-mmap-rnd-bits.ts
var UNEXPECTED_MAPPING = /FATAL: ThreadSanitizer: unexpected memory mapping/i;
var PERSONALITY_CHECK = /personality\(old_personality \| ADDR_NO_RANDOMIZE\)/;
var ASAN_DEADLYSIGNAL = /AddressSanitizer:DEADLYSIGNAL/;
var MAX_BITS = 30;
var WANT4 = 28;
var remedy10 = (facts) => remedyFor(facts, {
  ...sysctlParts("vm.mmap_rnd_bits", WANT4),
  always: 'Outside containers `setarch "$(uname -m)" -R go test -race ...` disables ASLR for that run; a newer LLVM/GCC sanitizer runtime copes by re-executing itself without ASLR.'
});
var rule28 = defineRule({
  id: "tsan-mmap-rnd-bits",
  title: "ASLR entropy too high for the thread sanitizer (vm.mmap_rnd_bits)",
  environmental: true,
  severity: "notice",
  triggers: [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL]);
    if (matched.length === 0) return null;
    const bits = sysctlNumber(facts, "vm.mmap_rnd_bits");
    const fromBits = bits === null ? "unknown" : bits.value > MAX_BITS ? "corroborates" : "contradicts";
    const evidence = [...matched, bits?.evidence ?? ""];
    let support = fromBits;
    if (matched.some((l) => PERSONALITY_CHECK.test(l))) {
      const sc = facts ? valueOf(facts.security?.seccomp) : void 0;
      if (sc && sc.mode !== "disabled") {
        evidence.push(
          `seccomp mode: ${sc.mode} (Docker's profile does not allow personality(ADDR_NO_RANDOMIZE))`
        );
        support = combineSupport(fromBits === "contradicts" ? "unknown" : fromBits, "corroborates");
      }
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("tsan-mmap-rnd-bits", confidence, evidence, remedy10(facts));
  },
  preflight(facts) {
    const bits = sysctlNumber(facts, "vm.mmap_rnd_bits");
    const arch = valueOf(facts.system?.arch);
    if (!bits || bits.value <= MAX_BITS || arch !== void 0 && !/x86_64|amd64/.test(arch)) return [];
    return [
      finding(rule28, {
        message: `vm.mmap_rnd_bits is ${bits.value}: thread-sanitizer runtimes older than LLVM 18.1 fail with "unexpected memory mapping" above ${MAX_BITS} bits (cgo sanitizer builds; not seen with plain go test -race).`,
        evidence: [bits.evidence],
        remedy: remedy10(facts)
      })
    ];
  }
});
var tsan_mmap_rnd_bits_default = rule28;

// src/catalog/rules/userns-disabled.ts
var USERNS_ENOSPC = [
  /fork\/exec \S+: no space left on device/i,
  /unshare(?: failed)?: no space left on device/i
];
var USERNS_CONTEXT = /user_?ns|user[ _-]?namespace|CLONE_NEWUSER|unshare/i;
var USERNS_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /unshare(?: failed)?: operation not permitted/i
];
var enospcRemedy = (facts) => remedyFor(facts, {
  ...sysctlParts("user.max_user_namespaces", 15e3),
  container: "`user.max_user_namespaces` is set on the host (it needs CAP_SYS_RESOURCE; a container cannot raise it): `sudo sysctl -w user.max_user_namespaces=15000` there.",
  always: "Or make the tests skip when creating a user namespace fails with ENOSPC."
});
var epermRemedy = (facts) => remedyFor(facts, {
  ...sysctlParts("kernel.unprivileged_userns_clone", 1),
  always: "Or make the tests skip when an unprivileged user namespace cannot be created (as Go's own syscall tests do)."
});
function fromLogAlone(failure, facts, lines, eperm) {
  const context = failure.test !== null && USERNS_CONTEXT.test(failure.test) || matchLines(lines, USERNS_CONTEXT, 1).length > 0;
  if (!context) return null;
  if (facts) {
    if (restrictUserns(facts)?.value === 1) return null;
    if (valueOf(facts.security?.seccomp)?.mode === "filter") return null;
    if (valueOf(facts.security?.userns)?.canCreate === true) return null;
  }
  return cause(
    "userns-disabled",
    "low",
    [
      ...eperm,
      failure.test !== null && USERNS_CONTEXT.test(failure.test) ? `${failure.test} creates a user namespace` : "",
      "kernel.unprivileged_userns_clone and the user the tests ran as are unknown"
    ],
    remedyFor(facts, {
      ...sysctlParts("kernel.unprivileged_userns_clone", 1),
      always: "Check first: `cat /proc/sys/kernel/unprivileged_userns_clone` (0 = disabled; absent on upstream kernels) and `unshare -Ur true`. If the knob is 1 or absent, look at AppArmor (`kernel.apparmor_restrict_unprivileged_userns`), a container's seccomp profile, or the test's own UID/GID mappings instead. Tests should skip when an unprivileged user namespace cannot be created."
    })
  );
}
var rule29 = defineRule({
  id: "userns-disabled",
  title: "User namespaces disabled by a kernel knob",
  environmental: true,
  severity: "warning",
  triggers: [...USERNS_ENOSPC, ...USERNS_EPERM],
  diagnose(failure, { facts, lines }) {
    const enospc = matchLines(lines, USERNS_ENOSPC);
    if (enospc.length > 0) {
      const max = sysctlNumber(facts, "user.max_user_namespaces");
      const support = max === null ? "unknown" : max.value === 0 ? "corroborates" : "contradicts";
      const confidence = confidenceFor("specific", support);
      if (!confidence) return null;
      return cause("userns-disabled", confidence, [...enospc, max?.evidence ?? ""], enospcRemedy(facts));
    }
    const eperm = matchLines(lines, USERNS_EPERM);
    if (eperm.length === 0) return null;
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    if (clone === null && isRoot(facts) === null) return fromLogAlone(failure, facts, lines, eperm);
    if (clone?.value !== 0 || isRoot(facts) !== false) return null;
    return cause(
      "userns-disabled",
      confidenceFor("generic", "corroborates") ?? "medium",
      [...eperm, clone.evidence, "the tests run as a non-root user"],
      epermRemedy(facts)
    );
  },
  preflight(facts) {
    const out = [];
    const max = sysctlNumber(facts, "user.max_user_namespaces");
    if (max?.value === 0)
      out.push(
        finding(rule29, {
          message: 'user.max_user_namespaces is 0: creating a user namespace fails with "no space left on device" (ENOSPC), even for root. Tests that use CLONE_NEWUSER, rootless containers or sandboxes will fail.',
          evidence: [max.evidence],
          remedy: enospcRemedy(facts)
        })
      );
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    if (clone?.value === 0 && isRoot(facts) === false)
      out.push(
        finding(rule29, {
          message: 'kernel.unprivileged_userns_clone is 0 (Debian/Ubuntu kernel patch): an unprivileged user cannot create a user namespace ("operation not permitted").',
          evidence: [clone.evidence, "the job runs as a non-root user"],
          remedy: epermRemedy(facts)
        })
      );
    return out;
  }
});
var userns_disabled_default = rule29;

// src/catalog/rules/userns-test-assumption.ts
var FORK_EPERM = /fork\/exec \S+: operation not permitted/i;
var rule30 = defineRule({
  id: "userns-test-assumption",
  title: "The test assumes privileges for its user namespace",
  environmental: false,
  severity: "notice",
  triggers: [FORK_EPERM],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, FORK_EPERM);
    if (matched.length === 0 || !facts) return null;
    if (isRoot(facts) !== false) return null;
    const max = sysctlNumber(facts, "user.max_user_namespaces");
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    const aa = restrictUserns(facts);
    const sc = valueOf(facts.security?.seccomp);
    const userns = valueOf(facts.security?.userns);
    if (!max || max.value === 0) return null;
    if (clone?.value === 0) return null;
    if (aa?.value === 1) return null;
    if (!sc || sc.mode !== "disabled") return null;
    if (userns && !userns.canCreate) return null;
    const evidence = [
      ...matched,
      max.evidence,
      clone ? clone.evidence : "kernel.unprivileged_userns_clone absent or unreadable (upstream kernels have no such knob)",
      aa ? aa.evidence : "no AppArmor user-namespace mediation read",
      "seccomp: disabled",
      "the tests run as a non-root user"
    ];
    if (userns) evidence.push(`user namespace probe: ${userns.detail}`);
    return cause(
      "userns-test-assumption",
      "medium",
      evidence,
      "Nothing on this runner restricts user namespaces, so the EPERM comes from the request itself: an unprivileged process may only map its own UID and GID (`UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}`, same for GIDs with `GidMappingsEnableSetgroups: false`), and cannot set `Credential` to other IDs. Fix the mappings, or skip the test when `os.Getuid() != 0`."
    );
  }
});
var userns_test_assumption_default = rule30;

// src/catalog/index.ts
var rules = [
  apparmor_userns_default,
  clock_skew_default,
  cpu_throttling_timeout_default,
  deadlock_timeout_default,
  disk_full_default,
  dns_hosts_default,
  ephemeral_ports_default,
  fd_leak_default,
  go_cache_unavailable_default,
  go_thread_cap_default,
  gomaxprocs_quota_default,
  inotify_limit_default,
  ipv6_unavailable_default,
  max_map_count_default,
  memory_limit_no_gomemlimit_default,
  mmap_enomem_default,
  noexec_tmp_default,
  nofile_limit_default,
  oom_kill_default,
  pids_limit_default,
  port_in_use_default,
  ptrace_restricted_default,
  race_requires_cgo_default,
  seccomp_blocked_default,
  shm_size_default,
  somaxconn_backlog_default,
  thread_limit_default,
  tsan_mmap_rnd_bits_default,
  userns_disabled_default,
  userns_test_assumption_default
];
var byId = new Map(rules.map((r) => [r.id, r]));
var docsPath = (id) => `docs/rules/${id}.md`;
function ruleInfos(list = rules) {
  return list.map((r) => ({
    id: r.id,
    title: r.title,
    environmental: r.environmental,
    severity: r.severity,
    docs: docsPath(r.id),
    preflight: typeof r.preflight === "function",
    diagnose: typeof r.diagnose === "function"
  }));
}

export {
  fmtBytes,
  splitLines,
  linesMatching,
  rlimit,
  gomemlimitMiB,
  GOMEMLIMIT_PERCENT,
  cgroupMemory,
  cgroupPids,
  cgroupCpu,
  isRoot,
  goDefaultAtLeast,
  confidenceRank,
  whereRuns,
  rules,
  ruleInfos
};
