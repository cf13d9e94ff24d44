import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dockerRules
<<<<<<<< HEAD:dist/chunks/rules-YKKXHCK3.js
<<<<<<<< HEAD:dist/chunks/rules-ETNQ3BRN.js
} from "./chunk-K6QWAZNP.js";
========
} from "./chunk-QYWGJZF7.js";
>>>>>>>> robust:dist/chunks/rules-YKKXHCK3.js
========
} from "./chunk-ZGR6UV6B.js";
>>>>>>>> vm-cgroup2:dist/chunks/rules-FJFENLNT.js
import {
  UsageError,
  parseArgs
} from "./chunk-YMB5IAIE.js";
import "./chunk-A4IJKYQO.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  rules
<<<<<<<< HEAD:dist/chunks/rules-YKKXHCK3.js
} from "./chunk-HYENHSNS.js";
import "./chunk-42MGG2UW.js";
========
} from "./chunk-BVGXW466.js";
import "./chunk-AQA7OIHK.js";
>>>>>>>> vm-cgroup2:dist/chunks/rules-FJFENLNT.js
import "./chunk-6DG7BXTN.js";

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
  const { flags, positionals } = parseArgs(argv, { booleans: ["json"] });
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
  else io.out((doc ?? `# ${rule.id}

${rule.title}
`) + "\n");
  return 0;
}
export {
  listRules,
  rulesCommand
};
