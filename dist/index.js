import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NYTSPNAZ.js";
import "./chunks/chunk-6DYM2BWU.js";
import "./chunks/chunk-ZX2BDFKF.js";
import "./chunks/chunk-Q7CJAJCH.js";
import "./chunks/chunk-FO5RLBSA.js";
import "./chunks/chunk-BAOLP6QJ.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-GJ3FKJAH.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-LRV2LCXH.js";
import "./chunks/chunk-2QFHP4WA.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
