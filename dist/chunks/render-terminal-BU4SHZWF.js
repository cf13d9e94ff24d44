import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-E2WQY5QQ.js";
import "./chunk-ILPNHSXG.js";
import "./chunk-V25WNRSW.js";
import "./chunk-BRVGGLFJ.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
