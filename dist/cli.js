#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cli
} from "./chunks/chunk-WB72ZBEA.js";
import "./chunks/chunk-YMB5IAIE.js";
import {
  NodeHost
} from "./chunks/chunk-TBKYWR5I.js";
import "./chunks/chunk-JSYEXCMW.js";
import "./chunks/chunk-CCD4K2FC.js";
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
