import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderTerminal,
  wrapLine
} from "./chunk-DMNXK2X7.js";
import "./chunk-3MFIS6B5.js";
import "./chunk-YGWSGKBT.js";
import "./chunk-5GCZDCZO.js";
import "./chunk-AKOEYLJ6.js";
import "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";
export {
  renderTerminal,
  wrapLine
};
