import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal
<<<<<<<< HEAD:dist/chunks/render-terminal-P3RLBZYT.js
} from "./chunk-7C4DHULG.js";
import "./chunk-X4G7TVYK.js";
import "./chunk-HYENHSNS.js";
========
} from "./chunk-IGUDNTJR.js";
import "./chunk-6JUIG7HY.js";
import "./chunk-2PORS3P7.js";
>>>>>>>> docker-tier:dist/chunks/render-terminal-B7VBRXER.js
import "./chunk-CCD4K2FC.js";
import "./chunk-6TV74527.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal
};
