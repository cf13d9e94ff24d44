import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-EEP6SVN6.js";
import "./chunk-JJFPQDWV.js";
import "./chunk-WAXP7JG3.js";
import "./chunk-2EVJJMBJ.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
