import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintRepository
} from "./chunk-UEDWSHVC.js";
import {
  HostError,
  VERSION,
  describeError,
  errorCode,
  tryRead
} from "./chunk-JSYEXCMW.js";
import {
  preflightOf,
  rules,
  severityRank
} from "./chunk-2EVJJMBJ.js";
import {
  RLIMIT_NAMES,
  SYSCTL_KEYS,
  emptyCounters,
  isKnown,
  known,
  unknown,
  valueOf
} from "./chunk-3EDJN4LH.js";

// src/probes/repo-root.ts
async function findRepoRoot(host, dir) {
  const abs = await host.realpath(dir).catch(() => dir);
  const ws = host.env["GITHUB_WORKSPACE"];
  if (ws) {
    const root = await host.realpath(ws).catch(() => ws);
    if (abs === root || abs.startsWith(root.endsWith("/") ? root : root + "/")) return root;
  }
  for (let d = abs; ; ) {
    const hasGit = await host.lstat(`${d === "/" ? "" : d}/.git`).then(
      () => true,
      () => false
    );
    if (hasGit) return d;
    const parent = d.replace(/\/[^/]*$/, "") || "/";
    if (parent === d) break;
    d = parent;
  }
  return abs;
}

// src/diagnose/preflight-findings.ts
function preflight(facts, opts = {}) {
  const out = [];
  for (const rule of opts.rules ?? rules) {
    if (typeof rule.preflight !== "function") continue;
    try {
      out.push(...preflightOf(rule, facts));
    } catch (e) {
      opts.onError?.(rule.id, e);
    }
  }
  return out.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.rule.localeCompare(b.rule)
  );
}

// src/probes/index.ts
import { posix as posix2 } from "node:path";

// src/facts/parse-mountinfo.ts
var MAX_LINES = 2e4;
function unescapeMountPath(s) {
  return s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
}
function parseMountinfo(text) {
  const out = [];
  const lines = text.split("\n");
  for (const line of lines.slice(0, MAX_LINES)) {
    if (!line.trim()) continue;
    const sep = line.indexOf(" - ");
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(" ");
    const right = line.slice(sep + 3).split(" ");
    if (left.length < 6 || right.length < 2) continue;
    const [id, parentId, majorMinor, root, mountPoint, options, ...optional] = left;
    if (!/^\d+$/.test(id) || !/^\d+$/.test(parentId)) continue;
    out.push({
      id: Number(id),
      parentId: Number(parentId),
      majorMinor,
      root: unescapeMountPath(root),
      mountPoint: unescapeMountPath(mountPoint),
      options: options.split(","),
      optional,
      fsType: right[0],
      source: unescapeMountPath(right[1]),
      superOptions: (right[2] ?? "").split(",").filter(Boolean)
    });
  }
  return out;
}
function hasPathPrefix(p, prefix) {
  if (prefix === "/") return p.startsWith("/");
  return p === prefix || p.startsWith(prefix + "/");
}
function findMount(entries, path) {
  let best;
  for (const e of entries) {
    if (!hasPathPrefix(path, e.mountPoint)) continue;
    if (!best || e.mountPoint.length >= best.mountPoint.length) best = e;
  }
  return best;
}

// src/facts/parse-status.ts
function parseStatus(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 200)) {
    const i = line.indexOf(":");
    if (i <= 0) continue;
    out[line.slice(0, i)] = line.slice(i + 1).trim();
  }
  return out;
}
function parseSeccomp(status) {
  const mode = status.Seccomp;
  if (mode === void 0) return null;
  const modes = { "0": "disabled", "1": "strict", "2": "filter" };
  const m = modes[mode];
  if (!m) return null;
  const f2 = status.Seccomp_filters;
  return { mode: m, filters: f2 !== void 0 && /^\d+$/.test(f2) ? Number(f2) : null };
}
function countCpuList(list) {
  const s = list.trim();
  if (!s) return null;
  let n = 0;
  for (const part of s.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 1 << 20) return null;
    n += hi - lo + 1;
  }
  return n;
}

// src/facts/parse-cgroup.ts
function parseProcCgroup(text) {
  const out = [];
  for (const line of text.split("\n").slice(0, 256)) {
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!m) continue;
    out.push({ id: Number(m[1]), controllers: m[2] ? m[2].split(",") : [], path: m[3] });
  }
  return out;
}
function parseFlatKeyed(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 256)) {
    const m = /^(\S+)\s+(-?\d+)\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}
function parseCgroupValue(text) {
  const s = text.trim();
  if (s === "max") return "max";
  if (!/^-?\d+$/.test(s)) return null;
  return Number(s);
}
function parseCpuMax(text) {
  const m = /^(max|\d+)(?:\s+(\d+))?\s*$/.exec(text.trim());
  if (!m) return null;
  return {
    quotaUs: m[1] === "max" ? null : Number(m[1]),
    periodUs: m[2] === void 0 ? 1e5 : Number(m[2])
  };
}
function v1MemoryLimit(n) {
  return n >= 2 ** 62 ? null : n;
}
function cgroupVersion(mounts) {
  const v1 = mounts.some((m) => m.fsType === "cgroup");
  const v2 = mounts.some((m) => m.fsType === "cgroup2");
  if (v1 && v2) return "hybrid";
  if (v1) return "v1";
  if (v2) return "v2";
  return null;
}
function resolveCgroupDir(mounts, cgroupPath, want) {
  const hidden = (m) => {
    const i = mounts.indexOf(m);
    return mounts.some((o, j) => j > i && o.mountPoint === m.mountPoint);
  };
  const candidates = mounts.filter(
    (m) => !hidden(m) && ("v2" in want ? m.fsType === "cgroup2" : m.fsType === "cgroup" && m.superOptions.includes(want.controller))
  );
  const what = "v2" in want ? "cgroup2" : `cgroup v1 ${want.controller}`;
  if (candidates.length === 0)
    return { dir: null, reason: `no ${what} hierarchy is mounted in this mount namespace` };
  for (const m of candidates) {
    if (!hasPathPrefix(cgroupPath, m.root)) continue;
    const rel = m.root === "/" ? cgroupPath : cgroupPath.slice(m.root.length);
    if (rel === "/.." || rel.startsWith("/../")) continue;
    const dir = rel === "/" || rel === "" ? m.mountPoint : joinPath(m.mountPoint, rel);
    return { dir, mount: m };
  }
  const roots = candidates.map((m) => `${m.mountPoint} (root ${m.root})`).join(", ");
  return {
    dir: null,
    reason: `this process's cgroup ${cgroupPath} is not visible through the ${what} mount ${roots}: the mount was made outside this cgroup namespace (typically /sys/fs/cgroup bind-mounted from the host)`
  };
}
function joinPath(a, b) {
  return (a.endsWith("/") ? a.slice(0, -1) : a) + (b.startsWith("/") ? b : "/" + b);
}

// src/probes/util.ts
function read(host, path, maxBytes = 256 * 1024) {
  return tryRead(host, path, maxBytes);
}
function failed(r, absentReason) {
  if (r.code === "ENOENT" && absentReason) return unknown(absentReason);
  return unknown(r.reason);
}
async function exists(host, path) {
  try {
    await host.lstat(path);
    return true;
  } catch {
    return false;
  }
}
async function guard(what, fn) {
  try {
    return await fn();
  } catch (e) {
    return unknown(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function errText(e) {
  if (e instanceof HostError) return describeError(e.code, e.path);
  return e instanceof Error ? e.message : String(e);
}
function firstLine(s, max = 300) {
  const line = s.split("\n").find((l) => l.trim()) ?? "";
  return line.length > max ? line.slice(0, max) + "\u2026" : line.trim();
}

// src/probes/cgroup.ts
var INIT_CGROUP_NS = "cgroup:[4026531835]";
var MAX_DEPTH = 32;
async function probeCgroupNamespaced(host, mounts) {
  try {
    const link = await host.readlink("/proc/self/ns/cgroup");
    if (/^cgroup:\[\d+\]$/.test(link)) return link !== INIT_CGROUP_NS;
  } catch {
  }
  if (mounts?.some((m) => (m.fsType === "cgroup" || m.fsType === "cgroup2") && m.root.startsWith("/..")))
    return true;
  return null;
}
async function num(host, path) {
  const r = await read(host, path, 4096);
  return { r, v: r.ok ? parseCgroupValue(r.text) : null };
}
async function keyed(host, path) {
  const r = await read(host, path, 16 * 1024);
  return { r, v: r.ok ? parseFlatKeyed(r.text) : null };
}
var orNull = (v) => v === "max" || v === null ? null : v;
function ancestors(dir, top) {
  const out = [dir];
  let d = dir;
  for (let i = 0; i < MAX_DEPTH && d !== top && d.length > top.length; i++) {
    d = d.slice(0, d.lastIndexOf("/")) || "/";
    out.push(d);
  }
  return out;
}
async function tightest(c, readLimit) {
  const dirs = ancestors(c.dir, c.top);
  const values = await Promise.all(dirs.map((d) => readLimit(d).catch(() => null)));
  let best = { value: null, dir: null };
  values.forEach((v, i) => {
    if (v !== null && (best.value === null || v < best.value)) best = { value: v, dir: dirs[i] };
  });
  return best;
}
function rootNote(c, files) {
  return `${c.dir} is the root cgroup, which has no ${files}: no cgroup limit applies there`;
}
async function probeCgroupMemory(host, c) {
  const notes = [];
  const d = c.dir;
  if (c.version === "v2") {
    const [max, high, current, peak, events] = await Promise.all([
      num(host, `${d}/memory.max`),
      num(host, `${d}/memory.high`),
      num(host, `${d}/memory.current`),
      num(host, `${d}/memory.peak`),
      keyed(host, `${d}/memory.events`)
    ]);
    if (!max.r.ok) {
      if (max.r.code !== "ENOENT") return failed(max.r);
      if (!c.isRoot) return unknown(`the memory controller is not enabled for ${d} (no memory.max)`);
      notes.push(rootNote(c, "memory.max, memory.current or memory.events"));
    }
    if (!peak.r.ok && max.r.ok) notes.push(`${d}/memory.peak is absent (added in Linux 5.19)`);
    const lim2 = await tightest(c, async (dir) => orNull((await num(host, `${dir}/memory.max`)).v));
    return known({
      max: orNull(max.v),
      high: orNull(high.v),
      current: orNull(current.v),
      peak: orNull(peak.v),
      oomKill: events.v?.oom_kill ?? null,
      oom: events.v?.oom ?? null,
      dir: d,
      effectiveMax: lim2.value,
      effectiveMaxDir: lim2.dir,
      ...notes.length ? { notes } : {}
    });
  }
  const [limit, usage, maxUsage, oomControl, failcnt] = await Promise.all([
    num(host, `${d}/memory.limit_in_bytes`),
    num(host, `${d}/memory.usage_in_bytes`),
    num(host, `${d}/memory.max_usage_in_bytes`),
    keyed(host, `${d}/memory.oom_control`),
    num(host, `${d}/memory.failcnt`)
  ]);
  if (!limit.r.ok) return failed(limit.r);
  notes.push("cgroup v1 has no memory.high; `oom` is memory.failcnt (times usage hit the limit)");
  if (oomControl.v && oomControl.v.oom_kill === void 0) {
    notes.push("memory.oom_control has no oom_kill line (added in Linux 4.13)");
  }
  const v1 = (v) => {
    const n = orNull(v);
    return n === null ? null : v1MemoryLimit(n);
  };
  const lim = await tightest(c, async (dir) => v1((await num(host, `${dir}/memory.limit_in_bytes`)).v));
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
  });
}
async function probeCgroupPids(host, c) {
  const d = c.dir;
  const notes = [];
  const [max, current, events] = await Promise.all([
    num(host, `${d}/pids.max`),
    num(host, `${d}/pids.current`),
    keyed(host, `${d}/pids.events`)
  ]);
  if (!max.r.ok) {
    if (max.r.code !== "ENOENT") return failed(max.r);
    if (!c.isRoot) return unknown(`the pids controller is not enabled for ${d} (no pids.max)`);
    notes.push(rootNote(c, "pids.max") + " (kernel.pid_max and kernel.threads-max still do)");
  }
  const lim = await tightest(c, async (dir) => orNull((await num(host, `${dir}/pids.max`)).v));
  return known({
    max: orNull(max.v),
    current: orNull(current.v),
    eventsMax: events.v?.max ?? null,
    dir: d,
    effectiveMax: lim.value,
    effectiveMaxDir: lim.dir,
    ...notes.length ? { notes } : {}
  });
}
async function cpuLimitAt(host, version, dir) {
  if (version === "v2") {
    const r = await read(host, `${dir}/cpu.max`, 4096);
    const p2 = r.ok ? parseCpuMax(r.text) : null;
    return { quota: p2?.quotaUs ?? null, period: p2?.periodUs ?? null, r };
  }
  const [q, p] = await Promise.all([
    num(host, `${dir}/cpu.cfs_quota_us`),
    num(host, `${dir}/cpu.cfs_period_us`)
  ]);
  const quota = orNull(q.v);
  return { quota: quota === null || quota < 0 ? null : quota, period: orNull(p.v), r: q.r };
}
async function probeCgroupCpu(host, c) {
  const d = c.dir;
  const notes = [];
  const [lim, stat] = await Promise.all([cpuLimitAt(host, c.version, d), keyed(host, `${d}/cpu.stat`)]);
  if (!lim.r.ok) {
    if (lim.r.code !== "ENOENT") return failed(lim.r);
    if (!c.isRoot) {
      return unknown(
        `the cpu controller is not enabled for ${d} (no ${c.version === "v2" ? "cpu.max" : "cpu.cfs_quota_us"})`
      );
    }
    notes.push(rootNote(c, c.version === "v2" ? "cpu.max" : "CFS quota"));
  }
  const s = stat.v ?? {};
  const throttledUsec = c.version === "v2" ? s.throttled_usec ?? null : s.throttled_time !== void 0 ? Math.floor(s.throttled_time / 1e3) : null;
  if (c.version === "v2" && stat.v && s.nr_periods === void 0) {
    notes.push(`${d}/cpu.stat has no nr_periods/nr_throttled (the cpu controller is not enabled here)`);
  }
  const eff = await tightest(c, async (dir) => {
    const l = await cpuLimitAt(host, c.version, dir);
    return l.quota !== null && l.period ? l.quota / l.period : null;
  });
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
    ...notes.length ? { notes } : {}
  });
}
async function searchOwnCgroup(host, mounts, cgroupPath, want) {
  const pid = String(host.pid);
  let budget = 400;
  for (const m of mounts) {
    const ok = "v2" in want ? m.fsType === "cgroup2" : m.fsType === "cgroup" && m.superOptions.includes(want.controller);
    if (!ok || !/^(\/\.\.)+$/.test(m.root) || cgroupPath.startsWith("/..")) continue;
    const ups = m.root.length / 3;
    let level = [m.mountPoint];
    for (let depth = 0; depth < ups && level.length; depth++) {
      const next = [];
      for (const d of level) {
        if (budget-- <= 0) return null;
        try {
          for (const e of await host.readDir(d)) if (e.kind === "dir") next.push(`${d}/${e.name}`);
        } catch {
        }
      }
      level = next;
    }
    const rel = cgroupPath === "/" ? "" : cgroupPath;
    for (const d of level) {
      if (budget-- <= 0) return null;
      const r = await read(host, `${d}${rel}/cgroup.procs`, 1 << 20);
      if (r.ok && r.text.split("\n").includes(pid)) return { dir: `${d}${rel}`, mount: m };
    }
  }
  return null;
}
async function probeCgroup(host, mounts, mountsReason, namespaced) {
  const r = await read(host, "/proc/self/cgroup", 64 * 1024);
  if (!r.ok) return failed(r, "not in a cgroup: /proc/self/cgroup does not exist (kernel without cgroups)");
  const lines = parseProcCgroup(r.text);
  if (lines.length === 0) return unknown("/proc/self/cgroup is empty or unreadable text");
  if (!mounts) return unknown(`cannot locate cgroup directories: ${mountsReason ?? "mountinfo unavailable"}`);
  const onlyV2 = lines.every((l) => l.id === 0);
  const version = cgroupVersion(mounts) ?? (onlyV2 ? "v2" : "v1");
  const paths = {};
  const dirs = {};
  const reasons = {};
  for (const line of lines.slice(0, 64)) {
    const isV2 = line.id === 0 && line.controllers.length === 0;
    const keys = isV2 ? ["unified"] : line.controllers;
    for (const key of keys) {
      const want = isV2 ? { v2: true } : { controller: key };
      let res = resolveCgroupDir(mounts, line.path, want);
      if (res.dir === null) {
        const found = await searchOwnCgroup(host, mounts, line.path, want);
        if (found) res = found;
      }
      paths[key] = { path: line.path, dir: res.dir };
      if (res.dir === null) {
        reasons[key] = res.reason;
        continue;
      }
      dirs[key] = {
        version: isV2 ? "v2" : "v1",
        dir: res.dir,
        top: res.mount.mountPoint,
        isRoot: line.path === "/" && res.mount.root === "/" && namespaced !== true
      };
    }
  }
  let v2Controllers = [];
  const uni = dirs.unified;
  if (uni) {
    const cc = await read(host, `${uni.dir}/cgroup.controllers`, 4096);
    if (cc.ok) v2Controllers = cc.text.trim().split(/\s+/).filter(Boolean);
  }
  const pick = (name) => {
    if (dirs[name]) return dirs[name];
    if (uni && v2Controllers.includes(name)) return uni;
    if (reasons[name]) return reasons[name];
    if (uni && !uni.isRoot)
      return `the ${name} controller is not enabled for ${uni.dir} (not in cgroup.controllers)`;
    if (uni) return uni;
    return reasons.unified ?? `no ${name} controller is mounted for this process`;
  };
  const run = async (name, fn) => {
    const c = pick(name);
    return typeof c === "string" ? unknown(c) : fn(c);
  };
  const [memory, pids, cpu] = await Promise.all([
    run("memory", (c) => probeCgroupMemory(host, c)),
    run("pids", (c) => probeCgroupPids(host, c)),
    run("cpu", (c) => probeCgroupCpu(host, c))
  ]);
  return known({ version, namespaced: namespaced === true, paths, memory, pids, cpu });
}

// src/facts/parse-proc.ts
function parseMeminfo(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 200)) {
    const m = /^([\w()]+):\s+(\d+)(?:\s+(kB))?\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]) * (m[3] ? 1024 : 1);
  }
  return out;
}
function parseNetstat(text) {
  const out = {};
  const lines = text.split("\n").slice(0, 100);
  for (let i = 0; i + 1 < lines.length; i++) {
    const h = /^(\w+):\s+(.*)$/.exec(lines[i]);
    const v = /^(\w+):\s+(.*)$/.exec(lines[i + 1]);
    if (!h || !v || h[1] !== v[1]) continue;
    const names = h[2].trim().split(/\s+/);
    const values = v[2].trim().split(/\s+/);
    if (!values.every((x) => /^-?\d+$/.test(x))) continue;
    const rec = {};
    names.forEach((n, j) => {
      if (values[j] !== void 0) rec[n] = Number(values[j]);
    });
    out[h[1]] = rec;
    i++;
  }
  return out;
}
function parseVmstat(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 1e3)) {
    const m = /^(\w+)\s+(\d+)\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}
function parseIfInet6(text) {
  const out = [];
  for (const line of text.split("\n").slice(0, 4096)) {
    const f2 = line.trim().split(/\s+/);
    if (f2.length < 6 || !/^[0-9a-f]{32}$/i.test(f2[0])) continue;
    out.push({
      address: f2[0].toLowerCase(),
      ifIndex: parseInt(f2[1], 16),
      prefixLen: parseInt(f2[2], 16),
      scope: parseInt(f2[3], 16),
      flags: parseInt(f2[4], 16),
      ifName: f2[5]
    });
  }
  return out;
}
var IPV6_LOOPBACK_HEX = "00000000000000000000000000000001";
function parsePortRange(text) {
  const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(text);
  if (!m) return null;
  const low = Number(m[1]);
  const high = Number(m[2]);
  if (high < low || high > 65535) return null;
  return { low, high, width: high - low + 1 };
}
function parseGoMod(text) {
  let module = null;
  let go = null;
  for (const raw of text.split("\n").slice(0, 1e4)) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    let m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (m && module === null) module = m[1] ?? m[2] ?? m[3];
    m = /^go\s+(\d+(?:\.\d+){0,2}(?:(?:rc|beta)\d+)?)$/.exec(line);
    if (m && go === null) go = m[1];
  }
  return { module, go };
}

// src/probes/counters.ts
async function keyed2(host, path) {
  const r = await read(host, path, 16 * 1024);
  return r.ok ? parseFlatKeyed(r.text) : null;
}
async function single(host, path) {
  const r = await read(host, path, 64);
  const t = r.ok ? r.text.trim() : "";
  return /^\d+$/.test(t) ? Number(t) : null;
}
async function probeCounters(host, cgroup) {
  const cg = valueOf(cgroup);
  const mem = valueOf(cg?.memory);
  const pids = valueOf(cg?.pids);
  const cpu = valueOf(cg?.cpu);
  const v2 = cg?.version === "v2";
  const [events, oomControl, failcnt, peak, pidsEvents, cpuStat, netstat, vmstat] = await Promise.all([
    mem ? keyed2(host, `${mem.dir}/memory.events`) : null,
    mem ? keyed2(host, `${mem.dir}/memory.oom_control`) : null,
    mem ? single(host, `${mem.dir}/memory.failcnt`) : null,
    mem ? single(host, `${mem.dir}/${v2 ? "memory.peak" : "memory.max_usage_in_bytes"}`) : null,
    pids ? keyed2(host, `${pids.dir}/pids.events`) : null,
    cpu ? keyed2(host, `${cpu.dir}/cpu.stat`) : null,
    read(host, "/proc/net/netstat", 256 * 1024),
    read(host, "/proc/vmstat", 256 * 1024)
  ]);
  let memoryOomKill = null;
  let memoryOom = null;
  let memoryHigh = null;
  if (events) {
    memoryOomKill = events.oom_kill ?? null;
    memoryOom = events.oom ?? null;
    memoryHigh = events.high ?? null;
  } else if (oomControl) {
    memoryOomKill = oomControl.oom_kill ?? null;
    memoryOom = failcnt ?? null;
  }
  let throttledUsec = null;
  if (cpuStat?.throttled_usec !== void 0) throttledUsec = cpuStat.throttled_usec;
  else if (cpuStat?.throttled_time !== void 0) throttledUsec = Math.floor(cpuStat.throttled_time / 1e3);
  const ns = netstat.ok ? parseNetstat(netstat.text) : null;
  const vm = vmstat.ok ? parseVmstat(vmstat.text) : null;
  return {
    at: new Date(host.now()).toISOString(),
    memoryOomKill,
    memoryOom,
    memoryHigh,
    pidsEventsMax: pidsEvents?.max ?? null,
    cpuNrThrottled: cpuStat?.nr_throttled ?? null,
    cpuThrottledUsec: throttledUsec,
    listenOverflows: ns?.TcpExt?.ListenOverflows ?? null,
    vmstatOomKill: vm?.oom_kill ?? null,
    memoryPeak: peak ?? null
  };
}

// src/probes/go-toolchain.ts
import { posix } from "node:path";
var GO_ENV_VARS = [
  "GOVERSION",
  "GOROOT",
  "GOTMPDIR",
  "GOCACHE",
  "GOMODCACHE",
  "GOFLAGS",
  "CGO_ENABLED",
  "CC"
];
var str = (v) => typeof v === "string" && v !== "" ? v : null;
async function resolvesOnPath(host, cmd) {
  const word = cmd.trim().split(/\s+/)[0];
  if (!word) return false;
  const candidates = word.includes("/") ? [word] : (host.env.PATH ?? "").split(":").filter(Boolean).slice(0, 256).map((d) => posix.join(d, word));
  for (const c of candidates) {
    try {
      const real = await host.realpath(c);
      const st = await host.lstat(real);
      if (st.kind === "file" && (st.mode & 73) !== 0) return true;
    } catch {
    }
  }
  return false;
}
async function findGoMod(host, dir, stop) {
  let d = posix.resolve("/", dir);
  for (let i = 0; i < 64; i++) {
    const p = posix.join(d, "go.mod");
    try {
      const st = await host.lstat(p);
      if (st.kind === "file") {
        const mod = parseGoMod(await host.readFile(p, 1 << 20));
        return { path: p, ...mod };
      }
    } catch {
    }
    if (d === "/" || stop && d === stop) break;
    d = posix.dirname(d);
  }
  return null;
}
async function probeGo(host, workingDirectory) {
  const env = host.env;
  const fromEnv = {
    gotmpdir: str(env.GOTMPDIR),
    gocache: str(env.GOCACHE),
    gomodcache: str(env.GOMODCACHE)
  };
  const r = await host.exec("go", ["env", "-json", ...GO_ENV_VARS], {
    timeoutMs: 1e4,
    cwd: workingDirectory,
    maxOutputBytes: 256 * 1024
  });
  if (r.startError) {
    const reason = /ENOENT/.test(r.startError) ? "go is not on PATH" : `go could not be started: ${r.startError}`;
    return { go: unknown(reason), dirs: fromEnv };
  }
  if (r.timedOut) {
    return {
      go: unknown(
        "`go env -json` did not finish within 10 s (a GOTOOLCHAIN switch downloading a toolchain?)"
      ),
      dirs: fromEnv
    };
  }
  if (r.code !== 0) {
    return {
      go: unknown(`\`go env -json\` failed (exit ${r.code ?? r.signal}): ${firstLine(r.stderr)}`),
      dirs: fromEnv
    };
  }
  let j;
  try {
    const parsed = JSON.parse(r.stdout);
    if (!parsed || typeof parsed !== "object") throw new Error("not an object");
    j = parsed;
  } catch (e) {
    return {
      go: unknown(`\`go env -json\` printed something that is not JSON: ${e.message}`),
      dirs: fromEnv
    };
  }
  const version = str(j.GOVERSION);
  if (!version) return { go: unknown("`go env -json` has no GOVERSION (go older than 1.16?)"), dirs: fromEnv };
  const cc = str(j.CC);
  const stop = str(env.GITHUB_WORKSPACE);
  const [ccFound, mod] = await Promise.all([
    cc ? resolvesOnPath(host, cc) : Promise.resolve(null),
    findGoMod(host, workingDirectory, stop ? posix.resolve("/", stop) : null)
  ]);
  const info = {
    version,
    goroot: str(j.GOROOT),
    gotmpdir: str(j.GOTMPDIR),
    gocache: str(j.GOCACHE),
    gomodcache: str(j.GOMODCACHE),
    goflags: str(j.GOFLAGS),
    cgoEnabled: j.CGO_ENABLED === "1" ? true : j.CGO_ENABLED === "0" ? false : null,
    cc,
    ccFound,
    goModGo: mod?.go ?? null,
    goModPath: mod?.path ?? null,
    modulePath: mod?.module ?? null,
    env: {
      GOMAXPROCS: str(env.GOMAXPROCS),
      GOMEMLIMIT: str(env.GOMEMLIMIT),
      GODEBUG: str(env.GODEBUG),
      GOTOOLCHAIN: str(env.GOTOOLCHAIN)
    }
  };
  return {
    go: known(info),
    dirs: { gotmpdir: info.gotmpdir, gocache: info.gocache, gomodcache: info.gomodcache }
  };
}

// src/facts/parse-limits.ts
var NAMES = {
  "Max open files": "nofile",
  "Max processes": "nproc",
  "Max address space": "as",
  "Max stack size": "stack",
  "Max locked memory": "memlock"
};
function parseLimitValue(s) {
  if (s === "unlimited") return "unlimited";
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
function parseLimits(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 64)) {
    const m = /^(Max(?: \S+)+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
    if (!m) continue;
    const name = NAMES[m[1]];
    if (!name) continue;
    const soft = parseLimitValue(m[2]);
    const hard = parseLimitValue(m[3]);
    if (soft === null || hard === null) continue;
    out[name] = { soft, hard };
  }
  return out;
}

// src/probes/limits.ts
async function probeRlimits(host, ppid) {
  const [r, p] = await Promise.all([
    read(host, "/proc/self/limits", 16 * 1024),
    ppid && ppid > 0 ? read(host, `/proc/${ppid}/limits`, 16 * 1024) : Promise.resolve(null)
  ]);
  const out = {};
  const parsed = r.ok ? parseLimits(r.text) : {};
  for (const name of RLIMIT_NAMES) {
    const v = parsed[name];
    out[name] = v ? known(v) : r.ok ? unknown(`/proc/self/limits has no line for ${name}`) : failed(r);
  }
  const self = parsed.nofile;
  if (self && self.soft === self.hard) {
    const parent = p?.ok ? parseLimits(p.text).nofile : void 0;
    if (parent && parent.hard === self.hard && parent.soft !== self.soft) {
      out.nofile = known({
        soft: parent.soft,
        hard: self.hard,
        note: `soft limit from /proc/${ppid}/limits (the parent process, whose limits the step's other commands inherit); this Node process raised its own soft limit to ${self.soft} at startup`
      });
    } else if (parent && parent.hard !== self.hard) {
      out.nofile = known({
        ...self,
        note: `Node raises its own soft NOFILE to the hard limit at startup, so the soft limit the step itself has may be lower; the parent process (/proc/${ppid}/limits) has other limits, so it cannot be recovered`
      });
    }
  }
  return out;
}
function sysctlPath(key) {
  return "/proc/sys/" + key.split(".").join("/");
}
var ABSENT_NOTE = {
  "kernel.unprivileged_userns_clone": " (a Debian/Ubuntu kernel patch; upstream kernels do not have it)",
  "kernel.apparmor_restrict_unprivileged_userns": " (added by Ubuntu kernels 6.x; needs AppArmor)",
  "kernel.yama.ptrace_scope": " (the Yama LSM is not built in)",
  "net.ipv6.conf.all.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)",
  "net.ipv6.conf.default.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)",
  "net.ipv6.conf.lo.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)"
};
async function probeSysctls(host) {
  const results = await Promise.all(SYSCTL_KEYS.map((k) => read(host, sysctlPath(k), 4096)));
  const out = {};
  SYSCTL_KEYS.forEach((k, i) => {
    const r = results[i];
    if (r.ok) out[k] = known(r.text.trim());
    else out[k] = failed(r, `${k} is not present on this kernel${ABSENT_NOTE[k] ?? ""}`);
  });
  return out;
}

// src/probes/mounts.ts
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
}
async function resolveExisting(host, path) {
  let p = path;
  for (let i = 0; i < 64; i++) {
    try {
      return { real: await host.realpath(p), ancestor: p !== path };
    } catch (e) {
      if (errorCode(e) !== "ENOENT" || p === "/") return { error: errText(e) };
      p = parentOf(p);
    }
  }
  return { error: `${path} is nested too deeply` };
}
async function mountFor(host, mounts, mountsReason, path) {
  if (!path.startsWith("/")) return unknown(`${path} is not an absolute path`);
  let real;
  try {
    real = await host.realpath(path);
  } catch (e) {
    return unknown(errText(e));
  }
  if (!mounts)
    return unknown(`cannot tell which mount holds ${path}: ${mountsReason ?? "mountinfo unavailable"}`);
  const m = findMount(mounts, real);
  if (!m) return unknown(`no mount in /proc/self/mountinfo contains ${real}`);
  let sizeBytes = null;
  let availBytes = null;
  try {
    const s = await host.statfs(real);
    sizeBytes = s.blocks * s.bsize;
    availBytes = s.bavail * s.bsize;
  } catch {
  }
  return known({
    path: real,
    mountPoint: m.mountPoint,
    fsType: m.fsType,
    options: m.options,
    noexec: m.options.includes("noexec"),
    readOnly: m.options.includes("ro"),
    sizeBytes,
    availBytes
  });
}
async function spaceFor(host, path) {
  if (!path.startsWith("/")) return unknown(`${path} is not an absolute path`);
  const res = await resolveExisting(host, path);
  if ("error" in res) return unknown(res.error);
  try {
    const s = await host.statfs(res.real);
    return known({
      path: res.real,
      availBytes: s.bavail * s.bsize,
      totalBytes: s.blocks * s.bsize,
      // Some file systems (btrfs, some FUSE) report no inode counts: files == 0.
      inodesFree: s.files > 0 ? s.ffree : null,
      inodesTotal: s.files > 0 ? s.files : null
    });
  } catch (e) {
    return unknown(`statfs ${res.real}: ${errText(e)}`);
  }
}
async function probeMounts(host, mounts, mountsReason, inp) {
  const temps = [];
  if (inp.gotmpdir) temps.push({ role: "GOTMPDIR", path: inp.gotmpdir });
  const tmpdir = host.env.TMPDIR;
  if (tmpdir) temps.push({ role: "TMPDIR", path: tmpdir });
  temps.push({ role: "/tmp", path: "/tmp" });
  const tempDir = tmpdir || "/tmp";
  const storage = [];
  if (inp.gocache && inp.gocache !== "off") storage.push({ role: "GOCACHE", path: inp.gocache });
  if (inp.gomodcache) storage.push({ role: "GOMODCACHE", path: inp.gomodcache });
  storage.push({ role: "temp", path: inp.gotmpdir || tempDir });
  storage.push({ role: "workspace", path: inp.workspace });
  const [tempFacts, devShm, spaceFacts] = await Promise.all([
    Promise.all(temps.map((t) => mountFor(host, mounts, mountsReason, t.path))),
    mountFor(host, mounts, mountsReason, "/dev/shm"),
    Promise.all(storage.map((s) => spaceFor(host, s.path)))
  ]);
  return {
    tempDirs: temps.map((t, i) => ({ ...t, mount: tempFacts[i] })),
    devShm,
    storage: storage.map((s, i) => ({ ...s, space: spaceFacts[i] }))
  };
}

// src/probes/network.ts
async function probeIpv6Loopback(host, sysctl) {
  const r = await read(host, "/proc/net/if_inet6", 256 * 1024);
  const flags = ["all", "default", "lo"].map((k) => {
    const f2 = sysctl[`net.ipv6.conf.${k}.disable_ipv6`];
    return isKnown(f2) ? `net.ipv6.conf.${k}.disable_ipv6=${f2.value}` : null;
  }).filter((x) => x !== null);
  const flagText = flags.length ? ` (${flags.join(", ")})` : "";
  if (!r.ok) {
    if (r.code === "ENOENT") {
      return known({
        present: false,
        detail: "/proc/net/if_inet6 does not exist: the kernel has no IPv6 stack (booted with ipv6.disable=1 or built without IPv6)"
      });
    }
    return unknown(r.reason);
  }
  const addrs = parseIfInet6(r.text);
  const lo = addrs.find((a) => a.address === IPV6_LOOPBACK_HEX);
  if (lo) return known({ present: true, detail: `::1 is configured on ${lo.ifName}${flagText}` });
  return known({ present: false, detail: `::1 is not in /proc/net/if_inet6${flagText}` });
}
function probePortRange(sysctl) {
  const f2 = sysctl["net.ipv4.ip_local_port_range"];
  if (!isKnown(f2)) return unknown(f2.unknown);
  const p = parsePortRange(f2.value);
  return p ? known(p) : unknown(`cannot parse net.ipv4.ip_local_port_range "${f2.value.slice(0, 40)}"`);
}

// src/facts/caps.ts
var CAP_NAMES = [
  "CAP_CHOWN",
  // 0
  "CAP_DAC_OVERRIDE",
  // 1
  "CAP_DAC_READ_SEARCH",
  // 2
  "CAP_FOWNER",
  // 3
  "CAP_FSETID",
  // 4
  "CAP_KILL",
  // 5
  "CAP_SETGID",
  // 6
  "CAP_SETUID",
  // 7
  "CAP_SETPCAP",
  // 8
  "CAP_LINUX_IMMUTABLE",
  // 9
  "CAP_NET_BIND_SERVICE",
  // 10
  "CAP_NET_BROADCAST",
  // 11
  "CAP_NET_ADMIN",
  // 12
  "CAP_NET_RAW",
  // 13
  "CAP_IPC_LOCK",
  // 14
  "CAP_IPC_OWNER",
  // 15
  "CAP_SYS_MODULE",
  // 16
  "CAP_SYS_RAWIO",
  // 17
  "CAP_SYS_CHROOT",
  // 18
  "CAP_SYS_PTRACE",
  // 19
  "CAP_SYS_PACCT",
  // 20
  "CAP_SYS_ADMIN",
  // 21
  "CAP_SYS_BOOT",
  // 22
  "CAP_SYS_NICE",
  // 23
  "CAP_SYS_RESOURCE",
  // 24
  "CAP_SYS_TIME",
  // 25
  "CAP_SYS_TTY_CONFIG",
  // 26
  "CAP_MKNOD",
  // 27
  "CAP_LEASE",
  // 28
  "CAP_AUDIT_WRITE",
  // 29
  "CAP_AUDIT_CONTROL",
  // 30
  "CAP_SETFCAP",
  // 31
  "CAP_MAC_OVERRIDE",
  // 32
  "CAP_MAC_ADMIN",
  // 33
  "CAP_SYSLOG",
  // 34
  "CAP_WAKE_ALARM",
  // 35
  "CAP_BLOCK_SUSPEND",
  // 36
  "CAP_AUDIT_READ",
  // 37
  "CAP_PERFMON",
  // 38
  "CAP_BPF",
  // 39
  "CAP_CHECKPOINT_RESTORE"
  // 40
];
function decodeCaps(hex) {
  const h = hex.trim();
  if (!/^[0-9a-fA-F]{1,16}$/.test(h)) return null;
  const mask = BigInt("0x" + h);
  const effective = [];
  for (let bit = 0; bit < 64; bit++) {
    if (mask >> BigInt(bit) & 1n) effective.push(CAP_NAMES[bit] ?? `cap_${bit}`);
  }
  const has = (n) => effective.includes(n);
  return {
    hex: h.toLowerCase(),
    effective,
    sysAdmin: has("CAP_SYS_ADMIN"),
    sysResource: has("CAP_SYS_RESOURCE"),
    sysPtrace: has("CAP_SYS_PTRACE")
  };
}

// src/probes/security.ts
function probeSeccomp(status) {
  if (!status.ok) return unknown(status.reason);
  const s = parseSeccomp(status.fields);
  return s ? known(s) : unknown("/proc/self/status has no Seccomp line (kernel built without CONFIG_SECCOMP)");
}
function probeNoNewPrivs(status) {
  if (!status.ok) return unknown(status.reason);
  const v = status.fields.NoNewPrivs;
  return v === "0" || v === "1" ? known(v === "1") : unknown("/proc/self/status has no NoNewPrivs line (Linux < 4.10)");
}
function probeCapabilities(status) {
  if (!status.ok) return unknown(status.reason);
  const hex = status.fields.CapEff;
  if (hex === void 0) return unknown("/proc/self/status has no CapEff line");
  const c = decodeCaps(hex);
  return c ? known(c) : unknown(`cannot decode CapEff ${hex.slice(0, 32)}`);
}
async function probeAppArmor(host) {
  const [enabled, label1, label2, restrict] = await Promise.all([
    read(host, "/sys/module/apparmor/parameters/enabled", 64),
    read(host, "/proc/self/attr/apparmor/current", 4096),
    read(host, "/proc/self/attr/current", 4096),
    read(host, "/proc/sys/kernel/apparmor_restrict_unprivileged_userns", 64)
  ]);
  let en = null;
  if (enabled.ok) en = enabled.text.trim().toUpperCase().startsWith("Y");
  else if (enabled.code === "ENOENT") en = false;
  const label = (label1.ok ? label1.text : label2.ok ? label2.text : "").replace(/\0/g, "").trim();
  const rv = restrict.ok ? restrict.text.trim() : "";
  const r = /^\d+$/.test(rv) ? Number(rv) : null;
  if (en === null && !enabled.ok && enabled.code !== "ENOENT" && !label && r === null) {
    return unknown(enabled.reason);
  }
  return known({ enabled: en, label, restrictUnprivilegedUserns: r });
}
function describeRun(cmd, r) {
  if (r.startError) return { ok: false, text: `${cmd}: could not start (${r.startError})` };
  if (r.timedOut) return { ok: false, text: `${cmd}: timed out after 3 s` };
  if (r.code === 0) return { ok: true, text: `${cmd}: succeeded` };
  const why = firstLine(r.stderr) || firstLine(r.stdout) || (r.signal ? `killed by ${r.signal}` : "no output");
  return { ok: false, text: `${cmd}: failed (exit ${r.code ?? r.signal}): ${why}` };
}
async function probeUserns(host) {
  const opts = { timeoutMs: 3e3, maxOutputBytes: 4096 };
  const asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "unshare", "-Ur", "true"];
  const [own, un] = await Promise.all([
    host.exec("unshare", ["-Ur", "true"], opts),
    host.uid === 0 ? host.exec("setpriv", asNobody, opts) : Promise.resolve(null)
  ]);
  if (own.startError && /ENOENT/.test(own.startError)) {
    return unknown("unshare (util-linux) is not installed, so user namespace creation was not tried");
  }
  if (own.startError) return unknown(`could not start unshare (${own.startError}), so it was not tried`);
  const who = host.uid === 0 ? "as root (uid 0)" : host.uid === null ? "" : `as uid ${host.uid}`;
  const mine = describeRun("unshare -Ur true", own);
  const info = { canCreate: mine.ok, detail: `${who ? who + ": " : ""}${mine.text}` };
  if (un) {
    if (un.startError && /ENOENT/.test(un.startError)) {
      info.detail += "; setpriv is not installed, so an unprivileged user was not tried (root can often do what others cannot)";
    } else if (un.startError) {
      info.detail += `; could not start setpriv (${un.startError}), so an unprivileged user was not tried`;
    } else {
      const d = describeRun("setpriv --reuid=65534 --regid=65534 --clear-groups unshare -Ur true", un);
      info.unprivileged = { canCreate: d.ok, detail: `as uid 65534: ${d.text}` };
    }
  }
  return known(info);
}

// src/facts/parse-os-release.ts
function parseOsRelease(text) {
  const out = {};
  for (const raw of text.split("\n").slice(0, 200)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2];
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
      v = v.slice(1, -1).replace(/\\([$"'`\\])/g, "$1");
    } else if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.slice(1, -1);
    }
    out[m[1]] = v;
  }
  return out;
}
function distroName(fields) {
  if (fields.PRETTY_NAME) return fields.PRETTY_NAME;
  if (fields.NAME) return fields.VERSION_ID ? `${fields.NAME} ${fields.VERSION_ID}` : fields.NAME;
  return null;
}

// src/probes/system.ts
var UNAME_ARCH = {
  x64: "x86_64",
  arm64: "aarch64",
  arm: "armv7l",
  ia32: "i686",
  ppc64: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loongarch64"
};
async function probeKernel(host) {
  const r = await read(host, "/proc/sys/kernel/osrelease", 4096);
  if (!r.ok) return failed(r);
  return r.text.trim() ? known(r.text.trim()) : unknown("/proc/sys/kernel/osrelease is empty");
}
async function probeArch(host) {
  const r = await read(host, "/proc/sys/kernel/arch", 256);
  if (r.ok && r.text.trim()) return known(r.text.trim());
  const a = UNAME_ARCH[host.arch] ?? host.arch;
  return a ? known(a) : unknown("architecture not reported");
}
async function probeDistro(host) {
  let r = await read(host, "/etc/os-release", 64 * 1024);
  if (!r.ok && r.code === "ENOENT") r = await read(host, "/usr/lib/os-release", 64 * 1024);
  if (!r.ok) return failed(r, "neither /etc/os-release nor /usr/lib/os-release exists");
  const name = distroName(parseOsRelease(r.text));
  return name ? known(name) : unknown("os-release has neither PRETTY_NAME nor NAME");
}
function probeRunner(env) {
  const evidence = [];
  const extra = (info) => {
    if (env.RUNNER_NAME) info.name = env.RUNNER_NAME;
    if (env.RUNNER_OS) info.os = env.RUNNER_OS;
    if (env.RUNNER_ARCH) info.arch = env.RUNNER_ARCH;
    return info;
  };
  if (env.GITHUB_ACTIONS !== "true") {
    evidence.push(
      env.GITHUB_ACTIONS === void 0 ? "GITHUB_ACTIONS is not set" : `GITHUB_ACTIONS=${env.GITHUB_ACTIONS}`
    );
    return known(extra({ kind: "not-actions", evidence }));
  }
  evidence.push("GITHUB_ACTIONS=true");
  const re = env.RUNNER_ENVIRONMENT;
  if (re === "github-hosted" || re === "self-hosted") {
    evidence.push(`RUNNER_ENVIRONMENT=${re}`);
    return known(extra({ kind: re, evidence }));
  }
  evidence.push(
    re === void 0 ? "RUNNER_ENVIRONMENT is not set (older runner versions do not set it); kind guessed from other variables" : `RUNNER_ENVIRONMENT=${re} (unrecognised); kind guessed from other variables`
  );
  const ua = env.GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT ?? "";
  if (ua.includes("actions-runner-controller/")) {
    evidence.push(`GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT mentions actions-runner-controller (ARC)`);
    return known(extra({ kind: "self-hosted", evidence }));
  }
  if (env.RUNNER_NAME && /^(GitHub Actions \d+|Hosted Agent)$/.test(env.RUNNER_NAME)) {
    evidence.push(`RUNNER_NAME=${env.RUNNER_NAME} is a GitHub-hosted runner name`);
    return known(extra({ kind: "github-hosted", evidence }));
  }
  evidence.push(
    env.RUNNER_NAME ? `RUNNER_NAME=${env.RUNNER_NAME} is not a hosted runner name` : "RUNNER_NAME is not set"
  );
  return known(extra({ kind: "self-hosted", evidence }));
}
var CGROUP_PATTERNS = [
  { re: /\/actions_job\//, runtime: "docker", what: "GitHub Actions job container" },
  { re: /\/kubepods/, runtime: "kubernetes", what: "Kubernetes pod" },
  { re: /\/docker[-/]|\/docker\.service/, runtime: "docker", what: "Docker" },
  { re: /libpod|\/machine\.slice\/libpod/, runtime: "podman", what: "Podman" },
  { re: /\/lxc(\.payload)?[./]/, runtime: "lxc", what: "LXC" },
  { re: /\/containerd|cri-containerd/, runtime: "containerd", what: "containerd" }
];
async function probeContainer(host, mounts, cgroupNamespaced) {
  const strong = [];
  let runtime;
  const [dockerenv, containerenv, pid1] = await Promise.all([
    exists(host, "/.dockerenv"),
    read(host, "/run/.containerenv", 16 * 1024),
    read(host, "/proc/1/cgroup", 64 * 1024)
  ]);
  if (containerenv.ok) {
    const engine = /^engine="([^"]*)"/m.exec(containerenv.text)?.[1];
    strong.push(`/run/.containerenv exists${engine ? ` (engine="${engine}")` : ""}`);
    runtime = "podman";
  }
  const cv = host.env.container;
  if (cv) {
    strong.push(`container=${cv} in the environment`);
    runtime ??= cv === "oci" ? void 0 : cv;
  }
  if (pid1.ok) {
    for (const line of pid1.text.split("\n").slice(0, 64)) {
      const p = CGROUP_PATTERNS.find((x) => x.re.test(line));
      if (p) {
        strong.push(`/proc/1/cgroup: ${line.trim().slice(0, 200)} (${p.what})`);
        runtime ??= p.runtime;
        break;
      }
    }
  }
  if (mounts) {
    const root = [...mounts].reverse().find((m) => m.mountPoint === "/");
    if (root && /^(overlay|fuse-overlayfs|aufs)$/.test(root.fsType)) {
      strong.push(`root filesystem is ${root.fsType}`);
    }
    const hosts = mounts.find((m) => m.mountPoint === "/etc/hosts" || m.mountPoint === "/etc/hostname");
    if (hosts && /containers|docker|kubelet|pods|libpod|overlay-containers/.test(hosts.root)) {
      strong.push(`${hosts.mountPoint} is bind-mounted from ${hosts.root.slice(0, 200)}`);
      if (/kubelet|pods/.test(hosts.root)) runtime ??= "kubernetes";
      else if (/docker/.test(hosts.root)) runtime ??= "docker";
    }
  }
  if (cgroupNamespaced) strong.push("private cgroup namespace");
  if (host.env.KUBERNETES_SERVICE_HOST) {
    strong.push("KUBERNETES_SERVICE_HOST is set");
    runtime ??= "kubernetes";
  }
  const hints = [...strong];
  if (dockerenv) {
    if (strong.length) {
      hints.unshift("/.dockerenv exists");
      runtime ??= "docker";
    } else {
      hints.push(
        "/.dockerenv exists, but nothing else points to a container (PID 1 cgroups, root filesystem, bind mounts, cgroup namespace): treated as a leftover in the machine image"
      );
    }
  }
  const info = { inContainer: strong.length > 0, hints };
  if (info.inContainer && runtime) info.runtime = runtime;
  return known(info);
}
function probeUser(host) {
  if (host.uid === null || host.gid === null) return unknown("this platform has no numeric user ids");
  return known({ uid: host.uid, gid: host.gid, root: host.uid === 0 });
}
async function probeCpus(host, status) {
  const r = await read(host, "/sys/devices/system/cpu/online", 4096);
  if (!r.ok) return failed(r);
  const online = countCpuList(r.text);
  if (online === null)
    return unknown(`cannot parse /sys/devices/system/cpu/online: ${r.text.trim().slice(0, 80)}`);
  const list = status?.Cpus_allowed_list;
  return known({ online, affinity: list ? countCpuList(list) : null });
}
async function probeMemory(host) {
  const r = await read(host, "/proc/meminfo", 64 * 1024);
  if (!r.ok) return failed(r);
  const m = parseMeminfo(r.text);
  if (m.MemTotal === void 0) return unknown("/proc/meminfo has no MemTotal line");
  return known({ totalBytes: m.MemTotal, availableBytes: m.MemAvailable ?? null });
}

// src/probes/index.ts
var f = (what, p, fallback) => p.catch((e) => fallback(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`));
async function probeFacts(host, opts) {
  const collectedAt = new Date(host.now()).toISOString();
  const wd = await workingDir(host, opts.workingDirectory || ".");
  const workspace = host.env.GITHUB_WORKSPACE || wd;
  const mountinfoP = read(host, "/proc/self/mountinfo", 4 << 20);
  const statusP = read(host, "/proc/self/status", 64 * 1024);
  const goP = f("go", probeGo(host, wd), (reason) => ({
    go: unknown(reason),
    dirs: { gotmpdir: null, gocache: null, gomodcache: null }
  }));
  const mi = await mountinfoP;
  let mounts = null;
  let mountsReason = null;
  if (mi.ok) {
    mounts = parseMountinfo(mi.text);
    if (mounts.length === 0) {
      mounts = null;
      mountsReason = "/proc/self/mountinfo has no parseable lines";
    }
  } else mountsReason = mi.reason;
  const st = await statusP;
  const status = st.ok ? { ok: true, fields: parseStatus(st.text) } : { ok: false, reason: st.reason };
  const namespacedP = probeCgroupNamespaced(host, mounts).catch(() => null);
  const sysctlP = probeSysctls(host);
  const [kernel, arch, distro, container, cpus, memory, rlimits, sysctl, cgroup, apparmor, userns, goRes] = await Promise.all([
    guard("kernel", () => probeKernel(host)),
    guard("arch", () => probeArch(host)),
    guard("distro", () => probeDistro(host)),
    guard("container", async () => probeContainer(host, mounts, await namespacedP)),
    guard("cpus", () => probeCpus(host, status.ok ? status.fields : null)),
    guard("memory", () => probeMemory(host)),
    probeRlimits(
      host,
      status.ok && /^\d+$/.test(status.fields.PPid ?? "") ? Number(status.fields.PPid) : null
    ),
    sysctlP,
    guard("cgroup", async () => probeCgroup(host, mounts, mountsReason, await namespacedP)),
    guard("apparmor", () => probeAppArmor(host)),
    guard("userns", () => probeUserns(host)),
    goP
  ]);
  const [mountFacts, ipv6Loopback] = await Promise.all([
    probeMounts(host, mounts, mountsReason, {
      gotmpdir: goRes.dirs.gotmpdir,
      gocache: goRes.dirs.gocache,
      gomodcache: goRes.dirs.gomodcache,
      workspace
    }).catch((e) => ({
      tempDirs: [],
      devShm: unknown(`mount probe failed: ${e instanceof Error ? e.message : String(e)}`),
      storage: []
    })),
    guard("ipv6", () => probeIpv6Loopback(host, sysctl))
  ]);
  return {
    collectedAt,
    system: {
      kernel,
      arch,
      distro,
      runner: probeRunner(host.env),
      container,
      user: (() => {
        try {
          return probeUser(host);
        } catch (e) {
          return unknown(String(e));
        }
      })(),
      cpus,
      memory
    },
    rlimits,
    sysctl,
    cgroup,
    security: {
      seccomp: probeSeccomp(status),
      noNewPrivs: probeNoNewPrivs(status),
      capabilities: probeCapabilities(status),
      apparmor,
      userns
    },
    mounts: mountFacts,
    network: { ipv6Loopback, portRange: probePortRange(sysctl) },
    go: goRes.go,
    // The Go runtime probe (src/goprobe, docs/go-probe.md). Never throws.
    // Loaded only when asked for: it embeds the probe's Go source. It runs after the other probes, so
    // that their commands do not count against the limits it measures.
    ...opts.goProbe === "auto" ? { goProbe: await goRuntimeProbe(host, wd) } : {}
  };
}
async function probeGoRuntime(host, dir) {
  return goRuntimeProbe(host, await workingDir(host, dir || "."));
}
async function goRuntimeProbe(host, wd) {
  try {
    const { runGoProbe } = await import("./goprobe-ZFFSWOQL.js");
    return await runGoProbe(host, { workingDirectory: wd });
  } catch (e) {
    return unknown(`the Go probe could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
}
async function probeCounters2(host, cgroup) {
  try {
    return await probeCounters(host, cgroup);
  } catch {
    return emptyCounters(new Date(host.now()).toISOString());
  }
}
async function withCountersNow(host, facts, before) {
  const after = await probeCounters2(host, facts.cgroup);
  return { ...facts, counters: { ...before ? { before } : {}, after } };
}
async function workingDir(host, dir) {
  if (dir.startsWith("/")) return posix2.resolve(dir);
  try {
    return await host.realpath(dir);
  } catch {
    return posix2.resolve(host.env.PWD || "/", dir);
  }
}

// src/pipeline/preflight.ts
var zeroTotals = () => ({ packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 });
function assembleReport(parts) {
  return {
    version: 1,
    tool: { name: "go-env-guard", version: VERSION },
    facts: parts.facts ?? {},
    findings: parts.findings ?? [],
    failures: parts.failures ?? [],
    ...parts.conclusions?.length ? { conclusions: parts.conclusions } : {},
    totals: parts.totals ?? zeroTotals()
  };
}
async function runPreflight(host, opts) {
  const repoRoot = await findRepoRoot(host, opts.dir);
  const factsP = probeFacts(host, { workingDirectory: opts.dir, goProbe: opts.goProbe });
  const goModGo = factsP.then((f2) => isKnown(f2.go) ? f2.go.value.goModGo : null).catch(() => null);
  const [facts, lint] = await Promise.all([
    factsP,
    opts.dockerfiles.length > 0 ? lintRepository(host, { root: repoRoot, globs: [...opts.dockerfiles], goModGo }) : { findings: [], errors: [], files: [] }
  ]);
  const lintFindings = [...lint.errors, ...lint.findings];
  const findings = [...preflight(facts), ...lintFindings];
  return { facts, findings: sortFindings(findings), repoRoot, lintFindings };
}
async function withGoProbe(host, pre, dir) {
  const facts = { ...pre.facts, goProbe: await probeGoRuntime(host, dir) };
  const findings = sortFindings([...preflight(facts), ...pre.lintFindings]);
  return { ...pre, facts, findings };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.rule.localeCompare(b.rule) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
  );
}

export {
  findRepoRoot,
  preflight,
  parseMountinfo,
  findMount,
  probeCounters2 as probeCounters,
  withCountersNow,
  assembleReport,
  runPreflight,
  withGoProbe
};
