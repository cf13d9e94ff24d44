import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeReportJson
} from "./chunk-BYPODDS5.js";
import {
  assembleReport,
  runPreflight
} from "./chunk-32WUQOXI.js";
import {
  DEFAULT_DOCKERFILE_GLOBS
} from "./chunk-UEDWSHVC.js";
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
  trippedBy
} from "./chunk-WAXP7JG3.js";
import {
  failOnMet
} from "./chunk-2EVJJMBJ.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";

// src/commands/doctor.ts
async function doctorCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, flagSpec("doctor"));
  if (positionals.length) throw new UsageError(`doctor takes no arguments (got "${positionals[0]}")`);
  const dir = str(flags["dir"]) ?? ".";
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`);
  });
  const { facts, findings } = await runPreflight(host, {
    dir,
    goProbe: str(flags["go-probe"]) ?? "auto",
    dockerfiles: DEFAULT_DOCKERFILE_GLOBS
  });
  const report = assembleReport({ facts, findings });
  if (flags["json"]) writeReportJson(report, (t) => io.out(t));
  else {
    const { renderTerminal } = await import("./render-terminal-FN2WD4NA.js");
    io.out(
      renderTerminal(report, {
        ...terminalStyle(host.env, io),
        factsSource: { kind: "here" }
      }) + "\n"
    );
  }
  const failOn = str(flags["fail-on"]) ?? "never";
  if (failOnMet(failOn, findings)) {
    io.err(`go-env-guard: --fail-on ${failOn} is met by ${trippedBy(failOn, findings)}
`);
    return 1;
  }
  return 0;
}
export {
  doctorCommand
};
