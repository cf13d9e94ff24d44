import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-OKVZ7OWJ.js";
import "./chunks/chunk-OXFZ7CVO.js";
import "./chunks/chunk-TSOMQLMB.js";
import "./chunks/chunk-DXGTH5CG.js";
import "./chunks/chunk-OZ4GQNBC.js";
import "./chunks/chunk-TX3JEJQ2.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-FDDKCIQJ.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-UO4WUZZA.js";
import "./chunks/chunk-3X24SOH3.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
