#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cli
} from "./chunks/chunk-HRQYKDZ6.js";
import "./chunks/chunk-N577XDGN.js";
import {
  NodeHost
} from "./chunks/chunk-RJX7LE5O.js";
import "./chunks/chunk-JSYEXCMW.js";
import "./chunks/chunk-AKOEYLJ6.js";
import "./chunks/chunk-6DG7BXTN.js";

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
