import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-2DXBMCUZ.js";
import "./chunk-ODMXWBUO.js";
import "./chunk-IBDKZUQ4.js";
import "./chunk-WN7C42CC.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
