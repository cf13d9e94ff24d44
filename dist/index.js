import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WKIJY73B.js";
import "./chunks/chunk-O6C7FPRI.js";
import "./chunks/chunk-E6GNVW5I.js";
import "./chunks/chunk-GAPGRAWF.js";
import "./chunks/chunk-OZ4GQNBC.js";
import "./chunks/chunk-TX3JEJQ2.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-FDDKCIQJ.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-RDQOCPX7.js";
import "./chunks/chunk-VNXCFLVU.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
