import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dockerRules
} from "./chunk-UEDWSHVC.js";
import {
  terminalStyle
} from "./chunk-HRQYKDZ6.js";
import {
  UsageError,
  flagSpec,
  parseArgs
} from "./chunk-N577XDGN.js";
import "./chunk-JSYEXCMW.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  wrapLine
} from "./chunk-EEP6SVN6.js";
import "./chunk-JJFPQDWV.js";
import "./chunk-WAXP7JG3.js";
import {
  rules
} from "./chunk-2EVJJMBJ.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";

// src/commands/rule-doc.ts
var INTERNAL = /e2e\/scenarios|__tests__|fixtures\/|failure catalog|accuracy corpus|this project's test machine/i;
var PAREN = /\s*\((?:[^()]|\([^()]*\))*\)/g;
function stripInternal(text) {
  let t = text.replace(PAREN, (m) => INTERNAL.test(m) ? "" : m).replace(/^\s*[.,;:]\s*/, "").replace(/\s+([.,;:])(?=\s|$)/g, "$1");
  if (!INTERNAL.test(t)) return t;
  t = t.split(/(?<=[.;:])\s+(?=[A-Z(`])/).filter((s) => !INTERNAL.test(s)).join(" ");
  return INTERNAL.test(t) ? "" : t;
}
var inline = (s, bold) => s.replace(/\*\*([^*]+)\*\*/g, (_, x) => bold(x)).replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, "$1 ($2)").replace(/\[([^\]]+)\]\([^)\s]+\)/g, "$1").replace(/`([^`]+)`/g, "$1");
function renderRuleDoc(markdown, opts) {
  const bold = (t) => opts.color ? `\x1B[1m${t}\x1B[0m` : t;
  const out = [];
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  let para = null;
  const flush = () => {
    if (!para) return;
    const t = stripInternal(para.text).trim();
    if (t) out.push(para.indent + inline(t, bold));
    para = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const close = fence[2];
      for (i++; i < lines.length && !lines[i].trim().startsWith(close); i++)
        out.push("    " + lines[i].replace(/^\s{0,4}/, ""));
      out.push("");
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      if (out.length && out[out.length - 1] !== "") out.push("");
      out.push(bold(h[1].length === 1 ? h[2] : h[2].toUpperCase()));
      continue;
    }
    if (line.trim() === "") {
      flush();
      if (out.length && out[out.length - 1] !== "") out.push("");
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para = { indent: `${item[1]}${item[2] === "*" ? "-" : item[2]} `, text: item[3] };
      continue;
    }
    if (para) para.text += " " + line.trim();
    else para = { indent: /^\s*/.exec(line)[0], text: line.trim() };
  }
  flush();
  while (out.length && out[out.length - 1] === "") out.pop();
  const width = opts.width;
  const text = width ? out.flatMap((l) => l.startsWith("    ") ? [l] : wrapLineList(l, width)) : out;
  return text.join("\n") + "\n";
}
function wrapLineList(line, width) {
  const m = /^(\s*)(- |\d+\. )/.exec(line);
  if (!m) return wrapLine(line, width, /^ */.exec(line)[0].length);
  const hang = " ".repeat(m[0].length);
  const wrapped = wrapLine(line.slice(m[0].length), width - m[0].length, 0);
  return wrapped.map((l, i) => (i === 0 ? m[0] : hang) + l);
}

// src/commands/rules.ts
function listRules() {
  const all = [
    ...rules.map((r) => ({
      id: r.id,
      title: r.title,
      environmental: r.environmental,
      severity: r.severity,
      kind: "catalog",
      docs: `docs/rules/${r.id}.md`
    })),
    ...dockerRules.map((r) => ({
      id: r.id,
      title: r.title,
      environmental: true,
      severity: r.severity,
      kind: "container-lint",
      docs: `docs/rules/${r.id}.md`
    }))
  ];
  return all.sort((a, b) => a.id.localeCompare(b.id));
}
async function readDoc(host, id) {
  for (const rel of ["../docs/rules/", "../../docs/rules/"]) {
    const path = new URL(`${rel}${id}.md`, import.meta.url).pathname;
    const text = await host.readFile(path).catch(() => null);
    if (text !== null) return text;
  }
  return null;
}
async function rulesCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, flagSpec("rules"));
  if (positionals.length > 1) throw new UsageError("rules takes at most one rule id");
  const all = listRules();
  const id = positionals[0];
  if (id === void 0) {
    if (flags["json"]) io.out(JSON.stringify(all, null, 2) + "\n");
    else {
      const width = Math.max(...all.map((r) => r.id.length));
      for (const r of all) {
        io.out(`${r.id.padEnd(width)}  ${r.environmental ? "" : "[code] "}${r.title}
`);
      }
      io.out(
        `
${all.length} rules. "go-env-guard rules ID" shows one; [code] marks look-alikes that point at the code.
`
      );
    }
    return 0;
  }
  const rule = all.find((r) => r.id === id);
  if (!rule) throw new UsageError(`no rule "${id}" (run "go-env-guard rules" for the list)`);
  const doc = await readDoc(host, id);
  if (flags["json"]) io.out(JSON.stringify({ ...rule, doc }, null, 2) + "\n");
  else {
    const { color, width } = terminalStyle(host.env, io);
    io.out(renderRuleDoc(doc ?? `# ${rule.id}

${rule.title}
`, { color, width: width ?? 100 }));
  }
  return 0;
}
export {
  listRules,
  rulesCommand
};
