import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  renderTerminal
} from "./chunk-OT3LJ5T3.js";
import "./chunk-C7OD5KR2.js";
import "./chunk-6FWLRHCG.js";
import "./chunk-6DG7BXTN.js";
export {
  defaultRuleInfo,
  renderTerminal
};
