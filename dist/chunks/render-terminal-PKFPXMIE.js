import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-UIECCWFJ.js";
import "./chunk-4H54APIW.js";
import "./chunk-OZJ4EY3X.js";
import "./chunk-AXPKISXE.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
