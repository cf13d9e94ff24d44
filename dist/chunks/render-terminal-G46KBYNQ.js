import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-FUJTPPA7.js";
import "./chunk-JNKXAN2Q.js";
import "./chunk-4H4MVJRO.js";
import "./chunk-AXPKISXE.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
