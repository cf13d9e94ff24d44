#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
async function cli(_argv) {
  return 0;
}
void cli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
export {
  cli
};
