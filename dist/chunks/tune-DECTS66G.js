import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyLines,
  applyPlan,
  defaultStatePath,
  oneLine,
  planLines,
  planTune,
  readStateFile,
  restoreLines,
  restoreState
} from "./chunk-6QCX7UFK.js";
import {
  runPreflight
} from "./chunk-32WUQOXI.js";
import "./chunk-UEDWSHVC.js";
import {
  UsageError,
  flagSpec,
  parseArgs,
  str
} from "./chunk-N577XDGN.js";
import "./chunk-JSYEXCMW.js";
import "./chunk-N5L2BRSB.js";
import "./chunk-U4DLYXFZ.js";
import "./chunk-2EVJJMBJ.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";

// src/commands/tune.ts
var ACTIONS = ["plan", "apply", "restore"];
async function readReport(host, path) {
  let text;
  try {
    text = await host.readFile(path, 64 << 20);
  } catch (e) {
    throw new Error(`--report ${path}: cannot read it (${e instanceof Error ? e.message : String(e)})`, {
      cause: e
    });
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`--report ${path} is not JSON: ${e.message}`, { cause: e });
  }
  const r = parsed;
  if (!r || typeof r !== "object" || r.version !== 1 || !Array.isArray(r.failures))
    throw new Error(`--report ${path} is not a go-env-guard JSON report (version 1)`);
  return r;
}
async function tuneCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, flagSpec("tune"));
  const action = positionals[0] ?? "plan";
  if (!ACTIONS.includes(action))
    throw new UsageError(`tune takes plan, apply or restore (got "${positionals[0]}")`);
  if (positionals.length > 1)
    throw new UsageError(`tune ${action} takes no further arguments (got "${positionals[1]}")`);
  const json = flags["json"] === true;
  const statePath = str(flags["state"]) ?? defaultStatePath(host.env);
  if (!statePath && action !== "plan")
    throw new UsageError("no state file: pass --state FILE (neither RUNNER_TEMP nor HOME is set)");
  if (action === "restore") {
    const loaded = await readStateFile(host, statePath);
    if (!loaded) {
      if (json)
        io.out(
          JSON.stringify({ action, statePath, outcomes: [], warnings: [], note: "no state file" }, null, 2) + "\n"
        );
      else io.out(`Nothing to restore: no state file at ${statePath}.
`);
      return 0;
    }
    const result2 = await restoreState(host, loaded.state, { statePath });
    const warnings2 = [...loaded.warnings, ...result2.warnings];
    if (json)
      io.out(
        JSON.stringify(
          { action, statePath, outcomes: result2.outcomes, alreadyHandled: result2.alreadyHandled, warnings: warnings2 },
          null,
          2
        ) + "\n"
      );
    else
      io.out(
        [...loaded.warnings.map((w) => oneLine(`warning: ${w}`)), ...restoreLines(result2)].join("\n") + "\n"
      );
    return result2.outcomes.some((o) => o.status === "failed") ? 1 : 0;
  }
  const rules = (str(flags["rule"]) ?? "").split(",").map((r) => r.trim()).filter(Boolean);
  for (const r of rules)
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(r)) throw new UsageError(`--rule: "${r}" is not a rule id`);
  const reportPath = str(flags["report"]);
  const report = reportPath ? await readReport(host, reportPath) : null;
  const dir = str(flags["dir"]) ?? ".";
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`);
  });
  const { facts, findings } = await runPreflight(host, { dir, goProbe: "off", dockerfiles: [] });
  const keep = (rule) => rules.length === 0 || rules.includes(rule);
  const plan = planTune({
    facts,
    findings: [...findings, ...report?.findings ?? []].filter((f) => keep(f.rule)),
    causes: (report?.failures ?? []).flatMap((f) => f.causes ?? []).filter((c) => keep(c.rule)),
    rules,
    env: host.env
  });
  if (action === "plan") {
    if (json) io.out(JSON.stringify({ action, plan }, null, 2) + "\n");
    else io.out(planLines(plan).join("\n") + "\n");
    return 0;
  }
  const previous = await readStateFile(host, statePath);
  const result = await applyPlan(host, plan, { statePath, state: previous?.state ?? null });
  const warnings = [...previous?.warnings ?? [], ...result.warnings];
  if (json)
    io.out(
      JSON.stringify(
        {
          action,
          statePath,
          plan,
          outcomes: result.outcomes.map((o) => ({ ...o, step: o.step.key, kind: o.step.kind })),
          env: result.env,
          privilege: result.privilege,
          warnings
        },
        null,
        2
      ) + "\n"
    );
  else {
    const lines = [...(previous?.warnings ?? []).map((w) => oneLine(`warning: ${w}`)), ...applyLines(result)];
    if (result.state.changes.some((c) => c.status === "applied"))
      lines.push(
        `Originals recorded in ${statePath}; put them back with: go-env-guard tune restore --state ${statePath}`
      );
    if (plan.steps.length === 0) lines.unshift(...planLines(plan));
    io.out(lines.join("\n") + "\n");
  }
  return result.outcomes.some((o) => o.status === "failed") ? 1 : 0;
}
export {
  tuneCommand
};
