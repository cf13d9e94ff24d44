import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-TE62P6AX.js";
import "./chunks/chunk-QANBDKS4.js";
import "./chunks/chunk-HPG2TVJQ.js";
import "./chunks/chunk-ETC2RV7B.js";
import "./chunks/chunk-OZ2CBGTV.js";
import "./chunks/chunk-YSM4SW3X.js";
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
