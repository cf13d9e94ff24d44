import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NBRPCBV4.js";
import "./chunks/chunk-C2QZ5YRB.js";
import "./chunks/chunk-SITBRI7A.js";
import "./chunks/chunk-LAEC2V7M.js";
import "./chunks/chunk-EDMIRY6N.js";
import "./chunks/chunk-Z6CE5UFM.js";
import "./chunks/chunk-QNMK2VW6.js";
import "./chunks/chunk-A4IJKYQO.js";
import "./chunks/chunk-N5L2BRSB.js";
import "./chunks/chunk-U4DLYXFZ.js";
import "./chunks/chunk-FYVLXXKH.js";
import "./chunks/chunk-LUNMFS3B.js";
import "./chunks/chunk-CCD4K2FC.js";
import "./chunks/chunk-42MGG2UW.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/index.ts
void run();
