import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  renderTerminal
} from "./chunk-U6TBYM6Y.js";
import "./chunk-2QFHP4WA.js";
import "./chunk-VXPIQUCI.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  defaultRuleInfo,
  renderTerminal
};
