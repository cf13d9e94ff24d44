import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  blockedSyscalls,
  valueOf
} from "./chunk-3EDJN4LH.js";

// src/catalog/gomemlimit.ts
var GOMEMLIMIT_SHARE = 0.9;
function gomemlimitMiB(limitBytes) {
  return Math.floor(limitBytes * GOMEMLIMIT_SHARE / 1048576);
}
var GOMEMLIMIT_PERCENT = `${Math.round(GOMEMLIMIT_SHARE * 100)}%`;

// src/core/go-version.ts
function parseGoVersion(s, opts = {}) {
  if (!s) return null;
  const t = s.trim();
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?/.exec(t) ?? (opts.anywhere ? /go(\d+)\.(\d+)(?:\.(\d+))?/.exec(t) : null);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === void 0 ? null : Number(m[3]) };
}

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

// src/catalog/fact-readers.ts
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
  memoryHigh: "cgroup memory.events high (throttled over memory.high)",
  pidsEventsMax: "cgroup pids.events max (forks rejected)",
  cpuNrThrottled: "cgroup cpu.stat nr_throttled",
  cpuThrottledUsec: "cgroup cpu.stat throttled time (us)",
  listenOverflows: "TcpExtListenOverflows",
  vmstatOomKill: "/proc/vmstat oom_kill",
  memoryPeak: "cgroup memory peak (bytes)"
};
function counterDelta(facts, key) {
  const b = facts?.counters?.before?.[key];
  const a = facts?.counters?.after?.[key];
  if (b === null || b === void 0 || a === null || a === void 0) return null;
  const d = a - b;
  if (d < 0) return null;
  return { value: d, evidence: `${COUNTER_LABEL[key]}: ${b} before the tests, ${a} after (+${d})` };
}
function counterAfter(facts, key) {
  const a = facts?.counters?.after?.[key];
  return typeof a === "number" ? a : null;
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
function whereRuns(facts) {
  if (!facts) return "unknown";
  const c = valueOf(facts.system?.container);
  if (c?.inContainer) return "container";
  const r = valueOf(facts.system?.runner);
  if (!r) return "unknown";
  if (r.kind === "not-actions") return "local";
  return r.kind;
}

// src/catalog/go-versions.ts
function compareGoVersions(a, b) {
  const x = parseGoVersion(a, { anywhere: true });
  const y = parseGoVersion(b, { anywhere: true });
  if (!x || !y) return null;
  return x.major - y.major || x.minor - y.minor || (x.patch ?? 0) - (y.patch ?? 0);
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

// src/catalog/fix.ts
var isNamespaced = (key) => key.startsWith("net.");
var LABEL = {
  "github-hosted": "GitHub-hosted runner",
  "self-hosted": "Self-hosted runner",
  container: "In a container job",
  local: "Locally"
};
var RLIMIT_DIRECTIVE = { nofile: "LimitNOFILE", nproc: "LimitNPROC" };
var RLIMIT_FLAG = { nofile: "n", nproc: "u" };
function envValue(fix, facts) {
  if (typeof fix.value === "object") return `$RUNNER_TEMP/${fix.value.jobDir}`;
  if (fix.value === "memory-limit") {
    const max = cgroupMemory(facts)?.value.max ?? null;
    return max && max > 0 ? `${gomemlimitMiB(max)}MiB` : null;
  }
  const c = cgroupCpu(facts)?.value;
  const cpus = c ? c.effectiveLimitCpus ?? c.limitCpus : null;
  if (cpus === null || cpus === void 0) return null;
  if (goDefaultAtLeast(facts, "1.25") === true) return null;
  return String(Math.max(1, Math.ceil(cpus - 1e-9)));
}
function envText(fix, facts) {
  const v = envValue(fix, facts);
  if (v) return `\`${fix.name}=${v}\` in the job env`;
  if (fix.value === "memory-limit")
    return `\`${fix.name}\` at ${GOMEMLIMIT_PERCENT} of the memory limit in the job env (Go never derives it from the cgroup)`;
  if (fix.value === "cpu-quota")
    return goDefaultAtLeast(facts, "1.25") === true ? `no \`${fix.name}\` to set: Go >= 1.25 with \`go 1.25\` (or later) in go.mod already follows the quota` : `\`${fix.name}=<CPUs of the quota>\` in the job env`;
  return `\`${fix.name}\` pointing at a directory of the job`;
}
function fixText(fix, where, facts) {
  switch (fix.kind) {
    case "sysctl": {
      const set = `sudo sysctl -w ${fix.key}=${/\s/.test(fix.value) ? `"${fix.value}"` : fix.value}`;
      if (where === "github-hosted") return `add a step before the tests: \`${set}\`.`;
      if (where === "container")
        return isNamespaced(fix.key) ? `add \`--sysctl ${/\s/.test(fix.value) ? `"${fix.key}=${fix.value}"` : `${fix.key}=${fix.value}`}\` to the job's \`container.options\` (or \`docker run\`).` : `\`${fix.key}\` is host-wide and cannot be set from inside a container; set it on the host (\`${set}\`) before the container starts.`;
      return `on the host: \`${set}\`, and persist it in \`/etc/sysctl.d/90-go-tests.conf\` (\`${fix.key} = ${fix.value}\`).`;
    }
    case "rlimit":
      if (where === "container")
        return `add \`--ulimit ${fix.name}=${fix.value}:${fix.value}\` to the job's \`container.options\` (or \`docker run\`).`;
      if (where === "github-hosted")
        return `raise it in the step that runs the tests: \`sudo prlimit --pid $$ --${fix.name}=${fix.value}:${fix.value}\` before \`go test\`.`;
      return `raise the runner service's limit (\`${RLIMIT_DIRECTIVE[fix.name]}=${fix.value}\` in a systemd drop-in for it, then restart it), or \`ulimit -H${RLIMIT_FLAG[fix.name]} ${fix.value}\` as root before the tests.`;
    case "pids":
      if (where === "container")
        return `raise \`--pids-limit\` (at least ${fix.min}) in \`container.options\` / \`docker run\`.`;
      if (where === "github-hosted") return null;
      return `raise the runner service's \`TasksMax=\` (at least ${fix.min}; systemd's default is 15% of kernel.pid_max) in a drop-in, or the pod's pids limit.`;
    case "container":
      return where === "container" || where === "local" || where === "self-hosted" ? `run the container with \`${fix.option}\` (\`container.options\` / \`docker run\`).` : null;
    case "env":
      return envText(fix, facts);
  }
}
function remedyText(fixes, advice, facts) {
  const where = whereRuns(facts);
  const everywhere = fixes.filter((f) => f.kind === "env").map((f) => fixText(f, "local", facts));
  const per = (w) => {
    const parts = fixes.filter((f) => f.kind !== "env").map((f) => fixText(f, w, facts)).filter((t) => !!t);
    const extra = w === "github-hosted" ? advice.githubHosted : w === "container" ? advice.container : advice.selfHosted;
    if (extra) parts.push(extra);
    return parts.join(" ");
  };
  const out = [];
  if (where !== "unknown") {
    const p = per(where);
    if (p) out.push(p);
  } else
    for (const w of ["github-hosted", "self-hosted", "container"]) {
      const p = per(w);
      if (p) out.push(`${LABEL[w]}: ${p}`);
    }
  if (everywhere.length) out.push(`Set ${everywhere.join(" and ")}.`);
  if (advice.always) out.push(advice.always);
  return out.join("\n");
}

// src/catalog/lines.ts
var MAX_EVIDENCE_LINES = 4;
var MAX_LINE_CHARS = 240;
var clip = (s, max = MAX_LINE_CHARS) => s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
var splitLines = (output) => output.split(/\r?\n/);

// src/catalog/rule.ts
var mergeAdvice = (a, b) => {
  if (!b) return a ?? {};
  const out = { ...a };
  for (const k of ["githubHosted", "selfHosted", "container", "always"])
    if (b[k]) out[k] = out[k] ? `${b[k]} ${out[k]}` : b[k];
  return out;
};
var keep = (lines) => {
  const out = [];
  for (const l of lines) if (typeof l === "string" && l !== "" && !out.includes(clip(l))) out.push(clip(l));
  return out;
};
function defineRule(spec) {
  const rule33 = {
    ...spec,
    remedy(facts, opts = {}) {
      return remedyText(opts.fixes ?? spec.fixes, mergeAdvice(spec.advice, opts.advice), facts);
    },
    makeCause(facts, claimed, confidence, extra = [], opts = {}) {
      const shown = opts.lines ?? [...new Set(claimed.map((e) => e.text))].slice(0, MAX_EVIDENCE_LINES);
      const c = {
        rule: spec.id,
        confidence,
        evidence: keep([...shown, ...extra]),
        remedy: rule33.remedy(facts, opts)
      };
      if (opts.runnerUp) c.runnerUp = opts.runnerUp;
      return c;
    }
  };
  return rule33;
}
function preflightContext(rule33, facts) {
  return {
    finding(f) {
      return {
        rule: rule33.id,
        severity: f.severity ?? rule33.severity,
        title: rule33.title,
        message: f.message,
        evidence: keep(f.evidence),
        remedy: f.remedy ?? rule33.remedy(facts, {
          ...f.advice ? { advice: f.advice } : {},
          ...f.fixes ? { fixes: f.fixes } : {}
        })
      };
    }
  };
}
var preflightOf = (rule33, facts) => rule33.preflight ? rule33.preflight(facts, preflightContext(rule33, facts)) : [];

// src/catalog/signals.ts
var around = (e) => [e.op ?? "", e.syscall ?? "", ...e.context ?? []].join(" ");
var INOTIFY = /inotify|fsnotify|\baddwatch|\bnewwatcher|\bwatch(?:er|ers|es|ing)?\b/;
var wordsOf = (e) => {
  let t = e.text.replace(/(?:^|\s)[\w./\\-]+\.go:\d+(?::\d+)?:?/g, " ");
  if (e.path) t = t.split(e.path).join(" ");
  return t.toLowerCase();
};
var INOTIFY_IN_LINE = /inotify|fsnotify|, watch '|file watchers/;
var isInotify = (e) => INOTIFY.test(around(e)) || INOTIFY_IN_LINE.test(wordsOf(e));
var isSpawn = (e) => e.op === "fork/exec" || e.op === "exec" || e.op === "clone";
function countIn(e) {
  let best = null;
  for (const c of e.context ?? []) {
    for (const m of c.matchAll(/\b(\d{1,7})\b/g)) {
      const n = Number(m[1]);
      if (best === null || n > best) best = n;
    }
  }
  return best;
}
var USERNS_WORDS = /user_?ns|user[ _-]?namespace|newuser|clone_newuser|unshare|rootless|uid_?map|setgroups/i;

// src/catalog/namespaces.ts
var AFTER_CREATE = /uid_map|gid_map|setgroups|network namespace|mount namespace|sethostname|setting up (?:uid|gid) map|pivot_root|mount proc/i;
var CONTAINER = /\bdocker\b|containerd|kubepods|\bpodman\b|in a container|\/\.dockerenv|\bcri-o\b|\bcontainer\b/i;
var UNCONFINED = /seccomp[=:]unconfined|--privileged|privileged: true/i;
var APPARMOR = /apparmor|ubuntu[- ]?24\.04|\bnoble\b|ubuntu-latest/i;
var KNOB = /unprivileged_userns_clone|max_user_namespaces/i;
var NS_OPS = /* @__PURE__ */ new Set([
  "unshare",
  "clone",
  "clone3",
  "setns",
  "mount",
  "pivot_root",
  "sethostname",
  "newuidmap",
  "newgidmap"
]);
function namespaceView(failure, all, lines) {
  const text = lines.length > 400 ? lines.slice(0, 400).join("\n") : lines.join("\n");
  const about = USERNS_WORDS.test(failure.test ?? "") || USERNS_WORDS.test(text) || /CLONE_NEWUSER/.test(text);
  const create = [];
  const after = [];
  const enospc = [];
  for (const e of all.items) {
    if (e.kind !== "errno") continue;
    const words = [e.op ?? "", e.path ?? "", ...e.context ?? []].join(" ");
    const ns = NS_OPS.has(e.op ?? "") || /namespace|unshare|clone/i.test(words);
    const spawn = e.op === "fork/exec" && (about || /^\/proc\/(?:self|\d+)\/exe$/.test(e.path ?? ""));
    if (e.errno === "ENOSPC" && (ns || spawn)) enospc.push(e);
    if (e.errno !== "EPERM" && e.errno !== "EACCES") continue;
    if (AFTER_CREATE.test(words) || AFTER_CREATE.test(e.text)) after.push(e);
    else if (ns || spawn) create.push(e);
  }
  return {
    create,
    after,
    enospc,
    about,
    container: CONTAINER.test(text),
    unconfined: UNCONFINED.test(text),
    apparmor: APPARMOR.test(text),
    knob: KNOB.test(text)
  };
}

// src/catalog/rules/apparmor-userns.ts
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
var USERNS_CHECK = "`sysctl kernel.apparmor_restrict_unprivileged_userns kernel.unprivileged_userns_clone user.max_user_namespaces` and `unshare -Ur true` on the runner";
var rule = defineRule({
  id: "apparmor-userns",
  title: "AppArmor restricts unprivileged user namespaces",
  environmental: true,
  severity: "notice",
  claims: (e) => e.kind === "errno" && (e.errno === "EPERM" || e.errno === "EACCES"),
  fixes: [
    {
      kind: "sysctl",
      key: "kernel.apparmor_restrict_unprivileged_userns",
      value: "0",
      better: "lower",
      causeOnly: true,
      warning: "a security relaxation: turns off AppArmor mediation of unprivileged user namespaces for the whole host; a per-binary AppArmor profile with `userns,` is the narrower fix"
    }
  ],
  advice: {
    selfHosted: "Preferably give the binary that needs user namespaces its own AppArmor profile with `userns,` (as runner-images does for podman).",
    container: "The restriction is the host kernel's: change it on the host, or run the container with an AppArmor profile that allows `userns`.",
    always: "Tests that need user namespaces should skip when `unshare -Ur true` fails."
  },
  diagnose(m) {
    const v = namespaceView(m.failure, m.all, m.lines);
    if (v.create.length === 0 && v.after.length === 0) return null;
    const shown = { lines: [...v.after, ...v.create].map((e) => e.text).slice(0, 4) };
    const knob = restrictUserns(m.facts);
    if (knob || isRoot(m.facts) !== null) {
      if (knob?.value !== 1 || isRoot(m.facts) !== false) return null;
      return m.cause("medium", [knob.evidence, "the tests run as a non-root user"], shown);
    }
    if (v.container && !v.unconfined) return null;
    const denied = v.create.filter((e) => e.errno === "EACCES");
    if (v.after.length > 0 || v.apparmor && v.create.length > 0 || denied.length > 0)
      return m.cause(
        "low",
        [
          v.after.length > 0 ? "the namespace was created, then a privileged step inside it was refused: what AppArmor's unprivileged_userns profile does" : denied.length > 0 && !v.apparmor ? "creating the namespace was denied with EACCES, as AppArmor denies it (the Debian knob and seccomp return EPERM)" : "the log names AppArmor or Ubuntu 24.04, which restricts unprivileged user namespaces"
        ],
        { ...shown, runnerUp: { rule: "userns-disabled", check: USERNS_CHECK } }
      );
    return null;
  },
  preflight(facts, p) {
    const knob = restrictUserns(facts);
    if (knob?.value !== 1 || isRoot(facts) !== false) return [];
    return [
      p.finding({
        message: 'AppArmor mediates unprivileged user namespaces here: they can be created, but nothing privileged works inside them (uid_map, setgroups, mount). Tests and tools that rely on rootless namespaces (rootless containers, bwrap, CLONE_NEWUSER with credentials) fail with "operation not permitted".',
        evidence: [knob.evidence, "the job runs as a non-root user"]
      })
    ];
  }
});
var apparmor_userns_default = rule;

// src/catalog/rules/clock-skew.ts
var UNSET_BEFORE = 2001;
var CURRENT = /current time (\d{4})-\S* is (before|after) /;
var rule2 = defineRule({
  id: "clock-skew",
  title: "The clock is behind (certificates or tokens not yet valid)",
  environmental: true,
  severity: "notice",
  claims: (e) => e.kind === "x509" && e.detail !== "unknown-authority",
  fixes: [],
  advice: {
    githubHosted: "hosted runners sync time with chrony; if a step changed the time (faketime, date -s), undo it. Compare `date -u` with the certificate's NotBefore.",
    selfHosted: "enable time sync on the runner host: `sudo timedatectl set-ntp true` (systemd-timesyncd or chrony), then check `timedatectl status`.",
    container: "containers share the host's clock: fix time sync on the host (`timedatectl set-ntp true`).",
    always: "Tests that mint certificates should backdate NotBefore (e.g. time.Now().Add(-time.Hour)) so small skews between machines do not matter."
  },
  diagnose(m) {
    const unset = m.evidence.filter((e) => {
      const y = CURRENT.exec(e.text);
      return y !== null && Number(y[1]) < UNSET_BEFORE;
    });
    if (unset.length > 0)
      return m.cause("medium", ['the "current time" the test saw is before 2001: the clock was never set'], {
        lines: unset.map((e) => e.text)
      });
    const early = m.evidence.filter((e) => e.detail === "not-yet-valid" || e.detail === "token-early");
    if (early.length > 0)
      return m.cause(
        "low",
        [
          "the test saw a time before the certificate/token became valid: this clock is behind the issuer's (or the issuer's is ahead)"
        ],
        {
          lines: early.map((e) => e.text)
        }
      );
    const either = m.evidence.filter((e) => e.detail === "expired-or-not-yet-valid");
    if (either.length === 0) return null;
    return m.cause(
      "low",
      [
        "the certificate was outside its validity period for this clock: a clock behind (or far ahead), or a certificate that really expired"
      ],
      {
        lines: either.map((e) => e.text),
        advice: {
          always: "Check `date -u` on the machine against the certificate: `openssl x509 -noout -dates`."
        }
      }
    );
  }
});
var clock_skew_default = rule2;

// src/catalog/rules/cpu-throttling-timeout.ts
var BLOCKED = /^(?:chan (?:receive|send)|select|semacquire|sync\.[\w.]+|synctest\.\w+|sleep)$|^(?:chan (?:receive|send)|select) \(/;
var WORKING = /^(?:running|runnable|syscall|IO wait)$/;
var FRAMEWORK = /^testing\.|^main\.main$|^os\/signal\./;
var SLOW_ARCH = /(?:^|[/_\s-])(?:arm64|armv[67]l?|arm|riscv64|mips(?:64)?(?:le)?|loong64|s390x|ppc64(?:le)?)(?:[/_\s-]|$)|qemu/i;
function timeoutView(all, lines) {
  const timeouts = all.items.filter((e) => e.kind === "timeout");
  const code = all.items.filter((e) => e.kind === "goroutine" && !FRAMEWORK.test(e.frame ?? ""));
  const seconds = timeouts.find((t) => t.number !== void 0)?.number ?? null;
  const running = all.items.filter((e) => e.kind === "running-test" && e.number !== void 0);
  const longestRunning = running.length > 0 ? Math.max(...running.map((e) => e.number)) : null;
  const minutes = seconds !== null ? seconds / 60 : null;
  const needed = minutes !== null ? Math.max(1, Math.floor(minutes / 2)) : 1;
  return {
    timeouts,
    seconds,
    stuck: code.filter(
      (e) => BLOCKED.test(e.detail ?? "") && e.detail !== "sleep" && (e.number ?? 0) >= needed
    ),
    blocked: code.filter((e) => BLOCKED.test(e.detail ?? "") && e.detail !== "sleep"),
    working: code.filter((e) => WORKING.test(e.detail ?? "")),
    seen: code.length > 0,
    progressing: code.length > 0 && code.every((e) => e.number === void 0) && seconds !== null && seconds >= 120,
    longestRunning,
    // A minute of margin: a short timeout (-timeout 30s) leaves too little to tell a start-up from a run.
    outgrown: longestRunning !== null && seconds !== null && seconds >= 60 && longestRunning < seconds / 2,
    oneTestAllAlong: longestRunning !== null && seconds !== null && longestRunning >= 0.9 * seconds,
    slowArch: lines.slice(0, 400).some((l) => SLOW_ARCH.test(l) && /\/go\/|GOARCH|go\d|pkg\/tool|linux_|builder/.test(l))
  };
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
var THROTTLE_CHECK = "`cat /sys/fs/cgroup/cpu.stat` before and after the tests (nr_throttled rising: throttled), and whether the test passes locally with `-timeout 30m`";
var rule3 = defineRule({
  id: "cpu-throttling-timeout",
  title: "Test timed out on a slow or CPU-throttled machine",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "timeout" || e.kind === "timing",
  fixes: [{ kind: "env", name: "GOMAXPROCS", value: "cpu-quota" }],
  advice: {
    githubHosted: "hosted VMs have no CPU quota: a job container's `--cpus` does; raise it or drop it.",
    selfHosted: "raise the CPU limit of the runner pod/service (Kubernetes ARC `resources.limits.cpu`, systemd `CPUQuota=`), or run fewer jobs per host.",
    container: "raise `--cpus` in `container.options` / `docker run`.",
    always: "With Go >= 1.25 and `go 1.25` (or later) in go.mod GOMAXPROCS follows the cgroup quota. Give slow packages a realistic `-timeout` and lower `-parallel`."
  },
  diagnose(m) {
    const v = timeoutView(m.all, m.lines);
    const t = throttling(m.facts, v.seconds);
    if (v.timeouts.length === 0) {
      const timing = m.evidence.filter((e) => e.kind === "timing");
      const net = m.all.items.some(
        (e) => e.kind === "dns" || e.kind === "signal" || e.kind === "exit" || e.kind === "runtime-oom" || e.kind === "thread" || e.kind === "errno" && e.errno !== "ETIMEDOUT"
      );
      if (timing.length === 0 || net || /^(?:timeout|build|panic)$/.test(m.failure.kind) || t.support === "contradicts")
        return null;
      return m.cause(
        t.support === "unknown" ? "low" : t.support === "conclusive" ? "high" : "medium",
        [
          "the test's own timing assertion failed: on a slow, overloaded or throttled runner timings stretch",
          ...t.evidence
        ],
        {
          advice: {
            always: "Give the assertion a margin that holds on a loaded runner (or poll with a deadline), and check the runner: " + THROTTLE_CHECK + "."
          }
        }
      );
    }
    if (t.support === "conclusive") return m.cause("high", t.evidence);
    if (v.stuck.length > 0) return null;
    if (t.support === "contradicts") return null;
    if (t.support === "corroborates") return m.cause("medium", t.evidence);
    if (v.outgrown)
      return m.cause(
        "low",
        [
          `the longest-running test had run ${v.longestRunning}s of the ${v.seconds}s timeout: no test hung; the package's tests together took longer than the timeout on this machine`
        ],
        {
          advice: {
            always: "Compare the package's time in earlier green runs (`ok  <pkg>  540.2s`): near the timeout everywhere, the suite outgrew it (raise `-timeout` or split the package); far below it, this runner was slow: " + THROTTLE_CHECK + "."
          }
        }
      );
    if (v.oneTestAllAlong && v.working.length === 0 && !v.slowArch) return null;
    if (v.working.length > 0 || v.slowArch || v.progressing)
      return m.cause(
        "low",
        [
          v.progressing && v.working.length === 0 ? `after ${v.seconds}s no goroutine of the code had waited even a minute: they were making progress, so the run was slow rather than stuck` : v.working.length > 0 ? `the dump shows the test's goroutines ${[...new Set(v.working.map((e) => e.detail))].join(", ")}, none blocked for minutes: the test was still working when time ran out` : "the log comes from a slow or emulated architecture, where tests run several times slower"
        ],
        { runnerUp: { rule: "deadlock-timeout", check: THROTTLE_CHECK } }
      );
    return null;
  }
});
var cpu_throttling_timeout_default = rule3;

// src/catalog/rules/deadlock-timeout.ts
var rule4 = defineRule({
  id: "deadlock-timeout",
  title: "Test hung (deadlock or missing timeout), not the machine",
  environmental: false,
  severity: "notice",
  claims: (e) => e.kind === "timeout" || e.kind === "deadlock" || e.kind === "goroutine",
  fixes: [],
  advice: {
    always: "Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with deadlines to calls that can block."
  },
  diagnose(m) {
    if (m.evidence.some((e) => e.kind === "deadlock"))
      return m.cause("high", [
        "the runtime found every goroutine blocked: a deadlock in the code, whatever the machine"
      ]);
    const v = timeoutView(m.all, m.lines);
    if (v.timeouts.length === 0) {
      const blocked = v.blocked;
      if (blocked.length < 2 && !blocked.some((e) => (e.number ?? 0) >= 10) || v.working.length > 0)
        return null;
      return m.cause(
        "low",
        [
          `${blocked.length} goroutines of the code blocked (${[...new Set(blocked.map((e) => e.detail))].join(", ")}): a hang`
        ],
        {
          lines: blocked.slice(0, 3).map((e) => `${e.text}${e.frame ? ` in ${e.frame}` : ""}`)
        }
      );
    }
    const t = throttling(m.facts, v.seconds);
    if (v.stuck.length > 0) {
      const lines = v.stuck.slice(0, 2).map((e) => `${e.text}${e.frame ? ` in ${e.frame}` : ""}`);
      if (t.support === "conclusive") return m.cause("low", [...lines, ...t.evidence]);
      return m.cause(t.support === "contradicts" ? "high" : "medium", [...lines, ...t.evidence]);
    }
    if ((counterDelta(m.facts, "memoryHigh")?.value ?? 0) > 0) return null;
    if (t.support === "contradicts")
      return m.cause("medium", [
        "no CPU quota and no throttling during the run: nothing slowed the machine",
        ...t.evidence
      ]);
    if (t.support !== "unknown") return null;
    if (v.outgrown) return null;
    if (v.oneTestAllAlong && v.working.length === 0 && !v.slowArch)
      return m.cause(
        "low",
        [
          `one test had run ${v.longestRunning}s of the ${v.seconds}s timeout: it hung (or is that slow on any machine)`
        ],
        { runnerUp: { rule: "cpu-throttling-timeout", check: THROTTLE_CHECK } }
      );
    if (v.working.length > 0 || v.slowArch || v.progressing) return null;
    return m.cause(
      "low",
      ["the dump shows no goroutine of the code: a hang is the commoner cause of a test timeout"],
      {
        runnerUp: { rule: "cpu-throttling-timeout", check: THROTTLE_CHECK }
      }
    );
  }
});
var deadlock_timeout_default = rule4;

// src/catalog/confidence.ts
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

// src/catalog/rules/disk-full.ts
var LOW_BYTES = 1024 ** 3;
var LOW_INODES = 0.05;
var isDiskFull = (e) => e.kind === "errno" && (e.errno === "ENOSPC" || e.errno === "EDQUOT") && !isInotify(e) && !/file watchers/i.test(e.text) && e.role !== "shm" && !isSpawn(e) && e.op !== "unshare";
function places(facts) {
  const out = storageSpaces(facts).map((s) => ({
    label: `${s.role} ${s.path}`,
    role: s.role,
    avail: s.space.availBytes,
    total: s.space.totalBytes,
    inodesFree: s.space.inodesFree,
    inodesTotal: s.space.inodesTotal
  }));
  for (const t of tempMounts(facts))
    if (t.mount.availBytes !== null)
      out.push({
        label: `${t.role} ${t.path}`,
        role: t.role,
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
  claims: (e) => isDiskFull(e) || e.kind === "std-missing",
  fixes: [],
  advice: {
    githubHosted: "free space before the tests (`go clean -cache -testcache`; remove unused preinstalled toolchains, e.g. `sudo rm -rf /usr/share/dotnet /usr/local/lib/android`), or point `GOTMPDIR`/`GOCACHE` at a larger volume.",
    selfHosted: "`go clean -cache -testcache`, prune old work directories and Docker images (`docker system prune`), or give GOTMPDIR/GOCACHE a larger volume.",
    container: "a small tmpfs or overlay: mount a larger volume for `GOTMPDIR`/`GOCACHE` (`-v`, `--tmpfs /tmp:size=2g,exec`)."
  },
  diagnose(m) {
    const full = m.evidence.filter(isDiskFull);
    const ps = places(m.facts);
    const lows = ps.filter(low);
    if (full.length === 0) {
      const cache = lows.filter((p) => p.role === "GOCACHE");
      if (cache.length === 0) return null;
      return m.cause("medium", [
        ...cache.map(describe),
        "cmd/go cannot write its build cache and then reports standard-library packages as missing"
      ]);
    }
    let support = "unknown";
    if (lows.length > 0) support = "corroborates";
    else if (ps.length > 0) support = "contradicts";
    const confidence = support === "unknown" ? "low" : confidenceFor("specific", support);
    if (confidence === null) return null;
    return m.cause(confidence, (lows.length ? lows : ps).slice(0, 3).map(describe), {
      lines: [...new Set(full.map((e) => e.text))].slice(0, 4)
    });
  },
  preflight(facts, p) {
    return places(facts).filter(low).map(
      (pl) => p.finding({
        severity: pl.avail < 100 * 1024 ** 2 ? "error" : "warning",
        message: `${pl.label} has little room left: go test writes test binaries, the build cache and temp files there.`,
        evidence: [describe(pl)]
      })
    );
  }
});
var disk_full_default = rule5;

// src/catalog/rules/dns-hosts.ts
var LOCAL = /^(?:[\w-]+\.)*localhost\.?$|^ip6-(?:localhost|loopback)$|^localhost\.localdomain$/i;
var NAME_FILES = /^\/etc\/(?:hosts|services|nsswitch\.conf|resolv\.conf|protocols)$/;
var isLocalName = (host) => host !== void 0 && LOCAL.test(host);
var isLookup = (e) => e.kind === "dns" && e.detail !== "unknown-service" || e.kind === "errno" && e.host !== void 0;
var rule6 = defineRule({
  id: "dns-hosts",
  title: "Name resolution broken (hosts file, nsswitch, /etc/services or no DNS)",
  environmental: true,
  severity: "warning",
  claims: (e) => isLookup(e) || e.kind === "dns" && e.detail === "unknown-service" || e.kind === "errno" && e.errno === "ENOENT" && NAME_FILES.test(e.path ?? ""),
  fixes: [],
  advice: {
    githubHosted: "the hosted images list localhost for 127.0.0.1 and ::1 and have DNS; check steps that rewrite /etc/hosts: `cat /etc/hosts /etc/nsswitch.conf`.",
    selfHosted: "make sure /etc/hosts has `127.0.0.1 localhost` and `::1 localhost ip6-localhost`, /etc/nsswitch.conf has `hosts: files dns`, and /etc/services exists (Debian: `netbase`, Fedora: `setup`, Alpine: `netbase`/`iana-etc`).",
    container: 'in the image add `hosts: files dns` to /etc/nsswitch.conf (`RUN echo "hosts: files dns" > /etc/nsswitch.conf`, as the golang images do), install /etc/services (`netbase` / `iana-etc`), and do not replace /etc/hosts with a volume; `--add-host localhost:127.0.0.1` also works.',
    always: "Tests can dial 127.0.0.1 instead of localhost; tests that need the network should skip when it is absent (sandboxed builds such as Nix or Bazel have no DNS)."
  },
  diagnose(m) {
    const local = m.evidence.filter((e) => isLookup(e) && isLocalName(e.host));
    const files = m.evidence.filter((e) => e.kind === "errno" || e.detail === "unknown-service").filter((e) => !isLookup(e));
    if (local.length > 0)
      return m.cause(
        "medium",
        [
          "localhost did not resolve from /etc/hosts: the lookup fell through to DNS, or the hosts file answers it wrong"
        ],
        {
          lines: local.map((e) => e.text)
        }
      );
    if (files.length > 0)
      return m.cause(
        "medium",
        [
          "a name database the Go resolver and cgo read is missing (/etc/services, /etc/hosts or nsswitch.conf)"
        ],
        {
          lines: files.map((e) => e.text)
        }
      );
    const other = m.evidence.filter(isLookup);
    if (other.length === 0) return null;
    return m.cause(
      "low",
      [
        "a DNS lookup failed: no resolver where the tests ran (a sandbox or an offline runner), or a name that does not exist"
      ],
      {
        lines: other.map((e) => e.text),
        advice: { always: "Check on the runner: `getent hosts <name>` and `cat /etc/resolv.conf`." }
      }
    );
  }
});
var dns_hosts_default = rule6;

// src/catalog/rules/ipv6-unavailable.ts
var isV6 = (e) => e.family === 6 || /6(?::|$)/.test(e.network ?? "");
var isIpv6Unavailable = (e) => e.kind === "errno" && e.netOp !== void 0 && e.host === void 0 && // a DNS query to [::1]:53 is name resolution's failure, not the tests' own socket
isV6(e) && (e.errno === "EAFNOSUPPORT" || e.errno === "EADDRNOTAVAIL");
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
var rule7 = defineRule({
  id: "ipv6-unavailable",
  title: "IPv6 loopback unavailable",
  environmental: true,
  severity: "notice",
  claims: isIpv6Unavailable,
  fixes: [
    {
      kind: "sysctl",
      key: "net.ipv6.conf.lo.disable_ipv6",
      value: "0",
      better: "lower",
      causeOnly: true,
      warning: "enables IPv6 on the loopback interface of this network namespace"
    }
  ],
  advice: {
    selfHosted: "Also `net.ipv6.conf.all.disable_ipv6=0`; if `/proc/net/if_inet6` is missing, the kernel was booted with `ipv6.disable=1`: remove it from the kernel command line.",
    always: 'Or make IPv6 tests skip when `net.Listen("tcp6", "[::1]:0")` fails.'
  },
  diagnose(m) {
    const s = ipv6Support(m.facts);
    if (s.support === "contradicts") return null;
    const local = m.evidence.some(
      (e) => e.errno === "EAFNOSUPPORT" || e.address === void 0 || /^\[(?:::1?|0:0:0:0:0:0:0:[01])(?:%\w+)?\]:\d+$|^:\d+$/.test(e.address)
    );
    const connectOnly = m.evidence.every(
      (e) => e.errno === "EADDRNOTAVAIL" && (e.syscall === "connect" || e.syscall === "connectex")
    );
    if (s.support === "unknown" && connectOnly)
      return m.cause("low", s.evidence, {
        runnerUp: {
          rule: "ephemeral-ports",
          check: "`cat /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv6/conf/lo/disable_ipv6` on the runner"
        }
      });
    const confidence = s.support === "unknown" && !local ? "low" : confidenceFor("specific", s.support);
    return confidence ? m.cause(confidence, s.evidence) : null;
  },
  preflight(facts, p) {
    const lo = valueOf(facts.network?.ipv6Loopback);
    if (!lo || lo.present) return [];
    return [
      p.finding({
        message: 'The loopback interface has no IPv6 address (::1): tests that listen on or dial "[::1]" or "tcp6" fail with "cannot assign requested address".',
        evidence: ipv6Support(facts).evidence
      })
    ];
  }
});
var ipv6_unavailable_default = rule7;

// src/catalog/rules/ephemeral-ports.ts
var NARROW = 4096;
var WIDE = 16384;
var isPortZeroInUse = (e) => e.kind === "errno" && e.errno === "EADDRINUSE" && e.port === 0 && (e.netOp === "listen" || e.syscall === "bind");
var isEphemeral = (e) => e.kind === "errno" && e.host === void 0 && // a DNS query's socket: dns-hosts'
(e.errno === "EADDRNOTAVAIL" && e.netOp === "dial" && !isV6(e) && e.family !== null || e.errno === "ENOBUFS" && (e.netOp === "dial" || e.syscall === "connect" || e.syscall === "connectex") || // A client's dial that cannot get a local port (Windows binds before it connects: `dial tcp ...:
// bind: Only one usage of each socket address`).
e.errno === "EADDRINUSE" && e.netOp === "dial" || isPortZeroInUse(e));
function portRange(facts) {
  const r = facts ? valueOf(facts.network?.portRange) : void 0;
  if (!r) return null;
  return { width: r.width, evidence: `net.ipv4.ip_local_port_range = ${r.low} ${r.high} (${r.width} ports)` };
}
var rule8 = defineRule({
  id: "ephemeral-ports",
  title: "Ephemeral port range exhausted",
  environmental: true,
  severity: "warning",
  claims: isEphemeral,
  fixes: [
    {
      kind: "sysctl",
      key: "net.ipv4.ip_local_port_range",
      value: "1024 65535",
      better: "wider",
      warning: "ports from 1024 up can now be handed out as ephemeral ports: a service started later on a fixed port in that range may find it taken (reserve it with net.ipv4.ip_local_reserved_ports)"
    }
  ],
  advice: {
    always: "In the tests, reuse connections (one http.Client/Transport, read bodies to EOF and close them) instead of dialing per request: closed client sockets hold their port in TIME_WAIT for 60 s."
  },
  diagnose(m) {
    const r = portRange(m.facts);
    const support = r === null ? "unknown" : r.width < NARROW ? "corroborates" : r.width >= WIDE ? "contradicts" : "unknown";
    const confidence = support === "unknown" ? "low" : confidenceFor("specific", support);
    if (!confidence) return null;
    const zero = m.evidence.some(isPortZeroInUse);
    return m.cause(confidence, [
      r?.evidence,
      zero && 'a bind to port 0 asks for any free port: "address already in use" there means none was left'
    ]);
  },
  preflight(facts, p) {
    const r = portRange(facts);
    if (!r || r.width >= NARROW) return [];
    return [
      p.finding({
        message: `Only ${r.width} local ports are available for outgoing connections; tests that open many connections fail with "connect: cannot assign requested address".`,
        evidence: [r.evidence]
      })
    ];
  }
});
var ephemeral_ports_default = rule8;

// src/catalog/rules/nofile-limit.ts
var NOFILE_LOW = 4096;
var NOFILE_HIGH = 16384;
var LEAK_COUNT = 4e3;
var NOFILE_WANT = 65536;
var REPEATED = /\bgo test\b.*\s-(?:test\.)?count[= ](?:[2-9]|\d{2,})\b/;
var isEmfile = (e) => e.kind === "errno" && e.errno === "EMFILE" && !isInotify(e);
function effectiveNofile(facts) {
  const lim = rlimit(facts, "nofile");
  if (!lim) return null;
  const modern = goAtLeast(facts, "1.19");
  const value = modern === false ? lim.value.soft : lim.value.hard;
  const evidence = [lim.evidence];
  if (modern === true && lim.value.soft < lim.value.hard)
    evidence.push(`Go >= 1.19 raises the soft limit to the hard one, so ${fmtLimit(lim.value.hard)} applies`);
  return { value, evidence };
}
function logSays(claimed, lines = []) {
  const counts = claimed.map(countIn).filter((n) => n !== null);
  if (counts.some((n) => n >= LEAK_COUNT)) return "leak";
  if (lines.some((l) => REPEATED.test(l))) return "leak";
  if (claimed.some((e) => e.tool !== void 0)) return "limit";
  return null;
}
var rule9 = defineRule({
  id: "nofile-limit",
  title: "Open-file limit too low",
  environmental: true,
  severity: "warning",
  claims: (e) => isEmfile(e) || e.kind === "errno" && e.errno === "ENFILE",
  fixes: [
    // EMFILE and the open-file limit, not ENFILE (`too many open files in system`: fs.file-max).
    {
      kind: "rlimit",
      name: "nofile",
      value: NOFILE_WANT,
      when: /too many open files(?! in system)|open-file limit|RLIMIT_NOFILE/i
    },
    {
      kind: "sysctl",
      key: "fs.file-max",
      value: "2097152",
      better: "higher",
      when: /too many open files in system|fs\.file-max|ENFILE/i
    }
  ],
  diagnose(m) {
    const enfile = m.evidence.filter((e) => e.errno === "ENFILE");
    if (enfile.length > 0) {
      const fileMax = sysctlNumber(m.facts, "fs.file-max");
      return m.cause("medium", [fileMax?.evidence], {
        lines: enfile.map((e) => e.text),
        fixes: rule9.fixes.filter((f) => f.kind === "sysctl"),
        advice: {
          always: "ENFILE means every descriptor on the host is in use: look for a leaking process on a shared host."
        }
      });
    }
    const emfile = m.evidence;
    const goNote = goAtLeast(m.facts, "1.19") === false ? {
      always: 'Go before 1.19 keeps the soft limit: also run `ulimit -n "$(ulimit -Hn)"` before the tests.'
    } : void 0;
    const fixes = rule9.fixes.filter((f) => f.kind === "rlimit");
    const lim = effectiveNofile(m.facts);
    if (lim) {
      if (lim.value >= NOFILE_HIGH) return null;
      const support = lim.value < NOFILE_LOW ? "corroborates" : "unknown";
      const confidence = confidenceFor("specific", support) ?? "medium";
      return m.cause(confidence, lim.evidence, { fixes, ...goNote ? { advice: goNote } : {} });
    }
    const says = logSays(emfile, m.lines);
    if (says === "leak") return null;
    const why = says === "limit" ? "the go command itself ran out of descriptors: a test cannot leak into it" : m.all.platform === "darwin" ? "macOS starts processes with a soft limit of 256 descriptors (launchd's default); or descriptors the tests never close" : "open-file limit unknown: a low limit, or descriptors the tests never close";
    return m.cause(says === "limit" ? "medium" : "low", [why], {
      fixes,
      ...goNote ? { advice: goNote } : {},
      runnerUp: {
        rule: "fd-leak",
        check: "`ulimit -Hn` in the test step: below 4096 the limit is the cause, far above it a leak"
      }
    });
  },
  preflight(facts, p) {
    const lim = rlimit(facts, "nofile");
    if (!lim) return [];
    const modern = goAtLeast(facts, "1.19");
    const effective2 = modern === false ? lim.value.soft : lim.value.hard;
    if (effective2 >= NOFILE_LOW) return [];
    const which = modern === false ? "soft" : "hard";
    return [
      p.finding({
        severity: effective2 < 1024 ? "error" : "warning",
        message: `The ${which} open-file limit is ${fmtLimit(effective2)}; Go tests that open sockets or files in parallel fail with "too many open files" below ${NOFILE_LOW}.`,
        evidence: [lim.evidence],
        fixes: rule9.fixes.filter((f) => f.kind === "rlimit")
      })
    ];
  }
});
var nofile_limit_default = rule9;

// src/catalog/rules/fd-leak.ts
var CHECK = 'Look for descriptors the tests never close: `defer resp.Body.Close()` on every HTTP response, `Close()` on files, listeners and `*sql.Rows`, and `t.Cleanup` for servers started per test. Watch the count while the tests run: `ls /proc/$(pgrep -f "\\.test")/fd | wc -l`.';
var rule10 = defineRule({
  id: "fd-leak",
  title: "File descriptors leaked by the tests",
  environmental: false,
  severity: "notice",
  claims: isEmfile,
  fixes: [],
  advice: { always: CHECK },
  diagnose(m) {
    const lim = effectiveNofile(m.facts);
    if (lim) {
      let support = "unknown";
      if (lim.value < NOFILE_LOW) support = "contradicts";
      else if (lim.value >= NOFILE_HIGH) support = "corroborates";
      const confidence = confidenceFor("generic", support);
      if (!confidence) return null;
      return m.cause(confidence, [
        ...lim.evidence.slice(0, 1).map((e) => `${e}: ${fmtLimit(lim.value)} descriptors is far more than a test suite needs`)
      ]);
    }
    const says = logSays(m.evidence, m.lines);
    if (says === "limit") return null;
    return m.cause(
      "low",
      [
        says === "leak" ? "the tests ran again and again in one process (-count), or opened thousands of descriptors before EMFILE: more than any test needs at once" : "open-file limit unknown: a descriptor leak is as likely as a low limit"
      ],
      {
        advice: {
          always: `First check the limit the tests ran under: \`ulimit -Hn\` in the test step (\`ulimit -Sn\` too for Go < 1.19). Below ${NOFILE_LOW} the limit is the cause (see nofile-limit); far above it, read on.`
        },
        ...says === "leak" ? {} : { runnerUp: { rule: "nofile-limit", check: "`ulimit -Hn` in the test step" } }
      }
    );
  }
});
var fd_leak_default = rule10;

// src/catalog/rules/go-cache-unavailable.ts
var rule11 = defineRule({
  id: "go-cache-unavailable",
  title: "Go build cache cannot be located or written",
  environmental: true,
  severity: "error",
  claims: (e) => e.kind === "gocache" || e.kind === "errno" && e.role === "cache" && (e.errno === "EACCES" || e.errno === "EPERM" || e.errno === "EROFS"),
  fixes: [{ kind: "env", name: "GOCACHE", value: { jobDir: "go-build" } }],
  advice: {
    selfHosted: "or define `HOME` for the runner service (GOCACHE defaults to $HOME/.cache/go-build).",
    container: "minimal images and `env -i` wrappers leave both HOME and GOCACHE unset."
  },
  diagnose(m) {
    const g = goInfo(m.facts);
    let support = "unknown";
    const evidence = [];
    const why = m.facts && "unknown" in m.facts.go ? m.facts.go.unknown : "";
    if (!g && /build cache|GOCACHE/.test(why)) {
      support = "corroborates";
      evidence.push(`go env failed while probing: ${why}`);
    } else if (g) {
      const bad = g.gocache === null || g.gocache === "" || g.gocache === "off" || !g.gocache.startsWith("/");
      support = bad ? "corroborates" : "unknown";
      evidence.push(`go env GOCACHE = ${g.gocache === null ? "(none)" : JSON.stringify(g.gocache)}`);
    }
    const confidence = confidenceFor("specific", support);
    return confidence ? m.cause(confidence, evidence) : null;
  },
  preflight(facts, p) {
    const g = goInfo(facts);
    if (!g) return [];
    const v = g.gocache;
    if (v !== null && v !== "" && v !== "off" && v.startsWith("/")) return [];
    return [
      p.finding({
        message: v === null || v === "" ? "Go has no build cache: GOCACHE is unset and neither $XDG_CACHE_HOME nor $HOME is defined, so go test stops before building." : `GOCACHE=${v} is not usable (it must be an absolute path; "off" is no longer supported).`,
        evidence: [`go env GOCACHE = ${JSON.stringify(v ?? "")}`]
      })
    ];
  }
});
var go_cache_unavailable_default = rule11;

// src/catalog/rules/go-thread-cap.ts
var rule12 = defineRule({
  id: "go-thread-cap",
  title: "Go runtime's own thread cap exceeded",
  environmental: false,
  severity: "notice",
  claims: (e) => e.kind === "thread-cap",
  fixes: [],
  advice: {
    always: "Find what blocks thousands of goroutines in system calls or cgo at once (the stack dump shows them); bound the concurrency (a worker pool, a semaphore), or raise the cap deliberately with `debug.SetMaxThreads`. Raising ulimits or sysctls does not help."
  },
  diagnose(m) {
    return m.cause("high", [
      "the cap is debug.SetMaxThreads (default 10000), checked by the runtime, not by the kernel"
    ]);
  }
});
var go_thread_cap_default = rule12;

// src/catalog/rules/gomaxprocs-quota.ts
var rule13 = defineRule({
  id: "gomaxprocs-quota",
  title: "CPU quota below GOMAXPROCS",
  environmental: true,
  severity: "warning",
  fixes: [{ kind: "env", name: "GOMAXPROCS", value: "cpu-quota" }],
  preflight(facts, p) {
    const cpu = cgroupCpu(facts);
    const limit = cpu ? cpu.value.effectiveLimitCpus ?? cpu.value.limitCpus : null;
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
      const off = /(^|,)\s*containermaxprocs=0/.test(godebug);
      if (aware === true && !off) return [];
      if (aware === null && !off) return [];
      procs = cpus;
      why = off ? `GODEBUG=${godebug} turns the cgroup-aware default off` : "the Go toolchain or the go.mod go line is older than 1.25, so GOMAXPROCS ignores the quota";
      evidence.push(why);
    }
    if (procs <= Math.max(2, want)) return [];
    return [
      p.finding({
        message: `GOMAXPROCS will be ${procs} under a CPU quota of ${limit.toFixed(2)} CPUs: ${why}. The runtime burns the quota in bursts and is throttled, which slows tests towards their timeouts.`,
        evidence,
        remedy: `Set \`GOMAXPROCS=${want}\` in the job env, or use Go >= 1.25 with \`go 1.25\` (or later) in go.mod (or \`godebug containermaxprocs=1\`) so that GOMAXPROCS follows the quota.`
      })
    ];
  }
});
var gomaxprocs_quota_default = rule13;

// src/catalog/rules/inotify-limit.ts
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
var INSTANCES = {
  kind: "sysctl",
  key: "fs.inotify.max_user_instances",
  value: String(WANT_INSTANCES),
  better: "higher",
  when: /instances|too many open files|EMFILE/i
};
var WATCHES = {
  kind: "sysctl",
  key: "fs.inotify.max_user_watches",
  value: String(WANT_WATCHES),
  better: "higher",
  when: /watches|no space left|ENOSPC/i
};
var worded = (e) => isInotify(e) || /file watchers/i.test(e.text);
var rule14 = defineRule({
  id: "inotify-limit",
  title: "inotify instance or watch limit reached",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "errno" && (e.errno === "EMFILE" || e.errno === "ENOSPC") && (worded(e) || e.errno === "ENOSPC" && e.path === void 0) || e.kind === "hint" && /max_user_watches|max_user_instances|inotify|file watchers/i.test(e.detail ?? ""),
  fixes: [INSTANCES, WATCHES],
  advice: {
    always: "Also close watchers in tests (`defer w.Close()`): each fsnotify.Watcher holds one instance until closed."
  },
  diagnose(m) {
    const errs = m.evidence.filter((e) => e.kind === "errno");
    if (errs.length === 0) return null;
    const kind = errs.some((e) => e.errno === "EMFILE") && !m.evidence.some((e) => /watches|file watchers/i.test(e.text)) ? "instances" : "watches";
    const lim = effective(m.facts, kind);
    const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
    const s = lim ? lim.value < low2 ? "corroborates" : "unknown" : "unknown";
    if (!errs.some(worded) && s !== "corroborates") return null;
    const nofile = rlimit(m.facts, "nofile");
    if (kind === "instances" && nofile && nofile.value.hard < 4096 && s !== "corroborates") return null;
    let confidence = s === "unknown" ? "low" : confidenceFor("specific", s);
    if (confidence === null) return null;
    if (!errs.some(worded) && confidence === "high") confidence = "medium";
    return m.cause(confidence, [lim?.evidence], { fixes: [kind === "instances" ? INSTANCES : WATCHES] });
  },
  preflight(facts, p) {
    const out = [];
    for (const kind of ["instances", "watches"]) {
      const lim = effective(facts, kind);
      const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
      if (!lim || lim.value >= low2) continue;
      out.push(
        p.finding({
          message: `Only ${lim.value} inotify ${kind} per user, shared by every process of the user on the host: file-watching tests and tools (fsnotify, kind, IDEs) run out.`,
          evidence: [lim.evidence],
          fixes: [kind === "instances" ? INSTANCES : WATCHES]
        })
      );
    }
    return out;
  }
});
var inotify_limit_default = rule14;

// src/catalog/rules/max-map-count.ts
var MAP_DEFAULT = 65530;
var WANT = 262144;
var isMmapEnomem = (e) => e.kind === "errno" && e.errno === "ENOMEM" && /\bmmap|\bmremap|\bmunmap/.test(around(e)) || e.kind === "tsan" && e.detail === "alloc" && /clock allocator/.test(e.text);
var isIndirect = (e) => e.kind === "thread" && e.op === "pthread_create" && e.errno === "EAGAIN" || e.kind === "runtime-oom";
var rule15 = defineRule({
  id: "max-map-count",
  title: "Memory-mapping count limit reached (vm.max_map_count)",
  environmental: true,
  severity: "warning",
  claims: (e) => isMmapEnomem(e) || isIndirect(e),
  fixes: [{ kind: "sysctl", key: "vm.max_map_count", value: String(WANT), better: "higher" }],
  diagnose(m) {
    const direct = m.evidence.filter(isMmapEnomem);
    const mmc = sysctlNumber(m.facts, "vm.max_map_count");
    let support = "unknown";
    if (mmc)
      support = mmc.value < MAP_DEFAULT ? "corroborates" : mmc.value >= WANT ? "contradicts" : "unknown";
    if (direct.length === 0 && support !== "corroborates") return null;
    if (support === "contradicts") return null;
    const confidence = support === "unknown" ? "low" : confidenceFor(direct.length ? "specific" : "generic", support);
    return confidence ? m.cause(confidence, [mmc?.evidence]) : null;
  },
  preflight(facts, p) {
    const mmc = sysctlNumber(facts, "vm.max_map_count");
    if (!mmc || mmc.value >= MAP_DEFAULT) return [];
    return [
      p.finding({
        message: `vm.max_map_count is ${mmc.value}, below the kernel default ${MAP_DEFAULT}: memory-mapped stores, cgo threads and the race detector run out of mappings.`,
        evidence: [mmc.evidence]
      })
    ];
  }
});
var max_map_count_default = rule15;

// src/catalog/rules/memory-high-throttling.ts
var rule16 = defineRule({
  id: "memory-high-throttling",
  title: "Test slowed to a timeout by memory.high throttling",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "timeout" || e.kind === "timing",
  fixes: [],
  advice: {
    githubHosted: "hosted VMs set no memory.high: a job container's or service's limit does.",
    selfHosted: "raise or remove the soft limit of the runner service or pod (systemd `MemoryHigh=`, Kubernetes MemoryQoS sets memory.high from the memory limit), or give the job more memory.",
    container: "a container runtime sets memory.high only when asked (Kubernetes MemoryQoS, systemd `MemoryHigh=` on the unit): raise the memory limit it is derived from.",
    always: "Set `GOMEMLIMIT` below memory.high so that the Go GC collects before the kernel throttles, and lower `go test -p`/`-parallel` so that fewer test binaries share the cgroup."
  },
  diagnose(m) {
    const high = counterDelta(m.facts, "memoryHigh");
    if (!high || high.value === 0) return null;
    const oom = counterDelta(m.facts, "memoryOomKill");
    if (oom && oom.value > 0) return null;
    const mem = cgroupMemory(m.facts);
    const limit = mem && mem.value.high !== null ? `memory.high ${fmtBytes(mem.value.high)}` : null;
    const timeout = m.evidence.some((e) => e.kind === "timeout");
    return m.cause(timeout ? "high" : "medium", [
      `the cgroup went over its memory.high ${high.value} times during the run: the kernel throttled its allocations (reclaim and sleeps), it does not OOM-kill at memory.high`,
      high.evidence,
      limit ? `cgroup ${limit}${mem ? ` (${mem.value.dir})` : ""}` : null,
      mem && mem.value.peak !== null ? `memory peak ${fmtBytes(mem.value.peak)}` : null
    ]);
  }
});
var memory_high_throttling_default = rule16;

// src/catalog/rules/memory-limit-no-gomemlimit.ts
var rule17 = defineRule({
  id: "memory-limit-no-gomemlimit",
  title: "Memory limit without GOMEMLIMIT",
  environmental: true,
  severity: "warning",
  fixes: [{ kind: "env", name: "GOMEMLIMIT", value: "memory-limit" }],
  preflight(facts, p) {
    const mem = cgroupMemory(facts);
    if (!mem || mem.value.max === null) return [];
    const total = valueOf(facts.system?.memory)?.totalBytes;
    if (total !== void 0 && mem.value.max >= total) return [];
    const gomem = goEnv(facts, "GOMEMLIMIT");
    if (gomem === void 0 || gomem !== null) return [];
    const mib = gomemlimitMiB(mem.value.max);
    return [
      p.finding({
        message: `The tests run under a ${fmtBytes(mem.value.max)} memory limit and GOMEMLIMIT is unset: Go does not read the cgroup limit, so a test's heap can grow past it and be OOM-killed.`,
        evidence: [mem.evidence, "GOMEMLIMIT is not set in the environment"],
        remedy: `Set \`GOMEMLIMIT=${mib}MiB\` (${GOMEMLIMIT_PERCENT} of the limit) in the job env (\`env:\` in the workflow), and keep \`go test -p\` low enough that the packages' binaries fit together.`
      })
    ];
  }
});
var memory_limit_no_gomemlimit_default = rule17;

// src/catalog/rules/mmap-enomem.ts
var isReservationEnomem = (e) => e.kind === "runtime-oom" || // fork(2) copies the address space's commitment: refused under strict overcommit or ulimit -v.
e.kind === "errno" && e.errno === "ENOMEM" && e.op === "fork/exec" || e.kind === "tsan" && e.detail === "alloc" && e.errno === "ENOMEM" && !/clock allocator/.test(e.text);
var WINDOWS = {
  evidence: "Windows refused to commit memory: the commit limit (RAM plus paging file) is reached",
  advice: {
    always: "On Windows, enlarge the paging file (or give the worker more memory) and lower parallelism (`go test -p 1`); a CI image with a fixed small paging file fails every large -race run."
  }
};
var rule18 = defineRule({
  id: "mmap-enomem",
  title: "Address-space limit or overcommit refused memory (mmap ENOMEM)",
  environmental: true,
  severity: "warning",
  claims: isReservationEnomem,
  fixes: [],
  advice: {
    githubHosted: "remove the `ulimit -v` from the job (or run `ulimit -v unlimited` in the step before `go test`).",
    selfHosted: "remove `LimitAS=` from the runner service and `as` from /etc/security/limits.d; `ulimit -v unlimited` in the step.",
    container: "remove `--ulimit as=...` from `container.options`; if vm.overcommit_memory is 2, set it to 0 on the host.",
    always: "If no limit is set, the host is out of memory: lower parallelism (`go test -p 1`)."
  },
  diagnose(m) {
    const as = rlimit(m.facts, "as");
    const over = sysctlNumber(m.facts, "vm.overcommit_memory");
    const s = [];
    if (as) s.push(Number.isFinite(as.value.soft) ? "corroborates" : "unknown");
    if (over?.value === 2) s.push("corroborates");
    let support = combineSupport(...s);
    if (support === "unknown" && as && !Number.isFinite(as.value.soft) && over && over.value !== 2)
      support = "contradicts";
    const confidence = support === "unknown" ? "low" : confidenceFor("specific", support);
    if (!confidence) return null;
    if (m.all.platform === "windows")
      return m.cause(confidence, [WINDOWS.evidence], { advice: WINDOWS.advice });
    return m.cause(confidence, [as?.evidence, over?.evidence]);
  },
  preflight(facts, p) {
    const out = [];
    const as = rlimit(facts, "as");
    if (as && Number.isFinite(as.value.soft))
      out.push(
        p.finding({
          message: `The address-space limit (ulimit -v) is ${fmtBytes(as.value.soft)}: Go reserves large address ranges up front and the race detector needs terabytes of virtual space.`,
          evidence: [as.evidence]
        })
      );
    const over = sysctlNumber(facts, "vm.overcommit_memory");
    if (over?.value === 2)
      out.push(
        p.finding({
          severity: "notice",
          message: "vm.overcommit_memory = 2 (strict): large reservations such as the race detector's shadow memory can fail.",
          evidence: [over.evidence],
          remedy: "On the host: `sudo sysctl -w vm.overcommit_memory=0` (a container cannot change it)."
        })
      );
    return out;
  }
});
var mmap_enomem_default = rule18;

// src/catalog/rules/noexec-tmp.ts
var under = (path, dir) => path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
function usedRole(facts) {
  const roles = new Set((facts?.mounts?.tempDirs ?? []).map((t) => t.role));
  return goInfo(facts)?.gotmpdir || roles.has("GOTMPDIR") ? "GOTMPDIR" : roles.has("TMPDIR") ? "TMPDIR" : "/tmp";
}
var rule19 = defineRule({
  id: "noexec-tmp",
  title: "Temporary directory mounted noexec",
  environmental: true,
  severity: "error",
  claims: (e) => e.kind === "errno" && e.errno === "EACCES" && e.op === "fork/exec" && !!e.path,
  fixes: [{ kind: "env", name: "GOTMPDIR", value: { jobDir: "gotmp" } }],
  advice: {
    selfHosted: 'Create the directory first (`mkdir -p "$RUNNER_TEMP/gotmp"`), or remount the temp dir with `exec`.',
    container: "`--tmpfs /tmp:exec` in `container.options`, or `GOTMPDIR` on a directory mounted without noexec."
  },
  diagnose(m) {
    const e = m.evidence.find((x) => x.role === "test-binary" || x.role === "build-dir") ?? m.evidence[0];
    const path = e.path;
    const isGoWork = e.role === "test-binary" || e.role === "build-dir";
    const temps = tempMounts(m.facts);
    const used = isGoWork ? temps.filter((t) => t.role === usedRole(m.facts)) : [];
    const containing = temps.filter((t) => under(path, t.path));
    const longest = Math.max(0, ...containing.map((t) => t.path.length));
    const holder = used.length > 0 ? used : containing.filter((t) => t.path.length === longest);
    let support = "unknown";
    if (holder.some((t) => t.mount.noexec)) support = "corroborates";
    else if (holder.length > 0) support = "contradicts";
    if (!isGoWork && holder.length === 0 && e.role !== "temp") return null;
    const confidence = confidenceFor(isGoWork ? "specific" : "generic", support);
    if (confidence === null) return null;
    return m.cause(
      confidence,
      holder.map(
        (t) => `${t.role} ${t.path} is on ${t.mount.mountPoint} (${t.mount.fsType}, ${t.mount.options.join(",")})`
      ),
      { lines: [...new Set(m.evidence.map((x) => x.text))].slice(0, 4) }
    );
  },
  preflight(facts, p) {
    const temps = tempMounts(facts).filter((t) => t.mount.noexec);
    if (temps.length === 0) return [];
    const used = usedRole(facts);
    return temps.map(
      (t) => p.finding({
        severity: t.role === used ? "error" : "warning",
        message: t.role === used ? `${t.role} (${t.path}) is mounted noexec: go test builds the test binary there and cannot run it.` : `${t.role} (${t.path}) is mounted noexec: tests that build and run helpers in a temp dir fail.`,
        evidence: [`${t.path} on ${t.mount.mountPoint}: ${t.mount.options.join(",")}`]
      })
    );
  }
});
var noexec_tmp_default = rule19;

// src/catalog/rules/oom-kill.ts
var isKilled = (e) => e.kind === "signal" && e.detail === "killed" || e.kind === "exit" && e.number === 137;
function peakEvidence(facts, before) {
  const after = counterAfter(facts, "memoryPeak");
  if (after !== null) return `memory peak ${fmtBytes(after)} after the tests`;
  return before !== null ? `memory peak ${fmtBytes(before)} before the tests` : null;
}
var rule20 = defineRule({
  id: "oom-kill",
  title: "Killed by the out-of-memory killer",
  environmental: true,
  severity: "warning",
  claims: isKilled,
  // A binary killed without printing anything (kind `killed`) must still reach the rule.
  kinds: ["killed"],
  fixes: [{ kind: "env", name: "GOMEMLIMIT", value: "memory-limit" }],
  advice: {
    githubHosted: "use a larger runner, or run fewer packages at once.",
    selfHosted: "give the runner (or its service, `MemoryMax=`) more memory, or run fewer jobs per host.",
    container: "raise the container's `--memory` in `container.options` / `docker run` (`mem_limit:` in compose).",
    always: "Lower parallelism: `go test -p 1` (packages) or `-parallel 2`; GOMEMLIMIT makes the GC work before the limit. Do not use GODEBUG=madvdontneed: it has been the default since Go 1.16."
  },
  diagnose(m) {
    const claimed = m.evidence;
    const cg = counterDelta(m.facts, "memoryOomKill");
    const host = counterDelta(m.facts, "vmstatOomKill");
    const mem = cgroupMemory(m.facts);
    let support = "unknown";
    if (cg && cg.value > 0 || host && host.value > 0) support = "conclusive";
    else if (cg || host) support = "contradicts";
    else if (mem && mem.value.max !== null) {
      const total = valueOf(m.facts?.system?.memory)?.totalBytes;
      support = total === void 0 || mem.value.max < total ? "corroborates" : "unknown";
    }
    let confidence = confidenceFor("generic", support);
    if (claimed.length === 0) {
      if (support === "conclusive") confidence = "high";
      else if (support === "corroborates") confidence = "low";
      else return null;
    }
    if (confidence === null) return null;
    const tool = claimed.some((e) => e.tool && e.tool !== "shell");
    return m.cause(
      confidence,
      [
        claimed.length ? null : "the test binary ended without a result (killed)",
        tool && "the compiler or linker was killed: building many packages at once needs the most memory",
        cg?.evidence,
        host?.evidence,
        mem?.evidence,
        peakEvidence(m.facts, mem?.value.peak ?? null)
      ],
      tool ? {
        advice: {
          always: "The compiler/linker were killed: build fewer packages at once (`go test -p 1`, `GOFLAGS=-p=2`)."
        }
      } : support === "unknown" ? {
        advice: {
          always: "Check that it was the OOM killer: `grep oom_kill /sys/fs/cgroup/memory.events` (or `sudo dmesg | grep -i oom`) after the run; a CI timeout or a cancelled job kills the same way."
        }
      } : {}
    );
  }
});
var oom_kill_default = rule20;

// src/catalog/rules/pids-limit.ts
var RUNAWAY_THREADS = 1e3;
var PIDS_LOW = 4096;
var isSpawnEagain = (e) => e.errno === "EAGAIN" && (e.kind === "thread" && e.op !== "hint" || e.kind === "errno" && isSpawn(e));
var isSpawnRefused = (e) => isSpawnEagain(e) || e.kind === "thread" && e.detail === "no-errno";
function runaway(claimed) {
  const n = Math.max(0, ...claimed.map((e) => e.kind === "thread" ? e.number ?? 0 : 0));
  return n >= RUNAWAY_THREADS ? `the process already had ${n} threads: the code itself may be creating threads without bound (goroutines blocked in syscalls or cgo)` : null;
}
var CONTAINER_WORDS = /\bdocker\b|containerd|kubepods|kubernetes|\bk8s\b|\bpodman\b|in a container|--pids-limit|pids_limit:|\bpod\b/i;
var inContainerLog = (lines) => lines.slice(0, 400).some((l) => CONTAINER_WORDS.test(l));
var NPROC_WORDS = /\bulimit -u \d|\bulimit -Hu\b|max user processes\s+\(-u\)|RLIMIT_NPROC|LimitNPROC=|\b(?:soft|hard)\s+nproc\b|--nproc[= ]\d/;
var nprocLog = (lines) => lines.slice(0, 400).some((l) => NPROC_WORDS.test(l));
var SPAWN_CHECK = "`cat /sys/fs/cgroup/pids.max /sys/fs/cgroup/pids.events` and `ulimit -u` in the test step";
var HINT = 'the runtime prints the "ulimit -u" hint for any EAGAIN, including pids.max';
var rule21 = defineRule({
  id: "pids-limit",
  title: "Process/thread count limit of the cgroup reached (pids.max)",
  environmental: true,
  severity: "warning",
  claims: isSpawnEagain,
  fixes: [{ kind: "pids", min: 32768 }],
  advice: {
    githubHosted: "hosted runners set no pids limit: a job container (`container.options: --pids-limit 32768`) or a step wrapper sets it.",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  },
  diagnose(m) {
    if (m.all.platform !== null && m.all.platform !== "linux") return null;
    const pids = cgroupPids(m.facts);
    const rejected = counterDelta(m.facts, "pidsEventsMax");
    let support = "unknown";
    if (rejected && rejected.value > 0) support = "conclusive";
    else if (rejected && rejected.value === 0) support = "contradicts";
    else if (pids && pids.value.max === null) support = "contradicts";
    else if (pids && pids.value.max !== null && pids.value.max <= PIDS_LOW) support = "corroborates";
    if (support === "contradicts") return null;
    const run = runaway(m.evidence);
    const hint = m.evidence.some((e) => e.kind === "thread") ? HINT : null;
    if (support === "unknown") {
      if (nprocLog(m.lines)) return null;
      return m.cause(
        "low",
        [
          run,
          hint,
          inContainerLog(m.lines) ? "the log shows a container, where a pids limit is the usual cap" : null
        ],
        {
          runnerUp: { rule: "thread-limit", check: SPAWN_CHECK }
        }
      );
    }
    let confidence = confidenceFor("specific", support);
    if (run && support !== "conclusive" && confidence) confidence = lowerConfidence(confidence);
    if (confidence === null) return null;
    return m.cause(confidence, [pids?.evidence, rejected?.evidence, run, hint]);
  },
  preflight(facts, p) {
    const pids = cgroupPids(facts);
    if (!pids || pids.value.max === null || pids.value.max > PIDS_LOW) return [];
    return [
      p.finding({
        severity: pids.value.max < 512 ? "error" : "warning",
        message: `The cgroup allows only ${pids.value.max} tasks (processes + threads); Go test binaries run many threads each and go test runs packages in parallel.`,
        evidence: [pids.evidence]
      })
    ];
  }
});
var pids_limit_default = rule21;

// src/catalog/rules/port-in-use.ts
var rule22 = defineRule({
  id: "port-in-use",
  title: "Fixed port already in use (test design)",
  environmental: false,
  severity: "notice",
  claims: (e) => e.kind === "errno" && (e.errno === "EADDRINUSE" || e.errno === "EACCES" && /forbidden by its access permissions/i.test(e.text)) && e.port !== 0 && e.netOp !== "dial" && (e.netOp === "listen" || e.syscall === "bind" || e.netOp === void 0),
  fixes: [],
  advice: {
    always: 'Listen on port 0 and read the address back (`net.Listen("tcp", "127.0.0.1:0")`, `httptest.NewServer`) instead of a fixed or pre-picked port; for a Unix socket, remove the stale file first or use a path under `t.TempDir()`; close servers with `t.Cleanup`; if packages must share a port, run them with `go test -p 1`.'
  },
  diagnose(m) {
    const fixed = m.evidence.find((e) => e.port !== void 0 && e.port > 0);
    if (!fixed) return m.cause("low", []);
    const range = m.facts ? valueOf(m.facts.network?.portRange) : void 0;
    let support = "unknown";
    let note;
    if (range) {
      const inRange = fixed.port >= range.low && fixed.port <= range.high;
      note = `port ${fixed.port} is ${inRange ? "inside" : "outside"} the ephemeral range ${range.low}-${range.high}`;
      support = inRange ? "unknown" : "corroborates";
    }
    const confidence = confidenceFor("specific", support);
    return confidence ? m.cause(confidence, [note]) : null;
  }
});
var port_in_use_default = rule22;

// src/catalog/rules/ptrace-restricted.ts
var rule23 = defineRule({
  id: "ptrace-restricted",
  title: "ptrace restricted by Yama",
  environmental: true,
  severity: "notice",
  claims: (e) => e.kind === "hint" && /ptrace_scope|could not attach to pid/.test(e.detail ?? "") || e.kind === "errno" && (e.errno === "EPERM" || e.errno === "EACCES") && /\bptrace|ptrace_(?:attach|seize|traceme)|\battach\b/i.test(around(e)),
  fixes: [],
  advice: {
    githubHosted: "add a step before the tests: `sudo sysctl -w kernel.yama.ptrace_scope=0` (a security setting: prefer starting the tracee as a child).",
    selfHosted: "on the host: `sudo sysctl -w kernel.yama.ptrace_scope=0` (a security setting: prefer starting the tracee as a child).",
    container: "`kernel.yama.ptrace_scope` is host-wide; in the container add `--cap-add SYS_PTRACE` to `container.options` (Docker's seccomp profile then allows ptrace), or set the sysctl on the host.",
    always: "Or start the program under the debugger as a child (`dlv test`, `dlv exec`) instead of attaching: scope 1 allows tracing descendants."
  },
  diagnose(m) {
    const scope = sysctlNumber(m.facts, "kernel.yama.ptrace_scope");
    const caps = m.facts ? valueOf(m.facts.security?.capabilities) : void 0;
    let support = "unknown";
    if (scope) {
      if (scope.value === 0) support = "contradicts";
      else if (scope.value >= 2 && caps?.sysPtrace)
        support = scope.value === 3 ? "corroborates" : "contradicts";
      else support = "corroborates";
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    return confidence ? m.cause(confidence, [
      scope?.evidence,
      caps ? `CAP_SYS_PTRACE: ${caps.sysPtrace ? "yes" : "no"}` : null
    ]) : null;
  },
  preflight(facts, p) {
    const scope = sysctlNumber(facts, "kernel.yama.ptrace_scope");
    if (!scope || scope.value < 2) return [];
    return [
      p.finding({
        message: `kernel.yama.ptrace_scope is ${scope.value}: ${scope.value === 3 ? "no process may ptrace another" : "only CAP_SYS_PTRACE holders may attach"}; debuggers and tracing tests (dlv attach, gdb -p, strace -p) fail.`,
        evidence: [scope.evidence]
      })
    ];
  }
});
var ptrace_restricted_default = rule23;

// src/catalog/rules/race-requires-cgo.ts
function cgoFacts(facts) {
  const g = goInfo(facts);
  if (!g) return { support: "unknown", evidence: [] };
  const evidence = [];
  if (g.cgoEnabled === false) evidence.push("go env CGO_ENABLED = 0");
  if (g.ccFound === false) evidence.push(`C compiler ${g.cc ?? "gcc"} not found on PATH`);
  return { support: evidence.length > 0 ? "corroborates" : "unknown", evidence };
}
var rule24 = defineRule({
  id: "race-requires-cgo",
  title: "The race detector needs cgo and a C compiler",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "cgo",
  fixes: [],
  advice: {
    githubHosted: "hosted images ship gcc: set `CGO_ENABLED: 1` in the job or step `env` (something set it to 0) and check that `CC` names an installed compiler.",
    selfHosted: "install a C compiler (`sudo apt-get install -y gcc`) and set `CGO_ENABLED=1` for the test step.",
    container: "install a C compiler in the image: `RUN apk add --no-cache gcc musl-dev` (alpine) or `RUN apt-get update && apt-get install -y gcc libc6-dev` (Debian), and set `ENV CGO_ENABLED=1`.",
    always: "Or drop -race from that job (keep it in one job that has cgo)."
  },
  diagnose(m) {
    const s = cgoFacts(m.facts);
    return m.cause(confidenceFor("specific", s.support) ?? "medium", s.evidence);
  },
  preflight(facts, p) {
    const g = goInfo(facts);
    if (!g || !/(?:^|\s)-race(?:\s|=true|$)/.test(g.goflags ?? "")) return [];
    const s = cgoFacts(facts);
    if (s.support !== "corroborates") return [];
    return [
      p.finding({
        message: "GOFLAGS asks for -race, but cgo is off or no C compiler is available: every `go test` will fail before running.",
        evidence: [`GOFLAGS = ${g.goflags ?? ""}`, ...s.evidence]
      })
    ];
  }
});
var race_requires_cgo_default = rule24;

// src/catalog/rules/seccomp-blocked.ts
var FILTERED = /^(?:add_key|keyctl|request_key|bpf|perf_event_open|userfaultfd|io_uring_\w+|personality|pivot_root|swapo(?:n|ff)|reboot|syslog|acct|settimeofday|clock_settime|clock_adjtime|adjtimex|kexec_\w+|init_module|finit_module|delete_module|ioperm|iopl|lookup_dcookie|move_pages|mbind|set_mempolicy|get_mempolicy|name_to_handle_at|open_by_handle_at|quotactl|vm86|kcmp|process_vm_\w+|fanotify_init|faccessat2|statx|clone3|membarrier|pidfd_\w+|close_range|openat2|mlock2?|mlockall|sched_setattr|setns|unshare|mount|umount2?)$/;
var isFilteredEperm = (e) => e.kind === "errno" && e.errno === "EPERM" && FILTERED.test(e.op ?? e.syscall ?? "");
var isSigsys = (e) => e.kind === "signal" && e.detail === "sigsys";
var isPthreadEperm = (e) => e.kind === "thread" && e.op === "pthread_create" && e.errno === "EPERM";
var isEnosys = (e) => e.kind === "errno" && e.errno === "ENOSYS" && !!(e.op ?? e.syscall) && e.op !== "fork/exec";
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
var rule25 = defineRule({
  id: "seccomp-blocked",
  title: "A seccomp filter blocks a system call",
  environmental: true,
  severity: "warning",
  claims: (e) => isSigsys(e) || isPthreadEperm(e) || e.kind === "errno" && (e.errno === "EPERM" || e.errno === "ENOSYS") || e.kind === "hint" && e.detail === "seccomp",
  fixes: [],
  advice: {
    githubHosted: "GitHub-hosted runners apply no seccomp filter to job steps: the filter comes from a container or sandbox the tests run in; fix its profile.",
    selfHosted: "if the runner service has `SystemCallFilter=`, add the call or set `SystemCallErrorNumber=EPERM`; if the tests run in Docker, see the container remedy.",
    container: "run the job container with a seccomp profile that allows the call: `container.options: --security-opt seccomp=/path/profile.json` (copy moby's default.json and add it), or, as a last resort and weakening isolation, `--security-opt seccomp=unconfined`."
  },
  diagnose(m) {
    const sigsys = m.evidence.filter(isSigsys);
    if (sigsys.length > 0) {
      const s = seccompSupport(m.facts, "any");
      const confidence = confidenceFor("specific", s.support);
      if (!confidence) return null;
      const trimmed = m.lines.map((l) => l.trim());
      const frames = [/^os\.checkPidfd\(/, /^internal\/syscall\/unix\.\w+\(/].map((re) => trimmed.find((l) => re.test(l))).filter((l) => l !== void 0);
      return m.cause(confidence, s.evidence, {
        lines: [...sigsys.map((e) => e.text), ...frames],
        advice: {
          always: "The filter kills instead of returning an error: make its default action SCMP_ACT_ERRNO, and allow pidfd_open, pidfd_send_signal and waitid (Go >= 1.23 probes them on the first exec)."
        }
      });
    }
    const pthread = m.evidence.filter(isPthreadEperm);
    if (pthread.length > 0) {
      const s = seccompSupport(m.facts, ["clone3", "clone"]);
      const confidence = confidenceFor("specific", s.support);
      if (!confidence) return null;
      return m.cause(confidence, s.evidence, {
        lines: pthread.map((e) => e.text),
        advice: {
          always: "clone3 must fail with ENOSYS, not EPERM, for glibc >= 2.34 to fall back to clone: upgrade Docker to 20.10.10 or later (or containerd with the 2021 fix), or use an image with an older glibc."
        }
      });
    }
    const enosys = m.evidence.filter(isEnosys);
    const named = m.evidence.some((e) => e.kind === "hint");
    const v = namespaceView(m.failure, m.all, m.lines);
    const ns = [...v.create, ...v.after];
    const eperm = m.evidence.filter((e) => e.errno === "EPERM");
    if (m.facts) {
      const s = seccompSupport(m.facts, ns.length > 0 ? ["unshare", "clone", "setns", "mount"] : "any");
      if (s.support === "conclusive")
        return m.cause("high", s.evidence, { lines: [...enosys, ...eperm].map((e) => e.text).slice(0, 4) });
      if (s.support === "corroborates" && (enosys.length > 0 || ns.length > 0 || eperm.length > 0 && isRoot(m.facts) === true)) {
        const caps = valueOf(m.facts.security?.capabilities);
        return m.cause(
          "medium",
          [
            ...s.evidence,
            caps && !caps.sysAdmin && ns.length > 0 ? "no CAP_SYS_ADMIN: Docker's default profile then refuses unshare, setns, mount and clone with namespace flags" : null,
            isRoot(m.facts) === true && ns.length === 0 ? "the tests run as root: an EPERM is a filter, not a missing permission" : null
          ],
          { lines: [...enosys, ...ns, ...eperm].map((e) => e.text).slice(0, 4) }
        );
      }
      if (s.support !== "unknown") return null;
    }
    if (enosys.length > 0)
      return m.cause(
        "low",
        [
          "ENOSYS from a system call Linux has: a filter refused it (or gVisor, or a kernel older than the call)"
        ],
        {
          lines: enosys.map((e) => e.text),
          advice: {
            always: "Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter) and `uname -r`."
          }
        }
      );
    if (eperm.length > 0 && named && !v.unconfined)
      return m.cause("low", ["the log names seccomp, and a system call was refused with EPERM"], {
        lines: eperm.map((e) => e.text).slice(0, 4),
        advice: { always: "Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter)." }
      });
    const debug = eperm.filter(
      (e) => e.op === "fork/exec" && /launch process|debugger|\bdlv\b|ptrace/.test((e.context ?? []).join(" "))
    );
    if (debug.length > 0 && !v.unconfined)
      return m.cause(
        "low",
        [
          "a debugger could not start its target: in a container the default seccomp profile refuses ptrace without CAP_SYS_PTRACE"
        ],
        {
          lines: debug.map((e) => e.text).slice(0, 2),
          runnerUp: {
            rule: "ptrace-restricted",
            check: "`grep Seccomp /proc/self/status` in the container, and `cat /proc/sys/kernel/yama/ptrace_scope`"
          },
          advice: {
            container: "Run the container with `--cap-add SYS_PTRACE --security-opt seccomp=unconfined` for debugging."
          }
        }
      );
    const filtered = m.evidence.filter(isFilteredEperm).filter((e) => !ns.includes(e));
    if (filtered.length > 0 && !v.unconfined)
      return m.cause(
        "low",
        ["EPERM from a system call that seccomp profiles (Docker's default among them) refuse"],
        {
          lines: filtered.map((e) => e.text).slice(0, 4),
          advice: {
            always: "Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter), and whether the call works with `--security-opt seccomp=unconfined`."
          }
        }
      );
    if (eperm.length > 0 && ns.length === 0 && v.container && !v.unconfined)
      return m.cause(
        "low",
        [
          "a system call was refused with EPERM inside a container: its seccomp profile refuses what it does not list (or a capability is missing)"
        ],
        {
          lines: eperm.map((e) => e.text).slice(0, 4),
          advice: {
            always: 'Check in the container: `grep -E "Seccomp|CapEff" /proc/self/status`, and whether it works with `--security-opt seccomp=unconfined`.'
          }
        }
      );
    if (ns.length > 0 && v.container && !v.unconfined)
      return m.cause(
        "low",
        [
          "a namespace call was refused inside a container: Docker's default seccomp profile refuses unshare, setns, mount and namespace clones"
        ],
        {
          lines: ns.map((e) => e.text).slice(0, 4),
          runnerUp: {
            rule: "userns-disabled",
            check: "`grep Seccomp /proc/self/status` in the container, and the run with `--security-opt seccomp=unconfined`"
          }
        }
      );
    return null;
  },
  preflight(facts, p) {
    const probe = facts.goProbe ? valueOf(facts.goProbe) : void 0;
    const blocked = blockedSyscalls(probe).map((n) => [n, probe.syscalls[n]]);
    if (blocked.length === 0) return [];
    return [
      p.finding({
        message: `A seccomp filter refuses ${blocked.map(([n]) => n).join(", ")}: tests (or cgo/glibc) that use these calls fail with EPERM/ENOSYS or SIGSYS.`,
        evidence: blocked.map(
          ([n, r]) => `probe: ${n} returned ${r.errno} (expected ${r.expected.join(" or ")})`
        )
      })
    ];
  }
});
var seccomp_blocked_default = rule25;

// src/catalog/rules/shm-size.ts
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
    evidence: `/dev/shm (${m.fsType}): ${parts.filter(Boolean).join(", ") || "size unknown"}`
  };
}
var rule26 = defineRule({
  id: "shm-size",
  title: "/dev/shm too small",
  environmental: true,
  severity: "notice",
  claims: (e) => e.kind === "errno" && e.errno === "ENOSPC" && e.role === "shm",
  fixes: [{ kind: "container", option: "--shm-size=1g" }],
  advice: {
    githubHosted: "the runner VM's /dev/shm is half of its RAM; if the tests run in a container, give it `--shm-size=1g` in `container.options`.",
    selfHosted: "`sudo mount -o remount,size=2g /dev/shm` (persist with an fstab entry for /dev/shm).",
    container: "compose: `shm_size: 1gb`."
  },
  diagnose(m) {
    const shm = devShm(m.facts);
    let support = "unknown";
    if (shm && shm.size !== null)
      support = shm.size <= DOCKER_DEFAULT * 4 ? "corroborates" : shm.size >= ROOMY ? "contradicts" : "unknown";
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    return confidence ? m.cause(confidence, [shm?.evidence]) : null;
  },
  preflight(facts, p) {
    const shm = devShm(facts);
    if (!shm || shm.size === null || shm.size > DOCKER_DEFAULT) return [];
    return [
      p.finding({
        message: `/dev/shm is only ${fmtBytes(shm.size)} (Docker's default is 64 MiB): tests that use shared memory (browsers, databases, POSIX semaphores) fail with "no space left on device" or SIGBUS.`,
        evidence: [shm.evidence]
      })
    ];
  }
});
var shm_size_default = rule26;

// src/catalog/rules/somaxconn-backlog.ts
var LOW = 128;
var LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost):\d+$/;
var isUnixEagain = (e) => e.kind === "errno" && e.errno === "EAGAIN" && e.netOp === "dial" && /^unix/.test(e.network ?? "");
var isLoopbackTimeout = (e) => e.kind === "errno" && e.errno === "ETIMEDOUT" && e.netOp === "dial" && /^tcp/.test(e.network ?? "") && LOOPBACK.test(e.address ?? "");
var rule27 = defineRule({
  id: "somaxconn-backlog",
  title: "Listen backlog (net.core.somaxconn) too small",
  environmental: true,
  severity: "warning",
  claims: (e) => isUnixEagain(e) || isLoopbackTimeout(e),
  fixes: [{ kind: "sysctl", key: "net.core.somaxconn", value: "4096", better: "higher" }],
  advice: {
    always: "Also check that the test server keeps calling Accept: a handler that stops accepting fills the queue at any backlog."
  },
  diagnose(m) {
    const unix = m.evidence.filter(isUnixEagain);
    const som = sysctlNumber(m.facts, "net.core.somaxconn");
    const overflows = counterDelta(m.facts, "listenOverflows");
    const fromSysctl = som === null ? "unknown" : som.value < LOW ? "corroborates" : "contradicts";
    const fromCounter = overflows === null ? "unknown" : overflows.value > 0 ? "conclusive" : "unknown";
    const support = combineSupport(fromSysctl, fromCounter);
    if (unix.length === 0 && support === "unknown") return null;
    const confidence = support === "unknown" ? "low" : confidenceFor(unix.length > 0 ? "specific" : "generic", support);
    return confidence ? m.cause(confidence, [som?.evidence, overflows?.evidence]) : null;
  },
  preflight(facts, p) {
    const som = sysctlNumber(facts, "net.core.somaxconn");
    if (!som || som.value >= LOW) return [];
    return [
      p.finding({
        message: `net.core.somaxconn is ${som.value}: Go listeners get that backlog, and a burst of connections beyond it times out ("i/o timeout") instead of being accepted.`,
        evidence: [som.evidence]
      })
    ];
  }
});
var somaxconn_backlog_default = rule27;

// src/catalog/rules/thread-limit.ts
var NPROC_LOW = 4096;
var THREADS_MAX_LOW = 1e4;
var OFF_LINUX = {
  darwin: {
    os: "macOS",
    limits: "the user-process limit (`ulimit -u`, `launchctl limit maxproc`) or the per-process thread cap (`sysctl kern.num_taskthreads`)"
  },
  bsd: { os: "a BSD", limits: "the user-process limit (`ulimit -u`) or the per-process thread cap" }
};
var rule28 = defineRule({
  id: "thread-limit",
  title: "Process/thread limit reached (ulimit -u, threads-max)",
  environmental: true,
  severity: "warning",
  claims: isSpawnRefused,
  fixes: [
    { kind: "rlimit", name: "nproc", value: 65535 },
    { kind: "sysctl", key: "kernel.threads-max", value: "4194304", better: "higher" },
    { kind: "sysctl", key: "kernel.pid_max", value: "4194304", better: "higher" }
  ],
  advice: {
    container: "RLIMIT_NPROC is per UID on the host: other containers with the same UID share it.",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  },
  diagnose(m) {
    const nproc = rlimit(m.facts, "nproc");
    const root = isRoot(m.facts);
    const tmax = sysctlNumber(m.facts, "kernel.threads-max");
    const evidence = [];
    const s = [];
    if (nproc && root === false) {
      evidence.push(nproc.evidence);
      s.push(nproc.value.soft < NPROC_LOW ? "corroborates" : "unknown");
    } else if (root === true) evidence.push("running as root: RLIMIT_NPROC is not enforced");
    if (tmax && tmax.value < THREADS_MAX_LOW) {
      s.push("corroborates");
      evidence.push(tmax.evidence);
    }
    let support = combineSupport(...s);
    if (support === "unknown" && root === true && tmax && tmax.value >= THREADS_MAX_LOW)
      support = "contradicts";
    if (support === "contradicts") return null;
    const run = runaway(m.evidence);
    if (support === "unknown") {
      const off = m.all.platform === "darwin" || m.all.platform === "bsd" ? OFF_LINUX[m.all.platform] : null;
      if (off)
        return m.cause("low", [
          ...evidence,
          run,
          `the log shows ${off.os}, which has no cgroup pids limit: ${off.limits} refused the new thread or process`
        ]);
      if (!nprocLog(m.lines)) return null;
      return m.cause("low", [...evidence, run, "the log names the user-process limit (ulimit -u)"], {
        runnerUp: { rule: "pids-limit", check: SPAWN_CHECK }
      });
    }
    let confidence = confidenceFor("specific", support);
    if (run && confidence) confidence = lowerConfidence(confidence);
    if (confidence === null) return null;
    return m.cause(confidence, [...evidence, run], {
      fixes: rule28.fixes.filter(
        (f) => f.kind === "rlimit" || tmax && tmax.value < THREADS_MAX_LOW && f.kind === "sysctl"
      )
    });
  },
  preflight(facts, p) {
    const out = [];
    const nproc = rlimit(facts, "nproc");
    if (nproc && isRoot(facts) === false && nproc.value.soft < NPROC_LOW)
      out.push(
        p.finding({
          message: `RLIMIT_NPROC is ${fmtLimit(nproc.value.soft)} for a non-root user; it counts every thread of that user, and Go test binaries run tens of threads each.`,
          evidence: [nproc.evidence],
          fixes: rule28.fixes.filter((f) => f.kind === "rlimit")
        })
      );
    const tmax = sysctlNumber(facts, "kernel.threads-max");
    if (tmax && tmax.value < THREADS_MAX_LOW)
      out.push(
        p.finding({
          message: `kernel.threads-max is ${tmax.value}: the whole host can run only that many threads.`,
          evidence: [tmax.evidence],
          fixes: rule28.fixes.filter((f) => f.kind === "sysctl")
        })
      );
    return out;
  }
});
var thread_limit_default = rule28;

// src/catalog/rules/tsan-mmap-rnd-bits.ts
var MAX_BITS = 30;
var rule29 = defineRule({
  id: "tsan-mmap-rnd-bits",
  title: "ASLR entropy too high for the thread sanitizer (vm.mmap_rnd_bits)",
  environmental: true,
  severity: "notice",
  claims: (e) => e.kind === "tsan" && (e.detail === "mapping" || e.detail === "personality" || e.detail === "asan-deadlysignal"),
  fixes: [
    {
      kind: "sysctl",
      key: "vm.mmap_rnd_bits",
      value: "28",
      better: "lower",
      causeOnly: true,
      warning: "lowers ASLR entropy for every new process on the host (28 is what GitHub-hosted images use); applied only when a failing test printed the ThreadSanitizer mapping error"
    }
  ],
  advice: {
    always: 'Outside containers `setarch "$(uname -m)" -R go test -race ...` disables ASLR for that run; a newer LLVM/GCC sanitizer runtime copes by re-executing itself without ASLR.'
  },
  diagnose(m) {
    const bits = sysctlNumber(m.facts, "vm.mmap_rnd_bits");
    const fromBits = bits === null ? "unknown" : bits.value > MAX_BITS ? "corroborates" : "contradicts";
    let support = fromBits;
    let note = null;
    if (m.evidence.some((e) => e.detail === "personality")) {
      const sc = m.facts ? valueOf(m.facts.security?.seccomp) : void 0;
      if (sc && sc.mode !== "disabled") {
        note = `seccomp mode: ${sc.mode} (Docker's profile does not allow personality(ADDR_NO_RANDOMIZE))`;
        support = combineSupport(fromBits === "contradicts" ? "unknown" : fromBits, "corroborates");
      }
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    return confidence ? m.cause(confidence, [bits?.evidence, note]) : null;
  },
  preflight(facts, p) {
    const bits = sysctlNumber(facts, "vm.mmap_rnd_bits");
    const arch = valueOf(facts.system?.arch);
    if (!bits || bits.value <= MAX_BITS || arch !== void 0 && !/x86_64|amd64/.test(arch)) return [];
    return [
      p.finding({
        message: `vm.mmap_rnd_bits is ${bits.value}: thread-sanitizer runtimes older than LLVM 18.1 fail with "unexpected memory mapping" above ${MAX_BITS} bits (cgo sanitizer builds; not seen with plain go test -race).`,
        evidence: [bits.evidence]
      })
    ];
  }
});
var tsan_mmap_rnd_bits_default = rule29;

// src/catalog/rules/tzdata-missing.ts
var IANA = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Mexico|Brazil|Chile)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z_]+)?$|^(?:UTC|GMT|EST5EDT|CST6CDT|MST7MDT|PST8PDT|Japan|Singapore|Turkey|Israel|Egypt|Iran|Hongkong|Cuba|Jamaica|Poland|Portugal|Eire|Iceland|Navajo|Zulu)$/;
var rule30 = defineRule({
  id: "tzdata-missing",
  title: "No time zone database (zoneinfo) where the tests run",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "timezone",
  fixes: [],
  advice: {
    githubHosted: "the hosted images ship tzdata: a job container or a minimal build root lacks it.",
    selfHosted: "install the time zone database on the runner (`sudo apt-get install -y tzdata`, `dnf install tzdata`, `apk add tzdata`).",
    container: "install it in the image (`RUN apt-get install -y tzdata` / `RUN apk add --no-cache tzdata`), or copy `/usr/share/zoneinfo` into a scratch or distroless image.",
    always: 'Or embed the database in the binary: `import _ "time/tzdata"` in a test file, or `go test -tags timetzdata` (Go >= 1.15, about 450 KB). Packaging build roots need tzdata as a test dependency.'
  },
  diagnose(m) {
    const zones = [...new Set(m.evidence.map((e) => e.detail).filter((z) => !!z))];
    if (zones.length === 0 && m.evidence.every((e) => e.op !== void 0))
      return m.cause(
        "low",
        [
          "time.In was given a nil *Location: the usual source is a time.LoadLocation error the code ignored, and the usual cause of that error is no zoneinfo"
        ],
        { advice: { always: "Check the error of time.LoadLocation where the location is made." } }
      );
    const real = zones.length === 0 || zones.some((z) => IANA.test(z));
    return m.cause(real ? "medium" : "low", [
      zones.length ? `time.LoadLocation could not find ${zones.slice(0, 3).join(", ")}: no zoneinfo in /usr/share/zoneinfo, $ZONEINFO or $GOROOT/lib/time` : null
    ]);
  }
});
var tzdata_missing_default = rule30;

// src/catalog/rules/userns-disabled.ts
var RELAX = "a security relaxation: unprivileged user namespaces widen the kernel attack surface; applied only because a failing test needs it, and restored after the job";
var rule31 = defineRule({
  id: "userns-disabled",
  title: "User namespaces disabled by a kernel knob",
  environmental: true,
  severity: "warning",
  claims: (e) => e.kind === "errno" && (e.errno === "EPERM" || e.errno === "EACCES" || e.errno === "ENOSPC") || e.kind === "hint" && /not enabled|max_user_namespaces|unprivileged_userns_clone|kernel prohibits/.test(e.detail ?? ""),
  fixes: [
    {
      kind: "sysctl",
      key: "user.max_user_namespaces",
      value: "15000",
      better: "higher",
      causeOnly: true,
      warning: RELAX,
      when: /max_user_namespaces|no space left|ENOSPC/i
    },
    {
      kind: "sysctl",
      key: "kernel.unprivileged_userns_clone",
      value: "1",
      better: "higher",
      causeOnly: true,
      warning: RELAX,
      when: /unprivileged_userns_clone|not permitted|EPERM/i
    }
  ],
  advice: {
    container: "These knobs are the host kernel's (user.max_user_namespaces needs CAP_SYS_RESOURCE): a container cannot change them.",
    always: "Check first: `cat /proc/sys/kernel/unprivileged_userns_clone` (0 = disabled; absent on upstream kernels) and `unshare -Ur true`. Or make the tests skip when an unprivileged user namespace cannot be created (as Go's own syscall tests do)."
  },
  diagnose(m) {
    const v = namespaceView(m.failure, m.all, m.lines);
    if (v.enospc.length > 0) {
      const max = sysctlNumber(m.facts, "user.max_user_namespaces");
      const support = max === null ? "unknown" : max.value === 0 ? "corroborates" : "contradicts";
      const confidence = confidenceFor("specific", support);
      if (!confidence || support === "contradicts") return null;
      return m.cause(
        confidence,
        [max?.evidence, "ENOSPC from creating a namespace is the namespace count limit, not a full disk"],
        {
          lines: v.enospc.map((e) => e.text),
          fixes: rule31.fixes.filter((f) => f.kind === "sysctl" && f.key === "user.max_user_namespaces")
        }
      );
    }
    const named = m.evidence.filter((e) => e.kind === "hint");
    if (v.create.length === 0) {
      if (named.length === 0) return null;
      const max = sysctlNumber(m.facts, "user.max_user_namespaces");
      if (max && max.value > 0 && !/unprivileged_userns_clone/.test(named[0].detail ?? "")) return null;
      return m.cause("medium", [max?.evidence], { lines: named.map((e) => e.text) });
    }
    const shown = {
      lines: v.create.map((e) => e.text).slice(0, 4),
      fixes: rule31.fixes.filter((f) => f.kind === "sysctl" && f.key === "kernel.unprivileged_userns_clone")
    };
    const clone = sysctlNumber(m.facts, "kernel.unprivileged_userns_clone");
    const root = isRoot(m.facts);
    if (clone || root !== null) {
      if (clone?.value !== 0 || root === true) return null;
      return m.cause(
        "medium",
        [clone.evidence, root === false ? "the tests run as a non-root user" : null],
        shown
      );
    }
    if (m.facts && (restrictUserns(m.facts)?.value === 1 || valueOf(m.facts.security?.seccomp)?.mode === "filter" || valueOf(m.facts.security?.userns)?.canCreate === true))
      return null;
    if (!v.about) return null;
    if (v.knob || v.unconfined)
      return m.cause(
        // Still low: a test that asks for what no unprivileged process may do fails the same way.
        "low",
        [
          v.knob ? "the log names the kernel knob that forbids user namespaces" : "seccomp was off (unconfined or privileged), so a kernel knob refused the clone"
        ],
        shown
      );
    if (v.container && !v.unconfined || v.apparmor || v.after.length > 0) return null;
    if (v.create.every((e) => e.errno === "EACCES")) return null;
    return m.cause(
      "low",
      [
        m.failure.test !== null && USERNS_WORDS.test(m.failure.test) ? `${m.failure.test} creates a user namespace` : null,
        "creating the user namespace itself was refused; the knob, and the user the tests ran as, are unknown"
      ],
      {
        ...shown,
        runnerUp: { rule: "apparmor-userns", check: USERNS_CHECK }
      }
    );
  },
  preflight(facts, p) {
    const out = [];
    const max = sysctlNumber(facts, "user.max_user_namespaces");
    if (max?.value === 0)
      out.push(
        p.finding({
          message: 'user.max_user_namespaces is 0: creating a user namespace fails with "no space left on device" (ENOSPC), even for root. Tests that use CLONE_NEWUSER, rootless containers or sandboxes will fail.',
          evidence: [max.evidence],
          fixes: rule31.fixes.filter((f) => f.kind === "sysctl" && f.key === "user.max_user_namespaces")
        })
      );
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    if (clone?.value === 0 && isRoot(facts) === false)
      out.push(
        p.finding({
          message: 'kernel.unprivileged_userns_clone is 0 (Debian/Ubuntu kernel patch): an unprivileged user cannot create a user namespace ("operation not permitted").',
          evidence: [clone.evidence, "the job runs as a non-root user"],
          fixes: rule31.fixes.filter((f) => f.kind === "sysctl" && f.key === "kernel.unprivileged_userns_clone")
        })
      );
    return out;
  }
});
var userns_disabled_default = rule31;

// src/catalog/rules/userns-test-assumption.ts
var rule32 = defineRule({
  id: "userns-test-assumption",
  title: "The test assumes privileges for its user namespace",
  environmental: false,
  severity: "notice",
  claims: (e) => e.kind === "errno" && e.errno === "EPERM",
  fixes: [],
  advice: {
    always: "Nothing on this runner restricts user namespaces, so the EPERM comes from the request itself: an unprivileged process may only map its own UID and GID (`UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}`, same for GIDs with `GidMappingsEnableSetgroups: false`), and cannot set `Credential` to other IDs. Fix the mappings, or skip the test when `os.Getuid() != 0`."
  },
  diagnose(m) {
    const facts = m.facts;
    if (!facts || isRoot(facts) !== false) return null;
    const v = namespaceView(m.failure, m.all, m.lines);
    if (v.create.length === 0) return null;
    const max = sysctlNumber(facts, "user.max_user_namespaces");
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    const aa = restrictUserns(facts);
    const sc = valueOf(facts.security?.seccomp);
    const userns = valueOf(facts.security?.userns);
    if (!max || max.value === 0 || clone?.value === 0 || aa?.value === 1) return null;
    if (!sc || sc.mode !== "disabled" || userns && !userns.canCreate) return null;
    return m.cause(
      "medium",
      [
        max.evidence,
        clone ? clone.evidence : "kernel.unprivileged_userns_clone absent or unreadable (upstream kernels have no such knob)",
        aa ? aa.evidence : "no AppArmor user-namespace mediation read",
        "seccomp: disabled",
        "the tests run as a non-root user",
        userns ? `user namespace probe: ${userns.detail}` : null
      ],
      { lines: v.create.map((e) => e.text).slice(0, 4) }
    );
  }
});
var userns_test_assumption_default = rule32;

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
  memory_high_throttling_default,
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
  tzdata_missing_default,
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

// src/core/model.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var CONFIDENCE_ORDER = { high: 0, medium: 1, low: 2 };
var severityRank = (s) => SEVERITY_ORDER[s];
var confidenceRank = (c) => c ? CONFIDENCE_ORDER[c] : 3;
function meetsFailOn(failOn, severity) {
  return failOn !== "never" && severityRank(severity) <= severityRank(failOn);
}
function failOnMet(failOn, findings) {
  return findings.some((f) => meetsFailOn(failOn, f.severity));
}

export {
  gomemlimitMiB,
  GOMEMLIMIT_PERCENT,
  parseGoVersion,
  fmtBytes,
  rlimit,
  cgroupMemory,
  cgroupPids,
  cgroupCpu,
  isRoot,
  whereRuns,
  goDefaultAtLeast,
  isNamespaced,
  splitLines,
  preflightOf,
  isKilled,
  rules,
  ruleInfos,
  severityRank,
  confidenceRank,
  meetsFailOn,
  failOnMet
};
