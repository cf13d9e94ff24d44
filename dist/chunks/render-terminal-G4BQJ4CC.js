import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  renderTerminal
} from "./chunk-7Y7HQ2ZH.js";
import "./chunk-I5SDQPBO.js";
import "./chunk-CCD4K2FC.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  defaultRuleInfo,
  renderTerminal
};
