import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-COC6EYWX.js";
import "./chunk-G7XLII7S.js";
import "./chunk-BVGXW466.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-AQA7OIHK.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
