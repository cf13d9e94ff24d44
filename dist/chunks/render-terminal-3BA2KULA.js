import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  renderTerminal
} from "./chunk-RDQOCPX7.js";
import "./chunk-VNXCFLVU.js";
import "./chunk-42MGG2UW.js";
import "./chunk-6DG7BXTN.js";
export {
  defaultRuleInfo,
  renderTerminal
};
