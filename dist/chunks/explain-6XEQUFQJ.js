import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainFilesJson,
  explainRun,
  factsFromJson,
  parseOutputFiles
} from "./chunk-ZX2BDFKF.js";
import {
  runPreflight
} from "./chunk-Q7CJAJCH.js";
import "./chunk-FO5RLBSA.js";
import {
  UsageError,
  parseArgs,
  str
} from "./chunk-YMB5IAIE.js";
import "./chunk-QNMK2VW6.js";
import "./chunk-GJ3FKJAH.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-XBE4GXZG.js";
import {
  renderTerminal
} from "./chunk-LRV2LCXH.js";
import "./chunk-2QFHP4WA.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";

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
  if (typeof flags["facts"] === "string") {
    const path = flags["facts"];
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`);
    });
    facts = factsFromJson(text, path);
  } else if (!flags["no-probe"]) {
    facts = (await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] })).facts;
  }
  if (flags["json"]) {
    await explainFilesJson(host, files, { dir, facts }, (t) => io.out(t));
    return 0;
  }
  const run = await parseOutputFiles(host, files, dir);
  io.out(renderTerminal(explainRun(run, facts, []).report, { color: host.isTTY }));
  return 0;
}
export {
  explainCommand
};
