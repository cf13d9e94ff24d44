import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-NDO64ARW.js";
import "./chunk-ZOOUMFX4.js";
import "./chunk-XCIGWRYI.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
