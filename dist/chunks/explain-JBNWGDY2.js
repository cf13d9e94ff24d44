import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainFilesJson,
  explainRun,
  parseOutputFiles
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
} from "./chunk-KZTV3Z2U.js";
========
} from "./chunk-LUJZKEQY.js";
>>>>>>>> robust:dist/chunks/explain-5KHCCDFU.js
========
} from "./chunk-BQ3REKKY.js";
>>>>>>>> vm-cgroup2:dist/chunks/explain-2FDRO7NB.js
========
} from "./chunk-UH62JDO6.js";
>>>>>>>> formats:dist/chunks/explain-ORITFWGP.js
import {
  findingsFromJson
} from "./chunk-BYPODDS5.js";
import {
  preflight,
  runPreflight
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
} from "./chunk-WQWFNECY.js";
import "./chunk-K6QWAZNP.js";
========
} from "./chunk-YV4NOERT.js";
import "./chunk-QYWGJZF7.js";
>>>>>>>> robust:dist/chunks/explain-5KHCCDFU.js
========
} from "./chunk-ZTEV2WAR.js";
import "./chunk-ZGR6UV6B.js";
>>>>>>>> vm-cgroup2:dist/chunks/explain-2FDRO7NB.js
import {
  UsageError,
  parseArgs,
  str
} from "./chunk-YMB5IAIE.js";
import "./chunk-QXNMDQBV.js";
import "./chunk-A4IJKYQO.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  renderTerminal
<<<<<<<< HEAD:dist/chunks/explain-JBNWGDY2.js
} from "./chunk-7C4DHULG.js";
import "./chunk-X4G7TVYK.js";
import "./chunk-HYENHSNS.js";
========
} from "./chunk-COC6EYWX.js";
import "./chunk-G7XLII7S.js";
import "./chunk-BVGXW466.js";
>>>>>>>> vm-cgroup2:dist/chunks/explain-2FDRO7NB.js
import "./chunk-CCD4K2FC.js";
import "./chunk-AQA7OIHK.js";
import "./chunk-6DG7BXTN.js";

// src/facts/from-json.ts
function factsFromJson(text, source) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source} is not JSON: ${e.message}`, { cause: e });
  }
  const obj = parsed;
  const facts = obj && typeof obj === "object" && "facts" in obj ? obj.facts : obj;
  if (!facts || typeof facts !== "object" || !("system" in facts) || !("rlimits" in facts)) {
    throw new Error(`${source} holds neither a go-env-guard report nor a facts object`);
  }
  return facts;
}

// src/commands/explain.ts
async function explainCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, {
    values: ["dir", "facts"],
    booleans: ["no-probe", "json"]
  });
  if (flags["facts"] && flags["no-probe"]) throw new UsageError("--facts and --no-probe exclude each other");
  const files = positionals.length ? positionals : ["-"];
  if (files.filter((f) => f === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  for (const f of files) {
    if (f === "-") continue;
    const st = await host.lstat(f).catch(() => null);
    if (!st) throw new Error(`cannot read ${f}: no such file`);
    if (st.kind === "dir") throw new Error(`cannot read ${f}: it is a directory`);
  }
  const dir = str(flags["dir"]) ?? ".";
  let facts = null;
  let findings = [];
  if (typeof flags["facts"] === "string") {
    const path = flags["facts"];
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`);
    });
    facts = factsFromJson(text, path);
    findings = findingsFromJson(text) ?? preflight(facts);
  } else if (!flags["no-probe"]) {
    const pre = await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] });
    facts = pre.facts;
    findings = pre.findings;
  }
  let run;
  if (flags["json"]) run = await explainFilesJson(host, files, { dir, facts, findings }, (t) => io.out(t));
  else {
    run = await parseOutputFiles(host, files, dir);
    if ((run.unusable?.length ?? 0) < files.length)
      io.out(renderTerminal(explainRun(run, facts, findings).report, { color: host.isTTY }));
  }
  return unusableInputs(run.unusable, io);
}
function unusableInputs(unusable, io) {
  if (!unusable?.length) return 0;
  for (const u of unusable) io.err(`go-env-guard: ${u.reason}
`);
  return 2;
}
export {
  explainCommand
};
