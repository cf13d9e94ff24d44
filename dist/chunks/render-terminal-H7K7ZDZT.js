import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-6VYLR6RV.js";
import "./chunk-NADUYVXC.js";
import "./chunk-YY2K2VIQ.js";
import "./chunk-Y7LYL4ET.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
