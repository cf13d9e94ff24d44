import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeReportJson
} from "./chunk-BYPODDS5.js";
import {
  assembleReport,
  runPreflight
<<<<<<<< HEAD:dist/chunks/doctor-KI4MBWAC.js
<<<<<<<< HEAD:dist/chunks/doctor-TMQVD26J.js
<<<<<<<< HEAD:dist/chunks/doctor-TMQVD26J.js
} from "./chunk-WQWFNECY.js";
import {
  DEFAULT_DOCKERFILE_GLOBS
} from "./chunk-K6QWAZNP.js";
========
} from "./chunk-YV4NOERT.js";
import {
  DEFAULT_DOCKERFILE_GLOBS
} from "./chunk-QYWGJZF7.js";
>>>>>>>> robust:dist/chunks/doctor-CVBY664D.js
========
} from "./chunk-ZTEV2WAR.js";
import {
  DEFAULT_DOCKERFILE_GLOBS
} from "./chunk-ZGR6UV6B.js";
>>>>>>>> vm-cgroup2:dist/chunks/doctor-KI4MBWAC.js
========
} from "./chunk-VYQC457K.js";
import {
  DEFAULT_DOCKERFILE_GLOBS
} from "./chunk-GNOGJCVW.js";
import {
  useColor,
  wrapWidth
} from "./chunk-WASOUSI3.js";
>>>>>>>> ux:dist/chunks/doctor-TFOI2AVH.js
import {
  UsageError,
  parseArgs,
  str
} from "./chunk-YMB5IAIE.js";
import "./chunk-JSYEXCMW.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  trippedBy
} from "./chunk-YY2K2VIQ.js";
import {
  failOnMet
<<<<<<<< HEAD:dist/chunks/doctor-KI4MBWAC.js
<<<<<<<< HEAD:dist/chunks/doctor-TMQVD26J.js
} from "./chunk-HYENHSNS.js";
========
} from "./chunk-Y7LYL4ET.js";
import "./chunk-CCD4K2FC.js";
>>>>>>>> ux:dist/chunks/doctor-TFOI2AVH.js
import "./chunk-42MGG2UW.js";
========
} from "./chunk-BVGXW466.js";
import "./chunk-AQA7OIHK.js";
>>>>>>>> vm-cgroup2:dist/chunks/doctor-KI4MBWAC.js
import "./chunk-6DG7BXTN.js";

// src/commands/doctor.ts
async function doctorCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, {
    values: ["dir", "go-probe", "fail-on"],
    booleans: ["json"],
    choices: { "go-probe": ["auto", "off"], "fail-on": ["never", "error", "warning"] }
  });
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
<<<<<<<< HEAD:dist/chunks/doctor-KI4MBWAC.js
<<<<<<<< HEAD:dist/chunks/doctor-TMQVD26J.js
    const { renderTerminal } = await import("./render-terminal-P3RLBZYT.js");
========
    const { renderTerminal } = await import("./render-terminal-GLOX7HTY.js");
>>>>>>>> vm-cgroup2:dist/chunks/doctor-KI4MBWAC.js
    io.out(renderTerminal(report, { color: host.isTTY }));
========
    const { renderTerminal } = await import("./render-terminal-H7K7ZDZT.js");
    io.out(
      renderTerminal(report, {
        color: useColor(host.env, host.isTTY),
        width: wrapWidth(host.env, io),
        factsSource: { kind: "here" }
      }) + "\n"
    );
>>>>>>>> ux:dist/chunks/doctor-TFOI2AVH.js
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
