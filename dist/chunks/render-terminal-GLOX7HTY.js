import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
<<<<<<<< HEAD:dist/chunks/render-terminal-GLOX7HTY.js
  renderTerminal
} from "./chunk-COC6EYWX.js";
import "./chunk-G7XLII7S.js";
import "./chunk-BVGXW466.js";
========
  renderTerminal,
  wrapLine
} from "./chunk-6VYLR6RV.js";
import "./chunk-NADUYVXC.js";
import "./chunk-YY2K2VIQ.js";
import "./chunk-Y7LYL4ET.js";
>>>>>>>> ux:dist/chunks/render-terminal-H7K7ZDZT.js
import "./chunk-CCD4K2FC.js";
import "./chunk-AQA7OIHK.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
