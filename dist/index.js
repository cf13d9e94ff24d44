import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGoTest
} from "./chunks/chunk-SYSW7SXH.js";
import {
  core_exports,
  endGroup,
  info,
  installRejectionHandler,
  internalError,
  linksFromEnv,
  newStepId,
  octokitFor,
  publishAll,
  readSettings,
  reportPath,
  saveState,
  saveTuneRecord,
  setFailed,
  setOutputs,
  startGroup,
  tuneInMain,
  warning,
  writeReport,
  writeSummary
} from "./chunks/chunk-YESBHMRQ.js";
import {
  explainRun
} from "./chunks/chunk-IT7LLJME.js";
import "./chunks/chunk-BYPODDS5.js";
import {
  oneLine
} from "./chunks/chunk-6QCX7UFK.js";
import {
  assembleReport,
  probeCounters,
  runPreflight,
  withCountersNow,
  withGoProbe
} from "./chunks/chunk-32WUQOXI.js";
import {
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
import {
  countsPhrase,
  findingCounts,
  trippedBy
} from "./chunks/chunk-WAXP7JG3.js";
import {
  failOnMet
} from "./chunks/chunk-2EVJJMBJ.js";
import {
  escapeCommandData,
  inertLine,
  inertText,
  sanitize,
  stopCommands
} from "./chunks/chunk-AKOEYLJ6.js";
import "./chunks/chunk-3EDJN4LH.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/main.ts
import { randomBytes } from "node:crypto";
import { posix } from "node:path";

// src/report/live-log.ts
var newBuf = () => ({ parts: [], bytes: 0, dropped: 0 });
var LiveLog = class {
  constructor(opts) {
    this.opts = opts;
    this.maxPkg = opts.maxPackageBytes ?? 256 * 1024;
    this.maxTest = opts.maxTestBytes ?? 64 * 1024;
    this.maxTotal = opts.maxTotalBytes ?? 16 * 1024 * 1024;
  }
  opts;
  pkgs = /* @__PURE__ */ new Map();
  build = /* @__PURE__ */ new Map();
  loose = newBuf();
  total = 0;
  maxPkg;
  maxTest;
  maxTotal;
  add(buf, text, max) {
    if (buf.bytes + text.length > max || this.total + text.length > this.maxTotal) {
      buf.dropped += text.length;
      return;
    }
    buf.parts.push(text);
    buf.bytes += text.length;
    this.total += text.length;
  }
  release(buf) {
    this.total -= buf.bytes;
  }
  block(buf) {
    let text = buf.parts.join("");
    if (buf.dropped > 0)
      text += `${text.endsWith("\n") || text === "" ? "" : "\n"}\u2026 ${buf.dropped} more characters not shown here (see the report)
`;
    if (text === "") return "";
    let token2 = this.opts.token();
    while (text.includes(token2)) token2 = this.opts.token();
    return stopCommands(sanitize(text), token2);
  }
  /** Arbitrary untrusted text (go test's stderr) wrapped so it stays inert. */
  wrap(text) {
    if (text === "") return "";
    let token2 = this.opts.token();
    while (text.includes(token2)) token2 = this.opts.token();
    return stopCommands(sanitize(text), token2);
  }
  pkg(name) {
    let p = this.pkgs.get(name);
    if (!p) {
      p = { out: newBuf(), tests: /* @__PURE__ */ new Map(), failed: [], passed: 0, skipped: 0 };
      this.pkgs.set(name, p);
    }
    return p;
  }
  /** One line of go test's stdout, as the parser read it. Returns what to print now. */
  line(ev) {
    if (typeof ev === "string") {
      this.add(this.loose, ev + "\n", this.maxPkg);
      return "";
    }
    const out = ev.output;
    if (ev.action === "build-output" && ev.importPath) {
      let b = this.build.get(ev.importPath);
      if (!b) this.build.set(ev.importPath, b = newBuf());
      this.add(b, out, this.maxPkg);
      return "";
    }
    if (ev.action === "build-fail" && ev.importPath) {
      const b = this.build.get(ev.importPath);
      this.build.delete(ev.importPath);
      if (!b) return "";
      this.release(b);
      return `${inertLine(`\u2717 build failed: ${ev.importPath}`)}
${this.block(b)}`;
    }
    if (!ev.package) return "";
    const p = this.pkg(ev.package);
    if (ev.action === "output") {
      this.add(p.out, out, this.maxPkg);
      if (ev.test) {
        let t = p.tests.get(ev.test);
        if (!t) p.tests.set(ev.test, t = newBuf());
        this.add(t, out, this.maxTest);
      }
      return "";
    }
    if (ev.test) {
      if (ev.action === "fail") p.failed.push(ev.test);
      else if (ev.action === "pass") p.passed++;
      else if (ev.action === "skip") p.skipped++;
      if (ev.action === "pass" || ev.action === "skip") {
        const t = p.tests.get(ev.test);
        if (t) {
          this.release(t);
          p.tests.delete(ev.test);
        }
      }
      return "";
    }
    if (ev.action === "pass" || ev.action === "fail" || ev.action === "skip")
      return this.finish(ev.package, ev.action, ev.elapsed);
    return "";
  }
  finish(name, action, elapsed) {
    const p = this.pkgs.get(name);
    this.pkgs.delete(name);
    const time = typeof elapsed === "number" ? ` ${elapsed.toFixed(2)}s` : "";
    const counts = [
      `${p.passed} passed`,
      p.failed.length ? `${p.failed.length} failed` : "",
      p.skipped ? `${p.skipped} skipped` : ""
    ].filter(Boolean).join(", ");
    const mark = action === "fail" ? "\u2717" : action === "skip" ? "\u2013" : "\u2713";
    const title = `${mark} ${name} (${counts})${time}`;
    let text = `::group::${escapeCommandData(title)}
${this.block(p.out)}::endgroup::
`;
    this.release(p.out);
    if (action === "fail") {
      const leaves = p.failed.filter((t) => !p.failed.some((o) => o.startsWith(t + "/")));
      for (const t of leaves) {
        const b = p.tests.get(t);
        text += `${inertLine(`\u2717 ${t} (${name})`)}
${b ? this.block(b) : ""}`;
      }
      if (leaves.length === 0)
        text += `${inertLine(`\u2717 ${name} failed outside any test`)}
${this.block(p.out)}`;
    }
    for (const b of p.tests.values()) this.release(b);
    return text;
  }
  /** At the end of the stream: whatever was not printed yet (packages without an end event, stray lines). */
  end() {
    let text = "";
    for (const name of [...this.pkgs.keys()]) {
      const p = this.pkgs.get(name);
      text += `${inertLine(`\u2717 ${name}: output ended before the package finished`)}
${this.block(p.out)}`;
      this.pkgs.delete(name);
    }
    for (const [path, b] of this.build) text += `${inertLine(`build output: ${path}`)}
${this.block(b)}`;
    this.build.clear();
    if (this.loose.parts.length || this.loose.dropped) text += this.block(this.loose);
    this.total = 0;
    return text;
  }
};

// src/action/main.ts
var token = () => randomBytes(16).toString("hex");
async function runGoTestLive(host, args, opts) {
  const live = new LiveLog({ token });
  let stderr = "";
  const flushStderr = () => {
    if (stderr) opts.write(live.wrap(stderr));
    stderr = "";
  };
  const result = await runGoTest(host, args, {
    cwd: opts.cwd,
    repoRoot: opts.repoRoot,
    // The lines the parser reads, as it reads them: the live log parses nothing again.
    onLine: (l) => {
      const out2 = live.line(l);
      if (out2) opts.write(out2);
    },
    onStderr: (text) => {
      stderr += text;
      if (stderr.length > 64 * 1024 || stderr.endsWith("\n")) flushStderr();
    }
  });
  const out = live.end();
  if (out) opts.write(out);
  flushStderr();
  return result;
}
async function run() {
  let settings = null;
  installRejectionHandler((e) => internalError(settings, "unexpected error", e));
  try {
    settings = readSettings();
  } catch (e) {
    setFailed(e instanceof Error ? e.message : String(e));
    return;
  }
  const host = new NodeHost();
  const wd = await (await workspaceJail(host, posix.resolve("."))).admit(settings.workingDirectory, "dir");
  if (!wd.ok) {
    setFailed(`Input 'working-directory': ${wd.reason}`);
    return;
  }
  const stepId = newStepId(host.env);
  const mode = settings.goTest ? "go-test" : settings.results.length ? "results" : "preflight";
  const notes = [];
  let facts = null;
  let findings = [];
  let repoRoot = host.env.GITHUB_WORKSPACE || ".";
  const probeAfterTests = mode === "go-test" && settings.goProbe === "auto";
  let pre = null;
  try {
    const started = Date.now();
    pre = await runPreflight(host, {
      dir: settings.workingDirectory,
      goProbe: probeAfterTests ? "off" : settings.goProbe,
      dockerfiles: settings.dockerfiles
    });
    facts = pre.facts;
    findings = pre.findings;
    repoRoot = pre.repoRoot;
    info(
      inertText(
        `go-env-guard: probed this runner in ${((Date.now() - started) / 1e3).toFixed(1)} s: preflight findings: ${countsPhrase(findingCounts(findings))}`
      )
    );
  } catch (e) {
    internalError(settings, "preflight failed", e);
    notes.push("The runner could not be probed; see the log. Diagnosis used the test output alone.");
  }
  const tuned = await tuneInMain(host, {
    mode: settings.tune,
    restore: settings.restore,
    facts,
    findings,
    stepId,
    macKey: randomBytes(32).toString("hex"),
    save: saveTuneRecord
  });
  for (const w of tuned.warnings) warning(`go-env-guard: ${oneLine(w)}`);
  if (tuned.log.length) {
    startGroup(`go-env-guard: tuning ${settings.tune === "apply" ? "applied" : "plan"}`);
    info(inertText(tuned.log.map(oneLine).join("\n")));
    endGroup();
  }
  Object.assign(process.env, tuned.env);
  let before = null;
  if (facts && mode !== "preflight") before = await probeCounters(host, facts.cgroup);
  const links = linksFromEnv(host.env);
  const rules = defaultRuleInfo();
  const base = {
    mode,
    links,
    rules,
    notes,
    tune: tuned.view,
    factsSource: facts ? { kind: "runner" } : { kind: "none", why: "The runner could not be probed." }
  };
  let goFailed = null;
  let input;
  if (mode === "go-test") {
    let result;
    try {
      result = await runGoTestLive(host, settings.goTest, {
        cwd: settings.workingDirectory,
        repoRoot,
        // LiveLog's text is made inert line by line (headers) and in stop-commands blocks (output).
        // eslint-disable-next-line no-restricted-syntax
        write: (t) => process.stdout.write(t)
      });
    } catch (e) {
      setFailed(`go-env-guard: could not run go test: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    notes.push(...result.notes);
    if (result.startError)
      goFailed = `could not start go test (${result.startError}); is Go installed and on PATH?`;
    else if (result.code !== 0)
      goFailed = `go test failed (${result.code === null ? `killed by ${result.signal}` : `exit code ${result.code}`})`;
    if (facts) facts = await withCountersNow(host, facts, before);
    if (probeAfterTests && pre !== null) {
      const started = Date.now();
      try {
        const full = await withGoProbe(host, pre, settings.workingDirectory);
        facts = facts ? { ...facts, goProbe: full.facts.goProbe } : facts;
        findings = full.findings;
      } catch (e) {
        internalError(settings, "the Go runtime probe failed", e);
      }
      info(
        inertText(
          `go-env-guard: Go runtime probe after the tests in ${((Date.now() - started) / 1e3).toFixed(1)} s: preflight findings: ${countsPhrase(findingCounts(findings))}`
        )
      );
    }
    let report;
    try {
      report = explainRun(result.run, facts, findings).report;
    } catch (e) {
      internalError(settings, "diagnosis failed", e);
      report = assembleReport({ facts, findings, totals: result.run.totals });
    }
    input = { ...base, report, partial: result.run.partial, exitCode: result.startError ? null : result.code };
  } else {
    input = {
      ...base,
      report: assembleReport({ facts, findings }),
      ...mode === "results" ? { notes: [...notes, "Test results are diagnosed in the post step, after your test step has run."] } : {}
    };
  }
  const reportFile = reportPath(host.env, mode === "results" ? "preflight.json" : "report.json", stepId);
  if (mode === "results") {
    await writeReport(host, input.report, reportFile).catch(
      (e) => internalError(settings, "writing the preflight report failed", e)
    );
    setOutputs(core_exports, input.report, reportFile, true);
    const c = findingCounts(findings);
    info(
      inertText(
        `go-env-guard: preflight findings: ${countsPhrase(c)}; the diagnosis, annotations and outputs come from the post step, after your test step.`
      )
    );
    await writeSummary(
      core_exports,
      host.env,
      [
        "## go-env-guard: preflight",
        "",
        `The runner was probed before your tests: preflight findings: ${countsPhrase(c)}. The report (failures, causes, findings, facts) is written by the post step, at the end of the job.`,
        ""
      ].join("\n")
    ).catch((e) => internalError(settings, "writing the job summary failed", e));
  } else {
    await publishAll({
      host,
      core: core_exports,
      octokit: octokitFor(settings),
      input,
      commentMode: settings.comment,
      reportFile,
      commentKey: settings.commentKey
    }).catch((e) => internalError(settings, "publishing the report failed", e));
  }
  saveState({
    version: 1,
    mode,
    reportPath: reportFile,
    countersBefore: before,
    results: settings.results,
    workingDirectory: settings.workingDirectory,
    stepId
    // the tune record is saved on its own, see saveTuneRecord
  });
  if (goFailed) setFailed(goFailed);
  if (failOnMet(settings.failOn, findings)) {
    setFailed(
      `go-env-guard: fail-on: ${settings.failOn} is met by ${trippedBy(settings.failOn, findings)}`
    );
  }
}

// src/index.ts
void run();
