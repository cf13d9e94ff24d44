import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-UINXWHJX.js";
import "./chunk-SKLTFH7S.js";
import "./chunk-FRFABMX5.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
