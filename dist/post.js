import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  core_exports,
  info,
  installRejectionHandler,
  loadState,
  loadTuneRecord,
  notice,
  octokitFor,
  publishAll,
  readSettings,
  reportPath,
  restoreInPost,
  warning
} from "./chunks/chunk-NYTSPNAZ.js";
import {
  oneLine
} from "./chunks/chunk-6DYM2BWU.js";
import {
  explainFiles
} from "./chunks/chunk-ZX2BDFKF.js";
import {
  probeCounters
} from "./chunks/chunk-Q7CJAJCH.js";
import {
  discoverFiles
} from "./chunks/chunk-FO5RLBSA.js";
import {
  NodeHost
} from "./chunks/chunk-BAOLP6QJ.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-GJ3FKJAH.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import {
  defaultRuleInfo,
  linksFromEnv
} from "./chunks/chunk-LRV2LCXH.js";
import "./chunks/chunk-2QFHP4WA.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/post.ts
import { posix } from "node:path";
var GLOB_META = /[*?[\]{}]/;
async function resolveResults(host, patterns) {
  const files = [];
  const missing = [];
  for (const pattern of patterns) {
    if (!GLOB_META.test(pattern)) {
      const ok = await host.lstat(pattern).then(
        (s) => s.kind === "file" || s.kind === "symlink",
        () => false
      );
      if (ok) files.push(pattern);
      else missing.push(pattern);
      continue;
    }
    const segs = pattern.split("/");
    const idx = segs.findIndex((s) => GLOB_META.test(s));
    const prefix = segs.slice(0, idx).join("/") || (pattern.startsWith("/") ? "/" : ".");
    const rest = segs.slice(idx).join("/");
    const found = await discoverFiles(host, prefix, [rest], { maxFiles: 1e3 }).catch(() => null);
    const matched = found?.files ?? [];
    if (matched.length === 0) missing.push(pattern);
    for (const f of matched) files.push(posix.join(prefix, f.path));
  }
  return { files: [...new Set(files)], missing };
}
async function readMainReport(host, path) {
  if (!path) return { facts: null, findings: [] };
  try {
    const r = JSON.parse(await host.readFile(path, 64 * 1024 * 1024));
    const facts = r.facts && "system" in r.facts ? r.facts : null;
    return { facts, findings: Array.isArray(r.findings) ? r.findings : [] };
  } catch (e) {
    warning(`go-env-guard: could not read the main step's report ${path}: ${e.message}`);
    return { facts: null, findings: [] };
  }
}
async function post() {
  installRejectionHandler(
    (e) => warning(`go-env-guard post: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
  );
  try {
    const { state, error } = loadState();
    let restoreSetting = true;
    try {
      restoreSetting = readSettings().restore;
    } catch {
    }
    const restored = await restoreInPost(new NodeHost(), loadTuneRecord(), { restore: restoreSetting });
    for (const w of restored.warnings) warning(`go-env-guard: ${oneLine(w)}`);
    if (restored.log.length)
      info(["go-env-guard tune restore:", ...restored.log.map(oneLine)].join("\n"));
    if (!state) {
      info(`go-env-guard post: nothing to do (${error})`);
      return;
    }
    if (state.mode !== "results") return;
    const settings = readSettings();
    const host = new NodeHost();
    const main = await readMainReport(host, state.reportPath);
    const { files, missing } = await resolveResults(host, state.results);
    for (const m of missing)
      notice(`go-env-guard: results: nothing matches "${m}" (did the test step write it?)`);
    let facts = main.facts;
    if (facts) {
      const after = await probeCounters(host, facts.cgroup).catch(() => null);
      facts = {
        ...facts,
        counters: {
          ...state.countersBefore ? { before: state.countersBefore } : {},
          ...after ? { after } : {}
        }
      };
    }
    const { report, run } = await explainFiles(host, files, {
      dir: state.workingDirectory,
      facts,
      findings: main.findings
    });
    const partial = [...run.partial, ...missing.map((m) => `no results file matches "${m}"`)];
    await publishAll({
      host,
      core: core_exports,
      octokit: octokitFor(settings),
      input: {
        report,
        mode: "results",
        links: linksFromEnv(host.env),
        rules: defaultRuleInfo(),
        partial,
        tune: restored.view
        // tune: issue 7
      },
      commentMode: settings.comment,
      annotate: true,
      comment: true,
      reportFile: reportPath(host.env, "report.json", state.stepId)
    });
  } catch (e) {
    warning(`go-env-guard post: ${e instanceof Error ? e.message : String(e)}`);
  }
}
void post();
export {
  post,
  resolveResults
};
