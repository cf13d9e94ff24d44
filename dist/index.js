import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-DRIPWHJK.js";
import "./chunks/chunk-R53KEDOG.js";
import "./chunks/chunk-LEYADO74.js";
import "./chunks/chunk-FG24T47E.js";
import "./chunks/chunk-FQVFV462.js";
import "./chunks/chunk-RWDEIKGN.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-IIVNAFZU.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-ZDNAOZWY.js";
import "./chunks/chunk-2QFHP4WA.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
