import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-IGUDNTJR.js";
import "./chunk-6JUIG7HY.js";
import "./chunk-2PORS3P7.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-6TV74527.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
