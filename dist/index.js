import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-LEWWVWBW.js";
import "./chunks/chunk-3VYXDZ6J.js";
import "./chunks/chunk-SBM56HCE.js";
import "./chunks/chunk-HLLNZIBS.js";
import "./chunks/chunk-DZH3U4ST.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-ZDNAOZWY.js";
import "./chunks/chunk-2QFHP4WA.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
