import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/json.ts
var BATCH = 64 * 1024;
function writeReportJson(report, out) {
  writeReportJsonStream(report, report.failures, out);
}
function writeReportJsonStream(report, failures, out) {
  const w = new ReportJsonWriter(report, out);
  for (const f of failures) w.failure(f);
  w.end(report.totals, report.conclusions);
}
var ReportJsonWriter = class {
  constructor(report, out) {
    this.out = out;
    const { conclusions: _c, ...head } = report;
    const text = JSON.stringify({ ...head, failures: [] }, null, 2);
    this.put(text.slice(0, openOf(text)));
  }
  out;
  /** The text not handed on yet: bytes[0, pos). */
  bytes = Buffer.allocUnsafeSlow(BATCH);
  pos = 0;
  n = 0;
  ended = false;
  /** Appends s (at most 3 UTF-8 bytes per UTF-16 unit); a piece too long for the buffer goes as is. */
  put(s) {
    if (this.pos + s.length * 3 > BATCH) this.flush();
    if (s.length * 3 > BATCH) this.out(s);
    else this.pos += this.bytes.write(s, this.pos);
  }
  flush() {
    if (this.pos > 0) this.out(this.bytes.toString("utf8", 0, this.pos));
    this.pos = 0;
  }
  failure(f) {
    if (this.ended) throw new Error("report JSON: failure after end");
    this.put(element(f, this.n++ === 0));
  }
  end(totals, conclusions = []) {
    if (this.ended) return;
    this.ended = true;
    const tail = JSON.stringify(
      { failures: [], ...conclusions.length ? { conclusions } : {}, totals },
      null,
      2
    );
    this.put((this.n === 0 ? "]" : "\n  ]") + tail.slice(openOf(tail) + 1) + "\n");
    this.flush();
  }
};
function openOf(text) {
  const at = text.indexOf('\n  "failures": []');
  if (at < 0) throw new Error("report JSON: no failures key at the top level");
  return at + '\n  "failures": ['.length;
}
function element(f, first) {
  if (first) {
    const s2 = JSON.stringify([[f]], null, 2);
    return s2.slice(5, s2.length - 6);
  }
  const s = JSON.stringify([[0, f]], null, 2);
  return s.slice(11, s.length - 6);
}
function findingsFromJson(text) {
  try {
    const r = JSON.parse(text);
    return Array.isArray(r.findings) ? r.findings.slice(0, 500) : null;
  } catch {
    return null;
  }
}

export {
  writeReportJson,
  ReportJsonWriter,
  findingsFromJson
};
