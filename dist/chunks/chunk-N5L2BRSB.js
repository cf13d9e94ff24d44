import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dockerlint/shell.ts
var MAX_TOKENS = 5e4;
function splitCommands(text, firstLine = 1, lines) {
  const lineOf = (row2) => lines && row2 < lines.length ? lines[row2] : firstLine + row2;
  const out = [];
  let cmd = [];
  let cur = "";
  let curLine = -1;
  let row = 0;
  let count = 0;
  const flush = () => {
    if (curLine >= 0) {
      cmd.push({ text: cur, line: lineOf(curLine) });
      count++;
    }
    cur = "";
    curLine = -1;
  };
  const endCmd = () => {
    flush();
    if (cmd.length > 0) out.push(cmd);
    cmd = [];
  };
  const start = () => {
    if (curLine < 0) curLine = row;
  };
  for (let i = 0; i < text.length && count < MAX_TOKENS; i++) {
    const c = text[i];
    if (c === "\n") {
      row++;
      endCmd();
      continue;
    }
    if (c === "\\") {
      if (text[i + 1] === "\n") {
        i++;
        row++;
        flush();
        continue;
      }
      if (text[i + 1] === "\r" && text[i + 2] === "\n") {
        i += 2;
        row++;
        flush();
        continue;
      }
      start();
      cur += text[i + 1] ?? "";
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      start();
      const q = c;
      i++;
      while (i < text.length && text[i] !== q) {
        if (text[i] === "\n") row++;
        if (q === '"' && text[i] === "\\" && i + 1 < text.length) {
          i++;
          if (text[i] === "\n") {
            row++;
            i++;
            continue;
          }
        }
        cur += text[i];
        i++;
      }
      continue;
    }
    if (c === "$" && text[i + 1] === "{" && text[i + 2] === "{") {
      start();
      const end = text.indexOf("}}", i);
      const stop = end < 0 ? text.length : end + 2;
      cur += text.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (c === "$" && text[i + 1] === "(") {
      start();
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "(") depth++;
        else if (text[j] === ")" && --depth === 0) break;
        else if (text[j] === "\n") row++;
      }
      cur += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      flush();
      continue;
    }
    if (c === "#" && curLine < 0) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      endCmd();
      while (text[i + 1] === "&" || text[i + 1] === "|" || text[i + 1] === ";") i++;
      continue;
    }
    start();
    cur += c;
  }
  endCmd();
  return out;
}
var ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
function findGoTests(cmds, depth = 0) {
  const out = [];
  for (const cmd of cmds) {
    let k = 0;
    const env = /* @__PURE__ */ new Map();
    while (k < cmd.length && (cmd[k].text === "sudo" || cmd[k].text === "env" || cmd[k].text === "exec" || cmd[k].text === "time" || ASSIGN.test(cmd[k].text))) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(cmd[k].text);
      if (m) env.set(m[1], m[2]);
      k++;
    }
    const prog = cmd[k]?.text.replace(/^.*\//, "");
    if (prog === "go" && cmd[k + 1]?.text === "test" || prog === "gotestsum") {
      const args = cmd.slice(k + 1).map((t) => t.text);
      const race = args.some(
        (a) => a === "-race" || a === "--race" || a === "-race=true" || /(^|\s)-race(\s|$)/.test(a)
      );
      out.push({ line: cmd[k].line, race, env, text: cmd.map((t) => t.text).join(" ") });
      continue;
    }
    if (depth < 2) {
      for (let j = 0; j < cmd.length - 1; j++) {
        if (/^-[a-z]*c$/.test(cmd[j].text) && j > 0) {
          const inner = cmd[j + 1];
          for (const t of findGoTests(splitCommands(inner.text, inner.line), depth + 1))
            out.push({ ...t, line: inner.line });
        }
      }
    }
  }
  return out;
}
function runsTestBinary(cmds) {
  return cmds.some(
    (c) => c.some((t, i) => i <= 2 && /\.test$/.test(t.text.trim().split(/\s+/)[0]) && !t.text.startsWith("-"))
  );
}
var BOOL_LONG = /* @__PURE__ */ new Set([
  "detach",
  "interactive",
  "tty",
  "rm",
  "privileged",
  "init",
  "read-only",
  "publish-all",
  "no-healthcheck",
  "oom-kill-disable",
  "help",
  "quiet",
  "sig-proxy",
  "disable-content-trust",
  "use-api-socket"
]);
var BOOL_SHORT = /* @__PURE__ */ new Set(["d", "i", "t", "P", "q"]);
function normName(flag) {
  const short = {
    e: "env",
    m: "memory",
    v: "volume",
    w: "workdir",
    u: "user",
    p: "publish",
    h: "hostname",
    l: "label",
    c: "cpu-shares",
    a: "attach"
  };
  return short[flag] ?? flag;
}
function parseDockerOptions(tokens, from = 0, expectImage = true) {
  const options = [];
  let i = from;
  let image = null;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === "--") {
      i++;
      break;
    }
    if (t.text.startsWith("--")) {
      const eq = t.text.indexOf("=");
      const name = eq > 0 ? t.text.slice(2, eq) : t.text.slice(2);
      if (eq > 0) options.push({ name, value: t.text.slice(eq + 1), line: t.line });
      else if (BOOL_LONG.has(name)) options.push({ name, value: null, line: t.line });
      else {
        options.push({ name, value: tokens[i + 1]?.text ?? null, line: t.line });
        i++;
      }
      continue;
    }
    if (t.text.startsWith("-") && t.text.length > 1) {
      const body = t.text.slice(1);
      const eq = body.indexOf("=");
      if (eq > 0) {
        options.push({ name: normName(body.slice(0, eq)), value: body.slice(eq + 1), line: t.line });
        continue;
      }
      if ([...body].every((ch) => BOOL_SHORT.has(ch))) {
        for (const ch of body) options.push({ name: ch, value: null, line: t.line });
        continue;
      }
      const flag = body[0];
      if (body.length > 1 && !BOOL_SHORT.has(flag)) {
        options.push({ name: normName(flag), value: body.slice(1), line: t.line });
        continue;
      }
      const last = body[body.length - 1];
      for (const ch of body.slice(0, -1)) options.push({ name: ch, value: null, line: t.line });
      options.push({ name: normName(last), value: tokens[i + 1]?.text ?? null, line: t.line });
      i++;
      continue;
    }
    if (expectImage) {
      image = t;
      i++;
      break;
    }
  }
  return {
    line: tokens[from - 1]?.line ?? tokens[from]?.line ?? 0,
    options,
    image,
    command: expectImage ? tokens.slice(i) : []
  };
}
function findDockerRuns(cmds) {
  const out = [];
  for (const cmd of cmds) {
    let k = 0;
    while (k < cmd.length && (cmd[k].text === "sudo" || ASSIGN.test(cmd[k].text))) k++;
    const prog = cmd[k]?.text.replace(/^.*\//, "");
    if (prog !== "docker" && prog !== "podman") continue;
    let j = k + 1;
    while (j < cmd.length && cmd[j].text.startsWith("-")) j += cmd[j].text.includes("=") ? 1 : 2;
    if (cmd[j]?.text === "container") j++;
    if (cmd[j]?.text !== "run") continue;
    const run = parseDockerOptions(cmd, j + 1, true);
    run.line = cmd[k].line;
    out.push(run);
  }
  return out;
}
function parseSize(raw) {
  if (raw === null || raw === void 0) return null;
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? raw : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?\s*$/i.exec(raw);
  if (!m) return null;
  const mult = {
    "": 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5
  };
  return Math.round(parseFloat(m[1]) * mult[m[2].toLowerCase()]);
}
function formatSize(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1 && v % 1024 === 0) {
    v /= 1024;
    u++;
  }
  if (u === 0 && bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  return `${v} ${units[u]}`;
}
function parseUlimit(raw) {
  const m = /^\s*([a-z]+)\s*=\s*(-?\d+|unlimited)(?:\s*:\s*(-?\d+|unlimited))?\s*$/i.exec(raw);
  if (!m) return null;
  const num = (s) => s === void 0 ? null : s === "unlimited" || s === "-1" ? Infinity : Number(s);
  const soft = num(m[2]);
  const hard = m[3] === void 0 ? soft : num(m[3]);
  return { name: m[1].toLowerCase(), soft, hard };
}

export {
  splitCommands,
  findGoTests,
  runsTestBinary,
  parseDockerOptions,
  findDockerRuns,
  parseSize,
  formatSize,
  parseUlimit
};
