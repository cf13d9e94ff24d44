import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findMount,
  parseMountinfo
} from "./chunk-FG24T47E.js";
import {
  errorCode
} from "./chunk-IIVNAFZU.js";
import {
  GOMEMLIMIT_PERCENT,
  cgroupCpu,
  cgroupMemory,
  cgroupPids,
  goDefaultAtLeast,
  gomemlimitMiB,
  isRoot,
  rlimit,
  whereRuns
} from "./chunk-2QFHP4WA.js";
import {
  valueOf
} from "./chunk-42MGG2UW.js";

// src/remediate/allowlist.ts
var RELAX_USERNS = "a security relaxation: unprivileged user namespaces widen the kernel attack surface; applied only because a failing test needs it, and restored after the job";
var ALLOWLIST = [
  {
    key: "fs.inotify.max_user_watches",
    target: "655360",
    better: "higher",
    rules: ["inotify-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "fs.inotify.max_user_instances",
    target: "1280",
    better: "higher",
    rules: ["inotify-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "vm.max_map_count",
    target: "262144",
    better: "higher",
    rules: ["max-map-count", "mmap-enomem"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "net.core.somaxconn",
    target: "4096",
    better: "higher",
    rules: ["somaxconn-backlog"],
    namespaced: true,
    causeOnly: false
  },
  {
    key: "net.ipv4.ip_local_port_range",
    target: "1024 65535",
    better: "wider",
    rules: ["ephemeral-ports"],
    namespaced: true,
    causeOnly: false,
    warning: "ports from 1024 up can now be handed out as ephemeral ports: a service started later on a fixed port in that range may find it taken (reserve it with net.ipv4.ip_local_reserved_ports)"
  },
  {
    key: "kernel.pid_max",
    target: "4194304",
    better: "higher",
    rules: ["thread-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "kernel.threads-max",
    target: "4194304",
    better: "higher",
    rules: ["thread-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "fs.file-max",
    target: "2097152",
    better: "higher",
    rules: ["nofile-limit"],
    namespaced: false,
    causeOnly: false,
    // Only ENFILE ("too many open files in system") is fs.file-max; EMFILE is the per-process rlimit.
    when: /too many open files in system|fs\.file-max|ENFILE/i
  },
  {
    key: "user.max_user_namespaces",
    target: "15000",
    better: "higher",
    rules: ["userns-disabled"],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS
  },
  {
    key: "kernel.unprivileged_userns_clone",
    target: "1",
    better: "higher",
    rules: ["userns-disabled"],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS
  },
  {
    key: "kernel.apparmor_restrict_unprivileged_userns",
    target: "0",
    better: "lower",
    rules: ["apparmor-userns"],
    namespaced: false,
    causeOnly: true,
    warning: "a security relaxation: turns off AppArmor mediation of unprivileged user namespaces for the whole host; a per-binary AppArmor profile with `userns,` is the narrower fix"
  },
  {
    key: "vm.mmap_rnd_bits",
    target: "28",
    better: "lower",
    rules: ["tsan-mmap-rnd-bits"],
    namespaced: false,
    causeOnly: true,
    warning: "lowers ASLR entropy for every new process on the host (28 is what GitHub-hosted images use); applied only when a failing test printed the ThreadSanitizer mapping error"
  },
  {
    key: "net.ipv6.conf.lo.disable_ipv6",
    target: "0",
    better: "lower",
    rules: ["ipv6-unavailable"],
    namespaced: true,
    causeOnly: true,
    warning: "enables IPv6 on the loopback interface of this network namespace"
  }
];
var BY_KEY = new Map(ALLOWLIST.map((s) => [s.key, s]));
var specFor = (key) => BY_KEY.get(key);
function procPath(key) {
  if (!specFor(key)) throw new Error(`${key} is not on the tuning allow-list`);
  return `/proc/sys/${key.replace(/\./g, "/")}`;
}
function parseFields(raw) {
  const parts = raw.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => !/^-?\d{1,20}$/.test(p))) return null;
  return parts.map((p) => BigInt(p));
}
function normalise(raw) {
  const f = parseFields(raw);
  return f ? f.join(" ") : raw.trim();
}
var sameValue = (a, b) => normalise(a) === normalise(b);
var min = (a, b) => a < b ? a : b;
var max = (a, b) => a > b ? a : b;
function desiredValue(spec, current) {
  const cur = parseFields(current);
  const tgt = parseFields(spec.target);
  if (!cur || !tgt || cur.length !== tgt.length) return null;
  if (spec.better === "wider") {
    if (cur.length !== 2) return null;
    const lo = min(cur[0], tgt[0]);
    const hi = max(cur[1], tgt[1]);
    if (lo === cur[0] && hi === cur[1]) return null;
    return `${lo} ${hi}`;
  }
  const c = cur[0];
  const t = tgt[0];
  if (spec.better === "higher") return c < t ? spec.target : null;
  return c > t ? spec.target : null;
}
function refuseChange(key, live, to) {
  const spec = specFor(key);
  if (!spec) return `${key} is not on the tuning allow-list; go-env-guard never changes other keys`;
  const cur = parseFields(live);
  const next = parseFields(to);
  const tgt = parseFields(spec.target);
  if (!cur) return `${key}: the current value "${live.trim()}" is not numeric; left alone`;
  if (!next || next.length !== cur.length || next.length !== tgt.length)
    return `${key}: "${to}" is not a valid value for this key`;
  if (spec.better === "wider") {
    const [lo, hi] = next;
    const [clo, chi] = cur;
    if (lo > hi) return `${key}: "${to}" is not a range (low > high)`;
    if (lo > clo || hi < chi)
      return `${key}: ${to} would narrow the current range ${normalise(live)}; tune never tightens a limit`;
    if (lo === clo && hi === chi) return `${key} is already ${normalise(live)}`;
    if (lo < min(clo, tgt[0]) || hi > max(chi, tgt[1]))
      return `${key}: ${to} goes beyond the safe range ${spec.target}`;
    return null;
  }
  const c = cur[0];
  const n = next[0];
  const t = tgt[0];
  if (n === c) return `${key} is already ${normalise(live)}`;
  if (spec.better === "higher") {
    if (n < c) return `${key}: ${to} is lower than the current ${normalise(live)}; tune never lowers a limit`;
    if (n > t) return `${key}: ${to} is above the safe value ${spec.target}`;
    return null;
  }
  if (n > c)
    return `${key}: ${to} is higher than the current ${normalise(live)}; for this key that tightens it`;
  if (n < t) return `${key}: ${to} is below the safe value ${spec.target}`;
  return null;
}

// src/remediate/state.ts
var STATE_FILE_MAX = 1 << 20;
function emptyState(createdAt, bootId) {
  return { version: 1, tool: "go-env-guard", createdAt, bootId, changes: [], env: [] };
}
function defaultStatePath(env) {
  const rt = env["RUNNER_TEMP"];
  if (rt && rt.startsWith("/")) return `${rt.replace(/\/+$/, "")}/go-env-guard/tune-state.json`;
  const home = env["HOME"];
  if (home && home.startsWith("/")) return `${home.replace(/\/+$/, "")}/.cache/go-env-guard/tune-state.json`;
  return null;
}
var isStr = (v) => typeof v === "string";
var STATUSES = ["pending", "applied", "restored", "left-alone", "failed"];
function parseState(raw, source) {
  const warnings = [];
  const o = raw;
  if (!o || typeof o !== "object" || o.version !== 1 || o.tool !== "go-env-guard" || !Array.isArray(o.changes))
    throw new Error(`${source} is not a go-env-guard tune state (version 1)`);
  const changes = [];
  for (const c of o.changes.slice(0, 200)) {
    if (!c || c.kind !== "sysctl" || !isStr(c.key) || !isStr(c.before) || !isStr(c.after)) {
      warnings.push(`${source}: an entry without key/before/after was ignored`);
      continue;
    }
    if (!specFor(c.key)) {
      warnings.push(
        `${source}: ${c.key.slice(0, 80)} is not on the tuning allow-list; ignored (never touched)`
      );
      continue;
    }
    changes.push({
      kind: "sysctl",
      key: c.key,
      before: c.before.slice(0, 100),
      after: c.after.slice(0, 100),
      rule: isStr(c.rule) ? c.rule.slice(0, 80) : "",
      method: c.method === "sudo" ? "sudo" : "direct",
      status: STATUSES.includes(c.status) ? c.status : "pending",
      at: isStr(c.at) ? c.at : "",
      netns: isStr(c.netns) ? c.netns : null,
      ...isStr(c.note) ? { note: c.note.slice(0, 500) } : {}
    });
  }
  const env = [];
  for (const e of (Array.isArray(o.env) ? o.env : []).slice(0, 50)) {
    if (e && isStr(e.name) && isStr(e.value))
      env.push({
        name: e.name,
        value: e.value,
        rule: isStr(e.rule) ? e.rule : "",
        file: isStr(e.file) ? e.file : ""
      });
  }
  return {
    state: {
      version: 1,
      tool: "go-env-guard",
      createdAt: isStr(o.createdAt) ? o.createdAt : "",
      bootId: isStr(o.bootId) ? o.bootId : null,
      changes,
      env
    },
    warnings
  };
}
async function checkNotSymlink(host, path) {
  try {
    const st = await host.lstat(path);
    if (st.kind === "symlink")
      throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`);
    if (st.kind !== "file") throw new Error(`${path} is not a regular file`);
    return true;
  } catch (e) {
    if (errorCode(e) === "ENOENT") return false;
    throw e;
  }
}
async function readStateFile(host, path) {
  if (!await checkNotSymlink(host, path)) return null;
  let text;
  try {
    text = await host.readFile(path, STATE_FILE_MAX + 1);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (text.length > STATE_FILE_MAX)
    throw new Error(`${path} is larger than ${STATE_FILE_MAX} bytes; not a tune state`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path} is not JSON: ${e.message}`, { cause: e });
  }
  return parseState(parsed, path);
}
async function writeStateFile(host, path, state) {
  await checkNotSymlink(host, path);
  const dir = path.replace(/\/[^/]*$/, "");
  if (dir && dir !== path) await host.mkdir(dir);
  await host.writeFile(path, JSON.stringify(state, null, 2) + "\n", { mode: 384 });
}
var openChanges = (state) => state.changes.filter((c) => c.status === "applied" || c.status === "pending");

// src/remediate/apply.ts
import { randomBytes } from "node:crypto";

// src/remediate/privilege.ts
var SUDO_PROBE_TIMEOUT_MS = 5e3;
var SYSCTL_TIMEOUT_MS = 1e4;
var firstLine = (s) => s.trim().split("\n")[0]?.slice(0, 200) ?? "";
async function detectPrivilege(host) {
  if (host.uid === 0) return { method: "direct", detail: "running as root: writes /proc/sys directly" };
  const r = await host.exec("sudo", ["-n", "true"], {
    timeoutMs: SUDO_PROBE_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 4096
  });
  if (r.code === 0)
    return { method: "sudo", detail: "not root; `sudo -n true` works, so changes use `sudo -n sysctl -w`" };
  let why;
  if (r.startError)
    why = /ENOENT/.test(r.startError) ? "sudo is not installed" : `sudo could not start (${r.startError})`;
  else if (r.timedOut) why = `\`sudo -n true\` did not answer within ${SUDO_PROBE_TIMEOUT_MS / 1e3} s`;
  else
    why = `\`sudo -n true\` failed${r.code !== null ? ` (exit ${r.code})` : ""}${firstLine(r.stderr) ? `: ${firstLine(r.stderr)}` : ""}`;
  return { method: "none", detail: `not root and ${why}: nothing can be changed, the plan is shown instead` };
}
async function readSysctl(host, key) {
  return (await host.readFile(procPath(key), 4096)).trim();
}
function explainWriteError(key, code, raw) {
  switch (code) {
    case "EROFS":
      return {
        status: "skipped",
        detail: `/proc/sys is read-only here (a container without privileges, or a read-only mount): ${key} must be changed on the host${key.startsWith("net.") ? " or with `--sysctl` on the container" : ""}`
      };
    case "EACCES":
    case "EPERM":
      return {
        status: "failed",
        detail: `permission denied writing ${key} (${code})${key.startsWith("user.") ? ": user.* limits need CAP_SYS_RESOURCE" : ""}${raw ? `: ${raw}` : ""}`
      };
    case "EINVAL":
      return { status: "failed", detail: `the kernel rejected the value for ${key} (EINVAL)` };
    case "ENOENT":
      return { status: "skipped", detail: `${key} does not exist on this kernel` };
    default:
      return { status: "failed", detail: `could not write ${key} (${code})${raw ? `: ${raw}` : ""}` };
  }
}
function codeFromText(text) {
  if (/read-only file system/i.test(text)) return "EROFS";
  if (/permission denied/i.test(text)) return "EACCES";
  if (/operation not permitted/i.test(text)) return "EPERM";
  if (/invalid argument/i.test(text)) return "EINVAL";
  if (/cannot stat|no such file|unknown key/i.test(text)) return "ENOENT";
  if (/password is required|a terminal is required|not in the sudoers|may not run sudo/i.test(text))
    return "ESUDO";
  return "EUNKNOWN";
}
async function writeSysctl(host, key, value, method) {
  const path = procPath(key);
  if (/[\n\0]/.test(value)) return { ok: false, code: "EINVAL", message: "value contains a newline" };
  if (method === "direct") {
    try {
      await host.writeFile(path, value + "\n");
      return { ok: true };
    } catch (e) {
      const code2 = errorCode(e);
      return { ok: false, code: code2, message: e instanceof Error ? firstLine(e.message) : String(e) };
    }
  }
  const r = await host.exec("sudo", ["-n", "sysctl", "-w", `${key}=${value}`], {
    timeoutMs: SYSCTL_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 16384
  });
  if (r.code === 0 && !r.startError) return { ok: true };
  const text = firstLine(r.stderr) || firstLine(r.stdout) || r.startError || (r.timedOut ? "timed out" : `exit ${r.code}`);
  const code = r.startError ? "ENOSUDO" : codeFromText(`${r.stderr}
${r.stdout}`);
  return { ok: false, code, message: text };
}
async function currentNetns(host) {
  return host.readlink("/proc/self/ns/net").catch(() => null);
}
async function currentBootId(host) {
  return host.readFile("/proc/sys/kernel/random/boot_id", 256).then((t) => t.trim() || null).catch(() => null);
}

// src/remediate/apply.ts
function githubEnvEntry(name, value, delimiter) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid variable name ${name}`);
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error("value contains the delimiter");
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
async function persist(host, path, state, warnings) {
  if (!path) return true;
  try {
    await writeStateFile(host, path, state);
    return true;
  } catch (e) {
    const msg = `could not write the tune state ${path}: ${e instanceof Error ? e.message : String(e)}`;
    if (!warnings.includes(msg)) warnings.push(msg);
    return false;
  }
}
async function applySysctl(host, step, ctx) {
  const spec = specFor(step.key);
  if (!spec)
    return { step, status: "failed", detail: `${step.key} is not on the tuning allow-list; never changed` };
  const to = step.to ?? "";
  let live;
  try {
    live = await readSysctl(host, step.key);
  } catch (e) {
    const code = errorCode(e);
    return {
      step,
      status: code === "ENOENT" ? "skipped" : "failed",
      detail: explainWriteError(step.key, code, "").detail.replace("writing", "reading")
    };
  }
  const refused = refuseChange(step.key, live, to);
  if (refused) {
    if (desiredValue(spec, live) === null)
      return {
        step,
        status: "unchanged",
        detail: `${step.key} is already ${normalise(live)} (at or beyond the safe value)`,
        value: normalise(live)
      };
    return { step, status: "skipped", detail: refused };
  }
  const priv = await ctx.privilege();
  if (priv.method === "none") return { step, status: "skipped", detail: priv.detail };
  const netns = spec.namespaced ? await ctx.netns() : null;
  let change = ctx.state.changes.find(
    (c) => c.key === step.key && (c.status === "applied" || c.status === "pending") && c.netns === netns
  );
  const previousAfter = change?.after;
  if (!change) {
    change = {
      kind: "sysctl",
      key: step.key,
      before: normalise(live),
      after: normalise(to),
      rule: step.rule,
      method: priv.method,
      status: "pending",
      at: ctx.now(),
      netns
    };
    ctx.state.changes.push(change);
  } else {
    change.after = normalise(to);
    change.status = "pending";
  }
  if (!await persist(host, ctx.statePath, ctx.state, ctx.warnings)) {
    if (previousAfter !== void 0) {
      change.after = previousAfter;
      change.status = "applied";
    } else ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1);
    return {
      step,
      status: "failed",
      detail: `not changed: the original value could not be recorded (${ctx.warnings.at(-1) ?? "state file"})`
    };
  }
  const w = await writeSysctl(host, step.key, normalise(to), priv.method);
  const back = await readSysctl(host, step.key).catch(() => null);
  if (!w.ok) {
    if (previousAfter !== void 0) {
      change.after = previousAfter;
      change.status = "applied";
    } else change.status = "failed";
    await persist(host, ctx.statePath, ctx.state, ctx.warnings);
    const ex = w.code === "ESUDO" || w.code === "ENOSUDO" ? { status: "skipped", detail: `sudo refused: ${w.message}` } : explainWriteError(step.key, w.code, priv.method === "sudo" ? w.message : "");
    return { step, status: ex.status, detail: ex.detail, method: priv.method };
  }
  if (back !== null && sameValue(back, to)) {
    change.status = "applied";
    change.after = normalise(back);
    await persist(host, ctx.statePath, ctx.state, ctx.warnings);
    if (step.warning && spec.causeOnly)
      ctx.warnings.push(`${step.key} set to ${normalise(to)}: ${step.warning}`);
    return {
      step,
      status: "applied",
      detail: `set; read back ${normalise(back)}`,
      value: normalise(back),
      method: priv.method
    };
  }
  if (back !== null && !sameValue(back, change.before)) {
    change.status = "applied";
    change.after = normalise(back);
  } else change.status = previousAfter !== void 0 ? "applied" : "failed";
  await persist(host, ctx.statePath, ctx.state, ctx.warnings);
  return {
    step,
    status: "failed",
    detail: `wrote ${normalise(to)} to ${step.key} but the kernel reports ${back === null ? "nothing readable" : normalise(back)}`,
    method: priv.method
  };
}
async function execCapable(host, dir) {
  let real = dir;
  try {
    real = await host.realpath(dir);
  } catch {
  }
  try {
    const mounts = parseMountinfo(await host.readFile("/proc/self/mountinfo", 4 << 20));
    const m = findMount(mounts, real);
    if (!m) return { ok: true, detail: "no mount found for it (assumed exec-capable)" };
    if (m.options.includes("noexec"))
      return { ok: false, detail: `${real} is on ${m.mountPoint}, mounted noexec` };
    return { ok: true, detail: `${real} is on ${m.mountPoint} (${m.fsType}), exec allowed` };
  } catch (e) {
    return { ok: true, detail: `mount options unknown (${e instanceof Error ? e.message : String(e)})` };
  }
}
async function applyEnv(host, step, ctx) {
  const value = step.to ?? "";
  if (!ctx.githubEnv)
    return {
      step,
      status: "skipped",
      detail: `not in a GitHub Actions job (no GITHUB_ENV): set it in your shell: export ${step.key}='${value.replace(/'/g, `'\\''`)}'`
    };
  if (step.key === "GOTMPDIR" || step.key === "GOCACHE") {
    try {
      await host.mkdir(value);
    } catch (e) {
      return {
        step,
        status: "failed",
        detail: `could not create ${value}: ${e instanceof Error ? e.message : String(e)}`
      };
    }
    const st = await host.lstat(value).catch(() => null);
    if (!st || st.kind !== "dir") return { step, status: "failed", detail: `${value} is not a directory` };
    if (step.key === "GOTMPDIR") {
      const ex = await execCapable(host, value);
      if (!ex.ok)
        return {
          step,
          status: "failed",
          detail: `${ex.detail}: it would not help; pick an exec-capable directory`
        };
    }
  }
  try {
    const delim = `ghadelimiter_${randomBytes(16).toString("hex")}`;
    await host.writeFile(ctx.githubEnv, githubEnvEntry(step.key, value, delim), { append: true });
  } catch (e) {
    return {
      step,
      status: "failed",
      detail: `could not append to GITHUB_ENV: ${e instanceof Error ? e.message : String(e)}`
    };
  }
  ctx.env[step.key] = value;
  ctx.state.env.push({ name: step.key, value, rule: step.rule, file: ctx.githubEnv });
  return {
    step,
    status: "applied",
    detail: `${step.key}=${value} for the following steps (GITHUB_ENV)`,
    value
  };
}
async function applyPlan(host, plan, opts) {
  const now = () => new Date(host.now()).toISOString();
  const state = opts.state ?? emptyState(now(), await currentBootId(host));
  const warnings = [];
  const env = {};
  let privilege = opts.privilege ?? null;
  let netnsCache = null;
  const ctx = {
    privilege: async () => privilege ??= await detectPrivilege(host),
    state,
    statePath: opts.statePath,
    warnings,
    netns: () => netnsCache ??= currentNetns(host),
    now
  };
  const githubEnv = opts.githubEnv === void 0 ? host.env["GITHUB_ENV"] ?? null : opts.githubEnv;
  const outcomes = [];
  for (const step of plan.steps) {
    if (!step.auto) {
      outcomes.push({ step, status: "planned", detail: step.manual ?? "shown, not applied" });
      continue;
    }
    try {
      if (step.kind === "sysctl") outcomes.push(await applySysctl(host, step, ctx));
      else if (step.kind === "env") outcomes.push(await applyEnv(host, step, { githubEnv, state, env }));
      else outcomes.push({ step, status: "planned", detail: step.manual ?? "shown, not applied" });
    } catch (e) {
      outcomes.push({ step, status: "failed", detail: e instanceof Error ? e.message : String(e) });
    }
  }
  await persist(host, opts.statePath, state, warnings);
  return { outcomes, state, env, privilege, warnings };
}

// src/remediate/plan.ts
var MIB = 1024 * 1024;
var NOFILE_WANT = 65536;
var NOFILE_LOW = 4096;
var NPROC_LOW = 4096;
function collectTriggers(input) {
  const triggers = [];
  const ignored = [];
  for (const f of input.findings ?? []) {
    const evidence = f.evidence ?? [];
    triggers.push({
      rule: f.rule,
      source: "finding",
      severity: f.severity,
      evidence,
      text: [f.title, f.message, ...evidence, f.remedy].join("\n")
    });
  }
  const causes = [...input.causes ?? []];
  for (const fl of input.failures ?? []) causes.push(...fl.causes ?? []);
  for (const c of causes) {
    if (c.confidence === "low") {
      if (!ignored.includes(c.rule)) ignored.push(c.rule);
      continue;
    }
    triggers.push({
      rule: c.rule,
      source: "cause",
      confidence: c.confidence,
      evidence: c.evidence ?? [],
      text: [...c.evidence ?? [], c.remedy].join("\n")
    });
  }
  for (const r of input.rules ?? []) triggers.push({ rule: r, source: "request", evidence: [], text: "" });
  return { triggers, ignored: ignored.filter((r) => !triggers.some((t) => t.rule === r)) };
}
var shq = (s) => /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
function sysctlCommand(key, value, root) {
  return `${root ? "" : "sudo "}sysctl -w ${shq(`${key}=${value}`)}`;
}
function describe(t) {
  const what = t.source === "finding" ? `preflight ${t.severity ?? "finding"}` : t.source === "cause" ? `diagnosed failure, ${t.confidence} confidence` : "requested with --rule";
  return `${t.rule} (${what})`;
}
function reasonFor(triggers, key) {
  const t = triggers.find((x) => x.source === "cause") ?? triggers.find((x) => x.source === "request") ?? triggers[0];
  const ev = (key ? t.evidence.find((e) => e.includes(key)) : void 0) ?? t.evidence[0];
  return ev ? `${describe(t)}: ${ev}` : describe(t);
}
function sysctlSteps(facts, triggers, where, notes) {
  const steps = [];
  const root = isRoot(facts);
  for (const spec of ALLOWLIST) {
    const mine = triggers.filter(
      (t) => spec.rules.includes(t.rule) && (!spec.when || t.source === "request" || spec.when.test(t.text))
    );
    if (mine.length === 0) continue;
    const fact = facts.sysctl?.[spec.key];
    const current = valueOf(fact);
    if (current === void 0) {
      const why = fact && "unknown" in fact ? fact.unknown : "it was not probed";
      if (!/not present on this kernel/.test(why)) notes.push(`${spec.key} cannot be tuned: ${why}.`);
      continue;
    }
    const to = desiredValue(spec, current);
    if (to === null) continue;
    steps.push(sysctlStep(spec, normalise(current), to, mine, where, root));
  }
  return steps;
}
function sysctlStep(spec, from, to, mine, where, root) {
  const diagnosed = mine.some((t) => t.source !== "finding");
  const step = {
    kind: "sysctl",
    key: spec.key,
    from,
    to,
    command: sysctlCommand(spec.key, to, root),
    reason: reasonFor(mine, spec.key),
    rule: mine[0].rule,
    scope: spec.namespaced ? "network-namespace" : "host",
    auto: true
  };
  if (spec.warning) step.warning = spec.warning;
  if (where === "container" && !spec.namespaced) {
    step.auto = false;
    step.manual = `${spec.key} is host-wide and cannot be changed from inside a container: run \`${sysctlCommand(spec.key, to, false)}\` on the host before the job's container starts`;
  } else if (spec.causeOnly && !diagnosed) {
    step.auto = false;
    step.manual = spec.better === "lower" ? "plan only: the safe value is lower than the current one, and tune never lowers a value unless a failing test was diagnosed with this cause" : "plan only: a security relaxation, applied only when a failing test was diagnosed with this cause";
  }
  if (where === "container" && spec.namespaced) {
    step.warning = [
      step.warning,
      `inside a container /proc/sys is usually read-only; the container-level fix is \`--sysctl ${shq(`${spec.key}=${to}`)}\` in the job's container.options`
    ].filter(Boolean).join("; ");
  }
  return step;
}
function jobDir(env, name) {
  const rt = env["RUNNER_TEMP"];
  if (rt && rt.startsWith("/"))
    return { path: `${rt.replace(/\/+$/, "")}/${name}`, shell: `$RUNNER_TEMP/${name}` };
  const home = env["HOME"];
  if (home && home.startsWith("/"))
    return {
      path: `${home.replace(/\/+$/, "")}/.cache/go-env-guard/${name}`,
      shell: `$HOME/.cache/go-env-guard/${name}`
    };
  return null;
}
var exportCommand = (name, shellValue, mkdir) => `${mkdir ? `mkdir -p "${shellValue}" && ` : ""}echo "${name}=${shellValue}" >> "$GITHUB_ENV"`;
function alreadySet(env, name, facts) {
  const v = env[name];
  if (v !== void 0 && v.trim() !== "") return v.trim();
  const go = valueOf(facts.go);
  const fromGo = go?.env?.[name];
  return typeof fromGo === "string" && fromGo.trim() !== "" ? fromGo.trim() : null;
}
function envStep(name, to, command, mine, env, facts) {
  const step = {
    kind: "env",
    key: name,
    from: alreadySet(env, name, facts),
    to,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0].rule,
    scope: "job",
    auto: true
  };
  if (step.from !== null) {
    step.auto = false;
    step.manual = `${name} is already set to "${step.from}" by the workflow or the machine: tune does not override it; change it there`;
  }
  return step;
}
function envSteps(facts, triggers, env, notes) {
  const steps = [];
  const of = (...rules) => triggers.filter((t) => rules.includes(t.rule));
  const noexec = of("noexec-tmp");
  if (noexec.length) {
    const dir = jobDir(env, "gotmp");
    if (dir)
      steps.push(
        envStep("GOTMPDIR", dir.path, exportCommand("GOTMPDIR", dir.shell, true), noexec, env, facts)
      );
    else notes.push("GOTMPDIR: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.");
  }
  const cache = of("go-cache-unavailable");
  if (cache.length) {
    const dir = jobDir(env, "go-build");
    if (dir)
      steps.push(envStep("GOCACHE", dir.path, exportCommand("GOCACHE", dir.shell, true), cache, env, facts));
    else notes.push("GOCACHE: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.");
  }
  const oom = of("oom-kill", "memory-limit-no-gomemlimit");
  if (oom.length) {
    const limit = cgroupMemory(facts)?.value.max ?? null;
    if (limit && limit > 0) {
      const mib = gomemlimitMiB(limit);
      if (mib >= 1) {
        const v = `${mib}MiB`;
        const s = envStep("GOMEMLIMIT", v, exportCommand("GOMEMLIMIT", v, false), oom, env, facts);
        s.reason += `; ${GOMEMLIMIT_PERCENT} of the ${Math.floor(limit / MIB)} MiB memory limit (Go never derives GOMEMLIMIT from the cgroup)`;
        steps.push(s);
      }
    } else
      notes.push(
        "GOMEMLIMIT: no cgroup memory limit is known, so none is derived; lower the parallelism instead (`go test -p 1`)."
      );
  }
  const cpu = of("cpu-throttling-timeout", "gomaxprocs-quota");
  if (cpu.length) {
    const c = cgroupCpu(facts)?.value;
    const cpus = c ? c.effectiveLimitCpus !== void 0 && c.effectiveLimitCpus !== null ? c.effectiveLimitCpus : c.limitCpus : null;
    const aware = goDefaultAtLeast(facts, "1.25");
    if (cpus === null || cpus === void 0)
      notes.push("GOMAXPROCS: no CPU quota is known, so none is derived.");
    else if (aware === true)
      notes.push(
        "GOMAXPROCS: Go >= 1.25 with a go.mod at 1.25 or later already follows the CPU quota; nothing to set."
      );
    else {
      const v = String(Math.max(1, Math.ceil(cpus - 1e-9)));
      const s = envStep("GOMAXPROCS", v, exportCommand("GOMAXPROCS", v, false), cpu, env, facts);
      s.reason += `; the CPU quota allows ${cpus.toFixed(2)} CPUs and ${aware === false ? "this Go (or its go.mod line) predates" : "Go may not have"} the cgroup-aware default of Go 1.25`;
      steps.push(s);
    }
  }
  return steps;
}
var FIND_SERVICE = "SVC=$(systemctl list-units --type=service --all --plain --no-legend 'actions.runner.*' | awk '{print $1; exit}')";
function dropInSnippet(setting) {
  return [
    FIND_SERVICE,
    'sudo mkdir -p "/etc/systemd/system/$SVC.d"',
    `printf '[Service]\\n${setting}\\n' | sudo tee "/etc/systemd/system/$SVC.d/go-env-guard.conf"`,
    'sudo systemctl daemon-reload && sudo systemctl restart "$SVC"'
  ].join("\n");
}
function snippet(key, command, mine, scope, manual, from = null) {
  return {
    kind: "snippet",
    key,
    from,
    to: null,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0].rule,
    scope,
    auto: false,
    manual
  };
}
var RESTART_NOTE = "a change to the runner service: run it on the runner host between jobs (restarting the service ends the running job)";
function snippetSteps(facts, triggers, where) {
  const steps = [];
  const of = (rule) => triggers.filter((t) => t.rule === rule);
  const container = where === "container";
  const containerNote = "a container setting: the job cannot change it from inside; set it in the workflow";
  const nofile = of("nofile-limit").filter(
    (t) => !/too many open files in system|ENFILE/i.test(t.text) || t.source === "request"
  );
  const lim = rlimit(facts, "nofile")?.value;
  if (nofile.length && (!lim || lim.hard < NOFILE_WANT)) {
    const from = lim ? `soft ${lim.soft}, hard ${lim.hard}` : null;
    if (container)
      steps.push(
        snippet(
          "container-ulimit-nofile",
          `container:
  options: --ulimit nofile=${NOFILE_WANT}:${NOFILE_WANT}`,
          nofile,
          "container",
          containerNote,
          from
        )
      );
    else if (where === "github-hosted")
      steps.push(
        snippet(
          "step-nofile",
          `sudo prlimit --pid $$ --nofile=${NOFILE_WANT}:${NOFILE_WANT}  # in the step that runs go test, before it`,
          nofile,
          "job",
          "a hard limit can only be raised by root for a running process; it must happen in the test step itself",
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-nofile",
          dropInSnippet(`LimitNOFILE=${NOFILE_WANT}`),
          nofile,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
    if (lim && lim.hard < NOFILE_LOW && where !== "container")
      steps.push(
        snippet(
          "docker-ulimit-nofile",
          `docker run --ulimit nofile=${NOFILE_WANT}:${NOFILE_WANT} ...`,
          nofile,
          "container",
          "for tests that run in a container started by the job",
          from
        )
      );
  }
  const pids = of("pids-limit");
  if (pids.length) {
    const cur = cgroupPids(facts)?.value.max ?? null;
    const want = Math.max(4096, (cur ?? 0) * 4);
    const from = cur === null ? null : String(cur);
    if (container)
      steps.push(
        snippet(
          "container-pids-limit",
          `container:
  options: --pids-limit ${want}`,
          pids,
          "container",
          containerNote,
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-tasksmax",
          dropInSnippet(`TasksMax=${want}`),
          pids,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
  }
  const threads = of("thread-limit");
  const nproc = rlimit(facts, "nproc")?.value;
  if (threads.length && nproc && isRoot(facts) === false && nproc.soft < NPROC_LOW) {
    const from = `soft ${nproc.soft}, hard ${nproc.hard}`;
    if (container)
      steps.push(
        snippet(
          "container-ulimit-nproc",
          `container:
  options: --ulimit nproc=${NPROC_LOW * 8}`,
          threads,
          "container",
          containerNote,
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-nproc",
          dropInSnippet(`LimitNPROC=${NPROC_LOW * 8}`),
          threads,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
  }
  const shm = of("shm-size");
  if (shm.length)
    steps.push(
      snippet(
        "container-shm-size",
        container ? "container:\n  options: --shm-size=1g" : "docker run --shm-size=1g ...",
        shm,
        "container",
        containerNote
      )
    );
  const ptrace = of("ptrace-restricted");
  if (ptrace.length)
    steps.push(
      snippet(
        "ptrace-scope",
        `${sysctlCommand("kernel.yama.ptrace_scope", "0", isRoot(facts))}  # or start the process under the debugger (dlv test) instead of attaching`,
        ptrace,
        "host",
        "never applied: kernel.yama.ptrace_scope is a security setting; prefer launching the tracee as a child"
      )
    );
  return steps;
}
function planTune(input) {
  const notes = [];
  if (!input.facts)
    return {
      steps: [],
      notes: ["Nothing is known about this machine (no facts), so nothing can be planned."],
      where: "unknown"
    };
  const facts = input.facts;
  const env = input.env ?? {};
  const where = whereRuns(facts);
  const { triggers, ignored } = collectTriggers(input);
  const steps = [
    ...sysctlSteps(facts, triggers, where, notes),
    ...envSteps(facts, triggers, env, notes),
    ...snippetSteps(facts, triggers, where)
  ];
  for (const r of ignored) notes.push(`${r}: only low-confidence causes; tune does not act on them.`);
  const seen = /* @__PURE__ */ new Set();
  const unique = steps.filter((s) => {
    const id = `${s.kind}:${s.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { steps: unique, notes, where };
}

// src/remediate/restore.ts
function refuseRestore(c) {
  const spec = specFor(c.key);
  if (!spec) return `${c.key} is not on the tuning allow-list; never touched`;
  const b = parseFields(c.before);
  const a = parseFields(c.after);
  if (!b || !a || b.length !== a.length)
    return `${c.key}: the recorded values "${c.before}" / "${c.after}" are not valid`;
  if (spec.better === "higher" && b[0] > a[0])
    return `${c.key}: the recorded original ${c.before} is above what tune set; not written`;
  if (spec.better === "lower" && b[0] < a[0])
    return `${c.key}: the recorded original ${c.before} is below what tune set; not written`;
  if (spec.better === "wider" && (b[0] < a[0] || b[1] > a[1]))
    return `${c.key}: the recorded original ${c.before} is wider than what tune set; not written`;
  return null;
}
async function restoreState(host, state, opts) {
  const warnings = [];
  const outcomes = [];
  const open = openChanges(state);
  const alreadyHandled = state.changes.length - open.length;
  let privilege = opts.privilege ?? null;
  const save = async () => {
    if (!opts.statePath) return;
    try {
      await writeStateFile(host, opts.statePath, state);
    } catch (e) {
      const msg = `could not update the tune state ${opts.statePath}: ${e instanceof Error ? e.message : String(e)}`;
      if (!warnings.includes(msg)) warnings.push(msg);
    }
  };
  if (open.length === 0) return { outcomes, state, warnings, alreadyHandled, privilege };
  const bootId = await currentBootId(host);
  const netns = await currentNetns(host);
  for (const c of [...open].reverse()) {
    const base = { key: c.key, rule: c.rule, before: c.before, after: c.after };
    const done = async (status, detail, live2, mark) => {
      outcomes.push({ ...base, live: live2, status, detail });
      if (mark) {
        c.status = mark;
        c.note = detail;
        await save();
      }
    };
    const refused = refuseRestore(c);
    if (refused) {
      warnings.push(refused);
      await done("skipped", refused, null, "failed");
      continue;
    }
    if (state.bootId && bootId && state.bootId !== bootId) {
      await done(
        "skipped",
        `the machine rebooted since apply: ${c.key} is back to its boot value`,
        null,
        "restored"
      );
      continue;
    }
    if (c.netns && netns && c.netns !== netns) {
      const msg = `${c.key} was changed in network namespace ${c.netns}, and this is ${netns}: run restore there`;
      warnings.push(msg);
      await done("skipped", msg, null, null);
      continue;
    }
    let live;
    try {
      live = normalise(await readSysctl(host, c.key));
    } catch (e) {
      const code = errorCode(e);
      const msg = `cannot read ${c.key} (${code}); not restored`;
      warnings.push(msg);
      await done("failed", msg, null, null);
      continue;
    }
    if (sameValue(live, c.before)) {
      await done("already", `${c.key} is already back at ${c.before}`, live, "restored");
      continue;
    }
    if (!sameValue(live, c.after)) {
      if (c.status === "pending") {
        await done(
          "left-alone",
          `${c.key} is ${live}: neither the original ${c.before} nor ${c.after}; tune never finished changing it, left alone`,
          live,
          "left-alone"
        );
        continue;
      }
      const msg = `${c.key} was changed by someone else since tune set it to ${c.after} (now ${live}); left alone, not put back to ${c.before}`;
      warnings.push(msg);
      await done("left-alone", msg, live, "left-alone");
      continue;
    }
    privilege ??= await detectPrivilege(host);
    if (privilege.method === "none") {
      const msg = `${c.key} is still ${c.after} and cannot be put back to ${c.before}: ${privilege.detail}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
      continue;
    }
    const w = await writeSysctl(host, c.key, c.before, privilege.method);
    if (!w.ok) {
      const ex = explainWriteError(c.key, w.code, privilege.method === "sudo" ? w.message : "");
      const msg = `${c.key} not put back to ${c.before}: ${w.code === "ESUDO" ? `sudo refused: ${w.message}` : ex.detail}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
      continue;
    }
    const back = await readSysctl(host, c.key).then(normalise, () => null);
    if (back !== null && sameValue(back, c.before))
      await done("restored", `${c.after} -> ${c.before} (read back)`, live, "restored");
    else {
      const msg = `${c.key}: wrote ${c.before} but the kernel reports ${back ?? "nothing readable"}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
    }
  }
  return { outcomes, state, warnings, alreadyHandled, privilege };
}

// src/remediate/view.ts
function stepTitle(s) {
  if (s.kind === "snippet") {
    const what = {
      "runner-service-nofile": "open-file limit of the runner service",
      "runner-service-tasksmax": "task limit of the runner service",
      "runner-service-nproc": "process limit of the runner service",
      "container-ulimit-nofile": "open-file limit of the job container",
      "container-ulimit-nproc": "process limit of the job container",
      "container-pids-limit": "pids limit of the job container",
      "container-shm-size": "/dev/shm size of the container",
      "docker-ulimit-nofile": "open-file limit of containers the tests start",
      "step-nofile": "hard open-file limit of the test step",
      "ptrace-scope": "kernel.yama.ptrace_scope"
    };
    return `${what[s.key] ?? s.key}${s.from ? ` (now ${s.from})` : ""}`;
  }
  return `${s.key} ${s.from ?? "(unset)"} -> ${s.to}`;
}
function detailOf(s, extra) {
  return [
    extra,
    s.reason,
    s.manual && extra !== s.manual ? s.manual : void 0,
    s.warning ? `Warning: ${s.warning}` : void 0
  ].filter(Boolean).join(". ");
}
function viewFromPlan(plan) {
  const steps = plan.steps.map((s) => ({
    title: stepTitle(s),
    command: s.command,
    status: "planned",
    detail: detailOf(s, s.auto ? void 0 : s.manual)
  }));
  const view = { mode: "plan", steps };
  if (plan.notes.length) view.note = plan.notes.join(" ");
  return view;
}
var APPLY_STATUS = {
  applied: "applied",
  unchanged: "skipped",
  planned: "planned",
  skipped: "skipped",
  failed: "failed"
};
function viewFromApply(result, plan, opts) {
  const steps = result.outcomes.map((o) => ({
    title: stepTitle(o.step),
    command: o.step.command,
    status: o.status === "applied" && o.step.kind === "sysctl" && opts.restore ? "pending-restore" : APPLY_STATUS[o.status],
    detail: detailOf(o.step, o.detail)
  }));
  const notes = [...plan.notes, ...result.warnings];
  if (opts.restore && result.outcomes.some((o) => o.status === "applied" && o.step.kind === "sysctl"))
    notes.push("Changed kernel settings are put back in the post step.");
  const view = { mode: "apply", steps };
  if (notes.length) view.note = notes.join(" ");
  return view;
}
var RESTORE_STATUS = {
  restored: "restored",
  already: "restored",
  "left-alone": "skipped",
  skipped: "skipped",
  failed: "failed"
};
function viewFromRestore(result) {
  const steps = result.outcomes.map((o) => ({
    title: `${o.key} ${o.after} -> ${o.before}`,
    status: RESTORE_STATUS[o.status],
    detail: o.detail
  }));
  const notes = [...result.warnings];
  if (result.outcomes.length === 0)
    notes.push(
      result.alreadyHandled > 0 ? "Nothing left to restore: every change was already put back." : "Nothing was changed, so nothing was restored."
    );
  const view = { mode: "apply", steps };
  if (notes.length) view.note = notes.join(" ");
  return view;
}
function planLines(plan) {
  if (plan.steps.length === 0)
    return ["Nothing to tune: no finding has an allow-listed fix.", ...plan.notes.map((n) => `note: ${n}`)];
  const out = [];
  for (const s of plan.steps) {
    out.push(`${s.auto ? "*" : "-"} [${s.kind}] ${stepTitle(s)}`);
    out.push(`    why: ${s.reason}`);
    for (const line of s.command.split("\n")) out.push(`    $ ${line}`);
    if (!s.auto && s.manual) out.push(`    manual: ${s.manual}`);
    if (s.warning) out.push(`    warning: ${s.warning}`);
  }
  out.push("", "* = performed by `tune apply`; - = shown only");
  for (const n of plan.notes) out.push(`note: ${n}`);
  return out;
}
function applyLines(result) {
  const out = result.outcomes.map((o) => `${o.status.padEnd(9)} ${stepTitle(o.step)}: ${o.detail}`);
  if (result.privilege) out.push(`privilege: ${result.privilege.detail}`);
  for (const w of result.warnings) out.push(`warning: ${w}`);
  return out;
}
function restoreLines(result) {
  const out = result.outcomes.map((o) => `${o.status.padEnd(10)} ${o.key}: ${o.detail}`);
  if (result.outcomes.length === 0)
    out.push(
      result.alreadyHandled > 0 ? "Nothing left to restore: every change was already put back." : "Nothing to restore."
    );
  for (const w of result.warnings) if (!result.outcomes.some((o) => o.detail === w)) out.push(`warning: ${w}`);
  return out;
}

export {
  defaultStatePath,
  parseState,
  readStateFile,
  openChanges,
  applyPlan,
  planTune,
  restoreState,
  viewFromPlan,
  viewFromApply,
  viewFromRestore,
  planLines,
  applyLines,
  restoreLines
};
