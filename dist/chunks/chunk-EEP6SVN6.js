import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultRuleInfo,
  factRows,
  groupFailures,
  provenanceText
} from "./chunk-JJFPQDWV.js";
import {
  countsPhrase,
  environmentalCount,
  failuresPhrase,
  findingCounts,
  plainTitle,
  plural,
  significantPhrase,
  sortFindings,
  testLabel
} from "./chunk-WAXP7JG3.js";
import {
  ellipsis,
  sanitize
} from "./chunk-AKOEYLJ6.js";

// src/report/render-terminal.ts
var ANSI = /\x1b\[[0-9;]*m/g;
var visible = (s) => [...s.replace(ANSI, "")].length;
function wrapLine(line, width, hangAt) {
  if (visible(line) <= width) return [line];
  const plain = line.replace(ANSI, "");
  const lead = /^ */.exec(plain)[0].length;
  const label = /^ *(?:[•✗!✓] |(?:fix|or|error|warning|notice) *:? +|seen before the tests: )/.exec(plain);
  const hang = Math.min(hangAt ?? (label ? label[0].length : lead + 2), Math.floor(width / 2));
  const pad = " ".repeat(hang);
  const out = [];
  let cur = "";
  let curLen = 0;
  const push = () => {
    out.push(cur.replace(/ +$/, ""));
    cur = pad;
    curLen = hang;
  };
  for (const w of line.split(/( +)/)) {
    if (w === "") continue;
    const len = visible(w);
    if (/^ +$/.test(w)) {
      if (cur.trim() === "") {
        if (out.length === 0) {
          cur += w;
          curLen += len;
        }
      } else if (curLen + len < width) {
        cur += w;
        curLen += len;
      } else push();
      continue;
    }
    if (curLen + len > width && cur.trim() !== "") push();
    cur += w;
    curLen += len;
  }
  if (cur.trim() !== "") out.push(cur.replace(/ +$/, ""));
  return out;
}
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
function painter(color) {
  return (style, text) => color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
}
var clean = (s, max = 500) => {
  return ellipsis(sanitize(s).replace(/\n/g, " "), max);
};
function renderTerminal(report, opts) {
  const p = painter(opts.color);
  const rules = opts.rules ?? defaultRuleInfo();
  const excerptLines = opts.excerptLines ?? 8;
  const out = [];
  const { failures, totals } = report;
  const counts = findingCounts(report.findings);
  const showFacts = opts.facts ?? failures.length === 0;
  if (failures.length > 0) {
    const env = environmentalCount(failures, rules);
    out.push(
      p("bold", `${p("red", "\u2717")} ${failuresPhrase(failures)}`) + `, ${env} linked to a likely environmental cause` + (totals.tests ? p("dim", ` (${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped)`) : "")
    );
  } else if (totals.tests > 0 || totals.packages > 0) {
    out.push(
      p("bold", `${p("green", "\u2713")} go test passed`) + p("dim", ` (${plural(totals.passed, "test")} in ${plural(totals.packages, "package")})`)
    );
  } else if (counts.significant > 0) {
    out.push(
      p(
        "bold",
        `${p("yellow", "!")} ${significantPhrase(counts, "finding")} can make Go tests fail on this machine`
      )
    );
  } else {
    out.push(p("bold", `${p("green", "\u2713")} no environmental problems found`));
  }
  const prov = provenanceText(opts.factsSource, report.facts);
  if (prov) out.push(p("dim", prov));
  out.push("");
  for (const g of groupFailures(failures, report.conclusions)) {
    if (g.rule === null) {
      out.push(p("bold", `Not linked to the environment: ${failuresPhrase(g.failures)}`));
    } else {
      const info = rules[g.rule];
      const title = info ? `${plainTitle(info.title)} ` : "";
      const tag = info && !info.environmental ? p("yellow", " [looks like the code, not the runner]") : "";
      out.push(
        `${p("bold", title + `[${g.rule}]`)} ${p("dim", `${g.confidence} confidence, ${failuresPhrase(g.failures)}`)}${tag}`
      );
      for (const e of g.evidence.slice(0, 6)) out.push(`  ${p("dim", "\u2022")} ${clean(e)}`);
      for (const e of g.explainedBy) out.push(`  ${p("dim", "seen before the tests:")} ${clean(e)}`);
      if (g.runnerUp)
        out.push(
          `  ${p("yellow", "or:")} ${clean(g.runnerUp.rule)} ${p("dim", "(the log alone cannot tell them apart); check:")} ${clean(g.runnerUp.check, 400)}`
        );
      if (g.remedy) out.push(`  ${p("green", "fix:")} ${clean(g.remedy, 1e3)}`);
    }
    for (const f of g.failures.slice(0, 50)) {
      const where = f.file ? p("dim", ` ${clean(f.file, 200)}${f.line ? `:${f.line}` : ""}`) : "";
      const pkg = f.package ? p("dim", ` (${clean(f.package, 200)})`) : "";
      out.push(`  ${p("red", "\u2717")} ${clean(testLabel(f), 300)}${pkg}${where}`);
      if (excerptLines > 0 && f.excerpt.trim()) {
        const lines = sanitize(f.excerpt).split("\n").filter((l) => l.trim() !== "");
        for (const l of lines.slice(0, excerptLines)) out.push(p("dim", `      ${ellipsis(l, 300)}`));
        if (lines.length > excerptLines)
          out.push(p("dim", `      \u2026 ${lines.length - excerptLines} more lines`));
      }
    }
    if (g.failures.length > 50) out.push(p("dim", `  \u2026 and ${g.failures.length - 50} more`));
    out.push("");
  }
  if (showFacts) {
    const rows = factRows(report.facts, report.findings);
    if (rows.length) {
      out.push(p("bold", "Facts"));
      const w = Math.min(34, Math.max(...rows.map((r) => r.what.length)));
      for (const r of rows) {
        const status = r.status === "flagged" ? p("yellow", ` \u26A0 ${r.detail}`) : r.status === "unknown" ? p("dim", ` ? ${clean(r.detail, 200)}`) : "";
        out.push(`  ${r.what.padEnd(w)}  ${clean(r.value, 200)}${status}`);
      }
      out.push("");
    }
  }
  const sorted = sortFindings(report.findings);
  const findings = showFacts ? [...sorted].reverse() : sorted;
  if (findings.length) {
    out.push(p("bold", `Preflight findings: ${countsPhrase(counts)}`));
    for (const f of findings) {
      const sev = f.severity === "error" ? p("red", "error  ") : f.severity === "warning" ? p("yellow", "warning") : p("blue", "notice ");
      const where = f.file ? p("dim", ` ${clean(f.file, 200)}${f.line ? `:${f.line}` : ""}`) : "";
      out.push(`  ${sev} ${clean(plainTitle(f.title), 300)} ${p("dim", `[${f.rule}]`)}${where}`);
      if (f.message) out.push(`          ${clean(f.message, 1e3)}`);
      for (const e of f.evidence.slice(0, 4)) out.push(`          ${p("dim", "\u2022")} ${clean(e)}`);
      if (f.remedy) out.push(`          ${p("green", "fix:")} ${clean(f.remedy, 1e3)}`);
    }
    out.push("");
  }
  if (showFacts && findings.length) {
    const ids = sorted.slice(0, 12).map((f) => `${f.rule} (${f.severity})`);
    const more = sorted.length > ids.length ? `, and ${sorted.length - ids.length} more` : "";
    out.push(
      p("bold", `${plural(findings.length, "finding")}: ${ids.join(", ")}${more}.`),
      p("dim", '"go-env-guard rules ID" explains a rule.'),
      ""
    );
  }
  const width = opts.width;
  if (!width || width < 20) return out.join("\n");
  return out.flatMap((l) => wrapLine(l, width)).join("\n");
}

export {
  wrapLine,
  renderTerminal
};
