import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-VEJIW4E5.js";
import "./chunks/chunk-FCWAAMCY.js";
import "./chunks/chunk-T6EMA4DL.js";
import "./chunks/chunk-3B7MJQ4R.js";
import "./chunks/chunk-ZG7LA7HX.js";
import "./chunks/chunk-KMV27IOG.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-Y7UPHH7G.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-TQMX4NDZ.js";
import "./chunks/chunk-TBPYRRKQ.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
