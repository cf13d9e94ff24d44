import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  deref,
  emptySpec,
  entries,
  envMap,
  get,
  isMap,
  isSeq,
  items,
  lineOf,
  parseMountFields,
  parseYaml,
  scalarValue,
  str,
  withinBudget
} from "./chunk-KQ3VWCPI.js";
import {
  findGoTests,
  parseSize,
  parseUlimit,
  runsTestBinary,
  splitCommands
} from "./chunk-N5L2BRSB.js";
import {
  parseError
} from "./chunk-U4DLYXFZ.js";
import "./chunk-6DG7BXTN.js";

// src/dockerlint/compose.ts
function dirname(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function joinRel(base, rel) {
  if (rel.startsWith("/")) return null;
  const parts = base ? base.split("/") : [];
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function commandText(y, node) {
  const n = deref(y, node);
  if (isSeq(n))
    return items(y, n).map((i) => str(y, i) ?? "").join(" ");
  return str(y, n);
}
function parseCompose(file, src) {
  const { y, errors } = parseYaml(file, src);
  if (!y) return { services: [], errors };
  const services = withinBudget(y, [], errors, () => composeServices(y, file, errors));
  return { services, errors };
}
function composeServices(y, file, errors) {
  const root = y.doc.contents;
  if (!isMap(root)) {
    if (root !== null)
      errors.push(parseError(file, lineOf(y, root), "a compose file must be a mapping with `services:`"));
    return [];
  }
  const services = [];
  for (const svc of entries(y, get(y, root, "services"))) {
    const spec = emptySpec("compose", svc.key, { file, line: lineOf(y, svc.keyNode) });
    const at = (node, value) => ({ file, line: lineOf(y, node), value });
    const s = svc.value;
    const image = get(y, s, "image");
    if (str(y, image)) spec.image = at(image, str(y, image));
    let build = null;
    const b = get(y, s, "build");
    if (b !== void 0) {
      const ctx = isMap(b) ? str(y, get(y, b, "context")) ?? "." : str(y, b) ?? ".";
      const df = isMap(b) ? str(y, get(y, b, "dockerfile")) ?? "Dockerfile" : "Dockerfile";
      const target = isMap(b) ? str(y, get(y, b, "target")) : null;
      const ctxPath = /^[a-z]+:\/\//i.test(ctx) || ctx.startsWith("git@") ? null : joinRel(dirname(file), ctx);
      const dfPath = ctxPath === null ? null : joinRel(ctxPath, df);
      if (dfPath !== null) build = { dockerfile: dfPath, target };
    }
    let hasCommand = false;
    for (const key of ["entrypoint", "command"]) {
      const node = get(y, s, key);
      const text = commandText(y, node);
      if (text === null) continue;
      hasCommand = true;
      spec.command += (spec.command ? " " : "") + text;
      const cmds = splitCommands(text, lineOf(y, node));
      const isSeqForm = isSeq(deref(y, node));
      const tests = findGoTests(
        isSeqForm ? [items(y, node).map((i) => ({ text: str(y, i) ?? "", line: lineOf(y, i) }))] : cmds
      );
      for (const t of tests) {
        spec.goTestLine ??= { file, line: t.line };
        if (t.race) spec.race ??= { file, line: t.line };
      }
      if (!spec.goTestLine && runsTestBinary(cmds)) spec.goTestLine = { file, line: lineOf(y, node) };
    }
    for (const [k, v] of envMap(y, get(y, s, "environment")))
      spec.env.set(k, { file, line: v.line, value: v.value });
    if (get(y, s, "env_file") !== void 0) spec.envOpaque = true;
    const tmpfs = get(y, s, "tmpfs");
    for (const t of isSeq(tmpfs) ? items(y, tmpfs) : tmpfs !== void 0 ? [tmpfs] : []) {
      const raw = str(y, t);
      if (!raw) continue;
      const colon = raw.indexOf(":");
      spec.tmpfs.push({
        file,
        line: lineOf(y, t),
        path: colon < 0 ? raw : raw.slice(0, colon),
        options: colon < 0 ? [] : raw.slice(colon + 1).split(",").map((o) => o.trim()).filter(Boolean),
        raw: `tmpfs: ${raw}`
      });
    }
    for (const v of items(y, get(y, s, "volumes"))) {
      if (isMap(v)) {
        if (str(y, get(y, v, "type")) !== "tmpfs") continue;
        const target = str(y, get(y, v, "target")) ?? "";
        const opts = get(y, v, "tmpfs");
        const extra = [];
        for (const e of entries(y, opts)) if (e.key === "exec" || e.key === "noexec") extra.push(e.key);
        spec.tmpfs.push({
          file,
          line: lineOf(y, v),
          path: target,
          options: extra,
          raw: `volumes: type: tmpfs, target: ${target}`
        });
      } else {
        const raw = str(y, v) ?? "";
        if (raw.startsWith("type=tmpfs")) {
          const f = parseMountFields(raw);
          spec.tmpfs.push({
            file,
            line: lineOf(y, v),
            path: f.get("target") ?? f.get("destination") ?? "",
            options: [],
            raw
          });
        }
      }
    }
    const size = (key, node = get(y, s, key)) => {
      if (node === void 0) return null;
      const v = scalarValue(y, node);
      const n = parseSize(typeof v === "number" ? v : str(y, node) ?? void 0);
      if (n === null) {
        spec.unparsed.push(`${key}: ${str(y, node)}`);
        return null;
      }
      return at(node, n);
    };
    const num = (key, node = get(y, s, key)) => {
      if (node === void 0) return null;
      const n = Number(str(y, node));
      if (!Number.isFinite(n)) {
        spec.unparsed.push(`${key}: ${str(y, node)}`);
        return null;
      }
      return at(node, n);
    };
    const limits = get(y, get(y, get(y, s, "deploy"), "resources"), "limits");
    spec.memory = size("mem_limit") ?? size("deploy.resources.limits.memory", get(y, limits, "memory"));
    spec.cpus = num("cpus") ?? num("deploy.resources.limits.cpus", get(y, limits, "cpus"));
    if (!spec.cpus) {
      const quota = num("cpu_quota");
      const period = num("cpu_period");
      if (quota && quota.value > 0) spec.cpus = { ...quota, value: quota.value / (period?.value || 1e5) };
    }
    spec.pidsLimit = num("pids_limit") ?? num("deploy.resources.limits.pids", get(y, limits, "pids"));
    spec.shmSize = size("shm_size");
    const ipc = get(y, s, "ipc");
    if (str(y, ipc)) spec.ipc = at(ipc, str(y, ipc));
    for (const u of entries(y, get(y, s, "ulimits"))) {
      if (isMap(u.value)) {
        const soft = Number(str(y, get(y, u.value, "soft")));
        const hard = Number(str(y, get(y, u.value, "hard")));
        spec.ulimits.push({
          file,
          line: lineOf(y, u.keyNode),
          name: u.key,
          soft: Number.isFinite(soft) ? soft < 0 ? Infinity : soft : null,
          hard: Number.isFinite(hard) ? hard < 0 ? Infinity : hard : null,
          raw: `ulimits: ${u.key}: {soft: ${str(y, get(y, u.value, "soft"))}, hard: ${str(y, get(y, u.value, "hard"))}}`
        });
      } else {
        const p = parseUlimit(`${u.key}=${str(y, u.value)}`);
        if (p)
          spec.ulimits.push({
            file,
            line: lineOf(y, u.keyNode),
            ...p,
            raw: `ulimits: ${u.key}: ${str(y, u.value)}`
          });
      }
    }
    const sysctls = get(y, s, "sysctls");
    if (isMap(sysctls)) {
      for (const e of entries(y, sysctls))
        spec.sysctls.push({ file, line: lineOf(y, e.keyNode), key: e.key, value: str(y, e.value) ?? "" });
    } else {
      for (const it of items(y, sysctls)) {
        const raw = str(y, it) ?? "";
        const eq = raw.indexOf("=");
        spec.sysctls.push({
          file,
          line: lineOf(y, it),
          key: (eq < 0 ? raw : raw.slice(0, eq)).trim(),
          value: eq < 0 ? "" : raw.slice(eq + 1)
        });
      }
    }
    for (const it of items(y, get(y, s, "security_opt"))) {
      const v = str(y, it);
      if (v) spec.securityOpts.push(at(it, v));
    }
    const priv = get(y, s, "privileged");
    if (priv !== void 0 && (scalarValue(y, priv) === true || str(y, priv) === "true"))
      spec.privileged = { file, line: lineOf(y, priv) };
    for (const it of items(y, get(y, s, "cap_add"))) {
      const v = str(y, it);
      if (v) spec.capAdd.push(at(it, v));
    }
    const net = get(y, s, "network_mode");
    if (str(y, net)) spec.network = at(net, str(y, net));
    services.push({ spec, build, hasCommand });
  }
  return services;
}
export {
  joinRel,
  parseCompose
};
