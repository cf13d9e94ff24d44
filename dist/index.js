import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XASSW7ZZ.js";
import "./chunks/chunk-ORNLTCPA.js";
import "./chunks/chunk-VST3P3TD.js";
import "./chunks/chunk-AO4VKUSR.js";
import "./chunks/chunk-EWPCV3YM.js";
import "./chunks/chunk-TX3JEJQ2.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-FDDKCIQJ.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-KB2OSKGN.js";
import "./chunks/chunk-7UDLE5A3.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
