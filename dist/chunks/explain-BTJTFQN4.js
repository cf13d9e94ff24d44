import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainFilesJson,
  explainRun,
  parseOutputFiles
} from "./chunk-IT7LLJME.js";
import {
  findingsFromJson
} from "./chunk-BYPODDS5.js";
import {
  preflight,
  runPreflight
} from "./chunk-32WUQOXI.js";
import "./chunk-UEDWSHVC.js";
import {
  terminalStyle
} from "./chunk-HRQYKDZ6.js";
import {
  UsageError,
  flagSpec,
  parseArgs,
  str
} from "./chunk-N577XDGN.js";
import "./chunk-JSYEXCMW.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  renderTerminal
} from "./chunk-EEP6SVN6.js";
import "./chunk-JJFPQDWV.js";
import "./chunk-WAXP7JG3.js";
import "./chunk-2EVJJMBJ.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
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
  const { flags, positionals } = parseArgs(argv, flagSpec("explain"));
  if (typeof flags["facts"] === "string" && flags["no-probe"])
    throw new UsageError("--facts and --no-probe exclude each other");
  const files = positionals.length ? positionals : ["-"];
  if (files.filter((f) => f === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  for (const f of files) {
    if (f === "-") continue;
    const st = await host.lstat(f).catch(() => null);
    if (!st) throw new Error(`cannot read ${f}: no such file`);
    if (st.kind === "dir") throw new Error(`cannot read ${f}: it is a directory`);
  }
  if (files.includes("-") && io.tty?.stdin)
    io.err(
      'go-env-guard: reading go test output from standard input (end with Ctrl-D; "go-env-guard explain --help" shows how to name a file)...\n'
    );
  const dir = str(flags["dir"]) ?? ".";
  let facts = null;
  let findings = [];
  let source = {
    kind: "none",
    why: "The diagnosis rests on the log alone; explain does not use this machine's facts unless asked (--facts here, or --facts FILE recorded where the tests ran)."
  };
  const factsFlag = str(flags["facts"]);
  if (factsFlag === "here") {
    const pre = await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] });
    facts = pre.facts;
    findings = pre.findings;
    source = { kind: "here", asked: true };
  } else if (factsFlag !== void 0) {
    const path = factsFlag;
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`);
    });
    facts = factsFromJson(text, path);
    findings = findingsFromJson(text) ?? preflight(facts);
    source = { kind: "file", path };
  }
  let run;
  if (flags["json"]) run = await explainFilesJson(host, files, { dir, facts, findings }, (t) => io.out(t));
  else {
    run = await parseOutputFiles(host, files, dir);
    if ((run.unusable?.length ?? 0) < files.length)
      io.out(
        renderTerminal(explainRun(run, facts, findings).report, {
          ...terminalStyle(host.env, io),
          factsSource: source
        }) + "\n"
      );
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
