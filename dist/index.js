import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XS5H7EHF.js";
import "./chunks/chunk-2GRCQ2VF.js";
import "./chunks/chunk-THKV2ASI.js";
import "./chunks/chunk-Z4KSWIWR.js";
import "./chunks/chunk-BGW7WUSK.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import "./chunks/chunk-TVH6I6PO.js";
import "./chunks/chunk-WXHBLJG3.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
