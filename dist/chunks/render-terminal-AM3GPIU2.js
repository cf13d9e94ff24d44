import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-UGP5NS7Y.js";
import "./chunk-BCEIJ3TJ.js";
import "./chunk-Y7LYL4ET.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
