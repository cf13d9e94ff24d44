import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  renderTerminal
} from "./chunk-KB2OSKGN.js";
import "./chunk-7UDLE5A3.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  defaultRuleInfo,
  renderTerminal
};
