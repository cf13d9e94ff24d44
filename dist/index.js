import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-VYTDO7PO.js";
import "./chunks/chunk-AP5VEQUS.js";
import "./chunks/chunk-ZUQSRG3N.js";
import "./chunks/chunk-NOXI757T.js";
import "./chunks/chunk-R6U5RSZ5.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import "./chunks/chunk-TWGODPMW.js";
import "./chunks/chunk-47TRQYCC.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
