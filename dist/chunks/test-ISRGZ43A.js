import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGoTest
} from "./chunk-ZXSS7SK3.js";
import {
  explainRun,
  formatLive,
  writeExplainedJson
} from "./chunk-PTJJ3V4C.js";
import "./chunk-BYPODDS5.js";
import {
  findRepoRoot,
  probeCounters,
  runPreflight,
  withCountersNow
} from "./chunk-XVFTZYV3.js";
import "./chunk-2ZVN5SMD.js";
import {
  useColor,
  wrapWidth
} from "./chunk-WB72ZBEA.js";
import {
  UsageError,
  parseArgs,
  str
} from "./chunk-YMB5IAIE.js";
import "./chunk-JSYEXCMW.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import {
  renderTerminal
} from "./chunk-UIECCWFJ.js";
import "./chunk-4H54APIW.js";
import "./chunk-OZJ4EY3X.js";
import "./chunk-AXPKISXE.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
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
  else
    io.out(
      "\n" + renderTerminal(explainRun(run, facts, pre.findings).report, {
        color: useColor(host.env, host.isTTY),
        width: wrapWidth(host.env, io),
        factsSource: { kind: "here" }
      }) + "\n"
    );
  return code ?? 1;
}
export {
  testCommand
};
