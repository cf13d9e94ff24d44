import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WMU2ZDKJ.js";
import "./chunks/chunk-HNDDWPC2.js";
import "./chunks/chunk-NXPQNJFX.js";
import "./chunks/chunk-A26IFT2Y.js";
import "./chunks/chunk-ZG7LA7HX.js";
import "./chunks/chunk-KMV27IOG.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-Y7UPHH7G.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-UO4WUZZA.js";
import "./chunks/chunk-3X24SOH3.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
