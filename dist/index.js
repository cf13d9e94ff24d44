import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-EQV5KK25.js";
import "./chunks/chunk-MIVYNHSY.js";
import "./chunks/chunk-U7NEFM2I.js";
import "./chunks/chunk-UDN2LWWS.js";
import "./chunks/chunk-HJSJUT52.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-LNT2VCCY.js";
import "./chunks/chunk-FZEZV64C.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
