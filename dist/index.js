import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-QYWSHEP4.js";
import "./chunks/chunk-DWRCIPHG.js";
import "./chunks/chunk-PLBDTIQ2.js";
import "./chunks/chunk-CHR6D3ZS.js";
import "./chunks/chunk-PC3ZA2QA.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import "./chunks/chunk-MTO6S4NX.js";
import "./chunks/chunk-NMPXMTST.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
