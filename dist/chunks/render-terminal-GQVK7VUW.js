import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-QWBJDQLS.js";
import "./chunk-EH5BGMLB.js";
import "./chunk-2SADAYOG.js";
import "./chunk-7VYDQVFG.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
