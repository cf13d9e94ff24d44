import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  core_exports,
  info,
  installRejectionHandler,
  linksFromEnv,
  loadMainPreflight,
  loadState,
  loadTuneRecord,
  notice,
  octokitFor,
  publishAll,
  readSettings,
  reportPath,
  restoreInPost,
  warning
} from "./chunks/chunk-YESBHMRQ.js";
import {
  explainFiles
} from "./chunks/chunk-IT7LLJME.js";
import "./chunks/chunk-BYPODDS5.js";
import {
  oneLine
} from "./chunks/chunk-6QCX7UFK.js";
import {
  withCountersNow
} from "./chunks/chunk-32WUQOXI.js";
import {
  discoverFiles,
  workspaceJail
} from "./chunks/chunk-UEDWSHVC.js";
import {
  NodeHost
} from "./chunks/chunk-RJX7LE5O.js";
import "./chunks/chunk-JSYEXCMW.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import {
  defaultRuleInfo
} from "./chunks/chunk-JJFPQDWV.js";
import "./chunks/chunk-WAXP7JG3.js";
import "./chunks/chunk-2EVJJMBJ.js";
import {
  inertText
} from "./chunks/chunk-AKOEYLJ6.js";
import "./chunks/chunk-3EDJN4LH.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/post.ts
import { posix } from "node:path";
var MAX_RESULT_FILES = 1e3;
var GLOB_META = /[*?[\]{}]/;
async function resolveResults(host, patterns, jail) {
  const files = [];
  const missing = [];
  const refused = [];
  const seen = /* @__PURE__ */ new Set();
  const take = (real, name, st) => {
    if (seen.has(real) || files.length >= MAX_RESULT_FILES) return;
    seen.add(real);
    files.push({ path: real, name, expect: { dev: st.dev, ino: st.ino } });
  };
  for (const pattern of patterns) {
    if (!GLOB_META.test(pattern)) {
      const a = await jail.admit(pattern, "file");
      if (a.ok) take(a.real, pattern, a.stat);
      else if (a.code === "ENOENT") missing.push(pattern);
      else refused.push(a.reason);
      continue;
    }
    const segs = pattern.split("/");
    const idx = segs.findIndex((s) => GLOB_META.test(s));
    const prefix = segs.slice(0, idx).join("/") || (pattern.startsWith("/") ? "/" : ".");
    const rest = segs.slice(idx).join("/");
    const dir = await jail.admit(prefix, "dir");
    if (!dir.ok) {
      if (dir.code === "ENOENT") missing.push(pattern);
      else refused.push(`${pattern}: ${dir.reason}`);
      continue;
    }
    const found = await discoverFiles(host, dir.real, [rest], { maxFiles: MAX_RESULT_FILES });
    for (const e of found.errors) refused.push(`${pattern}: ${e.message}`);
    if (found.files.length === 0 && found.errors.length === 0) missing.push(pattern);
    for (const f of found.files) {
      const name = prefix === "." ? f.path : posix.join(prefix, f.path);
      const a = await jail.admit(posix.join(dir.real, f.path), "file");
      if (a.ok) take(a.real, name, a.stat);
      else refused.push(a.reason.replace(posix.join(dir.real, f.path), name));
    }
  }
  return { files, missing, refused };
}
var POST_BUDGET_MS = 10 * 60 * 1e3;
function postWatchdog(ms, onExpire) {
  const t = setTimeout(onExpire, ms);
  t.unref();
  return { cancel: () => clearTimeout(t) };
}
async function post() {
  installRejectionHandler(
    (e) => warning(`go-env-guard post: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
  );
  const watchdog = postWatchdog(POST_BUDGET_MS, () => {
    warning(
      `go-env-guard post: gave up after ${POST_BUDGET_MS / 6e4} minutes (a read did not return); no report from this step`
    );
    process.exit(0);
  });
  try {
    await postSteps();
  } finally {
    watchdog.cancel();
  }
}
async function postSteps() {
  try {
    const { state, error } = loadState();
    let settings = null;
    try {
      settings = readSettings();
    } catch {
    }
    const restored = await restoreInPost(new NodeHost(), loadTuneRecord(), {
      restore: settings?.restore ?? true
    });
    for (const w of restored.warnings) warning(`go-env-guard: ${oneLine(w)}`);
    if (restored.log.length)
      info(inertText(["go-env-guard tune restore:", ...restored.log.map(oneLine)].join("\n")));
    if (!state) {
      info(inertText(`go-env-guard post: nothing to do (${error})`));
      return;
    }
    if (state.mode !== "results") return;
    settings ??= readSettings();
    const host = new NodeHost();
    const main = await loadMainPreflight(host, state.reportPath);
    if (main.error) warning(`go-env-guard: ${main.error}`);
    const jail = await workspaceJail(host, posix.resolve("."));
    const { files, missing, refused } = await resolveResults(host, state.results, jail);
    for (const m of missing)
      notice(`go-env-guard: results: nothing matches "${m}" (did the test step write it?)`);
    for (const r of refused) warning(`go-env-guard: results: not read: ${r}`);
    const facts = main.facts && await withCountersNow(host, main.facts, state.countersBefore);
    const { report, run } = await explainFiles(host, files, {
      dir: state.workingDirectory,
      facts,
      findings: main.findings
    });
    for (const u of run.unusable ?? []) warning(`go-env-guard: results: ${u.reason}`);
    const partial = [
      ...run.partial,
      ...missing.map((m) => `no results file matches "${m}"`),
      ...refused.map((r) => `not read: ${r} (results are read only inside the workspace, never from .git/)`)
    ];
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
        tune: restored.view,
        // The facts main recorded on this runner before the tests: never this step's own, probed after.
        factsSource: facts ? { kind: "main-step" } : {
          kind: "none",
          why: "The main step's facts could not be read; the diagnosis rests on the test output alone."
        }
      },
      commentMode: settings.comment,
      reportFile: reportPath(host.env, "report.json", state.stepId),
      commentKey: settings.commentKey
    });
  } catch (e) {
    warning(`go-env-guard post: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// src/post.ts
void post();
