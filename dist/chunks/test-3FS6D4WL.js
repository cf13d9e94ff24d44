import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGoTest
} from "./chunk-SYSW7SXH.js";
import {
  explainRun,
  formatLive,
  writeExplainedJson
} from "./chunk-IT7LLJME.js";
import "./chunk-BYPODDS5.js";
import {
  findRepoRoot,
  probeCounters,
  runPreflight,
  withCountersNow,
  withGoProbe
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

// src/commands/test.ts
async function testCommand(argv, host, io) {
  const { flags, positionals, rest } = parseArgs(argv, flagSpec("test"));
  if (positionals.length) throw new UsageError(`put go test arguments after "--" (got "${positionals[0]}")`);
  const dir = str(flags["dir"]) ?? ".";
  const json = flags["json"] === true;
  const live = json ? io.err : io.out;
  let pre = await runPreflight(host, { dir, goProbe: "off", dockerfiles: [] });
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
  pre = await withGoProbe(host, pre, dir);
  facts = { ...facts, goProbe: pre.facts.goProbe };
  if (json) writeExplainedJson(run, facts, pre.findings, (t) => io.out(t));
  else
    io.out(
      "\n" + renderTerminal(explainRun(run, facts, pre.findings).report, {
        ...terminalStyle(host.env, io),
        factsSource: { kind: "here" }
      }) + "\n"
    );
  return code ?? 1;
}
export {
  testCommand
};
