import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XE5REWRR.js";
import "./chunks/chunk-KDWL3EWN.js";
import "./chunks/chunk-BFCAHJ52.js";
import "./chunks/chunk-BLBMVZ67.js";
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
