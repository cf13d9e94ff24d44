import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-IFY5DS24.js";
import "./chunk-256VYSI6.js";
import "./chunk-HOXQAZWJ.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
