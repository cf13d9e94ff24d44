import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGoTest
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
<<<<<<<< HEAD:dist/chunks/test-MKD6ABAH.js
} from "./chunk-ORCAZV24.js";
========
} from "./chunk-ZK4TZE5X.js";
>>>>>>>> robust:dist/chunks/test-VIZZY7TE.js
========
} from "./chunk-RQPBHNHS.js";
>>>>>>>> vm-cgroup2:dist/chunks/test-M4B63KIY.js
========
} from "./chunk-4BB462MJ.js";
>>>>>>>> formats:dist/chunks/test-K2EIOL23.js
import {
  explainRun,
  formatLive,
  writeExplainedJson
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
<<<<<<<< HEAD:dist/chunks/test-MKD6ABAH.js
} from "./chunk-KZTV3Z2U.js";
========
} from "./chunk-LUJZKEQY.js";
>>>>>>>> robust:dist/chunks/test-VIZZY7TE.js
========
} from "./chunk-BQ3REKKY.js";
>>>>>>>> vm-cgroup2:dist/chunks/test-M4B63KIY.js
========
} from "./chunk-UH62JDO6.js";
>>>>>>>> formats:dist/chunks/test-K2EIOL23.js
import "./chunk-BYPODDS5.js";
import {
  findRepoRoot,
  probeCounters,
  runPreflight,
  withCountersNow
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
<<<<<<<< HEAD:dist/chunks/test-MKD6ABAH.js
} from "./chunk-WQWFNECY.js";
import "./chunk-K6QWAZNP.js";
========
} from "./chunk-YV4NOERT.js";
import "./chunk-QYWGJZF7.js";
>>>>>>>> robust:dist/chunks/test-VIZZY7TE.js
========
} from "./chunk-ZTEV2WAR.js";
import "./chunk-ZGR6UV6B.js";
>>>>>>>> vm-cgroup2:dist/chunks/test-M4B63KIY.js
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
<<<<<<<< HEAD:dist/chunks/test-VIZZY7TE.js
} from "./chunk-7C4DHULG.js";
import "./chunk-X4G7TVYK.js";
import "./chunk-HYENHSNS.js";
========
} from "./chunk-COC6EYWX.js";
import "./chunk-G7XLII7S.js";
import "./chunk-BVGXW466.js";
>>>>>>>> vm-cgroup2:dist/chunks/test-M4B63KIY.js
import "./chunk-CCD4K2FC.js";
import "./chunk-AQA7OIHK.js";
import "./chunk-6DG7BXTN.js";

// src/commands/test.ts
async function testCommand(argv, host, io) {
  const { flags, positionals, rest } = parseArgs(argv, {
    values: ["dir"],
    booleans: ["json"],
    passthrough: true
  });
  if (positionals.length) throw new UsageError(`put go test arguments after "--" (got "${positionals[0]}")`);
  const dir = str(flags["dir"]) ?? ".";
  const json = flags["json"] === true;
  const live = json ? io.err : io.out;
  const pre = await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] });
  let facts = pre.facts;
  const before = await probeCounters(host, facts.cgroup);
  const { run, code, startError } = await runGoTest(host, rest, {
    cwd: dir,
    repoRoot: await findRepoRoot(host, dir),
    onEvent: (e) => {
      const line = formatLive(e);
      if (line !== null) live(line + "\n");
    },
    onStderr: live
  });
  if (startError) throw new Error(`could not start go test (${startError}); is Go on PATH?`);
  facts = await withCountersNow(host, facts, before);
  if (json) writeExplainedJson(run, facts, pre.findings, (t) => io.out(t));
  else io.out("\n" + renderTerminal(explainRun(run, facts, pre.findings).report, { color: host.isTTY }));
  return code ?? 1;
}
export {
  testCommand
};
