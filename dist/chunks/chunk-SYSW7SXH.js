import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createParser,
  discoverLayout,
  parseEvidence,
  verifyLocations
} from "./chunk-IT7LLJME.js";
import {
  isKilled
} from "./chunk-2EVJJMBJ.js";

// src/pipeline/go-test.ts
import { StringDecoder } from "node:string_decoder";
var TextTail = class {
  constructor(max = 64 * 1024) {
    this.max = max;
  }
  max;
  text = "";
  push(s) {
    this.text += s;
    if (this.text.length > 2 * this.max) this.text = this.text.slice(-this.max);
  }
  toString() {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text;
  }
};
var BUILD_LIKE = /-race requires cgo|C compiler .* not found|\[build failed\]|\[setup failed\]|cannot find (package|module)|no required module|build cache is required|go: updates to go\.mod needed|^# \S+$|\.go:\d+:\d+: /m;
function withGoCommandError(run, stderr, exitCode) {
  const text = stderr.replace(/\r\n/g, "\n").trim();
  if (exitCode === 0 || run.failures.length > 0 || text === "") return run;
  const lines = text.split("\n");
  return {
    ...run,
    failures: [
      ...run.failures,
      {
        package: null,
        test: null,
        kind: BUILD_LIKE.test(text) ? "build" : "log",
        excerpt: lines.slice(-20).join("\n"),
        output: text
      }
    ]
  };
}
var GO_TEST_OOM_SCORE_ADJ = 1e3;
function oomScoreNote(adj, exit, run) {
  if (!adj) return null;
  if (!adj.ok)
    return `go test ran with go-env-guard's own oom_score_adj (${adj.reason}): under memory pressure the kernel may kill go-env-guard before the tests.`;
  const goKilled = exit.code === null;
  const childKilled = run.failures.some(
    (f) => f.kind === "killed" || parseEvidence(`${f.excerpt}
${f.output}`.split("\n")).items.some(isKilled)
  );
  if (!goKilled && !childKilled) return null;
  const what = goKilled ? `the go command was killed (${exit.signal ?? "no exit status"})` : "a process it started was killed (signal: killed)";
  return `go test, its compiler and its test binaries ran with oom_score_adj ${adj.value}, so that the kernel's OOM killer picks them before go-env-guard, which wrote this report; ${what}.`;
}
async function runGoTest(host, args, opts) {
  const layout = await discoverLayout(host, opts.repoRoot, opts.cwd);
  const parser = createParser({
    layout,
    ...opts.onEvent ? { onEvent: opts.onEvent } : {},
    ...opts.onLine ? { onLine: opts.onLine } : {}
  });
  parser.beginSource("go test -json");
  const child = host.spawnStream("go", ["test", "-json", ...args], {
    cwd: opts.cwd,
    oomScoreAdj: GO_TEST_OOM_SCORE_ADJ
  });
  const stderrTail = new TextTail();
  const stderrText = new StringDecoder("utf8");
  for await (const { stream, chunk } of child.output) {
    if (stream === "stdout") parser.push(chunk);
    else {
      const text = stderrText.write(chunk);
      stderrTail.push(text);
      opts.onStderr?.(text);
    }
  }
  const exit = await child.exit;
  const run = withGoCommandError(
    await verifyLocations(host, parser.end(), layout),
    String(stderrTail),
    exit.code
  );
  const note = exit.startError ? null : oomScoreNote(child.oomScoreAdj, exit, run);
  return {
    notes: note ? [note] : [],
    run,
    code: exit.code,
    signal: exit.signal,
    ...exit.startError ? { startError: exit.startError } : {}
  };
}

export {
  runGoTest
};
