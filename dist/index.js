import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ZSC37NN2.js";
import "./chunks/chunk-QC3HJHYH.js";
import "./chunks/chunk-DGZERT6V.js";
import "./chunks/chunk-A5JEPTFA.js";
import "./chunks/chunk-YRPNAJ5L.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-HTBPIASE.js";
import "./chunks/chunk-NMPXMTST.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
