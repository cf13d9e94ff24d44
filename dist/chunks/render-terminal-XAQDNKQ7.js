import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-BPD622YL.js";
import "./chunk-5MOYLFLG.js";
import "./chunk-SDTVXS37.js";
import "./chunk-CIZENLJN.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
