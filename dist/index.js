import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Q725RKI4.js";
import "./chunks/chunk-34FO7BYY.js";
import "./chunks/chunk-Q3AP345Z.js";
import "./chunks/chunk-ADVVJ54M.js";
import "./chunks/chunk-MFD3D3Z5.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import "./chunks/chunk-GJMWFX5I.js";
import "./chunks/chunk-YQ5E3DCT.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
