import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  meetsFailOn,
  severityRank
} from "./chunk-2EVJJMBJ.js";

// src/report/text.ts
function testLabel(f) {
  if (f.test) return f.test;
  if (f.kind === "build") return "build failed";
  if (f.kind === "log") return "failure in the log";
  return `package ${f.kind === "package" ? "failed" : f.kind}`;
}
function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}
function failureCounts(failures) {
  const tests = failures.filter((f) => f.test !== null && f.test !== void 0 && f.test !== "").length;
  return { all: failures.length, tests, other: failures.length - tests };
}
function failuresPhrase(failures) {
  const c = failureCounts(failures);
  if (c.other === 0) return plural(c.tests, "failed test");
  if (c.tests === 0) return plural(c.other, "build or package failure");
  return `${plural(c.all, "failure")} (${plural(c.tests, "failed test")}, ${plural(c.other, "build or package failure")})`;
}
var plainTitle = (s) => s.replace(/`([^`\n]*)`/g, "$1");
function environmentalCount(failures, rules) {
  return failures.filter((f) => f.causes.some((c) => rules?.[c.rule]?.environmental !== false)).length;
}

// src/report/findings.ts
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
function findingCounts(findings) {
  const c = { all: findings.length, error: 0, warning: 0, notice: 0, significant: 0 };
  for (const f of findings) c[f.severity]++;
  c.significant = c.error + c.warning;
  return c;
}
function countsPhrase(c) {
  const parts = [];
  if (c.error) parts.push(plural(c.error, "error"));
  if (c.warning) parts.push(plural(c.warning, "warning"));
  if (c.notice) parts.push(plural(c.notice, "notice"));
  return parts.join(", ") || "none";
}
function significantPhrase(c, noun = "preflight finding", emph = (s) => s) {
  return `${emph(plural(c.significant, noun))} at warning or above (${countsPhrase({ ...c, notice: 0 })})`;
}
function trippedBy(failOn, findings) {
  const hit = findings.filter((f) => meetsFailOn(failOn, f.severity));
  const ids = [...new Set(hit.map((f) => `${f.rule} (${f.severity})`))];
  return ids.slice(0, 10).join(", ") + (ids.length > 10 ? ` and ${ids.length - 10} more` : "");
}

export {
  testLabel,
  plural,
  failureCounts,
  failuresPhrase,
  plainTitle,
  environmentalCount,
  sortFindings,
  findingCounts,
  countsPhrase,
  significantPhrase,
  trippedBy
};
