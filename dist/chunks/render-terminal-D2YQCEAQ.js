import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-QQHLCXFY.js";
import "./chunk-JTCABF6R.js";
import "./chunk-5UJMQYCF.js";
import "./chunk-MSYEOQUH.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
