import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findMount,
  parseMountinfo
} from "./chunk-32WUQOXI.js";
import {
  errorCode,
  tempPathFor
} from "./chunk-JSYEXCMW.js";
import {
  GOMEMLIMIT_PERCENT,
  cgroupCpu,
  cgroupMemory,
  cgroupPids,
  goDefaultAtLeast,
  gomemlimitMiB,
  isNamespaced,
  isRoot,
  rlimit,
  rules,
  whereRuns
} from "./chunk-2EVJJMBJ.js";
import {
  valueOf
} from "./chunk-3EDJN4LH.js";

// src/remediate/oneline.ts
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}

// src/remediate/state.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// src/remediate/allowlist.ts
var SAFETY = {
  "fs.inotify.max_user_watches": { floor: "1024", max: 2147483647n },
  "fs.inotify.max_user_instances": { floor: "16", max: 2147483647n },
  "vm.max_map_count": { floor: "1024", max: 2147483647n },
  "net.core.somaxconn": { floor: "16", max: 2147483647n },
  "net.ipv4.ip_local_port_range": { floor: "1024", max: 65535n },
  "kernel.pid_max": { floor: "4096", max: 4194304n },
  "kernel.threads-max": { floor: "1024", max: 1073741823n },
  "fs.file-max": { floor: "8192", max: 9223372036854775807n },
  "user.max_user_namespaces": { floor: "0", max: 2147483647n },
  "kernel.unprivileged_userns_clone": { floor: "0", max: 1n },
  "kernel.apparmor_restrict_unprivileged_userns": { floor: "1", max: 1n },
  "vm.mmap_rnd_bits": { floor: "32", max: 32n },
  "net.ipv6.conf.lo.disable_ipv6": { floor: "1", max: 1n }
};
function buildAllowlist(list) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of list)
    for (const fix of rule.fixes) {
      if (fix.kind !== "sysctl" || fix.manual) continue;
      const safety = SAFETY[fix.key];
      if (!safety) throw new Error(`${rule.id}: ${fix.key} has no safety policy in the tuning allow-list`);
      const had = out.get(fix.key);
      if (had) {
        if (had.target !== fix.value || had.better !== fix.better)
          throw new Error(
            `${rule.id} and ${had.rules.join(", ")} disagree on ${fix.key} (${fix.value} / ${had.target})`
          );
        out.set(fix.key, { ...had, rules: [...had.rules, rule.id] });
        continue;
      }
      out.set(fix.key, {
        key: fix.key,
        target: fix.value,
        better: fix.better,
        rules: [rule.id],
        namespaced: isNamespaced(fix.key),
        causeOnly: fix.causeOnly === true || fix.better === "lower",
        ...fix.warning ? { warning: fix.warning } : {},
        ...fix.when ? { when: fix.when } : {},
        floor: safety.floor,
        max: safety.max
      });
    }
  const order = Object.keys(SAFETY);
  return [...out.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}
var ALLOWLIST = buildAllowlist(rules);
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
function validValue(spec, raw) {
  if (typeof raw !== "string" || raw.length > 64 || !/^\d{1,20}(?:[ \t]\d{1,20})*$/.test(raw)) return false;
  const f = raw.split(/[ \t]/).map((p) => BigInt(p));
  if (f.length !== spec.target.split(" ").length || f.some((n) => n > spec.max)) return false;
  return spec.better !== "wider" || f.length === 2 && f[0] <= f[1];
}
function belowFloor(spec, value) {
  const f = parseFields(value);
  const fl = BigInt(spec.floor);
  if (!f) return `${spec.key}: not a value`;
  if (spec.better === "wider") {
    const ports = f.length === 2 ? f[1] - f[0] + 1n : 0n;
    return ports < fl ? `${spec.key}: ${normalise(value)} leaves ${ports} ports, fewer than the floor of ${spec.floor} that restore ever writes` : null;
  }
  if (spec.better === "higher" && f[0] < fl)
    return `${spec.key}: ${normalise(value)} is below the floor of ${spec.floor} that restore ever writes`;
  if (spec.better === "lower" && f[0] > fl)
    return `${spec.key}: ${normalise(value)} is above the ceiling of ${spec.floor} that restore ever writes`;
  return null;
}

// src/remediate/state.ts
var STATE_FILE_MAX = 1 << 20;
var newOwner = (kind, id = randomBytes(8).toString("hex")) => `${kind}:${id}`;
var OWNER = /^(?:action|cli):[0-9a-f]{16,64}$/;
function emptyState(createdAt, bootId, owner) {
  return {
    version: 1,
    tool: "go-env-guard",
    createdAt,
    bootId,
    ...owner ? { owner } : {},
    changes: [],
    env: []
  };
}
function defaultStatePath(env) {
  const rt = env["RUNNER_TEMP"];
  if (rt && rt.startsWith("/")) return `${rt.replace(/\/+$/, "")}/go-env-guard/tune-state.json`;
  const home = env["HOME"];
  if (home && home.startsWith("/")) return `${home.replace(/\/+$/, "")}/.cache/go-env-guard/tune-state.json`;
  return null;
}
function entryMac(macKey, c, bootId) {
  return createHmac("sha256", Buffer.from(macKey, "hex")).update(JSON.stringify(["go-env-guard tune v1", c.key, c.before, c.after, c.netns, bootId])).digest("hex");
}
function macValid(macKey, c, bootId) {
  if (!c.mac || !/^[0-9a-f]{64}$/.test(c.mac)) return false;
  return timingSafeEqual(Buffer.from(c.mac, "hex"), Buffer.from(entryMac(macKey, c, bootId), "hex"));
}
function signState(state, macKey) {
  return {
    ...state,
    changes: state.changes.map((c) => ({ ...c, mac: entryMac(macKey, c, state.bootId) }))
  };
}
var isStr = (v) => typeof v === "string";
var STATUSES = [
  "pending",
  "applied",
  "restored",
  "handed-over",
  "left-alone",
  "failed"
];
var RULE = /^[a-z0-9][a-z0-9-]{0,63}$/;
var NETNS = /^net:\[\d{1,20}\]$/;
var ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/;
var BOOT_ID = /^[A-Za-z0-9-]{1,64}$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
var keyForLog = (key) => isStr(key) ? specFor(key) ? key : JSON.stringify(oneLine(key.slice(0, 80))) : "(no key)";
function parseState(raw, source) {
  const warnings = [];
  const o = raw;
  if (!o || typeof o !== "object" || o.version !== 1 || o.tool !== "go-env-guard" || !Array.isArray(o.changes))
    throw new Error(`${source} is not a go-env-guard tune state (version 1)`);
  const changes = [];
  for (const c of o.changes.slice(0, 200)) {
    if (!c || typeof c !== "object" || c.kind !== "sysctl" || !isStr(c.key)) {
      warnings.push(`${source}: an entry without a key was refused (never written)`);
      continue;
    }
    const spec = specFor(c.key);
    if (!spec) {
      warnings.push(`${source}: ${keyForLog(c.key)} is not on the tuning allow-list; refused (never touched)`);
      continue;
    }
    if (!isStr(c.before) || !isStr(c.after) || !validValue(spec, c.before) || !validValue(spec, c.after)) {
      warnings.push(
        `${source}: the entry for ${c.key} holds a value that is not a ${c.key} value; refused (never written)`
      );
      continue;
    }
    if (c.netns !== void 0 && c.netns !== null && !(isStr(c.netns) && NETNS.test(c.netns))) {
      warnings.push(
        `${source}: the entry for ${c.key} names no valid network namespace; refused (never written)`
      );
      continue;
    }
    changes.push({
      kind: "sysctl",
      key: c.key,
      before: c.before.replace(/\t/g, " "),
      after: c.after.replace(/\t/g, " "),
      rule: isStr(c.rule) && RULE.test(c.rule) ? c.rule : "",
      method: c.method === "sudo" ? "sudo" : "direct",
      status: STATUSES.includes(c.status) ? c.status : "pending",
      at: isStr(c.at) && ISO.test(c.at) ? c.at : "",
      netns: isStr(c.netns) ? c.netns : null,
      ...isStr(c.note) ? { note: oneLine(c.note.slice(0, 500)) } : {},
      ...isStr(c.mac) && /^[0-9a-f]{64}$/.test(c.mac) ? { mac: c.mac } : {}
    });
  }
  const env = [];
  for (const e of (Array.isArray(o.env) ? o.env : []).slice(0, 50)) {
    if (e && isStr(e.name) && ENV_NAME.test(e.name) && isStr(e.value))
      env.push({
        name: e.name,
        value: oneLine(e.value.slice(0, 4096)),
        rule: isStr(e.rule) && RULE.test(e.rule) ? e.rule : "",
        file: isStr(e.file) ? oneLine(e.file.slice(0, 4096)) : ""
      });
  }
  return {
    state: {
      version: 1,
      tool: "go-env-guard",
      createdAt: isStr(o.createdAt) && ISO.test(o.createdAt) ? o.createdAt : "",
      bootId: isStr(o.bootId) && BOOT_ID.test(o.bootId) ? o.bootId : null,
      ...isStr(o.owner) && OWNER.test(o.owner) ? { owner: o.owner } : {},
      changes,
      env
    },
    warnings
  };
}
async function checkStatePath(host, path) {
  let st;
  try {
    st = await host.lstat(path);
  } catch (e) {
    if (errorCode(e) === "ENOENT") return false;
    throw e;
  }
  if (st.kind === "symlink")
    throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`);
  if (st.kind !== "file") throw new Error(`${path} is not a regular file`);
  if (host.uid !== null && st.uid !== host.uid)
    throw new Error(
      `${path} is owned by uid ${st.uid}, not by this user (uid ${host.uid}); refusing to trust it as the tune state file`
    );
  if ((st.mode & 18) !== 0)
    throw new Error(
      `${path} is writable by ${st.mode & 2 ? "others" : "its group"} (mode ${(st.mode & 511).toString(8)}); refusing to trust it as the tune state file`
    );
  return true;
}
async function readStateFile(host, path) {
  await host.unlink(tempPathFor(path)).catch(() => void 0);
  if (!await checkStatePath(host, path)) return null;
  let text;
  try {
    text = await host.readFile(path, STATE_FILE_MAX + 1);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (text.length > STATE_FILE_MAX)
    throw new Error(`${path} is larger than ${STATE_FILE_MAX} bytes; not a tune state`);
  if (text.trim() === "") throw new Error(`${path} is empty`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path} is not JSON (truncated?): ${oneLine(e.message)}`, { cause: e });
  }
  return parseState(parsed, path);
}
async function writeStateFile(host, path, state) {
  const exists = await host.lstat(path).then(
    (s) => s.kind,
    () => null
  );
  if (exists === "symlink")
    throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`);
  if (exists !== null && exists !== "file") throw new Error(`${path} is not a regular file`);
  const dir = path.replace(/\/[^/]*$/, "");
  if (dir && dir !== path) await host.mkdir(dir);
  await host.writeFileAtomic(path, JSON.stringify(state, null, 2) + "\n", { mode: 384 });
}
var openChanges = (state) => state.changes.filter((c) => c.status === "applied" || c.status === "pending");

// src/remediate/apply.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/remediate/ledger.ts
var LEDGER_FILE = "ledger.json";
var LOCK_FILE = "ledger.lock";
var LOCK_WAIT_MS = 3e4;
var GARBAGE_GRACE_MS = 2e3;
var STACK_MAX = 32;
var STACKS_MAX = 256;
var MAX_BYTES = 1 << 20;
function ledgerDir(host) {
  if (host.uid === null) return null;
  if (host.uid === 0) return "/run/go-env-guard";
  const xdg = host.env["XDG_RUNTIME_DIR"];
  if (xdg && xdg.startsWith("/") && !/[\n\0]/.test(xdg)) return `${xdg.replace(/\/+$/, "")}/go-env-guard`;
  return `/tmp/go-env-guard-${host.uid}`;
}
async function ensureDir(host, dir) {
  try {
    await host.mkdirPrivate(dir, 448);
  } catch (e) {
    if (errorCode(e) !== "EEXIST") throw new Error(`cannot create ${dir} (${errorCode(e)})`, { cause: e });
  }
  const st = await host.lstat(dir);
  if (st.kind === "symlink") throw new Error(`${dir} is a symbolic link; refused`);
  if (st.kind !== "dir") throw new Error(`${dir} is not a directory; refused`);
  if (host.uid !== null && st.uid !== host.uid)
    throw new Error(`${dir} is owned by uid ${st.uid}, not by this user (uid ${host.uid}); refused`);
  if ((st.mode & 18) !== 0)
    throw new Error(`${dir} is writable by group or others (mode ${(st.mode & 511).toString(8)}); refused`);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var pidOf = (text) => {
  const m = text === null ? null : /^(\d{1,10})\n?$/.exec(text);
  return m ? Number(m[1]) : null;
};
async function lock(host, dir, waitMs) {
  const path = `${dir}/${LOCK_FILE}`;
  const mine = `${host.pid}
`;
  const deadline = Date.now() + waitMs;
  let garbageSince = null;
  for (let round = 0; ; round++) {
    try {
      await host.createExclusive(path, mine, { mode: 384 });
      return async () => {
        const now = await host.readFile(path, 64).catch(() => null);
        if (now === mine) await host.unlink(path).catch(() => void 0);
      };
    } catch (e) {
      if (errorCode(e) !== "EEXIST") throw new Error(`cannot create ${path} (${errorCode(e)})`, { cause: e });
    }
    const seen = await host.readFile(path, 64).catch(() => null);
    if (seen !== null) {
      const pid = pidOf(seen);
      let stale;
      if (pid !== null) {
        garbageSince = null;
        stale = pid !== host.pid && !host.processAlive(pid);
      } else {
        garbageSince ??= Date.now();
        stale = Date.now() - garbageSince > GARBAGE_GRACE_MS;
      }
      if (stale) {
        await breakStale(host, path, seen);
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(
          `${path} is held by ${pid !== null ? `pid ${pid}` : "a process that wrote no pid"} for more than ${waitMs / 1e3} s (remove it if that process is not go-env-guard)`
        );
    }
    await sleep(Math.min(50, 5 + round * 2) + Math.floor(Math.random() * 5));
  }
}
async function breakStale(host, path, seen) {
  const brk = `${path}.break`;
  try {
    await host.createExclusive(brk, `${host.pid}
`, { mode: 384 });
  } catch (e) {
    if (errorCode(e) !== "EEXIST") throw new Error(`cannot create ${brk} (${errorCode(e)})`, { cause: e });
    const other = pidOf(await host.readFile(brk, 64).catch(() => null));
    if (other === null || other !== host.pid && !host.processAlive(other))
      await host.unlink(brk).catch(() => void 0);
    return;
  }
  try {
    const now = await host.readFile(path, 64).catch(() => null);
    if (now === seen) await host.unlink(path).catch(() => void 0);
  } finally {
    await host.unlink(brk).catch(() => void 0);
  }
}
var ISO2 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/;
function parseLedger(raw, bootId) {
  const file = { version: 1, tool: "go-env-guard-ledger", bootId, stacks: {} };
  const o = raw;
  if (!o || typeof o !== "object" || o.version !== 1 || o.tool !== "go-env-guard-ledger")
    throw new Error("not a go-env-guard ledger");
  if (bootId && o.bootId !== bootId) return { file, dropped: 0 };
  let dropped = 0;
  for (const [id, stack] of Object.entries(o.stacks ?? {})) {
    const m = /^([a-z0-9_.-]{1,128}) (host|net:\[\d{1,20}\])$/.exec(id);
    const spec = m ? specFor(m[1]) : void 0;
    if (!spec || !Array.isArray(stack)) {
      dropped++;
      continue;
    }
    const ok = [];
    for (const e of stack.slice(-STACK_MAX)) {
      if (e && typeof e.owner === "string" && OWNER.test(e.owner) && typeof e.before === "string" && validValue(spec, e.before) && typeof e.after === "string" && validValue(spec, e.after))
        ok.push({
          owner: e.owner,
          before: e.before,
          after: e.after,
          at: typeof e.at === "string" && ISO2.test(e.at) ? e.at : ""
        });
      else dropped++;
    }
    if (ok.length) file.stacks[id] = ok;
  }
  return { file, dropped };
}
var Ledger = class {
  constructor(host, dir, file) {
    this.host = host;
    this.dir = dir;
    this.file = file;
  }
  host;
  dir;
  file;
  dirty = false;
  id(key, netns) {
    return `${key} ${netns ?? "host"}`;
  }
  /** The stack for a key (oldest first); a copy. */
  stack(key, netns) {
    return (this.file.stacks[this.id(key, netns)] ?? []).map((e) => ({ ...e }));
  }
  top(key, netns) {
    return this.stack(key, netns).at(-1) ?? null;
  }
  find(key, netns, owner) {
    const s = this.stack(key, netns);
    const i = s.findIndex((e) => e.owner === owner);
    return i < 0 ? null : { entry: s[i], onTop: i === s.length - 1 };
  }
  /**
   * Pushes `owner`'s entry. The same owner changing the key again while on top keeps its original and
   * takes the new `after`; an older entry of the same owner below another one is removed first (its
   * before handed up, as when it restores) and the new one pushed.
   */
  push(key, netns, entry) {
    const id = this.id(key, netns);
    const cur = this.file.stacks[id];
    const i = cur ? cur.findIndex((e) => e.owner === entry.owner) : -1;
    if (cur && i >= 0 && i === cur.length - 1) {
      cur[i] = { ...cur[i], after: entry.after, at: entry.at };
      this.dirty = true;
      return;
    }
    if (i >= 0) this.remove(key, netns, entry.owner);
    const s = this.file.stacks[id] ??= [];
    s.push({ ...entry });
    if (s.length > STACK_MAX) s.splice(0, s.length - STACK_MAX);
    this.dirty = true;
  }
  /** Sets what `owner` wrote (the value the kernel read back). */
  setAfter(key, netns, owner, after) {
    const e = this.file.stacks[this.id(key, netns)]?.find((x) => x.owner === owner);
    if (e && e.after !== after) {
      e.after = after;
      this.dirty = true;
    }
  }
  /**
   * Removes `owner`'s entry. When it was not on top, its `before` goes to the entry above it, which
   * then restores to it. Returns the owner of that entry (null when it was on top, or absent).
   */
  remove(key, netns, owner) {
    const id = this.id(key, netns);
    const s = this.file.stacks[id];
    if (!s) return null;
    const i = s.findIndex((e) => e.owner === owner);
    if (i < 0) return null;
    const [gone] = s.splice(i, 1);
    this.dirty = true;
    let heir = null;
    if (i < s.length) {
      s[i].before = gone.before;
      heir = s[i].owner;
    }
    if (s.length === 0) delete this.file.stacks[id];
    return heir;
  }
  /** Writes the ledger if it changed (atomically). */
  async save() {
    if (!this.dirty) return;
    const ids = Object.keys(this.file.stacks);
    if (ids.length > STACKS_MAX) {
      const newest = (id) => this.file.stacks[id].reduce((m, e) => e.at > m ? e.at : m, "");
      ids.sort((a, b) => newest(a) < newest(b) ? -1 : newest(a) > newest(b) ? 1 : 0);
      for (const id of ids.slice(0, ids.length - STACKS_MAX)) delete this.file.stacks[id];
    }
    await this.host.writeFileAtomic(`${this.dir}/${LEDGER_FILE}`, JSON.stringify(this.file, null, 1) + "\n", {
      mode: 384
    });
    this.dirty = false;
  }
};
async function withLedger(host, bootId, fn, opts = {}) {
  const warnings = [];
  const dir = ledgerDir(host);
  let release = null;
  let ledger = null;
  let why = null;
  try {
    if (!dir) throw new Error("this platform has no user id");
    await ensureDir(host, dir);
    release = await lock(host, dir, opts.waitMs ?? LOCK_WAIT_MS);
    const path = `${dir}/${LEDGER_FILE}`;
    await host.unlink(tempPathFor(path)).catch(() => void 0);
    let file = { version: 1, tool: "go-env-guard-ledger", bootId, stacks: {} };
    const text = await host.readFile(path, MAX_BYTES).catch((e) => {
      if (errorCode(e) === "ENOENT") return null;
      throw e;
    });
    if (text !== null) {
      try {
        const p = parseLedger(JSON.parse(text), bootId);
        file = p.file;
        if (p.dropped)
          warnings.push(`the restore-order ledger ${path} had ${p.dropped} invalid entries; dropped`);
      } catch (e) {
        warnings.push(
          `the restore-order ledger ${path} is unreadable (${oneLine(e instanceof Error ? e.message : String(e))}); starting a new one`
        );
      }
    }
    ledger = new Ledger(host, dir, file);
  } catch (e) {
    why = oneLine(e instanceof Error ? e.message : String(e));
    if (release) await release();
    release = null;
  }
  try {
    const value = await fn(ledger, why);
    if (ledger) {
      try {
        await ledger.save();
      } catch (e) {
        warnings.push(
          `could not write the restore-order ledger in ${dir}: ${oneLine(e instanceof Error ? e.message : String(e))}`
        );
      }
    }
    return { value, warnings };
  } finally {
    if (release) await release();
  }
}

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
async function persist(host, ctx, state, warnings) {
  ctx.lastWritten = JSON.stringify(state);
  let ok = true;
  if (ctx.statePath) {
    try {
      await writeStateFile(host, ctx.statePath, ctx.macKey ? signState(state, ctx.macKey) : state);
    } catch (e) {
      const msg = `could not write the tune state ${ctx.statePath}: ${oneLine(e instanceof Error ? e.message : String(e))}`;
      if (!warnings.includes(msg)) warnings.push(msg);
      ok = false;
    }
  }
  if (ok && ctx.onRecord) {
    try {
      ctx.onRecord(state);
    } catch (e) {
      const msg = `could not save the step state: ${oneLine(e instanceof Error ? e.message : String(e))}`;
      if (!warnings.includes(msg)) warnings.push(msg);
      ok = !ctx.statePath ? false : ok;
    }
  }
  return ok;
}
async function applySysctl(host, step, ctx) {
  const spec = specFor(step.key);
  if (!spec)
    return { step, status: "failed", detail: `${step.key} is not on the tuning allow-list; never changed` };
  const netns = spec.namespaced ? await ctx.netns() : null;
  const { value, warnings } = await withLedger(host, ctx.bootId, (ledger, unavailable) => {
    if (unavailable) {
      const msg = `the restore-order ledger is unavailable (${unavailable}); restores follow each step's own record only`;
      if (!ctx.warnings.includes(msg)) ctx.warnings.push(msg);
    }
    return changeSysctl(host, step, spec, netns, ledger, ctx);
  });
  for (const w of warnings) if (!ctx.warnings.includes(w)) ctx.warnings.push(w);
  if (JSON.stringify(ctx.state) !== ctx.lastWritten) await persist(host, ctx, ctx.state, ctx.warnings);
  return value;
}
async function changeSysctl(host, step, spec, netns, ledger, ctx) {
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
    if (desiredValue(spec, live) === null) {
      const held = await hold(host, step, normalise(live), netns, ledger, ctx);
      return {
        step,
        status: "unchanged",
        detail: `${step.key} is already ${normalise(live)} (at or beyond the safe value)${held ? `; ${held}` : ""}`,
        value: normalise(live)
      };
    }
    return { step, status: "skipped", detail: refused };
  }
  const priv = await ctx.privilege();
  if (priv.method === "none") return { step, status: "skipped", detail: priv.detail };
  let change = ctx.state.changes.find(
    (c) => c.key === step.key && (c.status === "applied" || c.status === "pending") && c.netns === netns
  );
  const previous = change ? { after: change.after, before: change.before } : void 0;
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
    if (change.before === change.after) change.before = normalise(live);
    change.after = normalise(to);
    change.status = "pending";
  }
  const undo = () => {
    if (previous !== void 0) {
      change.after = previous.after;
      change.before = previous.before;
      change.status = "applied";
    } else ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1);
  };
  if (!await persist(host, ctx, ctx.state, ctx.warnings)) {
    undo();
    return {
      step,
      status: "failed",
      detail: `not changed: the original value could not be recorded (${ctx.warnings.at(-1) ?? "state file"})`
    };
  }
  if (ledger) {
    ledger.push(step.key, netns, {
      owner: ctx.owner,
      before: normalise(live),
      after: normalise(to),
      at: ctx.now()
    });
    try {
      await ledger.save();
    } catch (e) {
      ledger.remove(step.key, netns, ctx.owner);
      undo();
      return {
        step,
        status: "failed",
        detail: `not changed: the restore-order ledger could not be written (${oneLine(e instanceof Error ? e.message : String(e))})`
      };
    }
  }
  const w = await writeSysctl(host, step.key, normalise(to), priv.method);
  const back = await readSysctl(host, step.key).catch(() => null);
  if (!w.ok) {
    if (previous !== void 0) {
      change.after = previous.after;
      change.before = previous.before;
      change.status = "applied";
      ledger?.setAfter(step.key, netns, ctx.owner, previous.after);
    } else {
      change.status = "failed";
      ledger?.remove(step.key, netns, ctx.owner);
    }
    const ex = w.code === "ESUDO" || w.code === "ENOSUDO" ? { status: "skipped", detail: `sudo refused: ${w.message}` } : explainWriteError(step.key, w.code, priv.method === "sudo" ? w.message : "");
    return { step, status: ex.status, detail: ex.detail, method: priv.method };
  }
  if (back !== null && sameValue(back, to)) {
    change.status = "applied";
    change.after = normalise(back);
    ledger?.setAfter(step.key, netns, ctx.owner, change.after);
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
    ledger?.setAfter(step.key, netns, ctx.owner, change.after);
  } else if (previous !== void 0) change.status = "applied";
  else {
    change.status = "failed";
    ledger?.remove(step.key, netns, ctx.owner);
  }
  return {
    step,
    status: "failed",
    detail: `wrote ${normalise(to)} to ${step.key} but the kernel reports ${back === null ? "nothing readable" : normalise(back)}`,
    method: priv.method
  };
}
async function hold(host, step, live, netns, ledger, ctx) {
  const top = ledger?.top(step.key, netns);
  if (!ledger || !top || top.owner === ctx.owner || !sameValue(top.after, live)) return null;
  const priv = await ctx.privilege();
  if (priv.method === "none") return null;
  const change = {
    kind: "sysctl",
    key: step.key,
    before: live,
    after: live,
    rule: step.rule,
    method: priv.method,
    status: "applied",
    at: ctx.now(),
    netns,
    note: "held: set by another go-env-guard step that had not restored it"
  };
  ctx.state.changes.push(change);
  if (!await persist(host, ctx, ctx.state, ctx.warnings)) {
    ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1);
    return null;
  }
  ledger.push(step.key, netns, { owner: ctx.owner, before: live, after: live, at: ctx.now() });
  return "another go-env-guard step set it and has not restored it yet: this step holds it, and the last of them to restore puts the original back";
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
    const delim = `ghadelimiter_${randomBytes2(16).toString("hex")}`;
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
  const owner = opts.owner ?? opts.state?.owner ?? newOwner("cli");
  const bootId = await currentBootId(host);
  const state = opts.state ?? emptyState(now(), bootId, owner);
  state.owner = owner;
  const warnings = [];
  const env = {};
  let privilege = opts.privilege ?? null;
  let netnsCache = null;
  const ctx = {
    privilege: async () => privilege ??= await detectPrivilege(host),
    state,
    owner,
    statePath: opts.statePath,
    ...opts.macKey ? { macKey: opts.macKey } : {},
    ...opts.onRecord ? { onRecord: opts.onRecord } : {},
    warnings,
    netns: () => netnsCache ??= currentNetns(host),
    bootId,
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
  await persist(host, ctx, state, warnings);
  return { outcomes, state, env, privilege, warnings };
}

// src/remediate/plan.ts
var MIB = 1024 * 1024;
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
function fixesOf(triggers, kind) {
  const out = [];
  for (const rule of rules) {
    const mine = triggers.filter((t) => t.rule === rule.id);
    if (mine.length === 0) continue;
    for (const fix of rule.fixes) {
      if (fix.kind !== kind) continue;
      const when = fix.when;
      const wanted = when ? mine.filter((t) => t.source === "request" || when.test(t.text)) : mine;
      if (wanted.length > 0) out.push({ fix, mine: wanted });
    }
  }
  return out;
}
function envSteps(facts, triggers, env, notes) {
  const steps = [];
  for (const { fix, mine } of fixesOf(triggers, "env")) {
    if (typeof fix.value === "object") {
      const dir = jobDir(env, fix.value.jobDir);
      if (dir)
        steps.push(envStep(fix.name, dir.path, exportCommand(fix.name, dir.shell, true), mine, env, facts));
      else
        notes.push(
          `${fix.name}: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.`
        );
    } else if (fix.value === "memory-limit") {
      const limit = cgroupMemory(facts)?.value.max ?? null;
      const mib = limit && limit > 0 ? gomemlimitMiB(limit) : 0;
      if (limit && mib >= 1) {
        const v = `${mib}MiB`;
        const step = envStep(fix.name, v, exportCommand(fix.name, v, false), mine, env, facts);
        step.reason += `; ${GOMEMLIMIT_PERCENT} of the ${Math.floor(limit / MIB)} MiB memory limit (Go never derives GOMEMLIMIT from the cgroup)`;
        steps.push(step);
      } else if (!limit)
        notes.push(
          `${fix.name}: no cgroup memory limit is known, so none is derived; lower the parallelism instead (\`go test -p 1\`).`
        );
    } else {
      const c = cgroupCpu(facts)?.value;
      const cpus = c ? c.effectiveLimitCpus ?? c.limitCpus : null;
      const aware = goDefaultAtLeast(facts, "1.25");
      if (cpus === null || cpus === void 0)
        notes.push(`${fix.name}: no CPU quota is known, so none is derived.`);
      else if (aware === true)
        notes.push(
          `${fix.name}: Go >= 1.25 with a go.mod at 1.25 or later already follows the CPU quota; nothing to set.`
        );
      else {
        const v = String(Math.max(1, Math.ceil(cpus - 1e-9)));
        const step = envStep(fix.name, v, exportCommand(fix.name, v, false), mine, env, facts);
        step.reason += `; the CPU quota allows ${cpus.toFixed(2)} CPUs and ${aware === false ? "this Go (or its go.mod line) predates" : "Go may not have"} the cgroup-aware default of Go 1.25`;
        steps.push(step);
      }
    }
  }
  return steps;
}
var FIND_SERVICE = "SVC=$(systemctl list-units --type=service --all --plain --no-legend 'actions.runner.*' | awk '{print $1; exit}')";
function dropInSnippet(setting) {
  return [
    FIND_SERVICE,
    // Without it, an empty $SVC writes /etc/systemd/system/.d and restarts "".
    '[ -n "$SVC" ] || { echo "no actions.runner.* service on this host" >&2; exit 1; }',
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
var RLIMIT_DIRECTIVE = { nofile: "LimitNOFILE", nproc: "LimitNPROC" };
function snippetSteps(facts, triggers, where, notes) {
  const steps = [];
  const container = where === "container";
  const containerNote = "a container setting: the job cannot change it from inside; set it in the workflow";
  for (const { fix, mine } of fixesOf(triggers, "rlimit")) {
    const lim = rlimit(facts, fix.name)?.value;
    if (lim && lim.hard >= fix.value) continue;
    if (fix.name === "nproc" && (isRoot(facts) !== false || !lim || lim.soft >= 4096)) continue;
    const from = lim ? `soft ${lim.soft}, hard ${lim.hard}` : null;
    const v = `${fix.value}:${fix.value}`;
    if (container)
      steps.push(
        snippet(
          `container-ulimit-${fix.name}`,
          `container:
  options: --ulimit ${fix.name}=${v}`,
          mine,
          "container",
          containerNote,
          from
        )
      );
    else if (where === "github-hosted" && fix.name === "nofile")
      steps.push(
        snippet(
          "step-nofile",
          `sudo prlimit --pid $$ --nofile=${v}  # in the step that runs go test, before it`,
          mine,
          "job",
          "a hard limit can only be raised by root for a running process; it must happen in the test step itself",
          from
        )
      );
    else if (where !== "github-hosted")
      steps.push(
        snippet(
          `runner-service-${fix.name}`,
          dropInSnippet(`${RLIMIT_DIRECTIVE[fix.name]}=${fix.value}`),
          mine,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
    if (fix.name === "nofile" && lim && lim.hard < 4096 && !container)
      steps.push(
        snippet(
          "docker-ulimit-nofile",
          `docker run --ulimit nofile=${v} ...`,
          mine,
          "container",
          "for tests that run in a container started by the job",
          from
        )
      );
  }
  for (const { fix, mine } of fixesOf(triggers, "pids")) {
    const cur = cgroupPids(facts)?.value.max ?? null;
    const want = Math.max(fix.min, (cur ?? 0) * 4);
    const from = cur === null ? null : String(cur);
    if (container)
      steps.push(
        snippet(
          "container-pids-limit",
          `container:
  options: --pids-limit ${want}`,
          mine,
          "container",
          containerNote,
          from
        )
      );
    else if (where === "github-hosted")
      notes.push(
        `pids: the runner's cgroup allows ${from ?? "few"} tasks; a GitHub-hosted runner's service cannot be changed from a job: run the tests in a container with \`--pids-limit ${want}\`, or use a self-hosted or larger runner.`
      );
    else
      steps.push(
        snippet(
          "runner-service-tasksmax",
          dropInSnippet(`TasksMax=${want}`),
          mine,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
  }
  for (const { fix, mine } of fixesOf(triggers, "container"))
    steps.push(
      snippet(
        `container-${fix.option.replace(/^--/, "").replace(/=.*$/, "")}`,
        container ? `container:
  options: ${fix.option}` : `docker run ${fix.option} ...`,
        mine,
        "container",
        containerNote
      )
    );
  for (const { fix, mine } of fixesOf(triggers, "sysctl")) {
    if (!fix.manual) continue;
    steps.push(
      snippet(fix.key, `${sysctlCommand(fix.key, fix.value, isRoot(facts))}`, mine, "host", fix.manual)
    );
  }
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
    ...snippetSteps(facts, triggers, where, notes)
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
function refuseRestore(key, before, after) {
  const spec = specFor(key);
  if (!spec) return `${key} is not on the tuning allow-list; never touched`;
  if (!validValue(spec, before) && !validValue(spec, normalise(before)))
    return `${key}: the recorded original is not a ${key} value; not written`;
  const b = parseFields(before);
  const a = parseFields(after);
  if (!b || !a || b.length !== a.length) return `${key}: the recorded values are not valid; not written`;
  if (spec.better === "higher" && b[0] > a[0])
    return `${key}: the recorded original ${normalise(before)} is above what tune set; not written`;
  if (spec.better === "lower" && b[0] < a[0])
    return `${key}: the recorded original ${normalise(before)} is below what tune set; not written`;
  if (spec.better === "wider" && (b[0] < a[0] || b[1] > a[1]))
    return `${key}: the recorded original ${normalise(before)} is wider than what tune set; not written`;
  const floor = belowFloor(spec, before);
  if (floor) return `${floor}; not written, left at ${normalise(after)}`;
  return null;
}
async function restoreState(host, state, opts) {
  const warnings = [];
  const outcomes = [];
  const open = openChanges(state);
  const alreadyHandled = state.changes.length - open.length;
  const owner = opts.owner ?? state.owner ?? null;
  let privilege = opts.privilege ?? null;
  const save = async () => {
    if (!opts.statePath) return;
    try {
      await writeStateFile(host, opts.statePath, opts.macKey ? signState(state, opts.macKey) : state);
    } catch (e) {
      const msg = `could not update the tune state ${opts.statePath}: ${oneLine(e instanceof Error ? e.message : String(e))}`;
      if (!warnings.includes(msg)) warnings.push(msg);
    }
  };
  if (open.length === 0) return { outcomes, state, warnings, alreadyHandled, privilege };
  const bootId = await currentBootId(host);
  const netns = await currentNetns(host);
  const priv = async () => privilege ??= await detectPrivilege(host);
  for (const c of [...open].reverse()) {
    const base = { key: c.key, rule: c.rule, before: c.before, after: c.after };
    const done = async (d) => {
      outcomes.push({ ...base, live: d.live, status: d.status, detail: d.detail });
      if (d.warn && !warnings.includes(d.detail)) warnings.push(d.detail);
      if (d.mark) {
        c.status = d.mark;
        c.note = d.detail;
        await save();
      }
    };
    const refused = refuseRestore(c.key, c.before, c.after);
    if (refused) {
      if (owner) await withLedger(host, bootId, async (l) => l?.remove(c.key, c.netns, owner));
      await done({ status: "skipped", detail: refused, live: null, mark: "failed", warn: true });
      continue;
    }
    if (state.bootId && bootId && state.bootId !== bootId) {
      await done({
        status: "skipped",
        detail: `the machine rebooted since apply: ${c.key} is back to its boot value`,
        live: null,
        mark: "restored"
      });
      continue;
    }
    if (c.netns && netns && c.netns !== netns) {
      await done({
        status: "skipped",
        detail: `${c.key} was changed in network namespace ${c.netns}, and this is ${netns}: run restore there`,
        live: null,
        mark: null,
        warn: true
      });
      continue;
    }
    if (!owner) {
      await done(await restoreOne(host, c, null, null, priv));
      continue;
    }
    const { value, warnings: lw } = await withLedger(host, bootId, async (ledger, unavailable) => {
      if (unavailable) {
        const msg = `the restore-order ledger is unavailable (${unavailable}); ${c.key} is restored by this step's record alone`;
        if (!warnings.includes(msg)) warnings.push(msg);
      }
      return restoreOne(host, c, ledger, owner, priv);
    });
    for (const w of lw) if (!warnings.includes(w)) warnings.push(w);
    await done(value);
  }
  return { outcomes, state, warnings, alreadyHandled, privilege };
}
async function restoreOne(host, c, ledger, owner, priv) {
  const found = ledger && owner ? ledger.find(c.key, c.netns, owner) : null;
  if (ledger && owner && found && !found.onTop) {
    const heir = ledger.remove(c.key, c.netns, owner);
    return {
      status: "handed-over",
      detail: `${c.key}: a later go-env-guard step (${heir ?? "unknown"}) changed it after this one and has not restored it yet; nothing written here, that step puts back ${normalise(found.entry.before)}`,
      live: null,
      mark: "handed-over"
    };
  }
  let target = normalise(c.before);
  let expect = normalise(c.after);
  if (found) {
    const refused = found.entry.before === c.before ? null : refuseRestore(c.key, found.entry.before, found.entry.after);
    if (!refused) {
      target = normalise(found.entry.before);
      expect = normalise(found.entry.after);
    }
  }
  const pop = () => {
    if (ledger && owner && found) ledger.remove(c.key, c.netns, owner);
  };
  let live;
  try {
    live = normalise(await readSysctl(host, c.key));
  } catch (e) {
    return {
      status: "failed",
      detail: `cannot read ${c.key} (${errorCode(e)}); not restored`,
      live: null,
      mark: null,
      warn: true
    };
  }
  if (sameValue(live, target)) {
    pop();
    return { status: "already", detail: `${c.key} is already back at ${target}`, live, mark: "restored" };
  }
  if (!sameValue(live, expect)) {
    pop();
    if (c.status === "pending")
      return {
        status: "left-alone",
        detail: `${c.key} is ${live}: neither the original ${target} nor ${expect}; tune never finished changing it, left alone`,
        live,
        mark: "left-alone"
      };
    return {
      status: "left-alone",
      detail: `${c.key} was changed by someone else since tune set it to ${expect} (now ${live}); left alone, not put back to ${target}`,
      live,
      mark: "left-alone",
      warn: true
    };
  }
  const p = await priv();
  if (p.method === "none")
    return {
      status: "failed",
      detail: `${c.key} is still ${expect} and cannot be put back to ${target}: ${p.detail}`,
      live,
      mark: null,
      warn: true
    };
  const w = await writeSysctl(host, c.key, target, p.method);
  if (!w.ok) {
    const ex = explainWriteError(c.key, w.code, p.method === "sudo" ? w.message : "");
    return {
      status: "failed",
      detail: `${c.key} not put back to ${target}: ${w.code === "ESUDO" ? `sudo refused: ${oneLine(w.message)}` : ex.detail}`,
      live,
      mark: null,
      warn: true
    };
  }
  const back = await readSysctl(host, c.key).then(normalise, () => null);
  if (back !== null && sameValue(back, target)) {
    pop();
    return { status: "restored", detail: `${expect} -> ${target} (read back)`, live, mark: "restored" };
  }
  return {
    status: "failed",
    detail: `${c.key}: wrote ${target} but the kernel reports ${back ?? "nothing readable"}`,
    live,
    mark: null,
    warn: true
  };
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
  "handed-over": "skipped",
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
  return out.map(oneLine);
}
function restoreLines(result) {
  const out = result.outcomes.map((o) => `${o.status.padEnd(11)} ${o.key}: ${o.detail}`);
  if (result.outcomes.length === 0)
    out.push(
      result.alreadyHandled > 0 ? "Nothing left to restore: every change was already put back." : "Nothing to restore."
    );
  for (const w of result.warnings) if (!result.outcomes.some((o) => o.detail === w)) out.push(`warning: ${w}`);
  return out.map(oneLine);
}

export {
  oneLine,
  newOwner,
  emptyState,
  defaultStatePath,
  macValid,
  parseState,
  readStateFile,
  openChanges,
  currentBootId,
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
