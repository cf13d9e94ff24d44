#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cli
} from "./chunks/chunk-WASOUSI3.js";
import "./chunks/chunk-YMB5IAIE.js";
import {
  NodeHost
<<<<<<< HEAD
} from "./chunks/chunk-6AKN2UYH.js";
import {
  VERSION
} from "./chunks/chunk-QXNMDQBV.js";
import "./chunks/chunk-A4IJKYQO.js";
import {
  InertWriter
} from "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/commands/cli.ts
var USAGE = `go-env-guard ${VERSION}: explains why Go tests fail in CI.

Usage:
  go-env-guard doctor  [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]
  go-env-guard explain [FILE ...|-] [--dir DIR] [--facts FACTS.json] [--no-probe] [--json]
  go-env-guard test    [--dir DIR] [--json] -- <go test args>
  go-env-guard tune    plan|apply|restore [--state FILE] [--json]
  go-env-guard rules   [ID] [--json]

Exit status: 0 success; doctor 1 when --fail-on is met; test exits with go test's status;
2 bad usage or unreadable input.`;
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
    return await run(command, args, host, { out: (t) => out.write(t), err: (t) => err.write(t) });
  } finally {
    out.end();
    err.end();
  }
}
async function run(command, args, host, io) {
  try {
    switch (command) {
      // Each command is loaded when it runs, so that `doctor` does not parse the test-output parser,
      // the report renderers or the tuner (start-up time is most of what doctor costs).
      case "doctor":
<<<<<<< HEAD
<<<<<<< HEAD
<<<<<<< HEAD
        return await (await import("./chunks/doctor-TMQVD26J.js")).doctorCommand(args, host, io);
      case "explain":
<<<<<<< HEAD
        return await (await import("./chunks/explain-JBNWGDY2.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./chunks/test-MKD6ABAH.js")).testCommand(args, host, io);
=======
        return await (await import("./chunks/explain-ORITFWGP.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./chunks/test-K2EIOL23.js")).testCommand(args, host, io);
>>>>>>> formats
      case "tune":
        return await (await import("./chunks/tune-52KT5HBW.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./chunks/rules-ETNQ3BRN.js")).rulesCommand(args, host, io);
=======
        return await (await import("./chunks/doctor-CVBY664D.js")).doctorCommand(args, host, io);
      case "explain":
        return await (await import("./chunks/explain-5KHCCDFU.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./chunks/test-VIZZY7TE.js")).testCommand(args, host, io);
      case "tune":
        return await (await import("./chunks/tune-FJ7X2EL5.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./chunks/rules-YKKXHCK3.js")).rulesCommand(args, host, io);
>>>>>>> robust
=======
        return await (await import("./chunks/doctor-K4DPF2M4.js")).doctorCommand(args, host, io);
      case "explain":
        return await (await import("./chunks/explain-UDP7ZIMX.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./chunks/test-HQ5XL2OS.js")).testCommand(args, host, io);
      case "tune":
        return await (await import("./chunks/tune-X4364GDS.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./chunks/rules-RQDXI4UW.js")).rulesCommand(args, host, io);
>>>>>>> docker-tier
=======
        return await (await import("./chunks/doctor-KI4MBWAC.js")).doctorCommand(args, host, io);
      case "explain":
        return await (await import("./chunks/explain-2FDRO7NB.js")).explainCommand(args, host, io);
      case "test":
        return await (await import("./chunks/test-M4B63KIY.js")).testCommand(args, host, io);
      case "tune":
        return await (await import("./chunks/tune-N2UUP7I2.js")).tuneCommand(args, host, io);
      case "rules":
        return await (await import("./chunks/rules-FJFENLNT.js")).rulesCommand(args, host, io);
>>>>>>> vm-cgroup2
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

=======
} from "./chunks/chunk-XUFJ2CQ2.js";
import "./chunks/chunk-JSYEXCMW.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-6DG7BXTN.js";

>>>>>>> ux
// src/cli.ts
var isMain = process.argv[1] !== void 0 && /(^|[\\/])cli\.(js|ts)$/.test(process.argv[1]);
if (isMain) {
  for (const s of [process.stdout, process.stderr]) {
    s.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  const io = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    tty: {
      stdout: Boolean(process.stdout.isTTY),
      stdin: Boolean(process.stdin.isTTY),
      columns: process.stdout.columns ?? null
    }
  };
  void cli(process.argv.slice(2), new NodeHost(), io).then((code) => {
    process.exitCode = code;
  });
}
