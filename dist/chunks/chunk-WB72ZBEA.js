import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YMB5IAIE.js";
import {
  VERSION
} from "./chunk-JSYEXCMW.js";
import {
  InertWriter
} from "./chunk-CCD4K2FC.js";

// src/commands/help.ts
var COMMAND_HELP = {
  doctor: `Usage: go-env-guard doctor [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]

Probes this machine (limits, cgroups, sysctls, mounts, security) and lints the Dockerfiles, compose
files and workflows of the repository that holds DIR, then prints the facts and the findings.

Options:
  --dir DIR          the Go module to check (default: .)
  --json             print the JSON report instead of text
  --go-probe MODE    auto: build and run a small Go program to see what the Go runtime sees (needs go
                     on PATH); off: skip it (default: auto)
  --fail-on LEVEL    exit 1 when a finding is at LEVEL or above: never, error, warning (default: never)
  -h, --help         show this help

Exit status: 0; 1 when --fail-on is met; 2 bad usage.`,
  explain: `Usage: go-env-guard explain [FILE ...|-] [--facts here|FACTS.json] [--dir DIR] [--json]

Reads saved go test output (go test -json, or plain go test -v text) and explains each failure: the
likely environmental cause, its evidence and the fix. With no FILE, or -, it reads standard input.

The log usually comes from another machine (a CI runner), so explain does not use this machine's
facts unless asked: without --facts the diagnosis rests on the log alone, and says so.

Options:
  --facts here       also probe this machine and use its facts (right only if the log was written here)
  --facts FILE       use the facts (or the whole JSON report) recorded where the tests ran: the action's
                     report file, or "go-env-guard doctor --json" run there
  --dir DIR          the repository checkout, to map failures to files and lines (default: .)
  --json             print the JSON report instead of text
  --no-probe         the default; kept for old scripts
  -h, --help         show this help

Exit status: 0; 2 bad usage, or an input that holds no go test output (its reason on stderr).`,
  test: `Usage: go-env-guard test [--dir DIR] [--json] -- <go test arguments>

Runs "go test -json <arguments>" in DIR, prints readable output as it arrives, then explains the
failures with this machine's facts.

Options:
  --dir DIR          where to run go test (default: .)
  --json             print the JSON report on stdout (the live output goes to stderr)
  -h, --help         show this help

Exit status: go test's own (0 pass, 1 failures, 2 build or usage errors); 2 bad usage.`,
  tune: `Usage: go-env-guard tune plan|apply|restore [--rule ID[,ID...]] [--report FILE] [--state FILE] [--dir DIR] [--json]

plan: print the commands and settings that fix what this machine's facts (or a report) show.
apply: perform the automatic, allow-listed steps (never lowering a value), recording the originals.
restore: put recorded originals back (idempotent).

Options:
  --rule IDS         act on these rules only, as if a failing test had been diagnosed with them
  --report FILE      also fix the causes in a JSON report (explain --json, the action's report)
  --state FILE       where apply records the originals (default: RUNNER_TEMP or HOME)
  --dir DIR          the Go module, for the probes (default: .)
  --json             print JSON
  -h, --help         show this help

Exit status: 0; 1 when a step failed; 2 bad usage or unreadable input.`,
  rules: `Usage: go-env-guard rules [ID] [--json]

Lists the rules; with an ID, shows what the rule detects, why, and how to fix it.

Options:
  --json             print JSON
  -h, --help         show this help`
};

// src/commands/cli.ts
var USAGE = `go-env-guard ${VERSION}: explains why Go tests fail in CI.

Usage:
  go-env-guard doctor  [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]
  go-env-guard explain [FILE ...|-] [--dir DIR] [--facts FACTS.json] [--no-probe] [--json]
  go-env-guard test    [--dir DIR] [--json] -- <go test args>
  go-env-guard tune    plan|apply|restore [--state FILE] [--json]
  go-env-guard rules   [ID] [--json]

"go-env-guard COMMAND --help" explains a command and its options.
Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

Exit status: 0 success; doctor 1 when --fail-on is met; test exits with go test's status;
2 bad usage or unreadable input.`;
function useColor(env, isTTY) {
  const force = env["FORCE_COLOR"];
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  if (env["NO_COLOR"] !== void 0 && env["NO_COLOR"] !== "") return false;
  return isTTY;
}
function wrapWidth(env, io) {
  const cols = Number(env["COLUMNS"]);
  if (Number.isInteger(cols) && cols >= 20) return cols;
  return io.tty?.stdout && io.tty.columns && io.tty.columns >= 20 ? io.tty.columns : null;
}
function inCi(env) {
  return env["GITHUB_ACTIONS"] === "true" || env["CI"] !== void 0 && env["CI"] !== "" && env["CI"] !== "false";
}
async function cli(argv, host, rawIo) {
  const [command, ...args] = argv;
  if (!inCi(host.env)) return run(command, args, host, rawIo);
  const dashes = args.indexOf("--");
  const json = (dashes < 0 ? args : args.slice(0, dashes)).some((a) => a === "--json");
  const out = new InertWriter((t) => rawIo.out(t), json ? "json" : "text");
  const err = new InertWriter((t) => rawIo.err(t));
  try {
    return await run(command, args, host, {
      out: (t) => out.write(t),
      err: (t) => err.write(t),
      ...rawIo.tty ? { tty: rawIo.tty } : {}
    });
  } finally {
    out.end();
    err.end();
  }
}
async function run(command, args, host, io) {
  try {
    const dashes = args.indexOf("--");
    const own = dashes < 0 ? args : args.slice(0, dashes);
    if (command && COMMAND_HELP[command] && own.some((a) => a === "--help" || a === "-h")) {
      io.out(COMMAND_HELP[command] + "\n");
      return 0;
    }
    switch (command) {
      // Each command is loaded when it runs, so that `doctor` does not parse the test-output parser,
      // the report renderers or the tuner (start-up time is most of what doctor costs).
      case "doctor":
        return await (await import("./doctor-VDLDYLXQ.js")).doctorCommand(args, host, io);
      case "explain":
        return await (await import("./explain-QMB46ORY.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./test-ISRGZ43A.js")).testCommand(args, host, io);
      case "tune":
        return await (await import("./tune-5CTFQBZB.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./rules-VKFC6WD6.js")).rulesCommand(args, host, io);
      case "--version":
      case "version":
        io.out(VERSION + "\n");
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.out(USAGE + "\n");
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`go-env-guard: ${msg.split("\n")[0]}
`);
    return 2;
  }
}

export {
  useColor,
  wrapWidth,
  cli
};
