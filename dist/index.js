import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NVQKKGO5.js";
import "./chunks/chunk-GWWVQYUG.js";
import "./chunks/chunk-OTQORZPM.js";
import "./chunks/chunk-O6C4ZGQT.js";
import "./chunks/chunk-ZAFSCXJT.js";
import "./chunks/chunk-TX3JEJQ2.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-FDDKCIQJ.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-LRV2LCXH.js";
import "./chunks/chunk-2QFHP4WA.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
