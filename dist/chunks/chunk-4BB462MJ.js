import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createParser,
  discoverLayout,
  verifyLocations
} from "./chunk-UH62JDO6.js";

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
async function runGoTest(host, args, opts) {
  const layout = await discoverLayout(host, opts.repoRoot, opts.cwd);
  const parser = createParser({
    layout,
    ...opts.onEvent ? { onEvent: opts.onEvent } : {},
    ...opts.onLine ? { onLine: opts.onLine } : {}
  });
  parser.beginSource("go test -json");
  const child = host.spawnStream("go", ["test", "-json", ...args], { cwd: opts.cwd });
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
  return {
    // No location beats a wrong one: drop paths that are not files in the workspace.
    run: withGoCommandError(await verifyLocations(host, parser.end(), layout), String(stderrTail), exit.code),
    code: exit.code,
    signal: exit.signal,
    ...exit.startError ? { startError: exit.startError } : {}
  };
}

export {
  runGoTest
};
