import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-CVVDE7S6.js";
import "./chunk-5B2IFIB2.js";
import "./chunk-CGFRRN3L.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
