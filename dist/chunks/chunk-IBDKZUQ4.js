import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  severityRank
} from "./chunk-WN7C42CC.js";

// src/report/findings.ts
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
var significantFindings = (findings) => findings.filter((f) => f.severity === "error" || f.severity === "warning");
function findingCounts(findings) {
  const c = { all: findings.length, error: 0, warning: 0, notice: 0, significant: 0 };
  for (const f of findings) c[f.severity]++;
  c.significant = c.error + c.warning;
  return c;
}
function countsPhrase(c) {
  const parts = [];
  if (c.error) parts.push(`${c.error} error${c.error === 1 ? "" : "s"}`);
  if (c.warning) parts.push(`${c.warning} warning${c.warning === 1 ? "" : "s"}`);
  if (c.notice) parts.push(`${c.notice} notice${c.notice === 1 ? "" : "s"}`);
  return parts.join(", ") || "none";
}
function trippedBy(failOn, findings) {
  const hit = findings.filter(
    (f) => f.severity === "error" || failOn === "warning" && f.severity === "warning"
  );
  const ids = [...new Set(hit.map((f) => `${f.rule} (${f.severity})`))];
  return ids.slice(0, 10).join(", ") + (ids.length > 10 ? ` and ${ids.length - 10} more` : "");
}

export {
  sortFindings,
  significantFindings,
  findingCounts,
  countsPhrase,
  trippedBy
};
