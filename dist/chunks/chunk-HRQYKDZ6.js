import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError,
  commandHelp
} from "./chunk-N577XDGN.js";
import {
  VERSION
} from "./chunk-JSYEXCMW.js";
import {
  InertWriter
} from "./chunk-AKOEYLJ6.js";

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
function terminalStyle(env, io) {
  return { color: useColor(env, Boolean(io.tty?.stdout)), width: wrapWidth(env, io) };
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
    const help = command && own.some((a) => a === "--help" || a === "-h") ? commandHelp(command) : null;
    if (help) {
      io.out(help + "\n");
      return 0;
    }
    switch (command) {
      // Each command is loaded when it runs, so that `doctor` does not parse the test-output parser,
      // the report renderers or the tuner (start-up time is most of what doctor costs).
      case "doctor":
        return await (await import("./doctor-3EZV6R67.js")).doctorCommand(args, host, io);
      case "explain":
        return await (await import("./explain-BTJTFQN4.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./test-3FS6D4WL.js")).testCommand(args, host, io);
      case "tune":
        return await (await import("./tune-DECTS66G.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./rules-CZMSCQWY.js")).rulesCommand(args, host, io);
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
  terminalStyle,
  cli
};
