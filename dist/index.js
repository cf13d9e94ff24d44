import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGoTest
} from "./chunks/chunk-U5ZLJC3K.js";
import {
  core_exports,
  group,
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
  tuneInMain,
  warning
} from "./chunks/chunk-6AYS6MSD.js";
import {
  explainRun
} from "./chunks/chunk-4DLND627.js";
import "./chunks/chunk-BYPODDS5.js";
import {
  oneLine
} from "./chunks/chunk-UBFGZZUG.js";
import {
  assembleReport,
  probeCounters,
  runPreflight,
  withCountersNow
} from "./chunks/chunk-W3A7IVCN.js";
import {
  workspaceJail
} from "./chunks/chunk-ZBQ34DGW.js";
import {
  NodeHost
} from "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QXNMDQBV.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import {
  defaultRuleInfo
} from "./chunks/chunk-FH3BN3T2.js";
import {
  failOnMet
} from "./chunks/chunk-I5SDQPBO.js";
import {
  escapeCommandData,
  inertLine,
  inertText,
  sanitize,
  stopCommands
} from "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/main.ts
import { randomBytes } from "node:crypto";
import { StringDecoder } from "node:string_decoder";
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
  /** One line of go test's stdout (without the newline). Returns what to print now. */
  line(line) {
    let ev = null;
    if (line.startsWith("{")) {
      try {
        ev = JSON.parse(line);
      } catch {
        ev = null;
      }
    }
    if (!ev || typeof ev !== "object" || typeof ev.Action !== "string") {
      this.add(this.loose, line + "\n", this.maxPkg);
      return "";
    }
    const out = typeof ev.Output === "string" ? ev.Output : "";
    if (ev.Action === "build-output" && ev.ImportPath) {
      let b = this.build.get(ev.ImportPath);
      if (!b) this.build.set(ev.ImportPath, b = newBuf());
      this.add(b, out, this.maxPkg);
      return "";
    }
    if (ev.Action === "build-fail" && ev.ImportPath) {
      const b = this.build.get(ev.ImportPath);
      this.build.delete(ev.ImportPath);
      if (!b) return "";
      this.release(b);
      return `${inertLine(`\u2717 build failed: ${ev.ImportPath}`)}
${this.block(b)}`;
    }
    if (!ev.Package) return "";
    const p = this.pkg(ev.Package);
    if (ev.Action === "output") {
      this.add(p.out, out, this.maxPkg);
      if (ev.Test) {
        let t = p.tests.get(ev.Test);
        if (!t) p.tests.set(ev.Test, t = newBuf());
        this.add(t, out, this.maxTest);
      }
      return "";
    }
    if (ev.Test) {
      if (ev.Action === "fail") p.failed.push(ev.Test);
      else if (ev.Action === "pass") p.passed++;
      else if (ev.Action === "skip") p.skipped++;
      if (ev.Action === "pass" || ev.Action === "skip") {
        const t = p.tests.get(ev.Test);
        if (t) {
          this.release(t);
          p.tests.delete(ev.Test);
        }
      }
      return "";
    }
    if (ev.Action === "pass" || ev.Action === "fail" || ev.Action === "skip")
      return this.finish(ev.Package, ev.Action, ev.Elapsed);
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
var LineSplitter = class {
  constructor(maxLine = 1 << 20) {
    this.maxLine = maxLine;
  }
  maxLine;
  rest = "";
  skipping = false;
  push(chunk) {
    const text = this.rest + chunk;
    const parts = text.split("\n");
    this.rest = parts.pop() ?? "";
    const lines = [];
    for (const l of parts) {
      if (this.skipping) {
        this.skipping = false;
        continue;
      }
      lines.push(l.length > this.maxLine ? l.slice(0, this.maxLine) : l);
    }
    if (this.rest.length > this.maxLine) {
      if (!this.skipping) lines.push(this.rest.slice(0, this.maxLine));
      this.skipping = true;
      this.rest = "";
    }
    return lines;
  }
  end() {
    const r = this.rest;
    this.rest = "";
    if (this.skipping) {
      this.skipping = false;
      return [];
    }
    return r ? [r] : [];
  }
};

// src/action/main.ts
var token = () => randomBytes(16).toString("hex");
async function runGoTestLive(host, args, opts) {
  const live = new LiveLog({ token });
  const lines = new LineSplitter();
  const stdoutText = new StringDecoder("utf8");
  let stderr = "";
  const flushStderr = () => {
    if (stderr) opts.write(live.wrap(stderr));
    stderr = "";
  };
  const result = await runGoTest(host, args, {
    cwd: opts.cwd,
    repoRoot: opts.repoRoot,
    onStdout: (chunk) => {
      let out2 = "";
      for (const l of lines.push(stdoutText.write(chunk))) out2 += live.line(l);
      if (out2) opts.write(out2);
    },
    onStderr: (text) => {
      stderr += text;
      if (stderr.length > 64 * 1024 || stderr.endsWith("\n")) flushStderr();
    }
  });
  let out = "";
  for (const l of lines.end()) out += live.line(l);
  out += live.end();
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
  try {
    const pre = await group(
      "go-env-guard: probing the runner",
      () => runPreflight(host, {
        dir: settings.workingDirectory,
        goProbe: settings.goProbe,
        dockerfiles: settings.dockerfiles
      })
    );
    facts = pre.facts;
    findings = pre.findings;
    repoRoot = pre.repoRoot;
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
  if (tuned.log.length) info(inertText(["go-env-guard tune:", ...tuned.log.map(oneLine)].join("\n")));
  Object.assign(process.env, tuned.env);
  let before = null;
  if (facts && mode !== "preflight") before = await probeCounters(host, facts.cgroup);
  const links = linksFromEnv(host.env);
  const rules = defaultRuleInfo();
  const base = { mode, links, rules, notes, tune: tuned.view };
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
    if (result.startError)
      goFailed = `could not start go test (${result.startError}); is Go installed and on PATH?`;
    else if (result.code !== 0)
      goFailed = `go test failed (${result.code === null ? `killed by ${result.signal}` : `exit code ${result.code}`})`;
    if (facts) facts = await withCountersNow(host, facts, before);
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
  await publishAll({
    host,
    core: core_exports,
    octokit: octokitFor(settings),
    input,
    commentMode: settings.comment,
    annotate: true,
    comment: mode !== "results",
    reportFile
  }).catch((e) => internalError(settings, "publishing the report failed", e));
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
      `go-env-guard: preflight findings at ${settings.failOn} or above (fail-on: ${settings.failOn})`
    );
  }
}

// src/index.ts
void run();
