import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-32FPUIDS.js";
import "./chunks/chunk-ICT7PBPG.js";
import "./chunks/chunk-ZPSAXAAI.js";
import "./chunks/chunk-CWXBKYYQ.js";
import "./chunks/chunk-OZ2CBGTV.js";
import "./chunks/chunk-54XVIUOC.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-EYPVLVWG.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-XBE4GXZG.js";
import "./chunks/chunk-OT3LJ5T3.js";
import "./chunks/chunk-C7OD5KR2.js";
import "./chunks/chunk-6FWLRHCG.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
