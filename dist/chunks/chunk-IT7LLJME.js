import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ReportJsonWriter
} from "./chunk-BYPODDS5.js";
import {
  assembleReport,
  findRepoRoot
} from "./chunk-32WUQOXI.js";
import {
  DOCKER_EXPLAINS
} from "./chunk-UEDWSHVC.js";
import {
  describeError,
  errorCode
} from "./chunk-JSYEXCMW.js";
import {
  confidenceRank,
  rules,
  splitLines
} from "./chunk-2EVJJMBJ.js";

// src/gotest/live.ts
function secs(e) {
  return e === void 0 ? "" : ` (${e.toFixed(2)}s)`;
}
function formatLive(e) {
  switch (e.kind) {
    case "test-fail": {
      const body = (e.output ?? "").split("\n").filter((l) => l !== "" && !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- FAIL: )/.test(l)).join("\n");
      return `--- FAIL: ${e.test}${secs(e.elapsed)}` + (body ? "\n" + body : "");
    }
    case "test-skip":
      return `--- SKIP: ${e.test}`;
    case "build-output":
      return (e.output ?? "").replace(/\n$/, "");
    case "package-end": {
      const name = e.package ?? "(unknown package)";
      switch (e.status) {
        case "passed":
          return `ok    ${name}${secs(e.elapsed)}`;
        case "no-test-files":
          return `?     ${name} [no test files]`;
        case "skipped":
          return `skip  ${name}`;
        case "build-failed":
          return `FAIL  ${name} [build failed]`;
        case "setup-failed":
          return `FAIL  ${name} [setup failed]`;
        case "timed-out":
          return `FAIL  ${name}${secs(e.elapsed)} [timed out]`;
        case "killed":
          return `FAIL  ${name}${secs(e.elapsed)} [killed]`;
        default:
          return `FAIL  ${name}${secs(e.elapsed)}`;
      }
    }
    default:
      return null;
  }
}

// src/gotest/outbuf.ts
function partBytes(p) {
  return typeof p === "string" ? p.length : p.length;
}
function decodeJsonString(b) {
  if (b.indexOf(92) < 0) return b.toString("utf8");
  const s = b.toString("utf8");
  try {
    return JSON.parse('"' + s + '"');
  } catch {
    return s;
  }
}
var Budget = class {
  constructor(limit, small) {
    this.limit = limit;
    this.small = small;
  }
  limit;
  small;
  /** Bytes held now: live output buffers plus the output of retained failures. */
  used = 0;
  /** Failures whose output was cut to an excerpt because the budget was spent. */
  trimmed = 0;
  get spent() {
    return this.used > this.limit;
  }
};
var NO_BUDGET = new Budget(Infinity, Infinity);
var OutBuf = class {
  constructor(cap, budget = NO_BUDGET) {
    this.cap = cap;
    this.budget = budget;
  }
  cap;
  budget;
  head = [];
  headBytes = 0;
  tail = [];
  tailStart = 0;
  tailBytes = 0;
  /** Bytes dropped between head and tail. */
  dropped = 0;
  /** Some of those were dropped because the run's budget was spent (not only this buffer's cap). */
  squeezed = false;
  /** Gives the bytes back to the budget; the buffer is empty afterwards. */
  release() {
    this.budget.used -= this.headBytes + this.tailBytes;
    this.head = [];
    this.headBytes = 0;
    this.tail = [];
    this.tailStart = 0;
    this.tailBytes = 0;
  }
  get empty() {
    return this.headBytes === 0 && this.tailBytes === 0;
  }
  /** Adds escaped JSON string bytes (copied: the chunk they come from is reused). */
  pushRaw(buf, start, end) {
    const n = end - start;
    if (n <= 0) return;
    const copy = Buffer.allocUnsafe(n);
    buf.copy(copy, 0, start, end);
    this.add(copy, n);
  }
  push(text) {
    if (text.length > 0) this.add(text, text.length);
  }
  add(p, n) {
    const budget = this.budget;
    const tight = budget.used > budget.limit && budget.small < this.cap;
    const half = (tight ? budget.small : this.cap) >> 1;
    if (this.tailBytes === 0 && this.headBytes + n <= half) {
      this.head.push(p);
      this.headBytes += n;
      budget.used += n;
      return;
    }
    if (tight) this.squeezed = true;
    if (n > half) {
      const s = typeof p === "string" ? p : decodeJsonString(p);
      this.dropTail();
      this.dropped += s.length - half;
      this.tail = [s.slice(s.length - half)];
      this.tailStart = 0;
      this.tailBytes = half;
      budget.used += half;
      return;
    }
    this.tail.push(p);
    this.tailBytes += n;
    budget.used += n;
    while (this.tailBytes > half && this.tailStart < this.tail.length) {
      const first = this.tail[this.tailStart];
      this.tail[this.tailStart] = "";
      this.tailStart++;
      const fb = partBytes(first);
      this.tailBytes -= fb;
      this.dropped += fb;
      budget.used -= fb;
    }
    if (this.tailStart > 64 && this.tailStart * 2 > this.tail.length) {
      this.tail = this.tail.slice(this.tailStart);
      this.tailStart = 0;
    }
  }
  dropTail() {
    for (let i = this.tailStart; i < this.tail.length; i++) this.dropped += partBytes(this.tail[i]);
    this.budget.used -= this.tailBytes;
    this.tail = [];
    this.tailStart = 0;
    this.tailBytes = 0;
  }
  /** The kept text, with a marker where output was dropped. */
  text() {
    const dec = (p) => typeof p === "string" ? p : decodeJsonString(p);
    let s = this.head.map(dec).join("");
    if (this.dropped > 0) {
      if (s.length > 0 && !s.endsWith("\n")) s += "\n";
      s += `[... ${this.dropped} bytes of output omitted by go-env-guard ...]
`;
    }
    for (let i = this.tailStart; i < this.tail.length; i++) s += dec(this.tail[i]);
    return s;
  }
};

// src/gotest/engine.ts
var PENDING = "\0pending";
var ENDED_TESTS = /* @__PURE__ */ new Map();
var ENDED_OUT = new OutBuf(0);
var Slots = class {
  items = [];
  n = 0;
  push(x) {
    this.items[this.n++] = x;
  }
  pop() {
    return this.n > 0 ? this.items[--this.n] : void 0;
  }
  at(i) {
    return this.items[i];
  }
};
function nameHash(src, s, e) {
  let h = 2166136261;
  if (typeof src === "string") for (let i = s; i < e; i++) h = Math.imul(h ^ src.charCodeAt(i), 16777619);
  else for (let i = s; i < e; i++) h = Math.imul(h ^ src[i], 16777619);
  return h >>> 0;
}
function mayName(m, b, s, e) {
  if (m.size === 0) return false;
  if (m.size > 8) return true;
  for (let i = s; i < e; i++) if (b[i] >= 128) return true;
  const n = e - s;
  for (const k of m.keys()) if (k.length === n) return true;
  return false;
}
function newTest(name, raw, rs, re, key, implicit) {
  return {
    name,
    raw,
    rs,
    re,
    key,
    status: "running",
    out: null,
    implicit,
    failedChild: false,
    midLine: false,
    pendHead: -1,
    pendTail: -1,
    elapsed: void 0
  };
}
function resetTest(t, name, raw, rs, re, key, implicit) {
  t.name = name;
  t.raw = raw;
  t.rs = rs;
  t.re = re;
  t.key = key;
  t.status = "running";
  t.out = null;
  t.implicit = implicit;
  t.failedChild = false;
  t.midLine = false;
  t.pendHead = -1;
  t.pendTail = -1;
  t.elapsed = void 0;
  return t;
}
var CRASH_RE = /^(panic: |fatal error: |SIG[A-Z]+: )/m;
var TIMEOUT_RE = /^panic: test timed out after (\S+)/;
var EXCERPT_BYTES = 4096;
var MAX_VERDICTS = 2e4;
var KILLED_RE = /^signal: killed\r?$/;
var MAX_FAILED_KEYS = 2e4;
var PASS_ARENA = 1 << 20;
var MAX_FLAKY = 1e3;
var RUNNING_RE = /^\t\t(\S.*?) \(([^)]*)\)\r?$/;
var PackageTable = class {
  byKey = /* @__PURE__ */ new Map();
  pendingKey = PENDING;
  seq = 0;
  key(name) {
    return name === PENDING ? this.pendingKey : name;
  }
  get(name) {
    return this.byKey.get(this.key(name));
  }
  /** Adds a package at the end (a name already there keeps its place). */
  set(name, p) {
    this.byKey.set(this.key(name), p);
  }
  get size() {
    return this.byKey.size;
  }
  delete(name) {
    if (name !== PENDING) this.byKey.delete(name);
    else if (this.byKey.delete(this.pendingKey)) this.pendingKey = `${PENDING}#${++this.seq}`;
  }
  /** Names (PENDING for the pending package) and packages, in order. */
  *entries() {
    for (const [k, p] of this.byKey) yield [k.startsWith(PENDING) ? PENDING : k, p];
  }
};
var FOLD_AFTER = 1e3;
var Engine = class {
  constructor(opts) {
    this.opts = opts;
    this.budget = new Budget(opts.maxRetainedOutput, EXCERPT_BYTES);
    this.stray = new OutBuf(opts.maxOutputPerFailure, this.budget);
  }
  opts;
  packages = new PackageTable();
  /** What the folded packages add to the totals (see FOLD_AFTER). */
  folded = { packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 };
  /** Failures and verdicts still under the pending package's name (at the tail of their lists). */
  pendingFails = 0;
  pendingVerdicts = 0;
  /**
   * The failures, in the order they were recorded. With opts.onFailure, only those not handed over
   * yet: the first one whose package has not ended holds back the rest, so the order is the same.
   */
  failures = [];
  /** Failures recorded (kept or handed over); at most opts.maxFailures. */
  failureCount = 0;
  tests = [];
  droppedFailures = 0;
  /** Output that belongs to no package (stderr noise, pasted excerpts); used for `log` failures. */
  stray;
  recognized = 0;
  /** What the run keeps: output buffers and retained failure output (see Budget). */
  budget;
  /** Verdicts not listed in `tests` (more than MAX_VERDICTS that did not pass). */
  droppedVerdicts = 0;
  /**
   * Tests that failed, then passed when run again (gotestsum --rerun-fails, a second -count, a CI
   * retry in the same log): flakes. At most MAX_FLAKY listed.
   */
  flaky = [];
  /** Failed tests' names per package (at most MAX_FAILED_KEYS in all), to know a later pass is a flake. */
  failedNames = /* @__PURE__ */ new Map();
  failedCount = 0;
  /**
   * Per package, a hash of each of its names in failedNames (nameHash): runRaw decodes a starting test's
   * name only when the hash matches, and sends a rerun of a failed test down the slow path, where its
   * pass is seen to be a flake. No allocation per test on the hot path.
   */
  failedHashes = /* @__PURE__ */ new Map();
  flakyKeys = /* @__PURE__ */ new Set();
  /**
   * Tests of the text converter's pending package that passed while failedNames was not empty, in
   * order: a name, or (quickPassText) the index of its bytes in passArena.
   */
  pendingPassed = [];
  /** Name bytes of pendingPassed's numbered entries: entry i is passArena[passAt[i], passAt[i + 1]). */
  passArena = Buffer.allocUnsafe(4096);
  passAt = new Int32Array(1024);
  /** nameHash of each numbered entry (compared before its bytes). */
  passHash = new Int32Array(1024);
  passRawN = 0;
  /** `pkg\0test` (test '' for a package-level one) of failures recorded, at most MAX_FAILED_KEYS. */
  failureKeys = /* @__PURE__ */ new Set();
  pkg(name) {
    let p = this.packages.get(name);
    if (!p) {
      p = {
        name,
        terminal: null,
        elapsed: void 0,
        tests: /* @__PURE__ */ new Map(),
        solo: null,
        counts: { tests: 0, passed: 0, failed: 0, skipped: 0 },
        out: new OutBuf(this.opts.maxOutputPerFailure, this.budget),
        build: null,
        midLine: false,
        killed: false,
        timeout: null,
        panicked: false,
        failureCount: 0,
        anyTestFailed: false
      };
      this.packages.set(name, p);
    } else if (p.terminal !== null) {
      p.terminal = null;
      p.elapsed = void 0;
      p.tests = /* @__PURE__ */ new Map();
      p.out = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
      p.midLine = false;
      p.killed = false;
      p.timeout = null;
      p.panicked = false;
      p.anyTestFailed = false;
    }
    return p;
  }
  start(pkgName) {
    this.recognized++;
    this.pkg(pkgName);
    this.opts.onEvent?.({ kind: "package-start", package: pkgName, test: null });
  }
  /** Lists a test verdict; past MAX_VERDICTS non-passing ones (and unless keepPassed), only counts it. */
  verdict(r) {
    if (this.opts.verdicts === false) return;
    if (this.tests.length >= MAX_VERDICTS && !this.opts.keepPassed) this.droppedVerdicts++;
    else {
      this.tests.push(r);
      if (r.package === PENDING) this.pendingVerdicts++;
    }
  }
  /** Drops a test's output buffer, giving its bytes back to the budget. */
  dropOut(t) {
    if (t.out !== null) {
      t.out.release();
      t.out = null;
    }
  }
  /** p's test map, with its solo test put in first (in start order: solo is always the latest). */
  map(p) {
    const t = p.solo;
    if (t !== null) {
      p.solo = null;
      p.tests.set(this.nameOf(t), t);
    }
    return p.tests;
  }
  /** t's name, decoded from the input chunk the first time it is needed. */
  nameOf(t) {
    if (t.raw !== null) {
      t.name = t.raw.toString("utf8", t.rs, t.re);
      t.raw = null;
    }
    return t.name;
  }
  /** Solo tests whose names are still undecoded in the current chunk (decoded at its end). */
  lazy = new Slots();
  /**
   * Hot path: a `run` event whose test name is b[s, e) (no escapes), not decoded unless needed. `key`
   * stands for these name bytes in passKey/outputKey while the parser's template holds them.
   */
  // This second state machine buys no CPU (within noise) but keeps memory flat: without it explain*
  // peaks at 81 MB instead of 62 MB on the bench's 500 MB log with 1% failing tests (docs/perf.md).
  runRaw(pkgName, b, s, e, key) {
    this.spill();
    const p = this.pkgOf(pkgName);
    const m = this.map(p);
    let lazy = !mayName(m, b, s, e);
    if (lazy && this.failedHashes.size > 0 && this.failedHashes.get(pkgName)?.has(nameHash(b, s, e)) === true)
      lazy = !this.failedBefore(pkgName, b.toString("utf8", s, e));
    if (!lazy) {
      this.testEvent(pkgName, b.toString("utf8", s, e), "run", void 0);
      return;
    }
    this.recognized++;
    const t = this.fromPool("", b, s, e, key);
    p.counts.tests++;
    p.solo = t;
    this.lazy.push(t);
    this.lastT = null;
    this.keyT = t;
  }
  /** The last test started by runRaw (for outputKey). */
  keyT = null;
  /** Ended tests of runRaw, for runRaw to reuse (see commit): fewer allocations, fewer survivors. */
  pool = new Slots();
  /** Hot path: a `pass` event of the test with template key `key`; false when the caller must decode. */
  passKey(pkgName, key, elapsed) {
    const p = this.pkgOf(pkgName);
    const t = p.solo;
    if (t === null || t.key !== key || t.status !== "running") return false;
    this.recognized++;
    t.elapsed = elapsed;
    t.status = "passed";
    if (t === this.keyT) this.keyN = 0;
    this.dropOut(t);
    p.counts.passed++;
    p.solo = null;
    if (this.opts.keepPassed)
      this.verdict({ package: pkgName, test: this.nameOf(t), status: "passed", elapsed });
    this.opts.onEvent?.({ kind: "test-pass", package: pkgName, test: this.nameOf(t), elapsed });
    return true;
  }
  /** Hot path: output of the test with template key `key`; false when the caller must decode. */
  outputKey(pkgName, key, buf, s, e) {
    const t = this.keyT;
    if (t === null || t.key !== key || t.status !== "running" || pkgName !== this.lastPName) return false;
    const p = this.lastP;
    if (p === null || p.terminal !== null) return false;
    const c = s < e ? buf[s] : 0;
    if (c === 112 || c === 115 || c === 92 || c === 42 || p.timeout !== null && p.timeout.collecting)
      return false;
    let n = this.keyN;
    if (n === this.keyS.length) {
      this.spill();
      n = 0;
    }
    this.keyS[n] = s;
    this.keyE[n] = e;
    this.keyN = n + 1;
    return true;
  }
  // Lines of keyT recorded by outputKey: two stores per line. They join keyT's pending list (spill)
  // only when something else looks at its output; a pass through passKey just forgets them.
  keyS = new Int32Array(4096);
  keyE = new Int32Array(4096);
  keyN = 0;
  /** Moves keyT's recorded lines to its pending list (or forgets them if it no longer runs). */
  spill() {
    const n = this.keyN;
    if (n === 0) return;
    this.keyN = 0;
    const t = this.keyT;
    const buf = this.pendBuf;
    if (t === null || t.status !== "running" || buf === null) return;
    for (let i = 0; i < n; i++) this.pendLine(t, this.keyS[i], this.keyE[i]);
    const s = this.keyS[n - 1];
    const e = this.keyE[n - 1];
    t.midLine = !(e - s >= 2 && buf[e - 2] === 92 && buf[e - 1] === 110);
  }
  /** The package of an event, through the last-package cache. */
  pkgOf(pkgName) {
    const lp = this.lastP;
    if (lp !== null && pkgName === this.lastPName && lp.terminal === null) return lp;
    const p = this.pkg(pkgName);
    this.lastP = p;
    this.lastPName = pkgName;
    this.lastT = null;
    this.spill();
    this.keyT = null;
    return p;
  }
  test(p, name, implicit) {
    const m = this.map(p);
    let t = m.get(name);
    if (!t) {
      t = newTest(name, null, 0, 0, -1, implicit);
      m.set(name, t);
      if (!implicit) p.counts.tests++;
    } else if (!implicit && t.implicit) {
      t.implicit = false;
      p.counts.tests++;
    }
    return t;
  }
  /**
   * A test that started and passed in one step (a JUnit case): what testEvent 'run' then 'pass' do,
   * without the test state in between.
   */
  passedTest(pkgName, name, elapsed) {
    const p = this.pkgOf(pkgName);
    const m = this.map(p);
    if (m.size > 0 && m.has(name)) {
      this.testEvent(pkgName, name, "run", void 0);
      this.testEvent(pkgName, name, "pass", elapsed);
      return;
    }
    this.recognized += 2;
    p.counts.tests++;
    p.counts.passed++;
    this.lastT = null;
    this.afterPass(pkgName, name, elapsed);
  }
  /** What a pass tells beyond the counts: a flake (it failed before), the verdict list, the live event. */
  afterPass(pkgName, name, elapsed) {
    if (this.failedHashes.size > 0 || pkgName === PENDING && this.pendingFails > 0) {
      if (pkgName === PENDING) {
        if (this.pendingPassed.length < MAX_FAILED_KEYS) this.pendingPassed.push(name);
      } else if (this.failedBefore(pkgName, name)) this.markFlaky(pkgName, name);
    }
    if (this.opts.keepPassed) this.verdict({ package: pkgName, test: name, status: "passed", elapsed });
    this.opts.onEvent?.({ kind: "test-pass", package: pkgName, test: name, elapsed });
  }
  /**
   * passedTest for a name still in the input's bytes b[s, e) (ASCII): decoded only when needed (a test
   * of that name is running, a failed test's hash matches, every pass is listed or sent on).
   */
  passedTestRaw(pkgName, b, s, e, elapsed) {
    const p = this.pkgOf(pkgName);
    if (p.solo !== null || p.tests.size > 0 || this.opts.keepPassed || this.opts.onEvent) {
      this.passedTest(pkgName, b.toString("latin1", s, e), elapsed);
      return;
    }
    this.recognized += 2;
    p.counts.tests++;
    p.counts.passed++;
    this.lastT = null;
    if (this.failedHashes.size > 0 && this.failedHashes.get(pkgName)?.has(nameHash(b, s, e)) === true) {
      const name = b.toString("latin1", s, e);
      if (this.failedBefore(pkgName, name)) this.markFlaky(pkgName, name);
    }
  }
  /**
   * A new running test's state: an ended one from the pool (see commit), or a new one. Whoever takes
   * it pushes it on `lazy`, so that it goes back to the pool at the chunk's end once it has ended.
   */
  fromPool(name, raw, s, e, key) {
    const reused = this.pool.pop();
    if (reused === void 0) return newTest(name, raw, s, e, key, false);
    if (this.textT === reused) this.textT = null;
    return resetTest(reused, name, raw, s, e, key, false);
  }
  /**
   * Text hot path (TextConverter.hotLine): `=== RUN name` in the pending package. What testEvent does
   * with a `run`, except that the test's state comes from the pool and goes back to it at the chunk's
   * end once the test has ended (see commit), as runRaw's do.
   */
  runText(name) {
    const p = this.pkgOf(PENDING);
    const m = this.map(p);
    if (m.size > 0 && m.has(name)) {
      this.testEvent(PENDING, name, "run", void 0);
      return;
    }
    this.recognized++;
    const t = this.fromPool(name, null, 0, 0, -1);
    p.counts.tests++;
    p.solo = t;
    this.lastT = t;
    this.lastTName = name;
    this.lazy.push(t);
  }
  /**
   * Text hot path (TextConverter.quickPass): a test of the pending package that started and passed
   * with only its output between, its name b[s, e) undecoded. What runText and then a `pass` testEvent
   * do, with no test state (the output is dropped on a pass anyway). False, with nothing done, when a
   * test of that name may be running, every pass is listed or sent on, or a timeout's list is read.
   */
  quickPassText(b, s, e, elapsed) {
    if (this.opts.keepPassed || this.opts.onEvent) return false;
    const p = this.pkgOf(PENDING);
    if (p.timeout !== null && p.timeout.collecting) return false;
    if (mayName(this.map(p), b, s, e)) return false;
    this.recognized += 2;
    p.counts.tests++;
    p.counts.passed++;
    if ((this.failedHashes.size > 0 || this.pendingFails > 0) && !this.keepPassRaw(b, s, e))
      this.afterPass(PENDING, b.toString("utf8", s, e), elapsed);
    return true;
  }
  /**
   * pendingPassed's entry for a pass whose name is b[s, e): its bytes copied into passArena (its
   * index there in pendingPassed), not decoded: renamePending compares them with the package's failed
   * names. False when the arena is full (the caller then keeps the name as a string).
   */
  keepPassRaw(b, s, e) {
    if (this.pendingPassed.length >= MAX_FAILED_KEYS) return true;
    const n = this.passRawN;
    const at2 = this.passAt[n];
    if (at2 + (e - s) > PASS_ARENA) return false;
    if (n + 1 === this.passAt.length) {
      const at22 = new Int32Array(this.passAt.length * 2);
      at22.set(this.passAt);
      this.passAt = at22;
      const h2 = new Int32Array(this.passHash.length * 2);
      h2.set(this.passHash);
      this.passHash = h2;
    }
    let a = this.passArena;
    if (at2 + (e - s) > a.length) {
      const grown = Buffer.allocUnsafe(Math.min(PASS_ARENA, Math.max(a.length * 2, at2 + (e - s))));
      a.copy(grown, 0, 0, at2);
      this.passArena = a = grown;
    }
    let h = 2166136261;
    for (let i = s, j = at2; i < e; i++, j++) {
      const x = b[i];
      if (x >= 128) return false;
      a[j] = x;
      h = Math.imul(h ^ x, 16777619);
    }
    this.passAt[n + 1] = at2 + (e - s);
    this.passHash[n] = h;
    this.passRawN = n + 1;
    this.pendingPassed.push(n);
    return true;
  }
  testEvent(pkgName, name, action, elapsed) {
    this.recognized++;
    const p = this.pkgOf(pkgName);
    switch (action) {
      case "run": {
        const m = this.map(p);
        if (m.size === 0 || !m.has(name)) {
          const t3 = newTest(name, null, 0, 0, -1, false);
          p.counts.tests++;
          p.solo = t3;
          this.lastT = t3;
          this.lastTName = name;
          return;
        }
        const t2 = this.test(p, name, false);
        t2.status = "running";
        return;
      }
      case "pass":
      case "skip":
      case "fail":
        break;
      default:
        return;
    }
    const solo = p.solo;
    const t = solo !== null && action !== "fail" && this.nameOf(solo) === name ? solo : this.test(p, name, false);
    t.elapsed = elapsed;
    if (action === "pass") {
      t.status = "passed";
      this.dropOut(t);
      p.counts.passed++;
      this.afterPass(pkgName, name, elapsed);
      if (t === solo) p.solo = null;
      else p.tests.delete(name);
      return;
    }
    if (action === "skip") {
      t.status = "skipped";
      this.dropOut(t);
      p.counts.skipped++;
      this.verdict({ package: pkgName, test: name, status: "skipped", elapsed });
      this.opts.onEvent?.({ kind: "test-skip", package: pkgName, test: name, elapsed });
      if (t === solo) p.solo = null;
      else p.tests.delete(name);
      return;
    }
    this.flushPending(t);
    t.status = "failed";
    p.counts.failed++;
    p.anyTestFailed = true;
    if (pkgName !== PENDING) this.recordFailed(pkgName, name);
    this.verdict({ package: pkgName, test: name, status: "failed", elapsed });
    const out = t.out ? t.out.text() : "";
    const cut = t.out?.squeezed === true;
    this.dropOut(t);
    const slash = name.lastIndexOf("/");
    if (slash > 0) {
      const parent = p.tests.get(name.slice(0, slash));
      if (parent) parent.failedChild = true;
    }
    if (!(t.failedChild && !hasOwnOutput(out))) {
      const kind = CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? "panic" : "test";
      this.addFailure(p, { package: pkgName, test: name, kind, output: out, elapsed, cut });
    }
    this.opts.onEvent?.({ kind: "test-fail", package: pkgName, test: name, output: out, elapsed });
    p.tests.delete(name);
  }
  addFailure(p, f) {
    if (this.failureCount >= this.opts.maxFailures) {
      this.droppedFailures++;
      return;
    }
    const b = this.budget;
    if (f.cut === true) b.trimmed++;
    else if (b.spent && f.output.length > EXCERPT_BYTES) {
      const h = EXCERPT_BYTES >> 1;
      const cut = f.output.length - 2 * h;
      f.output = f.output.slice(0, h) + `
[... ${cut} bytes of output omitted by go-env-guard (run output budget spent) ...]
` + f.output.slice(f.output.length - h);
      b.trimmed++;
    }
    b.used += f.output.length;
    if (f.test !== null && f.package !== null && this.flakyKeys.size > 0 && this.isFlaky(f.package, f.test))
      f.flaky = true;
    this.failureCount++;
    p.failureCount++;
    if (f.package === PENDING) this.pendingFails++;
    else if (f.package !== null) this.failureKey(f.package, f.test);
    this.failures.push(f);
  }
  /**
   * Hands the failures that are final to opts.onFailure, oldest first: a failure is final once its
   * package has ended. (The one later change to a failure is a text-mode package getting its name,
   * and the text converter names a package just before it ends it.) Called when a package ends, and
   * at the end of the run.
   */
  handOver(all) {
    const take = this.opts.onFailure;
    if (!take) return;
    const q = this.failures;
    let n = 0;
    while (n < q.length) {
      const f = q[n];
      if (!all && (f.package === PENDING || this.packages.get(f.package)?.terminal == null)) break;
      n++;
    }
    if (n === 0) return;
    const ready = q.splice(0, n);
    for (const f of ready) {
      if (f.test !== null && f.package !== null && this.flakyKeys.size > 0 && this.isFlaky(f.package, f.test))
        f.flaky = true;
      take(f);
    }
  }
  // Output of running tests is first kept as offsets into the current input chunk and copied only
  // when the chunk is done and the test is still running: most tests pass within their chunk, so
  // their output is never copied nor decoded. Each test's lines form a list in pendS/pendE/pendNext,
  // so a pass costs nothing and a failure walks its own lines only.
  pendBuf = null;
  pendS = new Int32Array(4096);
  pendE = new Int32Array(4096);
  pendNext = new Int32Array(4096);
  pendN = 0;
  /** Tests that got pending lines in the current chunk. */
  pendTests = new Slots();
  lastP = null;
  lastPName = "";
  lastT = null;
  lastTName = "";
  /** The parser hands every input buffer here before events that point into it. */
  useBuffer(buf) {
    if (buf !== this.pendBuf) {
      this.commit();
      this.pendBuf = buf;
    }
  }
  /** Copies what is pending and forgets the input buffer (the caller may reuse or drop it). */
  release() {
    this.commit();
    this.pendBuf = null;
  }
  /** Copies the pending output of tests still running (end of a chunk). */
  commit() {
    this.spill();
    const tests = this.pendTests;
    for (let i = 0; i < tests.n; i++) {
      const t = tests.at(i);
      if (t.status === "running") this.flushPending(t);
      else t.pendHead = -1;
    }
    tests.n = 0;
    this.pendN = 0;
    const lazy = this.lazy;
    for (let i = 0; i < lazy.n; i++) {
      const t = lazy.at(i);
      if (t.status === "running") this.nameOf(t);
      else {
        t.raw = null;
        t.name = "";
        t.out = null;
        if (this.keyT === t) this.keyT = null;
        this.pool.push(t);
      }
    }
    lazy.n = 0;
  }
  /** Copies t's pending lines into its output buffer. */
  flushPending(t) {
    if (t === this.keyT) this.spill();
    let i = t.pendHead;
    if (i < 0) return;
    t.pendHead = -1;
    const buf = this.pendBuf;
    if (buf === null) return;
    const out = t.out ??= new OutBuf(this.opts.maxOutputPerFailure, this.budget);
    for (; i >= 0; i = this.pendNext[i]) {
      const e = this.pendE[i];
      if (e < 0) out.push(buf.toString("utf8", this.pendS[i], -e));
      else out.pushRaw(buf, this.pendS[i], e);
    }
  }
  /** Adds b[s, e) of the current chunk to t's pending lines. */
  pend(t, s, e) {
    if (t === this.keyT) this.spill();
    this.pendLine(t, s, e);
  }
  pendLine(t, s, e) {
    const i = this.pendN++;
    if (i === this.pendS.length) {
      const grow = (a) => {
        const n = new Int32Array(a.length * 2);
        n.set(a);
        return n;
      };
      this.pendS = grow(this.pendS);
      this.pendE = grow(this.pendE);
      this.pendNext = grow(this.pendNext);
    }
    this.pendS[i] = s;
    this.pendE[i] = e;
    this.pendNext[i] = -1;
    if (t.pendHead < 0) {
      t.pendHead = i;
      this.pendTests.push(t);
    } else this.pendNext[t.pendTail] = i;
    t.pendTail = i;
  }
  /**
   * Plain-text hot path (TextConverter.hotLine): the line b[s, e) (its newline included) is output of
   * the pending package's running test `test`, kept as offsets into the chunk like the -json hot path's
   * (copied at the chunk's end only if the test still runs). False when the caller must take the
   * slow path (no such running test, a timeout's list being read).
   */
  textOutput(test, b, s, e) {
    if (this.pendBuf !== b) return false;
    const p = this.pkgOf(PENDING);
    if (p.timeout !== null && p.timeout.collecting) return false;
    let t = this.textT;
    if (t === null || t.status !== "running" || this.textTName !== test) {
      t = p.solo !== null && this.nameOf(p.solo) === test ? p.solo : p.tests.get(test) ?? null;
      if (t === null || t.status !== "running") return false;
      this.textT = t;
      this.textTName = test;
    }
    this.pendLine(t, s, -e);
    t.midLine = false;
    return true;
  }
  /** The test textOutput wrote to last (a running test of the pending package), and its name. */
  textT = null;
  textTName = "";
  /** Fast path: escaped JSON Output bytes. Decodes only lines that may matter to the package verdict. */
  outputRaw(pkgName, test, buf, s, e) {
    let p;
    if (this.lastP !== null && pkgName === this.lastPName && this.lastP.terminal === null) p = this.lastP;
    else {
      p = this.pkg(pkgName);
      this.lastP = p;
      this.lastPName = pkgName;
      this.lastT = null;
      this.spill();
      this.keyT = null;
    }
    const c = s < e ? buf[s] : 0;
    if (c === 112 || c === 115 || c === 92 || c === 42 || p.timeout !== null && p.timeout.collecting) {
      this.output(pkgName, test, decodeJsonString(buf.subarray(s, e)));
      return;
    }
    const nl = e - s >= 2 && buf[e - 2] === 92 && buf[e - 1] === 110;
    if (test !== null) {
      let t;
      if (this.lastT !== null && test === this.lastTName && this.lastT.status === "running") t = this.lastT;
      else {
        t = this.map(p).get(test) ?? this.test(p, test, true);
        this.lastT = t;
        this.lastTName = test;
      }
      if (t.status !== "running") {
        p.out.pushRaw(buf, s, e);
        return;
      }
      this.pend(t, s, e);
      t.midLine = !nl;
    } else {
      p.out.pushRaw(buf, s, e);
      p.midLine = !nl;
    }
  }
  output(pkgName, test, text) {
    this.spill();
    const p = this.pkg(pkgName);
    let atStart;
    if (test !== null) {
      const t = this.map(p).get(test) ?? this.test(p, test, true);
      if (t.status !== "running") {
        atStart = !p.midLine;
        p.out.push(text);
        p.midLine = !text.endsWith("\n");
      } else {
        atStart = !t.midLine;
        this.flushPending(t);
        if (!t.out) t.out = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
        t.out.push(text);
        t.midLine = !text.endsWith("\n");
      }
    } else {
      atStart = !p.midLine;
      p.out.push(text);
      p.midLine = !text.endsWith("\n");
    }
    if (atStart) this.inspect(p, text);
  }
  /** Lines that change a package's verdict: timeouts (with the running tests), kills, panics. */
  inspect(p, line) {
    const to = p.timeout;
    const c0 = line.charCodeAt(0);
    if (to?.collecting !== true && c0 !== 112 && c0 !== 115 && c0 !== 42) return;
    if (to?.collecting) {
      if (/^\trunning tests:/.test(line)) {
        to.header.push(line.replace(/\n$/, ""));
        return;
      }
      const m = RUNNING_RE.exec(line.replace(/\n$/, ""));
      if (m) {
        to.names.set(m[1], m[2]);
        to.header.push(line.replace(/\n$/, ""));
        return;
      }
      to.collecting = false;
    }
    if (TIMEOUT_RE.test(line)) {
      p.timeout = { header: [line.replace(/\n$/, "")], names: /* @__PURE__ */ new Map(), collecting: true };
    } else if (KILLED_RE.test(line.replace(/\n$/, ""))) {
      p.killed = true;
    } else if (line.startsWith("panic: ")) {
      p.panicked = true;
    } else if (/^\*\*\* Test killed/.test(line)) {
      p.timeout ??= { header: [line.replace(/\n$/, "")], names: /* @__PURE__ */ new Map(), collecting: false };
    }
  }
  buildOutput(pkgName, text) {
    this.recognized++;
    const p = this.pkg(pkgName);
    if (!p.build) p.build = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
    p.build.push(text);
    this.opts.onEvent?.({ kind: "build-output", package: pkgName, test: null, output: text });
  }
  /** Go 1.24+ build-output events, keyed by their ImportPath until a package's FailedBuild claims them. */
  builds = /* @__PURE__ */ new Map();
  jsonBuildOutput(importPath, text) {
    this.recognized++;
    let b = this.builds.get(importPath);
    if (!b) {
      b = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
      this.builds.set(importPath, b);
    }
    b.push(text);
    this.opts.onEvent?.({
      kind: "build-output",
      package: importPath.replace(/ \[.*\]$/, ""),
      test: null,
      output: text
    });
  }
  claimBuild(pkgName, importPath) {
    const b = this.builds.get(importPath);
    if (!b) return;
    this.builds.delete(importPath);
    this.pkg(pkgName).build = b;
  }
  /**
   * The link of a package's test binary prints its errors under `# <pkg>.test` (the binary's import
   * path), in text and in a pre-1.24 -json run's stderr: that output is the package's build failure,
   * not a package of its own. Taken when nothing else ran under that name.
   */
  adoptTestBinary(p) {
    const name = p.name + ".test";
    const bin = this.packages.get(name);
    if (!bin || bin === p || bin.terminal !== null || bin.build === null || bin.counts.tests > 0) return;
    if (bin.failureCount > 0 || bin.out.text() !== "") return;
    p.build = bin.build;
    this.packages.delete(name);
    if (this.lastP === bin) this.lastP = null;
  }
  /** A package's terminal event. `build` is 'build' or 'setup' when the package did not compile. */
  pkgEnd(pkgName, action, elapsed, build) {
    this.recognized++;
    const p = this.pkg(pkgName);
    p.elapsed = elapsed;
    if (action === "pass") p.terminal = "passed";
    else if (action === "skip") p.terminal = p.counts.tests === 0 ? "no-test-files" : "skipped";
    else p.terminal = this.failedStatus(p, build);
    if (p.terminal === "build-failed" && p.build === null) this.adoptTestBinary(p);
    this.settle(p);
    this.opts.onEvent?.({ kind: "package-end", package: pkgName, test: null, status: p.terminal, elapsed });
  }
  /**
   * A plain-text verdict line (`ok  pkg`, `?   pkg [no test files]`) with nothing of its package before
   * it (go test without -v prints only these): past FOLD_AFTER records, counted as a folded package
   * without making a record at all. False when the package must get one (see pkgEnd).
   */
  bareEnd(pkgName, action, elapsed) {
    if (this.packages.size < FOLD_AFTER || this.packages.get(PENDING) || this.packages.get(pkgName))
      return false;
    this.recognized++;
    this.folded.packages++;
    const status = action === "pass" ? "passed" : "no-test-files";
    this.opts.onEvent?.({ kind: "package-end", package: pkgName, test: null, status, elapsed });
    return true;
  }
  failedStatus(p, build) {
    const out = p.out.text();
    if (build === "setup" || /\[setup failed\]$/m.test(out)) return "setup-failed";
    if (build === "build" || /\[build failed\]$/m.test(out)) return "build-failed";
    if (p.timeout) return "timed-out";
    if (p.killed) return "killed";
    return "failed";
  }
  /** Turns what is left of a finished (or abandoned) package into failures and frees its tests. */
  settle(p) {
    const status = p.terminal;
    const m = this.map(p);
    for (const t of m.values()) this.flushPending(t);
    if (this.lastP === p) this.lastP = null;
    const running = [...m.values()].filter((t) => t.status === "running" && !t.implicit);
    for (const t of running) this.verdict({ package: p.name, test: t.name, status: "running" });
    const pkgOut = () => p.out.text();
    if (status === "build-failed" || status === "setup-failed") {
      const out = (p.build?.text() ?? "") + pkgOut();
      const cut = p.out.squeezed || p.build?.squeezed === true;
      this.addFailure(p, { package: p.name, test: null, kind: "build", output: out, build: true, cut });
    } else if (status === "timed-out" && p.timeout) {
      const header = p.timeout.header.join("\n") + "\n";
      let names = leaves([...p.timeout.names.keys()]);
      if (names.length === 0) names = leaves(running.map((t) => t.name));
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: "timeout",
          output: pkgOut(),
          cut: p.out.squeezed
        });
      }
      for (const n of names) {
        const t = m.get(n);
        let own = t?.out?.text() ?? "";
        if (!own.includes(p.timeout.header[0])) own = header + own;
        const el = p.timeout.names.get(n);
        this.addFailure(p, {
          package: p.name,
          test: n,
          kind: "timeout",
          output: own,
          elapsed: parseDuration(el),
          cut: t?.out?.squeezed === true
        });
        if (!running.some((r) => r.name === n)) this.verdict({ package: p.name, test: n, status: "running" });
      }
    } else if (status === "killed" || status === null) {
      const names = leaves(running.map((t) => t.name));
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: "killed",
          output: pkgOut(),
          cut: p.out.squeezed
        });
      }
      for (const n of names) {
        const own = (m.get(n)?.out?.text() ?? "") + pkgOut();
        const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed;
        this.addFailure(p, { package: p.name, test: n, kind: "killed", output: own, cut });
      }
    } else if (status === "failed") {
      const names = leaves(running.map((t) => t.name));
      if (names.length > 0) {
        for (const n of names) {
          const own = (m.get(n)?.out?.text() ?? "") + pkgOut();
          const kind = CRASH_RE.test(own) && !TIMEOUT_RE.test(own) ? "panic" : "package";
          const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed;
          this.addFailure(p, { package: p.name, test: n, kind, output: own, cut });
        }
      } else if (!p.anyTestFailed) {
        const out = pkgOut();
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? "panic" : "package",
          output: out,
          cut: p.out.squeezed
        });
      }
    }
    for (const t of m.values()) this.dropOut(t);
    m.clear();
    p.out.release();
    p.build?.release();
    p.build = null;
    p.tests = ENDED_TESTS;
    p.out = ENDED_OUT;
    this.handOver(false);
    this.fold(p);
  }
  /** Past FOLD_AFTER records, an ended clean package becomes counts only (see FOLD_AFTER). */
  fold(p) {
    if (this.packages.size <= FOLD_AFTER || p.name === PENDING || p.failureCount > 0) return;
    if (p.terminal !== "passed" && p.terminal !== "skipped" && p.terminal !== "no-test-files") return;
    this.packages.delete(p.name);
    const f = this.folded;
    f.packages++;
    f.tests += p.counts.tests;
    f.passed += p.counts.passed;
    f.failed += p.counts.failed;
    f.skipped += p.counts.skipped;
  }
  /**
   * Did this test fail earlier in the run (so that passing now makes it a flake)? Most passes are of
   * packages with no failure: one Map lookup for those.
   */
  failedBefore(pkgName, name) {
    return this.failedNames.get(pkgName)?.has(name) === true;
  }
  /** A failed test, remembered (at most MAX_FAILED_KEYS) so that a later pass of it is a flake. */
  recordFailed(pkgName, test) {
    let names = this.failedNames.get(pkgName);
    if (names?.has(test) === true || this.failedCount >= MAX_FAILED_KEYS) return;
    if (!names) this.failedNames.set(pkgName, names = /* @__PURE__ */ new Set());
    names.add(test);
    this.failedCount++;
    let hashes = this.failedHashes.get(pkgName);
    if (!hashes) this.failedHashes.set(pkgName, hashes = /* @__PURE__ */ new Set());
    hashes.add(nameHash(test, 0, test.length));
  }
  /** A test that failed and then passed on a rerun: a flake (listed once). */
  markFlaky(pkgName, test) {
    const k = pkgName + "\0" + test;
    if (this.flakyKeys.has(k) || this.flaky.length >= MAX_FLAKY) return;
    this.flakyKeys.add(k);
    this.flaky.push({ package: pkgName, test });
  }
  failureKey(pkg, test) {
    if (this.failureKeys.size < MAX_FAILED_KEYS) this.failureKeys.add(pkg + "\0" + (test ?? ""));
  }
  /** Has this test of the package started and not ended? */
  knowsTest(pkgName, name) {
    const p = this.packages.get(pkgName);
    if (p === void 0) return false;
    if (p.solo !== null && this.nameOf(p.solo) === name) return true;
    const t = p.tests.get(name);
    return t !== void 0 && !t.implicit;
  }
  /** Did this package report its failures test by test (failed tests, a timeout's running tests)? */
  detailed(pkgName) {
    const p = this.packages.get(pkgName);
    return p !== void 0 && (p.anyTestFailed || p.timeout !== null);
  }
  /** Did this package end as a build or setup failure? */
  buildFailed(pkgName) {
    const t = this.packages.get(pkgName)?.terminal;
    return t === "build-failed" || t === "setup-failed";
  }
  /** Was a failure recorded for this test (test '': for this package, any failure)? */
  hasFailure(pkgName, test) {
    if (test !== "") return this.failureKeys.has(pkgName + "\0" + test);
    const p = this.packages.get(pkgName);
    return p !== void 0 && p.failureCount > 0;
  }
  /** Is this test known to have passed on a rerun after failing? */
  isFlaky(pkgName, test) {
    return this.flakyKeys.has(pkgName + "\0" + test);
  }
  /**
   * Forgets the text converter's pending package (what a tool printed before a summary that repeats it
   * all: gotestsum's `=== Failed` section after its testname, dots or pkgname lines).
   */
  dropPending() {
    const p = this.packages.get(PENDING);
    if (!p) return;
    if (this.lastP === p) this.lastP = null;
    for (const t of this.map(p).values()) this.dropOut(t);
    p.out.release();
    this.packages.delete(PENDING);
    for (let j = this.failures.length - 1; j >= 0 && this.pendingFails > 0; j--)
      if (this.failures[j].package === PENDING) {
        this.failures.splice(j, 1);
        this.pendingFails--;
        this.failureCount--;
      }
    for (let j = this.tests.length - 1; j >= 0 && this.pendingVerdicts > 0; j--)
      if (this.tests[j].package === PENDING) {
        this.tests.splice(j, 1);
        this.pendingVerdicts--;
      }
  }
  /** Renames the text converter's pending package once its `ok`/`FAIL` line names it. */
  renamePending(name) {
    const p = this.packages.get(PENDING);
    if (!p) {
      this.pkg(name);
      return;
    }
    this.lastP = null;
    this.packages.delete(PENDING);
    const existing = this.packages.get(name);
    if (existing) {
      p.build = existing.build;
      this.packages.delete(name);
    }
    p.name = name;
    const fs = this.failures;
    for (let j = fs.length - 1; j >= 0 && this.pendingFails > 0; j--) {
      const f = fs[j];
      if (f.package === PENDING) {
        this.pendingFails--;
        f.package = name;
        this.failureKey(name, f.test);
        if (f.test !== null && f.kind === "test") this.recordFailed(name, f.test);
      }
    }
    const failed = this.failedNames.get(name);
    if (failed !== void 0) {
      const few = failed.size <= 8 ? [...failed].map((n) => ({ n, h: nameHash(n, 0, n.length) | 0 })) : null;
      const a = this.passArena;
      for (const t of this.pendingPassed) {
        if (typeof t === "string") {
          if (few === null ? failed.has(t) : few.some((f) => f.n === t)) this.markFlaky(name, t);
          continue;
        }
        const s = this.passAt[t];
        const e = this.passAt[t + 1];
        if (few === null) {
          const n = a.toString("utf8", s, e);
          if (failed.has(n)) this.markFlaky(name, n);
          continue;
        }
        for (const { n, h } of few) {
          if (h !== this.passHash[t] || n.length !== e - s) continue;
          let same = true;
          for (let i = 0; i < n.length && same; i++) same = n.charCodeAt(i) === a[s + i];
          if (same) this.markFlaky(name, n);
        }
      }
    }
    this.pendingPassed.length = 0;
    this.passRawN = 0;
    const ts = this.tests;
    for (let j = ts.length - 1; j >= 0 && this.pendingVerdicts > 0; j--)
      if (ts[j].package === PENDING) {
        ts[j].package = name;
        this.pendingVerdicts--;
      }
    this.packages.set(name, p);
  }
  /** Ends the run: packages without a terminal event are `killed`. */
  finish() {
    const unfinished = [];
    for (const [ip, b] of this.builds) {
      const p = this.pkg(ip.replace(/ \[.*\]$/, ""));
      if (!p.build) p.build = b;
    }
    this.builds.clear();
    const out = [];
    for (const [name, p] of this.packages.entries()) {
      if (name === PENDING) {
        if (p.counts.tests === 0 && this.map(p).size === 0 && p.failureCount === 0 && !p.build) {
          const t = p.out.text();
          if (t) this.stray.push(t);
          continue;
        }
      }
      if (p.terminal === null) {
        const hadRunning = [...this.map(p).values()].some((t) => t.status === "running" && !t.implicit);
        p.terminal = p.timeout ? "timed-out" : p.build ? "build-failed" : "killed";
        if (p.terminal === "killed" && !hadRunning && p.counts.tests > 0 && p.counts.failed === 0 && !p.killed) {
        }
        this.settle(p);
        unfinished.push(name === PENDING ? "(unnamed package)" : name);
      }
      const pkgName = name === PENDING ? "" : name;
      out.push({
        name: pkgName,
        status: p.terminal,
        ...p.elapsed !== void 0 ? { elapsed: p.elapsed } : {},
        tests: p.counts.tests,
        passed: p.counts.passed,
        failed: p.counts.failed,
        skipped: p.counts.skipped
      });
    }
    for (const f of this.failures) if (f.package === PENDING) f.package = null;
    for (const t of this.tests) if (t.package === PENDING) t.package = "";
    this.handOver(true);
    return { packages: out, unfinished };
  }
  toRun(format, failures, packages, partial) {
    const f = this.folded;
    const totals = {
      packages: packages.length + f.packages,
      tests: f.tests,
      passed: f.passed,
      failed: f.failed,
      skipped: f.skipped
    };
    for (const p of packages) {
      totals.tests += p.tests;
      totals.passed += p.passed;
      totals.failed += p.failed;
      totals.skipped += p.skipped;
    }
    const run = { format, packages, failures, totals, partial, tests: this.tests };
    if (this.flaky.length > 0) run.flaky = this.flaky;
    return run;
  }
};
function hasOwnOutput(out) {
  for (const line of out.split("\n")) {
    const l = line.trim();
    if (l === "" || /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(l)) continue;
    return true;
  }
  return false;
}
function leaves(names) {
  const parents = /* @__PURE__ */ new Set();
  for (const n of names)
    for (let i = n.indexOf("/"); i > 0; i = n.indexOf("/", i + 1)) parents.add(n.slice(0, i));
  return names.filter((n) => !parents.has(n));
}
function parseDuration(d) {
  if (!d) return void 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|µs|us|ns)/g;
  let total = 0;
  let any = false;
  for (let m = re.exec(d); m; m = re.exec(d)) {
    any = true;
    const v = Number(m[1]);
    const mult = { h: 3600, m: 60, s: 1, ms: 1e-3, \u00B5s: 1e-6, us: 1e-6, ns: 1e-9 }[m[2]] ?? 0;
    total += v * mult;
  }
  return any ? total : void 0;
}

// src/gotest/prefix.ts
var PREFIXES = [
  // gh run view --log: job<TAB>step<TAB>; then a GitHub Actions timestamp.
  /^[^\t\n]*\t[^\t\n]*\t(?=\d{4}-\d\d-\d\dT)/,
  /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)\s/,
  // Jenkins/Buildkite `[2024-05-01T10:00:00.123Z] `, `[10:00:00] `.
  /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?\]\s/,
  /^\[?\d\d:\d\d:\d\d(?:\.\d+)?\]?\s/,
  // openSUSE Build Service `[  276s] `.
  /^\[\s*\d+s\]\s/,
  // BuildKit plain progress `#12 55.26 `.
  /^#\d+ \d+\.\d+ /,
  // docker build without the step number (`55.26 compile: ...`).
  /^\d{1,5}\.\d\d /,
  // GitLab section markers.
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?\r?/
];
var MAYBE = /^[\d[#s\uFEFF]/;
function stripPrefix(line) {
  if (!MAYBE.test(line) && line.indexOf("	") < 0) return line;
  let s = line;
  for (let i = 0; i < 3; i++) {
    let changed = false;
    for (const re of PREFIXES) {
      const m = re.exec(s);
      if (m && m[0].length > 0) {
        s = s.slice(m[0].length);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return s;
}

// src/gotest/sniff.ts
var SAMPLE = 8192;
var MAX_ODD = 0.1;
var SIGNATURES = [
  { bytes: [31, 139], what: "gzip-compressed data (gunzip it first)" },
  { bytes: [80, 75, 3, 4], what: "a zip archive (unzip it first)" },
  { bytes: [80, 75, 5, 6], what: "an empty zip archive" },
  { bytes: [40, 181, 47, 253], what: "zstd-compressed data (unzstd it first)" },
  { bytes: [253, 55, 122, 88, 90, 0], what: "xz-compressed data (unxz it first)" },
  { bytes: [55, 122, 188, 175, 39, 28], what: "a 7-zip archive" },
  { bytes: [255, 254], what: "UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)" },
  { bytes: [254, 255], what: "UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)" }
];
function oddBytes(b, n) {
  let odd = 0;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27 || c === 127)
        odd++;
      i++;
      continue;
    }
    const len = c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
    if (len === 0) {
      odd++;
      i++;
      continue;
    }
    if (i + len > n) break;
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k] & 192) !== 128) ok = false;
    if (ok) i += len;
    else {
      odd++;
      i++;
    }
  }
  return odd;
}
function notText(head) {
  for (const s of SIGNATURES) {
    if (head.length >= s.bytes.length && s.bytes.every((x, i) => head[i] === x)) return s.what;
  }
  const n = Math.min(head.length, SAMPLE);
  if (n === 0) return null;
  const odd = oddBytes(head, n);
  if (odd / n > MAX_ODD)
    return `binary data (${Math.round(100 * odd / n)}% of the first ${n} bytes are control bytes or invalid UTF-8)`;
  return null;
}

// src/gotest/bytes.ts
function startsAt(b, i, pat) {
  if (i < 0 || i + pat.length > b.length) return false;
  for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) return false;
  return true;
}
function decimalAt(b, s, e) {
  let v = 0;
  let scale = 0;
  let digits = 0;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if (c === 46 && scale === 0) scale = 1;
    else return -1;
  }
  if (digits === 0) return -1;
  if (digits > 15) return Number(b.toString("latin1", s, e));
  return scale > 1 ? v / scale : v;
}

// src/gotest/tools.ts
var MAX_BLOCK_LINES = 4e3;
var MAX_BODY_FAILED = 1e5;
var SUMMARY_HEADER_RE = /^=== (?:Failed|Skipped|Errors)$/;
var SUMMARY_BLOCK_RE = /^=== (FAIL|SKIP): (\S+) (.*?)(?: \(re-run \d+\))? \(([^()]*)\)$/;
var DONE_RE = /^DONE (?:\d+ runs?, )?\d+ tests?\b/;
var RERUN_PASS_RE = /^PASS (\S+?)\.((?:Test|Example|Fuzz)\S*) \(re-run \d+\) \(/;
var BUILD_FAILED_RE = /^FAIL\s+(\S+) \[(build|setup) failed\]$/;
function isSummaryHeader(line) {
  return SUMMARY_HEADER_RE.test(line);
}
var GotestsumSummary = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  /** In a summary (between its first section header and DONE). */
  active = false;
  section = "";
  block = null;
  errors = [];
  emitted = /* @__PURE__ */ new Set();
  /** Summary packages with a failure, and which are build failures. */
  pkgs = /* @__PURE__ */ new Map();
  /** Full names of packages the body (go test's own lines) ended failed. */
  bodyFailed = /* @__PURE__ */ new Set();
  /** Each `/`-tail of those names (`m/fail`, `fail` for example.com/m/fail): the first name that has it. */
  bodyTails = /* @__PURE__ */ new Map();
  /** `pkg\0test` of tests with a subtest the summary reported failed. */
  failedChild = /* @__PURE__ */ new Set();
  /** Whether the body reported a package test by test (decided before the summary adds to it). */
  detail = /* @__PURE__ */ new Map();
  /** Flakes seen in the body: `pkg\0test` (short package names). */
  reruns = /* @__PURE__ */ new Set();
  /** A package the body ended with a failing verdict. */
  bodyFail(name) {
    if (this.bodyFailed.size >= MAX_BODY_FAILED || this.bodyFailed.has(name)) return;
    this.bodyFailed.add(name);
    for (let i = name.indexOf("/"); i >= 0; i = name.indexOf("/", i + 1)) {
      const tail = name.slice(i + 1);
      if (!this.bodyTails.has(tail)) this.bodyTails.set(tail, name);
    }
  }
  /** A body line that is not go test's own; true when it was used. */
  bodyLine(line) {
    const m = RERUN_PASS_RE.exec(line);
    if (!m) return false;
    if (this.reruns.size < MAX_BODY_FAILED) this.reruns.add(m[1] + "\0" + m[2]);
    return true;
  }
  begin() {
    this.active = true;
    this.engine.dropPending();
  }
  /** A line inside the summary (DONE ends it). */
  line(line) {
    if (SUMMARY_HEADER_RE.test(line)) {
      this.close();
      this.section = line.slice(4);
      return;
    }
    let m;
    if (m = SUMMARY_BLOCK_RE.exec(line)) {
      this.close();
      if (m[1] === "FAIL") this.block = { pkg: m[2], test: m[3], unknown: m[4] === "unknown", lines: [] };
      else this.block = null;
      return;
    }
    if (DONE_RE.test(line)) {
      this.finish();
      return;
    }
    if (this.section === "Errors") {
      if (this.errors.length < MAX_BLOCK_LINES) this.errors.push(line);
    } else if (this.block !== null && this.block.lines.length < MAX_BLOCK_LINES) this.block.lines.push(line);
  }
  /** The full name the body used for a summary package, or null when the body did not end it failed. */
  bodyName(short) {
    if (this.bodyFailed.has(short)) return short;
    return this.bodyTails.get(short) ?? null;
  }
  close() {
    const b = this.block;
    this.block = null;
    if (b === null) return;
    const e = this.engine;
    const full = this.bodyName(b.pkg);
    if (full !== null) {
      let d = this.detail.get(full);
      if (d === void 0) {
        d = e.detailed(full);
        this.detail.set(full, d);
      }
      if (d || b.test !== "" && e.hasFailure(full, b.test) || b.test === "" && e.buildFailed(full)) return;
      b.pkg = full;
    }
    const key = b.pkg + "\0" + b.test;
    if (this.emitted.has(key)) return;
    this.emitted.add(key);
    if (!this.pkgs.has(b.pkg)) this.pkgs.set(b.pkg, null);
    if (b.test === "") {
      for (const l of b.lines) {
        const bm = BUILD_FAILED_RE.exec(l);
        if (bm) this.pkgs.set(b.pkg, bm[2]);
        else e.output(b.pkg, null, l + "\n");
      }
      return;
    }
    if (this.failedChild.has(key) && b.lines.every((l) => l.trim() === "")) return;
    for (let i = b.test.lastIndexOf("/"); i > 0; i = b.test.lastIndexOf("/", i - 1))
      if (this.failedChild.size < MAX_BODY_FAILED) this.failedChild.add(b.pkg + "\0" + b.test.slice(0, i));
    if (this.reruns.has(key) || this.reruns.has(shortKey(b.pkg, b.test))) e.markFlaky(b.pkg, b.test);
    e.testEvent(b.pkg, b.test, "run", void 0);
    for (const l of b.lines) e.output(b.pkg, b.test, l + "\n");
    if (!b.unknown) e.testEvent(b.pkg, b.test, "fail", void 0);
  }
  /** DONE, or the end of the input: the summary's packages end, with the `=== Errors` lines. */
  finish() {
    if (!this.active) return;
    this.close();
    this.active = false;
    const builds = [...this.pkgs].filter(([, b]) => b !== null).map(([n]) => n);
    for (const l of this.errors) {
      if (l === "") continue;
      let to;
      for (const n of builds) if (l.startsWith(n + "/") && (to === void 0 || n.length > to.length)) to = n;
      to ??= builds[0];
      if (to !== void 0) this.engine.buildOutput(to, l + "\n");
    }
    this.errors = [];
    for (const [name, build] of this.pkgs) this.engine.pkgEnd(name, "fail", void 0, build ?? void 0);
    this.pkgs.clear();
    this.section = "";
  }
};
function shortKey(pkg, test) {
  return pkg.slice(pkg.lastIndexOf("/") + 1) + "\0" + test;
}
var SPEC_RE = /^• \[(FAILED|PANICKED|TIMEDOUT|INTERRUPTED|ABORTED)\] \[[\d.]+ seconds?\]$/;
var SEPARATOR_RE = /^-{20,}$/;
var NODE_RE = /\[(?:It|BeforeEach|AfterEach|JustBeforeEach|JustAfterEach|BeforeAll|AfterAll|DeferCleanup|SynchronizedBeforeSuite|SynchronizedAfterSuite|BeforeSuite|AfterSuite|ReportAfterEach|ReportBeforeEach)\] /g;
var SUITE_RE = /^Running Suite: (.*) - (\S.*)$/;
var SUITE_END_RE = /^Test Suite (Failed|Passed)$/;
var GinkgoSpecs = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  spec = null;
  get inSpec() {
    return this.spec !== null;
  }
  /** The suite's directory (its `Running Suite:` line), for the ginkgo CLI's output. */
  suite = null;
  /** True when the line belongs to ginkgo's framing (a failed spec's block, a suite's start or end). */
  line(line, goTest, endPending) {
    const s = this.spec;
    if (s !== null) {
      if (SEPARATOR_RE.test(line)) {
        this.emit(goTest);
        return true;
      }
      if (s.name === null) {
        if (line.trim() !== "") s.name = line.replace(NODE_RE, "").replace(/\s+/g, " ").trim();
      } else if (s.lines.length < MAX_BLOCK_LINES) s.lines.push(line);
      return true;
    }
    if (line.startsWith("\u2022 [") && SPEC_RE.test(line)) {
      this.spec = { name: null, lines: [line] };
      return true;
    }
    let m;
    if (line.startsWith("Running Suite: ") && (m = SUITE_RE.exec(line))) this.suite = m[2];
    else if (this.suite !== null && (m = SUITE_END_RE.exec(line))) {
      endPending(this.suite, m[1] === "Failed" ? "fail" : "pass");
      this.suite = null;
      return true;
    }
    return false;
  }
  emit(goTest) {
    const s = this.spec;
    this.spec = null;
    if (s === null || s.name === null || s.name === "") return;
    const name = goTest !== "" ? `${goTest}/${s.name}` : s.name;
    const e = this.engine;
    e.testEvent(PENDING, name, "run", void 0);
    for (const l of s.lines) e.output(PENDING, name, l + "\n");
    e.testEvent(PENDING, name, "fail", void 0);
  }
  /** End of a source: a spec block cut before its separator still counts. */
  end(goTest) {
    this.emit(goTest);
  }
};

// src/gotest/text.ts
var UPDATES = [
  "=== RUN   ",
  "=== PAUSE ",
  "=== CONT  ",
  "=== NAME  ",
  "=== PASS  ",
  "=== FAIL  ",
  "=== SKIP  ",
  "=== ATTR  ",
  "=== ARTIFACTS "
];
var REPORTS = ["--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: "];
var RUN_LINE = Buffer.from("=== RUN   ");
var PASS_LINE = Buffer.from("--- PASS: ");
var CACHED = Buffer.from("(cached)");
var OK_RE = /^ok\s+(\S+)\s+(?:([\d.]+)s|\(cached\))/;
var FAIL_RE = /^FAIL\s+(\S+)\s+([\d.]+)s$/;
var FAIL_BUILD_RE = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]$/;
var FAIL_LINE_RE = /^FAIL\s/;
var FAIL_SIGNAL_RE = /^FAIL\s+(\S+)\s+signal: (killed|terminated|segmentation fault|aborted)$/;
var NOTEST_RE = /^\?\s+(\S+)\s+\[no test files\]$/;
var BUILD_HEADER_RE = /^# (\S+)(?: \[(\S+)\])?$/;
var QUICK_LINES = 256;
var MAX_SPARE = 16;
var MAX_HELD_BUILD = 64;
var COMPILER_RE = /^(?:\.\/)?[^\s:]+\.(?:go|s|c):\d+(?::\d+)?: |^vet: |^(?:\S+\/)?link: |^go: |^\S+: relocation target \S+ not defined$/;
var GO_ERROR_RE = /^go: (?!downloading |finding |extracting |upgraded |added |found )\S/;
var EVIDENCE_RE = /^(?:panic: |fatal error: |SIG[A-Z]+: |goroutine \d+ \[|signal: (?:killed|terminated|segmentation fault|aborted)|go: |\s+Error Trace:\s|\s+[\w.-]+_test\.go:\d+: |\*\*\* Test killed)/;
var TextConverter = class {
  /**
   * `maxLine`: the parser's longest line (ParserOptions.maxLineBytes); a longer one is cut, so quickPass
   * does not read it ahead.
   */
  constructor(engine, maxLine = 1 << 20) {
    this.engine = engine;
    this.maxLine = maxLine;
    this.summary = new GotestsumSummary(engine);
    this.ginkgo = new GinkgoSpecs(engine);
  }
  engine;
  maxLine;
  testName = "";
  report = [];
  /** Report objects flushReport is done with (see hotLine). */
  spare = [];
  /** The package named by the last `# pkg` header (build errors follow it). */
  buildPkg = null;
  /** Lines that were recognisably go test framing (for format detection). */
  framing = 0;
  /**
   * Lines only a Go program or the go command writes (a panic, a goroutine header, a testify block, a
   * `file_test.go:N:` line, `signal: killed`, a `go:` error): a fragment of go test output. Counted up
   * to the first (the caller resets it per input).
   */
  evidence = 0;
  /** A `go: ...` error of the go command itself was read (not its `go: downloading` progress). */
  goError = false;
  summary;
  ginkgo;
  /**
   * A `# pkg` header and the lines under it, held until something shows it is the go command's (a
   * compiler line, a go test line, any go test output before it): a Markdown heading looks the same,
   * and `explain README.md` must not report a build failure. Bounded (MAX_HELD_BUILD lines).
   */
  held = null;
  /** Replaying held lines as plain text: a `# ...` line among them is not a header again. */
  replaying = false;
  /** A `# pkg` block is held (see held). */
  get holding() {
    return this.held !== null;
  }
  /**
   * A -json event arrived while a `# pkg` block is held (before Go 1.24 cmd/go printed build errors as
   * text among the events): the block is the go command's, and its package's events must find it.
   */
  confirmHeld() {
    this.resolveHeld(true);
  }
  /** Ends a held header block: its lines become build output, or (nothing go-like) plain text. */
  resolveHeld(confirm) {
    const h = this.held;
    if (h === null) return;
    this.held = null;
    if (confirm || this.framing > 0 || this.engine.recognized > 0) {
      this.framing++;
      for (const l of h.lines)
        if (l === "") this.out("\n");
        else this.engine.buildOutput(h.pkg, l + "\n");
      return;
    }
    this.buildPkg = null;
    this.replaying = true;
    try {
      for (const l of h.lines) this.line(l);
    } finally {
      this.replaying = false;
    }
  }
  /** One line, without its newline; CR and ANSI colour already removed. */
  line(line) {
    const c = line.charCodeAt(0);
    if (this.held !== null) {
      const header = c === 35 && BUILD_HEADER_RE.test(line);
      const under = !header && this.report.length === 0 && this.testName === "" && !isFraming(line);
      if (!under) this.resolveHeld(!header && isFraming(line));
      else if (this.held.lines.length >= MAX_HELD_BUILD) this.resolveHeld(false);
    }
    if (this.summary.active) {
      this.framing++;
      this.summary.line(line);
      return;
    }
    if (c === 61 && isSummaryHeader(line)) {
      this.framing++;
      this.flushReport(0);
      this.testName = "";
      this.summary.begin();
      this.summary.line(line);
      return;
    }
    if ((this.ginkgo.inSpec || c === 8226 || c === 82 || c === 84) && this.ginkgo.line(
      line,
      this.testName,
      (name2, action2) => this.endPackage(name2, action2, void 0, void 0, line)
    )) {
      this.framing++;
      return;
    }
    if (c === 103 && GO_ERROR_RE.test(line)) this.goError = true;
    if (c === 80 && this.summary.bodyLine(line)) {
      this.framing++;
      return;
    }
    if (line.length === 0) {
      if (this.held !== null) this.held.lines.push("");
      else this.out("\n");
      return;
    }
    let m;
    if ((c === 80 || c === 70) && (line === "PASS" || line === "FAIL" || FAIL_LINE_RE.test(line))) {
      this.flushReport(0);
      this.testName = "";
      if (m = FAIL_BUILD_RE.exec(line)) {
        this.framing++;
        this.endPackage(m[1], "fail", void 0, m[2], line);
        return;
      }
      if (m = FAIL_RE.exec(line)) {
        this.framing++;
        this.endPackage(m[1], "fail", Number(m[2]), void 0, line);
        return;
      }
      if (m = FAIL_SIGNAL_RE.exec(line)) {
        this.framing++;
        this.engine.output(PENDING, null, `signal: ${m[2]}
`);
        this.endPackage(m[1], "fail", void 0, void 0, line);
        return;
      }
      this.evidence++;
      this.out(line + "\n");
      return;
    }
    if (c === 111 && (m = OK_RE.exec(line))) {
      this.framing++;
      this.flushReport(0);
      this.testName = "";
      const elapsed = m[2] !== void 0 ? Number(m[2]) : void 0;
      if (this.report.length > 0 || !this.engine.bareEnd(m[1], "pass", elapsed))
        this.endPackage(m[1], "pass", elapsed, void 0, line);
      return;
    }
    if (c === 63 && (m = NOTEST_RE.exec(line)) && this.report.length === 0) {
      this.framing++;
      this.testName = "";
      if (!this.engine.bareEnd(m[1], "skip", void 0))
        this.endPackage(m[1], "skip", void 0, void 0, line);
      return;
    }
    if (c === 35 && !this.replaying && (m = BUILD_HEADER_RE.exec(line))) {
      this.buildPkg = m[1];
      this.held = { pkg: m[1], lines: [line] };
      return;
    }
    if (this.buildPkg !== null && this.report.length === 0 && this.testName === "" && !isFraming(line)) {
      const compiler = COMPILER_RE.test(line);
      if (compiler) this.framing++;
      if (this.held !== null) {
        this.held.lines.push(line);
        if (compiler) this.resolveHeld(true);
      } else this.engine.buildOutput(this.buildPkg, line + "\n");
      return;
    }
    this.buildPkg = null;
    let rest = line;
    let indent = 0;
    let ok = c === 61 && UPDATES.some((u) => line.startsWith(u));
    if (!ok) {
      let i = 0;
      while (line.startsWith("    ", i)) i += 4;
      if (line.charCodeAt(i) === 45 && REPORTS.some((r) => line.startsWith(r, i))) {
        ok = true;
        indent = i >> 2;
        rest = i > 0 ? line.slice(i) : line;
      } else indent = i >> 2;
    }
    if (!ok) {
      if (indent > 0 && indent <= this.report.length) this.testName = this.report[indent - 1].test;
      else if (this.evidence === 0 && EVIDENCE_RE.test(line)) this.evidence++;
      this.out(line + "\n");
      return;
    }
    this.framing++;
    const body = rest.slice(4);
    const sp = body.indexOf(" ");
    const action = (sp < 0 ? body : body.slice(0, sp)).replace(/:$/, "").toLowerCase();
    let name = sp < 0 ? "" : body.slice(sp + 1).trim();
    if (rest[0] === "-") {
      let elapsed;
      ({ name, elapsed } = reportName(name));
      if (this.report.length < indent) {
        this.out(line + "\n");
        return;
      }
      this.flushReport(indent);
      this.testName = name;
      this.report.push({ action, test: name, elapsed });
      this.out(line + "\n");
      return;
    }
    if (action === "attr" || action === "artifacts") {
      const j = name.indexOf(" ");
      if (j >= 0) name = name.slice(0, j);
    }
    this.flushReport(0);
    this.testName = name;
    if (action === "name") return;
    if (action === "pause") this.out(line + "\n");
    if (action === "run" || action === "pass" || action === "fail" || action === "skip") {
      this.engine.testEvent(PENDING, name, action, void 0);
    } else if (name !== "" && !this.engine.knowsTest(PENDING, name)) {
      this.engine.testEvent(PENDING, name, "run", void 0);
    }
    if (action !== "pause") this.out(line + "\n");
  }
  /**
   * The hot path of a verbose log, on the line's bytes b[s, e) (e at its newline) before it is decoded:
   * `=== RUN   Name`, `--- PASS: Name (0.00s)` at the left margin, and indented output of the test that
   * runs. Each does what line() does with it (same events, same state), except that the output stays
   * bytes in the chunk (Engine.textOutput) until the test fails or outlives the chunk. False, with
   * nothing done, for any other line or state (a held report, a `# pkg` block, a tool's summary or
   * spec, a tab, an ESC or a CR in the line, no evidence yet): line() then reads it.
   */
  hotLine(b, s, e) {
    if (this.summary.active || this.ginkgo.inSpec || this.buildPkg !== null) return false;
    if (e - s < 5 || b[e - 1] === 13) return false;
    const c = b[s];
    if (c === 111)
      return b[s + 1] === 107 && this.report.length === 0 && this.plain(b, s, e, true) && this.okLine(b, s, e);
    if (!this.plain(b, s, e, false)) return false;
    if (c === 32) {
      if (this.testName === "" || this.report.length > 0 || this.evidence === 0) return false;
      if (!indentedOutput(b, s, e)) return false;
      return this.engine.textOutput(this.testName, b, s, e + 1);
    }
    if (c === 61) {
      if (!startsAt(b, s, RUN_LINE)) return false;
      const ns = s + RUN_LINE.length;
      if (ns >= e || b[ns] <= 32 || b[ns] >= 128 || b[e - 1] <= 32 || b[e - 1] >= 128) return false;
      this.framing++;
      this.flushReport(0);
      if (this.quickPass(b, ns, e)) return true;
      const name = b.toString("utf8", ns, e);
      this.testName = name;
      this.engine.runText(name);
      if (!this.engine.textOutput(name, b, s, e + 1)) this.out(b.toString("utf8", s, e) + "\n");
      return true;
    }
    if (c === 45) {
      if (!startsAt(b, s, PASS_LINE)) return false;
      const ns = s + PASS_LINE.length;
      let name = null;
      let elapsed;
      if (b[e - 1] === 41 && b[e - 2] === 115 && b[ns] > 32 && b[ns] < 128) {
        const t = this.testName;
        const p = ns + t.length;
        let same = p + 1 < e && b[p] === 32 && b[p + 1] === 40;
        for (let k = 0; k < t.length && same; k++) {
          const x = b[ns + k];
          same = x < 128 && x !== 32 && t.charCodeAt(k) === x;
        }
        const secs2 = same ? decimalAt(b, p + 2, e - 2) : -1;
        if (secs2 >= 0) {
          name = t;
          elapsed = secs2;
        }
      }
      if (name === null)
        ({ name, elapsed } = reportName(b.toString("utf8", s, e).slice(PASS_LINE.length).trim()));
      this.framing++;
      this.flushReport(0);
      this.testName = name;
      const r = this.spare.pop();
      if (r === void 0) this.report.push({ action: "pass", test: name, elapsed });
      else {
        r.action = "pass";
        r.test = name;
        r.elapsed = elapsed;
        this.report.push(r);
      }
      if (!this.engine.textOutput(name, b, s, e + 1)) this.out(b.toString("utf8", s, e) + "\n");
      return true;
    }
    return false;
  }
  /**
   * A whole passing test read ahead from its `=== RUN` line (its name b[ns, e), no space in it) in this
   * chunk: indented output lines as hotLine takes them, then `--- PASS: name (secs)` with the next line
   * a `=== RUN`, which ends that report as flushReport(0) would with nothing read under it. What hotLine
   * and flushReport do with those lines, in one step: a pass counted with no test state, no output kept
   * and the name left undecoded (Engine.quickPassText). Sets skipTo and skipLines for the parser; false,
   * with nothing done, for any other shape (a failure, a subtest, a report not followed by a `=== RUN`,
   * the chunk's end), which the line-at-a-time path then reads.
   */
  quickPass(b, ns, e) {
    for (let k = ns; k < e; k++) if (b[k] === 32) return false;
    const n = e - ns;
    let ls = e + 1;
    for (let lines2 = 1; lines2 <= QUICK_LINES; lines2++) {
      const nl = b.indexOf(10, ls);
      if (nl < 0 || nl - ls > this.maxLine || nl - ls < 5 || b[nl - 1] === 13 || !this.plainAhead(b, ls, nl))
        return false;
      const c = b[ls];
      if (c === 32) {
        if (this.evidence === 0 || !indentedOutput(b, ls, nl)) return false;
        ls = nl + 1;
        continue;
      }
      if (c !== 45 || !startsAt(b, ls, PASS_LINE)) return false;
      const ps = ls + PASS_LINE.length;
      const p = ps + n;
      if (p + 2 >= nl || b[p] !== 32 || b[p + 1] !== 40 || b[nl - 1] !== 41 || b[nl - 2] !== 115)
        return false;
      for (let k = 0; k < n; k++) if (b[ps + k] !== b[ns + k]) return false;
      const secs2 = decimalAt(b, p + 2, nl - 2);
      if (secs2 < 0 || !startsAt(b, nl + 1, RUN_LINE)) return false;
      const nn = b.indexOf(10, nl + 1);
      if (nn < 0 || !this.plainAhead(b, nl + 1, nn)) return false;
      if (!this.engine.quickPassText(b, ns, e, secs2)) return false;
      this.framing++;
      this.skipTo = nl;
      this.skipLines = lines2;
      return true;
    }
    return false;
  }
  /**
   * Set by quickPass: the newline ending the last line it read, and how many lines it read after the
   * `=== RUN` line (-1: none). The parser goes on after skipTo and resets it.
   */
  skipTo = -1;
  skipLines = 0;
  /**
   * plain() without moving plainFrom: also for a line after the one hotLine checked, in the same buffer
   * (quickPass). The next tab and ESC at or after s are found once and reused while lines pass them; no
   * tab nor ESC lies between plainFrom and s (the lines before were checked), so the next ones at or
   * after s are still the next ones at or after plainFrom.
   */
  plainAhead(b, s, e, tabs = false) {
    if (!tabs && this.nextTab !== -1 && this.nextTab < s) this.nextTab = b.indexOf(9, s);
    if (this.nextEsc !== -1 && this.nextEsc < s) this.nextEsc = b.indexOf(27, s);
    return (tabs || this.nextTab === -1 || this.nextTab >= e) && (this.nextEsc === -1 || this.nextEsc >= e);
  }
  /**
   * What line() does with `ok<ws>pkg<ws>1.23s...` or `ok<ws>pkg<ws>(cached)...` (OK_RE), from the bytes:
   * the package name is decoded, the line only when the package needs a record (see Engine.bareEnd).
   * False, with nothing done, for any other shape (non-ASCII, other whitespace, a time Number() would
   * not read): line() decides.
   */
  okLine(b, s, e) {
    const ws = (x) => x === 32 || x === 9;
    let i = s + 2;
    if (!ws(b[i])) return false;
    while (i < e && ws(b[i])) i++;
    const ps = i;
    while (i < e && b[i] > 32 && b[i] < 127) i++;
    if (i === ps || i >= e || !ws(b[i])) return false;
    const pe = i;
    while (i < e && ws(b[i])) i++;
    let elapsed;
    if (b[i] === 40) {
      if (!startsAt(b, i, CACHED)) return false;
    } else {
      let k = i;
      while (k < e && (b[k] >= 48 && b[k] <= 57 || b[k] === 46)) k++;
      if (k === i || b[k] !== 115) return false;
      elapsed = decimalAt(b, i, k);
      if (elapsed < 0) return false;
    }
    this.framing++;
    this.testName = "";
    const pkg = b.toString("latin1", ps, pe);
    if (!this.engine.bareEnd(pkg, "pass", elapsed))
      this.endPackage(pkg, "pass", elapsed, void 0, b.toString("utf8", s, e));
    return true;
  }
  /** No ESC (colour to strip) in b[s, e), nor (unless allowed) a tab (a CI prefix may hide behind one). */
  plain(b, s, e, tabs) {
    if (b !== this.plainBuf || s < this.plainFrom) {
      this.plainBuf = b;
      this.plainFrom = s;
      this.nextTab = -2;
      this.nextEsc = -2;
    }
    this.plainFrom = s;
    return this.plainAhead(b, s, e, tabs);
  }
  plainBuf = null;
  plainFrom = 0;
  nextTab = -2;
  nextEsc = -2;
  out(text) {
    this.engine.output(PENDING, this.testName === "" ? null : this.testName, text);
  }
  flushReport(depth) {
    this.testName = "";
    while (this.report.length > depth) {
      const e = this.report.pop();
      if (this.spare.length < MAX_SPARE) this.spare.push(e);
      if (e.action === "bench") continue;
      this.engine.testEvent(PENDING, e.test, e.action, e.elapsed);
    }
  }
  endPackage(name, action, elapsed, build, line) {
    this.engine.output(PENDING, null, line + "\n");
    this.engine.renamePending(name);
    this.engine.pkgEnd(name, action, elapsed, build);
    if (action === "fail") this.summary.bodyFail(name);
    this.buildPkg = null;
  }
  /** End of a source: emit held reports (a log cut before its verdict line). */
  end() {
    this.resolveHeld(false);
    this.ginkgo.end(this.testName);
    this.summary.finish();
    this.flushReport(0);
    this.testName = "";
    this.buildPkg = null;
  }
};
function indentedOutput(b, s, e) {
  if (b[s + 1] !== 32 || b[s + 2] !== 32 || b[s + 3] !== 32) return false;
  let i = s + 4;
  while (i + 4 <= e && b[i] === 32 && b[i + 1] === 32 && b[i + 2] === 32 && b[i + 3] === 32) i += 4;
  return b[i] !== 45;
}
function reportName(text) {
  const i = text.indexOf(" (");
  if (i < 0) return { name: text, elapsed: void 0 };
  let elapsed;
  if (text.endsWith("s)")) {
    const t = Number(text.slice(i + 2, -2));
    if (!Number.isNaN(t)) elapsed = t;
  }
  return { name: text.slice(0, i), elapsed };
}
function isFraming(line) {
  return /^(?:=== |--- |ok\s|FAIL\b|PASS$|\?\s|panic: |goroutine \d)/.test(line);
}

// src/gotest/junit.ts
var MAX_TAG = 64 * 1024;
var TESTCASE_OPEN = Buffer.from("<testcase ");
var TESTCASE_CLOSE = Buffer.from("></testcase>");
var KEY_NAME = Buffer.from("name");
var KEY_TIME = Buffer.from("time");
var NAME_TESTMAIN = Buffer.from("TestMain");
var TIME_AFTER_NAME = Buffer.from('" time="');
var CLOSE_AFTER_TIME = Buffer.from('"></testcase>');
var NAME_BUILD_FAILED = Buffer.from("[build failed]");
function isKeyByte(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 58 || c === 46 || c === 45;
}
var MAX_CASE_TEXT = 1 << 20;
var MAX_HELD = 2e3;
var MAX_HELD_BYTES = 8 << 20;
var JUnitConverter = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  mode = "text";
  buf = "";
  suite = null;
  suiteFailed = false;
  suiteBuild = false;
  tc = null;
  /** `<testcase classname="<suite>" name="` as bytes, for a suite whose name needs no escaping. */
  caseTemplate = null;
  /** Elements recognised (testsuite, testcase): the format detection's evidence. */
  framing = 0;
  /** One line of the file (its newline is part of the text). */
  line(l) {
    this.chars(l + "\n");
  }
  /**
   * The line most of a JUnit file is made of, a passing test alone on its line (`<testcase classname=".."
   * name=".." time=".."></testcase>` or `<testcase ... />`, no child), read from its bytes b[s, e) before
   * it is decoded: the same events as tag() and endCase() give it, without the character machine, the
   * attribute map or entity decoding. Only for a case of the current named suite whose name is plain
   * ASCII with no entity; false (nothing done) for anything else, which goes the way of every line.
   * Names stay bytes (Engine.passedTestRaw). gotestsum's 500 MB JUnit: see docs/perf.md.
   */
  passingCase(b, s, e) {
    if (this.mode !== "text" || this.tc !== null || this.suite === null || this.suite === "") return false;
    let i = s;
    while (i < e && (b[i] === 9 || b[i] === 32)) i++;
    const t = this.caseTemplate;
    if (t !== null && e - i > t.length + 22 && b.compare(t, 0, t.length, i, i + t.length) === 0) {
      const ns2 = i + t.length;
      let j = ns2;
      for (; j < e; j++) {
        const c = b[j];
        if (c === 34) break;
        if (c === 38 || c === 60 || c >= 128) return false;
      }
      const ts2 = j + TIME_AFTER_NAME.length;
      if (j > ns2 && startsAt(b, j, TIME_AFTER_NAME)) {
        const te2 = b.indexOf(34, ts2);
        if (te2 > ts2 && te2 + 13 === e && startsAt(b, te2, CLOSE_AFTER_TIME)) {
          const time2 = decimalAt(b, ts2, te2);
          const n = j - ns2;
          if (time2 >= 0 && !(n === 8 && startsAt(b, ns2, NAME_TESTMAIN)) && !(n === 14 && startsAt(b, ns2, NAME_BUILD_FAILED))) {
            this.framing++;
            this.engine.passedTestRaw(this.suite, b, ns2, j, time2);
            return true;
          }
        }
      }
    }
    if (e - i < 14 || !startsAt(b, i, TESTCASE_OPEN)) return false;
    let end = e;
    while (end > i && (b[end - 1] === 32 || b[end - 1] === 9)) end--;
    let attrsEnd;
    if (end - i > 24 && startsAt(b, end - 12, TESTCASE_CLOSE)) attrsEnd = end - 12;
    else if (b[end - 1] === 62 && b[end - 2] === 47) attrsEnd = end - 2;
    else return false;
    let ns = -1;
    let ne = -1;
    let ts = -1;
    let te = -1;
    let k = i + TESTCASE_OPEN.length;
    for (; ; ) {
      while (k < attrsEnd && (b[k] === 32 || b[k] === 9)) k++;
      if (k >= attrsEnd) break;
      const ks = k;
      while (k < attrsEnd && isKeyByte(b[k])) k++;
      if (k === ks || b[k] !== 61 || b[k + 1] !== 34) return false;
      const ke = k;
      const q = b.indexOf(34, k + 2);
      if (q < 0 || q >= attrsEnd) return false;
      if (ke - ks === 4 && b[ks] === 110 && startsAt(b, ks, KEY_NAME)) {
        for (let j = ke + 2; j < q; j++) {
          const c = b[j];
          if (c === 38 || c === 60 || c >= 128) return false;
        }
        ns = ke + 2;
        ne = q;
      } else if (ke - ks === 4 && b[ks] === 116 && startsAt(b, ks, KEY_TIME)) {
        ts = ke + 2;
        te = q;
      }
      k = q + 1;
    }
    if (ns < 0 || ne === ns) return false;
    if (ne - ns === 8 && startsAt(b, ns, NAME_TESTMAIN)) return false;
    if (ne - ns === 14 && startsAt(b, ns, NAME_BUILD_FAILED)) return false;
    let time;
    if (ts >= 0) {
      time = decimalAt(b, ts, te);
      if (time < 0) return false;
    }
    this.framing++;
    this.engine.passedTestRaw(this.suite, b, ns, ne, time);
    return true;
  }
  chars(s) {
    let i = 0;
    while (i < s.length) {
      if (this.mode === "text") {
        const lt = s.indexOf("<", i);
        const end2 = lt < 0 ? s.length : lt;
        if (end2 > i) this.text(s.slice(i, end2), false);
        if (lt < 0) return;
        i = lt + 1;
        if (s.startsWith("![CDATA[", i)) {
          this.mode = "cdata";
          i += 8;
        } else if (s.startsWith("!--", i)) {
          this.mode = "comment";
          i += 3;
        } else if (s[i] === "?") this.mode = "pi";
        else this.mode = "tag";
        this.buf = "";
        continue;
      }
      const close = this.mode === "cdata" ? "]]>" : this.mode === "comment" ? "-->" : ">";
      const j = s.indexOf(close, i);
      const end = j < 0 ? s.length : j;
      if (this.mode === "cdata") this.text(s.slice(i, end), true);
      else if (this.mode === "tag" && this.buf.length < MAX_TAG)
        this.buf += s.slice(i, Math.min(end, i + MAX_TAG - this.buf.length));
      if (j < 0) return;
      i = j + close.length;
      if (this.mode === "tag") this.tag(this.buf);
      this.mode = "text";
      this.buf = "";
    }
  }
  text(t, raw) {
    const c = this.tc;
    if (c === null || !c.capture || c.textBytes >= MAX_CASE_TEXT) return;
    const v = raw ? t : decodeEntities(t);
    c.text.push(v);
    c.textBytes += v.length;
  }
  tag(body) {
    const selfClosing = body.endsWith("/");
    const closing = body.startsWith("/");
    const m = /^\/?\s*([\w:.-]+)/.exec(body);
    if (!m) return;
    const name = m[1].toLowerCase();
    if (closing) {
      this.endTag(name);
      return;
    }
    const attrs = attributes(body);
    switch (name) {
      case "testsuite": {
        this.framing++;
        this.endSuite();
        this.suite = attrs.get("name") ?? "";
        this.caseTemplate = /^[\w./~+:-]+$/.test(this.suite) ? Buffer.from(`<testcase classname="${this.suite}" name="`) : null;
        this.suiteFailed = false;
        this.suiteBuild = false;
        if (this.suite !== "") this.engine.start(this.suite);
        if (selfClosing) this.endSuite();
        return;
      }
      case "testcase": {
        this.framing++;
        this.endCase();
        const time = Number(attrs.get("time"));
        this.tc = {
          name: attrs.get("name") ?? "",
          classname: attrs.get("classname") ?? "",
          ...Number.isFinite(time) && attrs.has("time") ? { time } : {},
          status: "pass",
          capture: false,
          text: [],
          textBytes: 0,
          build: false,
          noResult: Number.isFinite(time) && (time < 0 || Object.is(time, -0))
        };
        if (selfClosing) this.endCase();
        return;
      }
      case "failure":
      case "error":
      case "skipped": {
        const c = this.tc;
        if (c === null) return;
        if (name === "skipped") {
          if (c.status === "pass") c.status = "skip";
        } else {
          c.status = "fail";
          const msg = attrs.get("message") ?? "";
          if (/^Build error$/i.test(msg)) c.build = true;
          if (/^No test result found$/i.test(msg)) c.noResult = true;
        }
        if (!selfClosing) c.capture = true;
        return;
      }
      case "system-out":
      case "system-err":
        if (this.tc !== null && !selfClosing) this.tc.capture = true;
        return;
      default:
        return;
    }
  }
  endTag(name) {
    switch (name) {
      case "failure":
      case "error":
      case "skipped":
      case "system-out":
      case "system-err":
        if (this.tc !== null) {
          this.tc.capture = false;
          const last = this.tc.text[this.tc.text.length - 1];
          if (last !== void 0 && !last.endsWith("\n")) this.tc.text.push("\n");
        }
        return;
      case "testcase":
        this.endCase();
        return;
      case "testsuite":
        this.endSuite();
        return;
      default:
        return;
    }
  }
  endCase() {
    const c = this.tc;
    if (c === null) return;
    this.tc = null;
    const pkg = this.suite !== null && this.suite !== "" ? this.suite : c.classname;
    if (pkg === "") return;
    const text = c.text.join("");
    const build = c.build || c.name === "[build failed]" || c.status === "fail" && /\[(?:build|setup) failed\]\s*$/.test(text);
    if (build) {
      this.suiteFailed = true;
      this.suiteBuild = true;
      for (const l of lines(text)) this.engine.buildOutput(pkg, l);
      return;
    }
    if (c.name === "" || c.name === "TestMain" && c.classname === "") {
      for (const l of lines(text)) this.engine.output(pkg, null, l);
      if (c.status === "fail") this.suiteFailed = true;
      return;
    }
    if (c.status !== "fail") {
      this.emit(pkg, c, text);
      return;
    }
    this.suiteFailed = true;
    if (this.held.length < MAX_HELD && this.heldBytes + text.length <= MAX_HELD_BYTES) {
      this.held.push({ c, text });
      this.heldBytes += text.length;
    } else this.emit(pkg, c, text);
  }
  held = [];
  heldBytes = 0;
  emit(pkg, c, text, run = true) {
    if (run) this.engine.testEvent(pkg, c.name, "run", void 0);
    for (const l of lines(text)) this.engine.output(pkg, c.name, l);
    if (c.noResult) return;
    this.engine.testEvent(pkg, c.name, c.status, c.time);
  }
  endSuite() {
    this.endCase();
    const s = this.suite;
    if (s === null) return;
    this.suite = null;
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    const pkgOf = (c) => s !== "" ? s : c.classname;
    for (const h of held) this.engine.testEvent(pkgOf(h.c), h.c.name, "run", void 0);
    const depth = (n) => n.split("/").length;
    held.sort((a, b) => depth(b.c.name) - depth(a.c.name));
    for (const h of held) this.emit(pkgOf(h.c), h.c, h.text, false);
    if (s === "") return;
    this.engine.pkgEnd(
      s,
      this.suiteFailed ? "fail" : "pass",
      void 0,
      this.suiteBuild ? "build" : void 0
    );
  }
  /** End of the source: close what a cut file left open. */
  end() {
    this.endSuite();
    this.mode = "text";
    this.buf = "";
  }
};
function attributes(body) {
  const out = /* @__PURE__ */ new Map();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.set(m[1], decodeEntities(m[2] ?? m[3] ?? ""));
  return out;
}
var NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, e) => {
    if (e[0] !== "#") return NAMED[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "";
  });
}
function lines(text) {
  if (text === "") return [];
  const out = text.split("\n").map((l) => l + "\n");
  if (text.endsWith("\n")) out.pop();
  return out;
}
function looksLikeJUnit(firstLine) {
  return /^\uFEFF?\s*<(?:\?xml\b|testsuites\b|testsuite\b)/.test(firstLine);
}

// src/gotest/keys.ts
var SLOT = 1280;
var MAX_PART = SLOT - 4;
var REGION = 4 * SLOT;
var ACTIONS = ["output", "run", "pass", "pause", "cont"];
var A_OUTPUT = 0;
var A_RUN = 1;
var A_PASS = 2;
var TEST_REGION = ACTIONS.length;
var TEST_END = MAX_PART - 12;
var HEADS = ACTIONS.map((a) => Buffer.from(`","Action":"${a}","Package":"`));
var TEST_KEY = Buffer.from('","Test":"');
var OUTPUT_TAIL = Buffer.from('","Output":"');
var EMPTY32 = new Int32Array(0);
function wordView(buf) {
  const off = buf.byteOffset & 3;
  const words = buf.length + off >> 2;
  if (words < 8) return { w32: EMPTY32, off: 0 };
  return { w32: new Int32Array(buf.buffer, buf.byteOffset - off, words), off };
}
function sameBytes(b, v, s, u8, u32, region, from, n) {
  const w32 = v.w32;
  if (w32.length === 0) {
    const base2 = region * REGION + from;
    for (let i2 = 0; i2 < n; i2++) if (b[s + i2] !== u8[base2 + i2]) return false;
    return true;
  }
  const pos = s + v.off;
  const k = pos - from & 3;
  const base = region * REGION + k * SLOT + k + from;
  const i = 4 - (pos & 3) & 3;
  if (n < 8) {
    for (let j = 0; j < n; j++) if (b[s + j] !== u8[base + j]) return false;
    return true;
  }
  if (i > 0) {
    if (b[s] !== u8[base]) return false;
    if (i > 1 && b[s + 1] !== u8[base + 1]) return false;
    if (i > 2 && b[s + 2] !== u8[base + 2]) return false;
  }
  const words = n - i >> 2;
  const w = pos + i >> 2;
  const cw = base + i >> 2;
  let x = 0;
  for (; x + 4 <= words; x += 4) {
    if (w32[w + x] !== u32[cw + x] || w32[w + x + 1] !== u32[cw + x + 1] || w32[w + x + 2] !== u32[cw + x + 2] || w32[w + x + 3] !== u32[cw + x + 3])
      return false;
  }
  for (; x < words; x++) if (w32[w + x] !== u32[cw + x]) return false;
  const t = i + (words << 2);
  const r = n - t;
  if (r > 0) {
    if (b[s + t] !== u8[base + t]) return false;
    if (r > 1 && b[s + t + 1] !== u8[base + t + 1]) return false;
    if (r > 2 && b[s + t + 2] !== u8[base + t + 2]) return false;
  }
  return true;
}
function put4(u8, d, src, s, n) {
  for (let i = 0; i < n; i++) {
    const c = src[s + i];
    u8[d + i] = c;
    u8[d + SLOT + 1 + i] = c;
    u8[d + 2 * SLOT + 2 + i] = c;
    u8[d + 3 * SLOT + 3 + i] = c;
  }
}
var Template = class {
  u8 = new Uint8Array((ACTIONS.length + 1) * REGION);
  u32 = new Int32Array(this.u8.buffer);
  /** Bytes of the package value; -1 when no package is kept. */
  pkgLen = -1;
  pkg = "";
  /** Bytes of each action's package part (head, package value, `","Test":"`). */
  partLen = new Int32Array(ACTIONS.length);
  /** Bytes of the test value; -1 when no test is kept. */
  testLen = -1;
  /** Changes whenever the test part does: names the test's bytes for the engine (Engine.runRaw). */
  gen = 0;
  test = null;
  buf = Buffer.from(this.u8.buffer);
  constructor() {
    for (let k = 0; k < 4; k++) {
      for (let a = 0; a < ACTIONS.length; a++) this.u8.set(HEADS[a], a * REGION + k * SLOT + k);
      this.u8.set(OUTPUT_TAIL, TEST_REGION * REGION + k * SLOT + k + TEST_END);
    }
  }
  /** Keeps the package value b[ps, ps + pl) (no backslash in it); forgets the test. */
  setPackage(b, ps, pl, pkg) {
    this.testLen = -1;
    this.gen++;
    if (HEADS[A_OUTPUT].length + pl + TEST_KEY.length > MAX_PART) {
      this.pkgLen = -1;
      return;
    }
    for (let a = 0; a < ACTIONS.length; a++) {
      const hl = HEADS[a].length;
      const d = a * REGION + hl;
      put4(this.u8, d, b, ps, pl);
      put4(this.u8, d + pl, TEST_KEY, 0, TEST_KEY.length);
      this.partLen[a] = hl + pl + TEST_KEY.length;
    }
    this.pkgLen = pl;
    this.pkg = pkg;
  }
  /** Keeps the test value b[ts, ts + tl) (no backslash in it); its name is decoded when first asked for. */
  setTest(b, ts, tl, test) {
    this.gen++;
    if (this.pkgLen < 0 || tl > TEST_END) {
      this.testLen = -1;
      return;
    }
    put4(this.u8, TEST_REGION * REGION + TEST_END - tl, b, ts, tl);
    this.testLen = tl;
    this.test = test;
  }
  /** The kept test's name (decoded from the template on first use). */
  testName() {
    if (this.test === null) {
      const d = TEST_REGION * REGION + TEST_END;
      this.test = this.buf.toString("utf8", d - this.testLen, d);
    }
    return this.test;
  }
  /** b[s..] starts with action a's package part. */
  packagePart(b, v, s, a) {
    return sameBytes(b, v, s, this.u8, this.u32, a, 0, this.partLen[a]);
  }
  /** b[s..] starts with the package value and its closing quote. */
  packageValue(b, v, s) {
    return sameBytes(b, v, s, this.u8, this.u32, A_OUTPUT, HEADS[A_OUTPUT].length, this.pkgLen + 1);
  }
  /** b[s..] starts with the first n bytes of the test part (`T","Output":"`). */
  testPart(b, v, s, n) {
    return sameBytes(b, v, s, this.u8, this.u32, TEST_REGION, TEST_END - this.testLen, n);
  }
};

// src/gotest/location.ts
import { posix } from "node:path";
function packageDir(layout, importPath) {
  if (!layout) return null;
  const ip = importPath.replace(/ \[.*\]$/, "").replace(/_test$/, "");
  let best = null;
  for (const m of layout.modules) {
    if ((ip === m.path || ip.startsWith(m.path + "/")) && (!best || m.path.length > best.path.length))
      best = m;
  }
  if (!best) return null;
  const rest = ip.slice(best.path.length).replace(/^\//, "");
  return posix.join(best.dir || ".", rest || ".").replace(/^\.$/, "");
}
function inRepo(rel) {
  const n = posix.normalize(rel);
  if (n === ".." || n.startsWith("../") || n.startsWith("/")) return null;
  return n === "." ? null : n;
}
var TEST_LINE_RE = /^(?: {4})+([\w.+-]+\.go):(\d+): /;
var FRAME_FUNC_RE = /^((?:[^\s/(]+\/)*[^\s./(]+)\.(\S.*)\(.*\)$/;
var FRAME_FILE_RE = /^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
function frameLocation(layout, lines2, from, wantFunc) {
  let goroutines = 0;
  for (let i = from; i + 1 < lines2.length; i++) {
    const fm = FRAME_FUNC_RE.exec(lines2[i]);
    if (!fm) {
      if (/^goroutine \d+ \[/.test(lines2[i]) && wantFunc === void 0 && ++goroutines > 1) return null;
      continue;
    }
    const file = FRAME_FILE_RE.exec(lines2[i + 1]);
    if (!file) continue;
    if (wantFunc && !wantFunc.test(lines2[i])) continue;
    const loc = mapFrame(layout, fm[1], file[1]);
    if (loc) return { file: loc, line: Number(file[2]) };
  }
  return null;
}
function mapFrame(layout, funcPkg, path) {
  const dir = packageDir(layout, funcPkg);
  if (dir === null) return null;
  const base = posix.basename(path);
  const fileDir = posix.dirname(path);
  const want = dir === "" ? "" : dir;
  const rootAbs = layout.repoRoot.replace(/\/+$/, "");
  if (path.startsWith("/")) {
    if (fileDir === posix.join(rootAbs, want) || want !== "" && fileDir.endsWith("/" + want)) {
      return inRepo(posix.join(want, base));
    }
    if (want === "" && fileDir === rootAbs) return inRepo(base);
    const pkgTail = funcPkg.split("/").slice(-1)[0];
    if (want !== "" && fileDir.endsWith("/" + pkgTail) && want.endsWith(pkgTail)) {
      return null;
    }
    return null;
  }
  if (path.startsWith(funcPkg.replace(/ \[.*\]$/, "") + "/") && path.slice(funcPkg.length + 1) === base) {
    return inRepo(posix.join(want, base));
  }
  return null;
}
function locateFailure(layout, f) {
  if (!layout) return null;
  const lines2 = f.output.split("\n");
  if (f.build) {
    const wd = layout.workingDirectory ?? "";
    for (const l of lines2) {
      const m = /^(?:\.\/)?([^\s:]+\.go):(\d+)(?::\d+)?: /.exec(l);
      if (!m) continue;
      const p = m[1];
      if (p.startsWith("/")) {
        const root = layout.repoRoot.replace(/\/+$/, "") + "/";
        if (p.startsWith(root)) {
          const r2 = inRepo(p.slice(root.length));
          if (r2) return { file: r2, line: Number(m[2]) };
        }
        return null;
      }
      const r = inRepo(posix.join(wd || ".", p));
      return r ? { file: r, line: Number(m[2]) } : null;
    }
    return null;
  }
  if (f.package === null) return null;
  if (f.kind === "panic") {
    const at2 = lines2.findIndex((l) => l.startsWith("panic: ") && !l.startsWith("panic: test timed out"));
    if (at2 >= 0) {
      const loc = frameLocation(layout, lines2, at2 + 1);
      if (loc) return loc;
    }
  }
  if (f.kind === "timeout" && f.test) {
    const top = f.test.split("/")[0];
    const pkg = f.package.replace(/ \[.*\]$/, "");
    const want = new RegExp("^" + escapeRe(pkg) + "\\." + escapeRe(top) + "\\(");
    const loc = frameLocation(layout, lines2, 0, want);
    if (loc) return loc;
  }
  const dir = packageDir(layout, f.package) ?? shortPackageDir(layout, f.package) ?? runnerPackageDir(layout, f.package);
  if (dir === null) return null;
  let other = null;
  for (const l of lines2) {
    const m = TEST_LINE_RE.exec(l);
    if (!m) continue;
    if (m[1].endsWith("_test.go")) return at(dir, m);
    if (other === null && m[1] !== "testing.go") other = m;
  }
  if (other) return at(dir, other);
  return absoluteLocation(lines2, dir);
}
function shortPackageDir(layout, pkg) {
  if (/^[^/]*\./.test(pkg) || pkg.startsWith("/")) return null;
  const wd = (layout.workingDirectory ?? "").replace(/^\.$/, "");
  const m = layout.modules.find((x) => x.dir === wd) ?? layout.modules.reduce(
    (o, x) => o === void 0 || x.dir.length < o.dir.length ? x : o,
    void 0
  );
  if (!m) return null;
  return inRepo(posix.join(m.dir || ".", pkg));
}
function runnerPackageDir(layout, pkg) {
  if (!pkg.startsWith("/")) return null;
  const root = layout.repoRoot.replace(/\/+$/, "") + "/";
  if (pkg.startsWith(root)) return inRepo(pkg.slice(root.length));
  let mod = "";
  let from = -1;
  for (const m of layout.modules) {
    if (m.dir.length <= mod.length) continue;
    const i = (pkg + "/").lastIndexOf("/" + m.dir + "/");
    if (i >= 0) {
      mod = m.dir;
      from = i + 1;
    }
  }
  return from < 0 ? null : inRepo(pkg.slice(from));
}
var ABS_FILE_RE = /(?:^|\s)(\/[^\s:]+\.go):(\d+)\b/;
function absoluteLocation(lines2, dir) {
  if (dir === "") return null;
  const best = [null, null, null, null];
  for (const l of lines2) {
    const m = ABS_FILE_RE.exec(l);
    if (!m || !posix.dirname(m[1]).endsWith("/" + dir)) continue;
    const r = inRepo(posix.join(dir, posix.basename(m[1])));
    if (!r) continue;
    const rank = (r.endsWith("_test.go") ? 0 : 2) + (l.includes(" at: /") ? 0 : 1);
    best[rank] ??= { file: r, line: Number(m[2]) };
    if (rank === 0) break;
  }
  return best[0] ?? best[1] ?? best[2] ?? best[3];
}
function at(dir, m) {
  const r = inRepo(posix.join(dir || ".", m[1]));
  return r ? { file: r, line: Number(m[2]) } : null;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/gotest/parser.ts
var TIME_KEY = Buffer.from('{"Time":"');
var ACTION_AFTER_TIME = Buffer.from('","Action":"');
var ACTION_FIRST = Buffer.from('{"Action":"');
var PACKAGE_AFTER = Buffer.from('","Package":"');
var OUTPUT_AFTER = Buffer.from('","Output":"');
var ELAPSED_AFTER = Buffer.from('","Elapsed":');
var NO_VIEW = wordView(Buffer.alloc(0));
var ANSI_RE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
function createParser(opts = {}) {
  const maxOut = opts.maxOutputPerFailure ?? 64 * 1024;
  const maxLine = opts.maxLineBytes ?? 1 << 20;
  const onFailure = opts.onFailure;
  const onLine = opts.onLine;
  const engine = new Engine({
    maxOutputPerFailure: maxOut,
    maxRetainedOutput: opts.maxRetainedOutput ?? 16 << 20,
    maxFailures: opts.maxFailures ?? 5e3,
    keepPassed: opts.keepPassed ?? false,
    verdicts: opts.verdicts ?? true,
    onEvent: opts.onEvent,
    ...onFailure ? { onFailure: (f) => onFailure(toFailure(f, opts.layout)) } : {}
  });
  const text = new TextConverter(engine, maxLine);
  const junit = new JUnitConverter(engine);
  let isXml = null;
  const partial = [];
  const unusable = [];
  let source = "input";
  let carry = null;
  let carryCut = false;
  let binary = false;
  let quoted = null;
  let firstChunk = true;
  let headParts = [];
  let headLen = 0;
  let sourceBytes = 0;
  let sourceLines = 0;
  let seenAtStart = 0;
  let firstLine = null;
  const emptySources = [];
  let goCommandError = false;
  let jsonLines = 0;
  let cutLines = 0;
  let ended = false;
  const tpl = new Template();
  const partLen = tpl.partLen;
  let view = NO_VIEW;
  let timeLen = 30;
  function str(b, s, e) {
    for (let i = s; i < e; i++) if (b[i] === 92) return decodeJsonString(b.subarray(s, e));
    return b.toString("utf8", s, e);
  }
  function at2(b, i, pat) {
    if (i + pat.length > b.length) return false;
    for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) return false;
    return true;
  }
  function timeEnd(b, s, e) {
    let q = s + TIME_KEY.length + 19;
    while (q < e && b[q] !== 34) q++;
    if (q >= e || b[q - 1] === 92) return -1;
    timeLen = q - s - TIME_KEY.length;
    return q;
  }
  function numberAt(b, j, e) {
    let v = 0;
    let scale = 0;
    const st = j;
    for (; j < e; j++) {
      const c = b[j];
      if (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        if (scale > 0) scale *= 10;
      } else if (c === 46 && scale === 0) scale = 1;
      else break;
    }
    if (j === st || b[j] !== 125 && b[j] !== 44) return -1;
    return scale > 0 ? v / scale : v;
  }
  function outputTail(b, os, e, pkg, test) {
    const oe = e - 2;
    if (b[e - 1] !== 125 || b[oe] !== 34 || oe < os) return false;
    if (b[oe - 1] === 92) {
      let bs = 0;
      for (let j = oe - 1; j >= os && b[j] === 92; j--) bs++;
      if ((bs & 1) === 1) return false;
    }
    engine.outputRaw(pkg, test, b, os, oe);
    if (onLine) onLine(jsonLine("output", pkg, test ?? "", "", str(b, os, oe), void 0));
    return true;
  }
  function testAt(b, ts, e) {
    const tl = tpl.testLen;
    if (tl >= 0 && ts + tl < e && tpl.testPart(b, view, ts, tl + 1)) {
      lastTest = tpl.testName();
      return ts + tl;
    }
    let te = ts;
    let esc = false;
    while (te < e && b[te] !== 34) if (b[te++] === 92) esc = true;
    if (te >= e || te === ts || b[te - 1] === 92) return -1;
    if (esc) {
      lastTest = str(b, ts, te);
      tpl.testLen = -1;
    } else {
      lastTest = b.toString("utf8", ts, te);
      tpl.setTest(b, ts, te - ts, lastTest);
    }
    return te;
  }
  let lastTest = "";
  function fastJson(b, s, e) {
    let a;
    if (at2(b, s, TIME_KEY)) {
      const q = timeEnd(b, s, e);
      if (q < 0 || !at2(b, q, ACTION_AFTER_TIME)) return false;
      a = q + ACTION_AFTER_TIME.length;
    } else if (at2(b, s, ACTION_FIRST)) a = s + ACTION_FIRST.length;
    else return false;
    const c0 = b[a];
    const c1 = b[a + 1];
    let action;
    let ae;
    if (c0 === 111 && b[a + 6] === 34) {
      action = "output";
      ae = a + 6;
    } else if (c0 === 114 && b[a + 3] === 34) {
      action = "run";
      ae = a + 3;
    } else if (c0 === 112 && c1 === 97 && b[a + 2] === 115 && b[a + 4] === 34) {
      action = "pass";
      ae = a + 4;
    } else if (c0 === 112 && c1 === 97 && b[a + 2] === 117 && b[a + 5] === 34) {
      action = "pause";
      ae = a + 5;
    } else if (c0 === 99 && b[a + 4] === 34) {
      action = "cont";
      ae = a + 4;
    } else return false;
    if (!at2(b, ae, PACKAGE_AFTER)) return false;
    const ps = ae + PACKAGE_AFTER.length;
    let pkg;
    let after;
    const pl = tpl.pkgLen;
    if (pl >= 0 && ps + pl < e && tpl.packageValue(b, view, ps)) {
      pkg = tpl.pkg;
      after = ps + pl;
    } else {
      let pe = ps;
      let esc = false;
      while (pe < e && b[pe] !== 34) if (b[pe++] === 92) esc = true;
      if (pe >= e || b[pe - 1] === 92) return false;
      after = pe;
      if (esc || pe === ps) {
        pkg = str(b, ps, pe);
        tpl.pkgLen = -1;
        tpl.testLen = -1;
      } else {
        pkg = b.toString("utf8", ps, pe);
        tpl.setPackage(b, ps, pe - ps, pkg);
      }
    }
    let test = null;
    if (at2(b, after, TEST_KEY)) {
      const te = testAt(b, after + TEST_KEY.length, e);
      if (te < 0) return false;
      test = lastTest;
      after = te;
    }
    if (action === "output") {
      if (!at2(b, after, OUTPUT_AFTER)) return false;
      return outputTail(b, after + OUTPUT_AFTER.length, e, pkg, test);
    }
    if (test === null || b[e - 1] !== 125) return false;
    let elapsed;
    if (action === "pass" && at2(b, after, ELAPSED_AFTER)) {
      elapsed = numberAt(b, after + ELAPSED_AFTER.length, e);
      if (elapsed < 0) return false;
    }
    engine.testEvent(pkg, test, action, elapsed);
    if (onLine) onLine(jsonLine(action, pkg, test, "", "", elapsed));
    return true;
  }
  function parseJson(line) {
    let ev2;
    try {
      ev2 = JSON.parse(line);
    } catch {
      return null;
    }
    if (ev2 === null || typeof ev2 !== "object" || typeof ev2.Action !== "string") return null;
    return ev2;
  }
  function slowJson(line) {
    const ev2 = parseJson(line);
    return ev2 !== null && jsonEvent(ev2);
  }
  function jsonEvent(ev2) {
    const action = ev2.Action;
    const pkg = typeof ev2.Package === "string" ? ev2.Package : null;
    const test = typeof ev2.Test === "string" && ev2.Test !== "" ? ev2.Test : null;
    const elapsed = typeof ev2.Elapsed === "number" ? ev2.Elapsed : void 0;
    const output = typeof ev2.Output === "string" ? ev2.Output : "";
    if (action === "build-output" || action === "build-fail") {
      const ip = typeof ev2.ImportPath === "string" ? ev2.ImportPath : "";
      if (action === "build-output") engine.jsonBuildOutput(ip, output);
      return true;
    }
    if (pkg === null) return false;
    if (test !== null) {
      if (action === "output") engine.output(pkg, test, output);
      else engine.testEvent(pkg, test, action, elapsed);
      return true;
    }
    switch (action) {
      case "start":
        engine.start(pkg);
        return true;
      case "output":
        engine.output(pkg, null, output);
        return true;
      case "pass":
      case "skip":
        engine.pkgEnd(pkg, action, elapsed);
        return true;
      case "fail": {
        const fb = typeof ev2.FailedBuild === "string" && ev2.FailedBuild !== "" ? ev2.FailedBuild : null;
        if (fb !== null) engine.claimBuild(pkg, fb);
        engine.pkgEnd(pkg, "fail", elapsed, fb !== null ? "build" : void 0);
        return true;
      }
      default:
        engine.pkg(pkg);
        return true;
    }
  }
  function textLine(b, s, e) {
    let l = b.toString("utf8", s, e);
    if (l.indexOf("\x1B") >= 0) l = l.replace(ANSI_RE, "");
    const bare = stripPrefix(l);
    if (bare !== l) {
      l = bare;
      if (l.startsWith("{") && slowJson(l)) {
        jsonLines++;
        return;
      }
    }
    if (quoted === null && l !== "") quoted = l.startsWith("> ");
    if (quoted && l.startsWith(">")) l = l.slice(l.startsWith("> ") ? 2 : 1);
    text.line(l);
  }
  function handleLine(b, s, e) {
    const end = e;
    if (e > s && b[e - 1] === 13) e--;
    sourceLines++;
    if (firstLine === null && e > s) firstLine = b.toString("utf8", s, Math.min(e, s + 200));
    if (isXml !== false) {
      if (isXml === null) {
        if (e === s) return;
        isXml = b[s] === 60 || b[s] === 32 || b[s] === 9 || b[s] === 239 ? looksLikeJUnit(b.toString("utf8", s, e)) : false;
      }
      if (isXml) {
        if (!onLine && junit.passingCase(b, s, e)) return;
        const l = b.toString("utf8", s, e);
        if (onLine) onLine(l);
        junit.line(l);
        return;
      }
    }
    if (b[s] === 123) {
      if (text.holding) text.confirmHeld();
      if (fastJson(b, s, e)) {
        jsonLines++;
        return;
      }
      const line = b.toString("utf8", s, e);
      const ev2 = parseJson(line);
      if (onLine) onLine(ev2 !== null ? liveJson(ev2) : b.toString("utf8", s, end));
      if (ev2 !== null && jsonEvent(ev2)) {
        jsonLines++;
        return;
      }
      textLine(b, s, e);
      return;
    }
    if (onLine) onLine(b.toString("utf8", s, end));
    if (b[s] === 27 && b.indexOf(123, s) > 0) {
      const line = b.toString("utf8", s, e).replace(ANSI_RE, "");
      if (line.startsWith("{") && slowJson(line)) {
        jsonLines++;
        return;
      }
    }
    textLine(b, s, e);
  }
  function use(b) {
    engine.useBuffer(b);
    view = wordView(b);
  }
  function scan(b, start) {
    const v = view;
    for (; ; ) {
      const nl = b.indexOf(10, start);
      if (nl < 0) return start;
      const s = start;
      start = nl + 1;
      if (nl - s > maxLine) {
        cutLines++;
        handleLine(b, s, s + maxLine);
        continue;
      }
      if (b[s] === 123 && text.holding) text.confirmHeld();
      hot: if (onLine === void 0 && tpl.pkgLen >= 0 && b[s] === 123 && b[s + 1] === 34 && b[s + 2] === 84 && b[s + 3] === 105 && b[s + 4] === 109 && b[s + 5] === 101 && b[s + 6] === 34 && b[s + 7] === 58 && b[s + 8] === 34) {
        const e = b[nl - 1] === 13 ? nl - 1 : nl;
        const q = s + 9 + timeLen;
        if (q + 24 > e || b[q] !== 34 || b[q - 1] === 92) break hot;
        const c = b[q + 12];
        const tl = tpl.testLen;
        if (c === 111) {
          const ts = q + partLen[A_OUTPUT];
          const os = ts + tl + OUTPUT_TAIL.length;
          if (tl < 0 || os + 2 > e) break hot;
          if (!tpl.packagePart(b, v, q, A_OUTPUT) || !tpl.testPart(b, v, ts, tl + OUTPUT_TAIL.length))
            break hot;
          const oe = e - 2;
          if (b[e - 1] !== 125 || b[oe] !== 34 || b[oe - 1] === 92) break hot;
          if (!engine.outputKey(tpl.pkg, tpl.gen, b, os, oe))
            engine.outputRaw(tpl.pkg, tpl.testName(), b, os, oe);
        } else if (c === 112 && b[q + 14] === 115) {
          const ts = q + partLen[A_PASS];
          const te = ts + tl;
          if (tl < 0 || te + 2 > e || b[e - 1] !== 125) break hot;
          if (!tpl.packagePart(b, v, q, A_PASS) || !tpl.testPart(b, v, ts, tl + 1)) break hot;
          let elapsed;
          if (b[te + 1] === 44 && b[te + 2] === 34 && b[te + 3] === 69 && b[te + 4] === 108 && b[te + 5] === 97 && b[te + 6] === 112 && b[te + 7] === 115 && b[te + 8] === 101 && b[te + 9] === 100 && b[te + 10] === 34 && b[te + 11] === 58) {
            elapsed = numberAt(b, te + ELAPSED_AFTER.length, e);
            if (elapsed < 0) break hot;
          }
          if (!engine.passKey(tpl.pkg, tpl.gen, elapsed))
            engine.testEvent(tpl.pkg, tpl.testName(), "pass", elapsed);
        } else if (c === 114) {
          const ts = q + partLen[A_RUN];
          if (ts >= e || b[e - 1] !== 125 || !tpl.packagePart(b, v, q, A_RUN)) break hot;
          let te;
          if (tl >= 0 && ts + tl < e && tpl.testPart(b, v, ts, tl + 1)) te = ts + tl;
          else {
            te = ts;
            while (te < e && b[te] !== 34 && b[te] !== 92) te++;
            if (te >= e || te === ts || b[te] !== 34) break hot;
            tpl.setTest(b, ts, te - ts, null);
          }
          engine.runRaw(tpl.pkg, b, ts, te, tpl.gen);
        } else break hot;
        jsonLines++;
        continue;
      }
      if (onLine === void 0 && isXml === false && quoted === false && b[s] !== 123 && firstLine !== null && text.hotLine(b, s, nl)) {
        sourceLines++;
        if (text.skipTo >= 0) {
          sourceLines += text.skipLines;
          start = text.skipTo + 1;
          text.skipTo = -1;
        }
        continue;
      }
      handleLine(b, s, nl);
    }
  }
  function pushBuf(chunk) {
    if (binary || ended) return;
    if (firstChunk) {
      const head = headLen > 0 ? Buffer.concat([...headParts, chunk]) : chunk;
      const verdict = judgeHead(head, false);
      if (verdict === void 0) {
        headParts = [headLen > 0 ? head : Buffer.from(chunk)];
        headLen = head.length;
        return;
      }
      headParts = [];
      headLen = 0;
      if (!textHead(verdict)) return;
      chunk = head;
    }
    sourceBytes += chunk.length;
    let start = 0;
    if (carry !== null) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        appendCarry(chunk, 0, chunk.length);
        return;
      }
      appendCarry(chunk, 0, nl);
      const line = carry;
      carry = null;
      if (carryCut) cutLines++;
      carryCut = false;
      use(line);
      handleLine(line, 0, line.length);
      start = nl + 1;
    }
    use(chunk);
    start = scan(chunk, start);
    engine.release();
    view = NO_VIEW;
    if (start < chunk.length) {
      carry = null;
      carryCut = false;
      appendCarry(chunk, start, chunk.length);
    }
  }
  function judgeHead(head, atEnd) {
    const nl = head.indexOf(10);
    if (nl >= 0 && nl < SAMPLE && notText(head.subarray(0, nl)) === null) return null;
    if (head.length >= SAMPLE || atEnd) return notText(head);
    return void 0;
  }
  function textHead(why) {
    firstChunk = false;
    if (why === null) return true;
    binary = true;
    unusable.push({ source, reason: `${source} holds ${why}, not go test output` });
    partial.push(`${source}: ${why}, not go test output; skipped`);
    return false;
  }
  function flushHead() {
    if (!firstChunk || headLen === 0) return;
    const head = Buffer.concat(headParts);
    headParts = [];
    headLen = 0;
    if (textHead(judgeHead(head, true) ?? null)) pushBuf(head);
  }
  function appendCarry(chunk, s, e) {
    const have = carry?.length ?? 0;
    if (carryCut || have >= maxLine) {
      carryCut = true;
      return;
    }
    const take = Math.min(e - s, maxLine - have);
    if (take < e - s) carryCut = true;
    const piece = chunk.subarray(s, s + take);
    carry = carry === null ? Buffer.from(piece) : Buffer.concat([carry, piece]);
  }
  function flushSource() {
    flushHead();
    if (carry !== null) {
      const line = carry;
      carry = null;
      if (carryCut) cutLines++;
      carryCut = false;
      const looksJson = line[0] === 123;
      const before = jsonLines;
      use(line);
      handleLine(line, 0, line.length);
      engine.release();
      view = NO_VIEW;
      if (looksJson && jsonLines === before)
        partial.push(`${source}: ends in the middle of a JSON event (truncated)`);
    }
    text.end();
    junit.end();
    if (!binary && sourceBytes === 0) {
      emptySources.push(source);
      partial.push(`${source}: empty`);
      unusable.push({ source, reason: `${source} is empty: no go test output` });
    } else if (!binary && seen() === seenAtStart) {
      const what = describeText(firstLine ?? "");
      const reason = `no go test output found in ${source}: it holds ${sourceLines} line${sourceLines === 1 ? "" : "s"} of ${what}`;
      partial.push(reason);
      unusable.push({ source, reason });
    }
    if (text.goError) goCommandError = true;
  }
  return {
    beginSource(name) {
      if (!firstChunk || sourceBytes > 0 || binary || headLen > 0) flushSource();
      source = name;
      binary = false;
      quoted = null;
      sourceLines = 0;
      firstLine = null;
      text.evidence = 0;
      seenAtStart = seen();
      isXml = null;
      firstChunk = true;
      sourceBytes = 0;
      tpl.pkgLen = -1;
      tpl.testLen = -1;
    },
    push(chunk) {
      pushBuf(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    },
    fail(reason) {
      flushHead();
      partial.push(reason);
      unusable.push({ source, reason });
      firstChunk = false;
      binary = true;
    },
    end() {
      if (!ended) {
        if (!binary || sourceBytes > 0) flushSource();
        ended = true;
      }
      return finish();
    }
  };
  function seen() {
    return jsonLines + text.framing + text.evidence + junit.framing + engine.recognized;
  }
  function finish() {
    if (goCommandError && emptySources.length > 0)
      for (const e of emptySources) {
        const i = unusable.findIndex((u) => u.source === e && u.reason.endsWith("is empty: no go test output"));
        if (i >= 0) {
          unusable.splice(i, 1);
          partial.push(`${e} is empty: the go command failed before any test ran (its error is reported)`);
        }
      }
    const { packages, unfinished } = engine.finish();
    for (const u of unfinished)
      partial.push(`package ${u} has no final result: go test was killed or the log is cut short`);
    if (cutLines > 0) partial.push(`${cutLines} line(s) longer than ${maxLine} bytes were cut`);
    if (engine.droppedFailures > 0)
      partial.push(`${engine.droppedFailures} more failure(s) not listed (limit ${opts.maxFailures ?? 5e3})`);
    if (engine.budget.trimmed > 0)
      partial.push(
        `output of ${engine.budget.trimmed} failure(s) cut to a head-and-tail excerpt: the run's output budget (${size(engine.budget.limit)}) was spent`
      );
    if (engine.droppedVerdicts > 0)
      partial.push(`${engine.droppedVerdicts} more test verdict(s) not listed (limit 20000)`);
    for (const f of engine.failures)
      if (f.test !== null && f.package !== null && engine.isFlaky(f.package, f.test)) f.flaky = true;
    const failures = engine.failures.map((f) => toFailure(f, opts.layout));
    const recorded = engine.failureCount;
    const framing = text.framing;
    const xml = junit.framing;
    let format = "unknown";
    if (jsonLines > 0 && framing > 0) format = "mixed";
    else if (jsonLines > 0) format = "json";
    else if (xml > 0 && framing === 0) format = "junit";
    else if (framing > 0 || xml > 0 || engine.recognized > 0) format = "text";
    const stray = engine.stray.text().replace(/^\s+$/, "");
    const crashed = stray !== "" && (CRASH_RE.test(stray) || TOOL_KILLED_RE.test(stray));
    if (format === "unknown" || packages.length + engine.folded.packages === 0 && recorded === 0 || crashed) {
      if (stray !== "") {
        const frag = fragment(stray);
        const log = toFailure({ ...frag, output: stray }, opts.layout);
        if (onFailure) onFailure(log);
        else failures.push(log);
      }
    }
    const run = engine.toRun(
      format,
      failures,
      packages.filter((p) => p.name !== "" || p.tests > 0),
      partial
    );
    if (unusable.length > 0) run.unusable = unusable;
    return run;
  }
}
var TOOL_KILLED_RE = /(?:^|: )\S*[\\/]pkg[\\/]tool[\\/][\w.-]+[\\/](?:compile|link|asm|cgo|vet|cover|pack)(?:\.exe)?: signal: /m;
function fragment(out) {
  const frame = /^([\w.~%-]+(?:\/[\w.~%-]+)*)\.(Test\w*|Example\w*|Fuzz\w*)(?:\.func[\d.]+)?\(/m.exec(out);
  const named = frame ? { package: frame[1], test: frame[2] } : { package: null, test: null };
  if (CRASH_RE.test(out)) {
    return /^panic: test timed out after/m.test(out) ? { ...named, kind: "timeout" } : { ...named, kind: "panic" };
  }
  const testify = /^\s+Test:\s+(\S+)\s*$/m.exec(out);
  if (testify || /^\s+Error Trace:\s/m.test(out))
    return { package: null, test: testify?.[1] ?? null, kind: "test" };
  if (/^goroutine \d+ \[/m.test(out)) return { ...named, kind: "panic" };
  if (/^signal: (?:killed|terminated)/m.test(out)) return { package: null, test: null, kind: "killed" };
  if (TOOL_KILLED_RE.test(out)) return { package: null, test: null, kind: "build", build: true };
  if (/^go: /m.test(out) || /^# command-line-arguments/m.test(out))
    return { package: null, test: null, kind: "build", build: true };
  return { package: null, test: null, kind: "log" };
}
function describeText(first) {
  const l = first.replace(/^\uFEFF/, "").trimStart();
  if (/^\[?\s*\{?\s*"SuitePath"/.test(l) || l === "[")
    return "JSON that is not go test -json output (a ginkgo --json-report? explain reads ginkgo's text output or its --junit-report)";
  if (l.startsWith("{") || l.startsWith("[")) return "JSON that is not go test -json output";
  if (/^<!doctype html|^<html/i.test(l)) return "HTML";
  if (l.startsWith("<")) return "XML that is not JUnit";
  if (/^#{1,6} \S/.test(l)) return "Markdown or other text";
  return "text";
}
function jsonLine(action, pkg, test, importPath, output, elapsed) {
  return { action, package: pkg, test, importPath, output, elapsed };
}
function liveJson(ev2) {
  const str = (v) => typeof v === "string" ? v : "";
  const elapsed = typeof ev2.Elapsed === "number" ? ev2.Elapsed : void 0;
  return jsonLine(ev2.Action, str(ev2.Package), str(ev2.Test), str(ev2.ImportPath), str(ev2.Output), elapsed);
}
function size(bytes) {
  return bytes >= 1 << 20 ? `${+(bytes / 1048576).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
function toFailure(f, layout) {
  const output = f.output.indexOf("\x1B") >= 0 ? f.output.replace(ANSI_RE, "") : f.output;
  const pkg = f.package === PENDING ? null : f.package;
  const loc = locateFailure(layout, { ...f, package: pkg, output });
  return {
    package: pkg,
    test: f.test,
    kind: f.kind,
    ...loc ? { file: loc.file, line: loc.line } : {},
    excerpt: (f.flaky === true ? FLAKY_NOTE + "\n" : "") + excerptOf(output, f.kind),
    output,
    ...f.elapsed !== void 0 ? { elapsed: f.elapsed } : {},
    ...f.flaky === true ? { flaky: true } : {}
  };
}
var FLAKY_NOTE = "flaky: this test failed, then passed when run again in the same log";
var FRAMING_RE = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):|FAIL$|PASS$|FAIL\t|ok {2}\t)/;
function excerptOf(output, kind) {
  const lines2 = output.split("\n");
  let from = 0;
  if (kind === "panic" || kind === "timeout") {
    const p = lines2.findIndex((l) => /^panic: |^\*\*\* Test killed/.test(l));
    if (p >= 0) from = p;
  }
  const picked = [];
  for (let i = from; i < lines2.length && picked.length < 12; i++) {
    const l = lines2[i].replace(/\s+$/, "");
    if (l === "" || FRAMING_RE.test(l)) continue;
    picked.push(l.length > 300 ? l.slice(0, 300) + "\u2026" : l);
  }
  let s = picked.join("\n");
  if (s.length > 1500) s = s.slice(0, 1500) + "\u2026";
  return s;
}

// src/gotest/layout.ts
import { posix as posix2 } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", "vendor", "testdata"]);
var MAX_DIRS = 5e3;
var MAX_DEPTH = 12;
function modulePath(gomod) {
  for (const raw of gomod.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    const m = /^module\s+("?)([^\s"]+)\1$/.exec(line);
    if (m) return m[2];
  }
  return null;
}
async function discoverLayout(host, repoRoot, workingDirectory) {
  const root = posix2.normalize(repoRoot).replace(/\/+$/, "") || "/";
  let wd = posix2.normalize(workingDirectory || ".");
  if (wd.startsWith("/")) wd = wd === root ? "." : wd.startsWith(root + "/") ? wd.slice(root.length + 1) : ".";
  if (wd === ".." || wd.startsWith("../")) wd = ".";
  const modules = [];
  const queue = [{ rel: "", depth: 0 }];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_DIRS) {
    const { rel, depth } = queue.shift();
    seen++;
    const abs = rel === "" ? root : posix2.join(root, rel);
    let entries;
    try {
      entries = await host.readDir(abs);
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.kind === "file" && e.name === "go.mod") {
        try {
          const mp = modulePath(await host.readFile(posix2.join(abs, "go.mod"), 1 << 16));
          if (mp) modules.push({ path: mp, dir: rel });
        } catch {
        }
      } else if (e.kind === "dir" && depth < MAX_DEPTH && !SKIP.has(e.name) && !e.name.startsWith(".") && !e.name.startsWith("_")) {
        queue.push({ rel: rel === "" ? e.name : `${rel}/${e.name}`, depth: depth + 1 });
      }
    }
  }
  for (let d = wd === "." ? "" : wd; ; d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "") {
    if (!modules.some((m) => m.dir === d)) {
      try {
        const st = await host.lstat(posix2.join(root, d, "go.mod"));
        if (st.kind === "file") {
          const mp = modulePath(await host.readFile(posix2.join(root, d, "go.mod"), 1 << 16));
          if (mp) modules.push({ path: mp, dir: d });
        }
      } catch {
      }
    }
    if (d === "") break;
  }
  return { repoRoot: root, modules, workingDirectory: wd === "." ? "" : wd };
}

// src/gotest/index.ts
var inputPath = (f) => typeof f === "string" ? f : f.path;
var inputName = (f) => typeof f === "string" ? f === "-" ? "standard input" : f : f.name;
async function parseFiles(host, paths, opts = {}) {
  const parser = createParser(opts);
  await feedFiles(host, parser, paths);
  const run = parser.end();
  return opts.layout ? verifyLocations(host, run, opts.layout) : run;
}
async function feedFiles(host, parser, paths, afterChunk) {
  for (const file of paths) {
    const path = inputName(file);
    parser.beginSource(path);
    const stream = host.readStream(inputPath(file), typeof file === "string" ? {} : { expect: file.expect });
    const chunks = stream[Symbol.asyncIterator]();
    try {
      for (; ; ) {
        let next;
        try {
          next = await chunks.next();
        } catch (e) {
          const code = errorCode(e);
          parser.fail(describeError(code, path));
          break;
        }
        if (next.done === true) break;
        parser.push(next.value);
        if (afterChunk) await afterChunk();
      }
    } finally {
      await chunks.return?.();
    }
  }
}
async function verifyLocations(host, run, layout) {
  const verify = locationVerifier(host, layout);
  const failures = run.failures;
  for (let i = 0; i < failures.length; i++) failures[i] = await verify(failures[i]);
  return run;
}
function locationVerifier(host, layout) {
  const root = layout.repoRoot.replace(/\/+$/, "");
  const cache = /* @__PURE__ */ new Map();
  return async (f) => {
    if (f.file === void 0) return f;
    let ok = cache.get(f.file);
    if (ok === void 0) {
      try {
        ok = (await host.lstat(`${root}/${f.file}`)).kind === "file";
      } catch {
        ok = false;
      }
      cache.set(f.file, ok);
    }
    if (ok) return f;
    const { file: _file, line: _line, ...rest } = f;
    return rest;
  };
}

// src/evidence/errno.ts
var ERRNO_WORDINGS = [
  { errno: "ENFILE", re: /too many open files in system/i },
  // Windows WSAEMFILE: "Too many open sockets."
  { errno: "EMFILE", re: /too many open (?:files|sockets)/i },
  // Windows ERROR_DISK_FULL: "There is not enough space on the disk."
  // Node's fs.watch: "ENOSPC: System limit for number of file watchers reached".
  // The BSD kernels' console message for a full file system: "/home: write failed, file system is full".
  // SQLite's SQLITE_FULL ("database or disk is full", mattn/go-sqlite3 and modernc.org/sqlite alike);
  // programs' own words for it ("disk is full", "file system full", "out of disk space").
  {
    errno: "ENOSPC",
    re: /no space left on device|not enough space on the disk|limit for number of file watchers reached|write failed, file system is full|\bdatabase or disk is full\b|\bdisk is full\b|\bfile ?system (?:is )?full\b|\bout of disk space\b|\b(?:insufficient|not enough) (?:free )?disk space\b/i
  },
  { errno: "EDQUOT", re: /disk quota exceeded/i },
  { errno: "EAGAIN", re: /resource temporarily unavailable/i },
  // Windows ERROR_NOT_ENOUGH_MEMORY / ERROR_COMMITMENT_LIMIT.
  {
    errno: "ENOMEM",
    re: /cannot allocate memory|not enough memory resources are available|paging file is too small/i
  },
  // Windows ERROR_ACCESS_DENIED; WSAEACCES ("...forbidden by its access permissions": a port in an
  // excluded range, or one another process holds exclusively).
  { errno: "EACCES", re: /permission denied|access is denied|forbidden by its access permissions/i },
  { errno: "EPERM", re: /operation not permitted/i },
  { errno: "ENOSYS", re: /function not implemented/i },
  { errno: "EADDRINUSE", re: /address already in use|only one usage of each socket address/i },
  {
    errno: "EADDRNOTAVAIL",
    re: /(?:cannot|can't) assign requested address|requested address is not valid in its context/i
  },
  {
    errno: "EAFNOSUPPORT",
    re: /address family not supported|address incompatible with the requested protocol/i
  },
  { errno: "ECONNREFUSED", re: /connection refused|target machine actively refused it/i },
  { errno: "ECONNRESET", re: /connection reset by peer|forcibly closed by the remote host/i },
  // Go's own deadline error (os.ErrDeadlineExceeded) prints "i/o timeout": a timeout all the same.
  { errno: "ETIMEDOUT", re: /connection timed out|connected party did not properly respond|i\/o timeout/i },
  { errno: "EROFS", re: /read-only file system/i },
  { errno: "ENOBUFS", re: /no buffer space available|lacked sufficient buffer space/i },
  { errno: "ENETUNREACH", re: /network is unreachable/i },
  { errno: "EHOSTUNREACH", re: /no route to host/i },
  { errno: "ENOEXEC", re: /exec format error/i },
  { errno: "ETXTBSY", re: /text file busy/i },
  { errno: "ENOENT", re: /no such file or directory|cannot find the (?:file|path) specified/i }
];
var BY_NUMBER = {
  1: "EPERM",
  2: "ENOENT",
  11: "EAGAIN",
  12: "ENOMEM",
  13: "EACCES",
  23: "ENFILE",
  24: "EMFILE",
  28: "ENOSPC",
  38: "ENOSYS"
};
function errnoOfNumber(n) {
  return BY_NUMBER[n] ?? null;
}
var BY_WIN32 = {
  4: "EMFILE",
  5: "EACCES",
  8: "ENOMEM",
  14: "ENOMEM",
  112: "ENOSPC",
  1455: "ENOMEM"
};
function win32ErrorOf(n) {
  return BY_WIN32[n] ?? null;
}
function errnosIn(line) {
  const out = [];
  for (const w of ERRNO_WORDINGS) {
    const m = w.re.exec(line);
    if (!m) continue;
    if (out.some((o) => m.index >= o.index && m.index < o.index + o.length)) continue;
    out.push({ errno: w.errno, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

// src/evidence/parse.ts
var MAX_TEXT = 300;
var MAX_LINES = 2e4;
var MAX_ITEMS = 400;
var CANDIDATE = /too many open|no space left|system is full|disk is full|system full|disk space|not enough space|quota exceeded|temporarily unavailable|allocate|not enough memory|paging file|denied|forbidden by|not permitted|not implemented|already in use|only one usage|assign requested|not valid in its context|address family|address incompatible|refused|connection reset|forcibly closed|timed out|timeout|did not properly respond|read-only file|buffer space|unreachable|no route to host|exec format|text file busy|no such file|cannot find|signal|^\s*SIG[A-Z]+:|killed|exit (?:status|code)|goroutine \d+ |fatal error|runtime|build cache|GOCACHE|module cache|GOPATH|is not in (?:std|GOROOT)|requires cgo|C compiler|executable file not found|time zone|timezone|missing Location|x509|lookup|could not resolve|getaddrinfo|waiting for|unknown port|token|maxprocs|deadline exceeded|took \d|too long|too slow|no such host|name resolution|not known|servname|does not resolve|no address associated|Sanitizer|namespace|userns|apparmor|ptrace|watchers|max_user|SIGSYS|Bad system call|attach to pid|unexpected fault|deadlock|panic:|Error \d+$|out of memory|reserve|OS thread|did not (?:return|finish|complete|respond|arrive|happen|fire|stop|close)|within [\d.]|never satisfied/i;
var GO_LOG_PREFIX = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)? /;
var LOCATION = /^(?:[\w./\\:-]*[\\/])?[\w.-]+\.go:\d+(?::\d+)?$/;
var NET_SEG = /^(dial|listen|accept|read|write|close|lookup)\s+(tcp[46]?|udp[46]?|unix(?:gram|packet)?|ip[46]?(?::[\w-]+)?)(?:\s+(\S+))?$/i;
var SYSCALLS = /* @__PURE__ */ new Set([
  "socket",
  "bind",
  "connect",
  "listen",
  "accept",
  "accept4",
  "setsockopt",
  "getsockopt",
  "read",
  "write",
  "sendto",
  "sendmsg",
  "recvfrom",
  "recvmsg",
  "wsarecv",
  "wsasend",
  "connectex",
  "wsasocket"
]);
var LOOKUP_SEG = /^lookup\s+(\S+?)(?:\s+on\s+(\S+))?$/i;
var OP_PATH = /^([a-z][\w/.-]*)\s+("?)([^\s"]+)\2$/;
var OP_WORD = /^([a-z][\w]*(?:\([^)]*\))?)$/i;
var TOOLS = /^(?:.*[\\/])?(go|compile|link|asm|vet|cgo|cover|gofmt|pack|[5689][acgl])(?:\.exe)?$/;
function roleOf(path) {
  if (/^\/dev\/shm(?:\/|$)/.test(path)) return "shm";
  if (/\.test(?:\.exe)?$/.test(path)) return "test-binary";
  if (/go-build\d+|\$WORK|^\/?b\d{3}\//.test(path)) return "build-dir";
  if (/[\\/]\.cache[\\/]go-build|[\\/]go-build[\\/][0-9a-f]{2}[\\/]|Caches[\\/]go-build|Local[\\/]go-build|[\\/]gocache[\\/]/i.test(
    path
  ))
    return "cache";
  if (/[\\/]pkg[\\/]mod[\\/]/.test(path)) return "modcache";
  if (/[\\/]pkg[\\/]tool[\\/]|[\\/]go[\\/]bin[\\/]go(?:\.exe)?$/.test(path)) return "go-tool";
  if (/^\/proc\//.test(path)) return "proc";
  if (/^\/sys\//.test(path)) return "sys";
  if (/^\/(?:tmp|var\/tmp)(?:\/|$)|^\/(?:private\/)?var\/folders\/|[\\/]Temp[\\/]|^\$TMPDIR/i.test(path))
    return "temp";
  return "other";
}
function familyOf(address) {
  if (!address) return null;
  if (address.startsWith("[")) return 6;
  if (/^(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?$/.test(address)) return 4;
  return null;
}
function portOf(address) {
  const m = address ? /:(\d{1,5})$/.exec(address) : null;
  return m ? Number(m[1]) : void 0;
}
var clip = (s) => s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + "\u2026" : s;
function segments(before) {
  return before.replace(/:\s*$/, "").split(/: /).map(
    (s) => s.trim().replace(/^["'(]+|["')]+$/g, "").replace(GO_LOG_PREFIX, "")
  ).filter((s) => s !== "" && !LOCATION.test(s));
}
function errnoEvidence(line, text, errno, before) {
  const ev2 = { kind: "errno", line, text: clip(text), errno };
  const segs = segments(before);
  const context = [];
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i];
    const low = seg.toLowerCase();
    if (ev2.syscall === void 0 && ev2.op === void 0 && SYSCALLS.has(low)) {
      ev2.syscall = low;
      continue;
    }
    const net = NET_SEG.exec(seg);
    if (net && ev2.netOp === void 0) {
      ev2.netOp = net[1].toLowerCase();
      ev2.network = net[2].toLowerCase();
      if (net[3]) {
        const address = net[3].includes("->") ? net[3].split("->")[0] : net[3];
        ev2.address = address;
        ev2.port = portOf(address);
        ev2.family = familyOf(address);
      } else ev2.family = null;
      continue;
    }
    const lookup = LOOKUP_SEG.exec(seg);
    if (lookup && ev2.host === void 0) {
      ev2.host = lookup[1];
      continue;
    }
    if (ev2.op === void 0 && ev2.netOp === void 0) {
      const op = OP_PATH.exec(seg);
      if (op && /[\\/.$~]/.test(op[3])) {
        ev2.op = op[1];
        ev2.path = op[3];
        ev2.role = roleOf(op[3]);
        continue;
      }
      const word = OP_WORD.exec(seg);
      if (word) {
        ev2.op = word[1].toLowerCase().replace(/\(.*$/, "");
        continue;
      }
    }
    context.unshift(low);
  }
  const tool = segs.length ? TOOLS.exec(segs[0].split(/\s/)[0]) : null;
  if (tool) ev2.tool = tool[1];
  if (context.length) ev2.context = context;
  return ev2;
}
var ev = (kind, line, text, extra = {}) => ({
  kind,
  line,
  text: clip(text),
  ...extra
});
function seconds(d) {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|µs|us|ns)/g;
  let total = 0;
  let any = false;
  const mult = { h: 3600, m: 60, s: 1, ms: 1e-3, \u00B5s: 1e-6, us: 1e-6, ns: 1e-9 };
  for (let m = re.exec(d); m; m = re.exec(d)) {
    any = true;
    total += Number(m[1]) * mult[m[2]];
  }
  return any ? total : void 0;
}
var SIGNALS = {
  killed: "killed",
  terminated: "terminated",
  "segmentation fault": "segfault",
  "bus error": "bus",
  aborted: "abort",
  "bad system call": "sigsys",
  interrupt: "interrupt",
  quit: "quit",
  hangup: "hangup"
};
var RUNTIME_SIGNALS = {
  SIGSYS: "sigsys",
  SIGBUS: "bus",
  SIGSEGV: "segfault",
  SIGABRT: "abort",
  SIGKILL: "killed",
  SIGQUIT: "quit",
  SIGILL: "ill",
  SIGTRAP: "trap"
};
var LINE_RULES = [
  {
    re: /(?:runtime: )?failed to create new OS thread \(have (\d+) already; errno=(\d+)\)/,
    make: (m, l, t) => ev("thread", l, t, {
      op: "newosproc",
      number: Number(m[1]),
      // The runtime prints the OS's number: 35 is EAGAIN on FreeBSD and NetBSD (sys/errno.h); Linux's
      // 35, EDEADLK, is not among clone(2)'s errors (see OTHER_OS_EAGAIN for the platform).
      errno: (Number(m[2]) === 35 ? "EAGAIN" : errnoOfNumber(Number(m[2]))) ?? void 0
    })
  },
  {
    re: /(?:runtime\/cgo: )?pthread_create failed: (.+)/,
    make: (m, l, t) => ev("thread", l, t, { op: "pthread_create", errno: errnosIn(m[1])[0]?.errno })
  },
  { re: /fatal error: newosproc/, make: (_m, l, t) => ev("thread", l, t, { op: "newosproc" }) },
  {
    // The runtime's bare form (proc.go failthreadcreate): macOS's newosproc prints only this when
    // pthread_create still fails after retryOnEAGAIN, then exits 1; Linux prints it only from
    // newosproc0, before main. No errno is printed.
    re: /^runtime: failed to create new OS thread$/,
    make: (_m, l, t) => ev("thread", l, t, { op: "newosproc", detail: "no-errno" })
  },
  {
    re: /runtime: may need to increase max user processes \(ulimit -u\)/,
    make: (_m, l, t) => ev("thread", l, t, { op: "hint" })
  },
  {
    re: /runtime: program exceeds (\d+)-thread limit|fatal error: thread exhaustion/,
    make: (m, l, t) => ev("thread-cap", l, t, m[1] ? { number: Number(m[1]) } : {})
  },
  {
    // Also the runtime's start-up reservations (`failed to reserve page summary memory`, arena hints)
    // refused under an address-space limit.
    re: /fatal error: (?:runtime: )?(?:out of memory|cannot allocate memory)|runtime: out of memory: cannot allocate (\d+)-byte block|runtime: VirtualAlloc of (\d+) bytes failed with errno=(\d+)|runtime: cannot allocate memory|failed to reserve page summary memory|runtime: cannot reserve arena virtual address space|out of memory allocating heap arena/,
    make: (m, l, t) => ev("runtime-oom", l, t, m[1] || m[2] ? { number: Number(m[1] ?? m[2]) } : {})
  },
  {
    // `signal: killed` alone, after a tool (`/usr/lib/go/pkg/tool/linux_amd64/link: signal: killed`),
    // or inside go test's FAIL line.
    // go test's own line (`signal: killed`), a tool's (`.../link: signal: killed`), a wrapper's
    // (`exec: ...: signal: killed`); not a line a test logged (`x_test.go:3: child got signal: killed`).
    re: /(?:^|\s|:)(?:(\S+?)(?:\.exe)?: )?signal: (killed|terminated|segmentation fault|bus error|aborted|bad system call|interrupt|quit|hangup)\b/,
    make: (m, l, t) => {
      if (/^\S+\.go:\d+(?::\d+)?: /.test(t)) return null;
      const tool = m[1] ? TOOLS.exec(m[1]) : null;
      return ev("signal", l, t, { detail: SIGNALS[m[2]], ...tool ? { tool: tool[1] } : {} });
    }
  },
  {
    re: /^\s*(SIG[A-Z]+): /,
    make: (m, l, t) => RUNTIME_SIGNALS[m[1]] ? ev("signal", l, t, { detail: RUNTIME_SIGNALS[m[1]] }) : null
  },
  { re: /^\s*Killed(?:\s|$)/, make: (_m, l, t) => ev("signal", l, t, { detail: "killed", tool: "shell" }) },
  // A shell's report of a child killed by SIGSYS, and the runtime's `[signal SIGSYS: bad system call ...]`.
  {
    re: /\bBad system call\b|\[signal SIGSYS\b|exit status 159\b/,
    make: (_m, l, t) => ev("signal", l, t, { detail: "sigsys" })
  },
  {
    re: /exit (?:status|code) (\d+)|make: \*\*\* \[[^\]]*\] Error (\d+)$|returned non-zero exit status (\d+)/i,
    make: (m, l, t) => ev("exit", l, t, { number: Number(m[1] ?? m[2] ?? m[3]) })
  },
  {
    re: /panic: test timed out after (\S+)|\*\*\* Test killed(?: with (\w+))?: ran too long \(([^)]+)\)/,
    make: (m, l, t) => ev("timeout", l, t, {
      number: seconds(m[1] ?? m[3] ?? ""),
      detail: m[1] ? "panic" : m[2] ?? "killed"
    })
  },
  {
    // Go >= 1.23 with GOTRACEBACK=system adds `gp=0x... m=...` before the state.
    re: /^goroutine (\d+)(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[([^\]]+)\]:/,
    make: (m, l, t) => {
      const parts = m[2].split(", ");
      const minutes = parts.map((p) => /^(\d+) minutes?$/.exec(p)).find(Boolean);
      return ev("goroutine", l, t, { detail: parts[0], ...minutes ? { number: Number(minutes[1]) } : {} });
    }
  },
  { re: /fatal error: all goroutines are asleep - deadlock!/, make: (_m, l, t) => ev("deadlock", l, t) },
  {
    re: /build cache is required, but could not be located: (.+)|failed to initialize build cache at (\S+): (.+)|GOCACHE is not an absolute path|GOCACHE=off is (?:not|no longer) supported|build cache is disabled by GOCACHE=off|(?:go: )?disabling cache \((\S+)\) due to initialization failure: (.+)|initializing cache in \$GOCACHE: (.+)|module cache not found: neither GOMODCACHE nor GOPATH is set|\$GOPATH not set|GOPATH is not set|neither \$XDG_CACHE_HOME nor \$HOME are defined/,
    make: (m, l, t) => {
      const why = m[1] ?? m[3] ?? m[5] ?? m[6] ?? t;
      return ev("gocache", l, t, {
        detail: why,
        ...m[2] || m[4] ? { path: m[2] ?? m[4] } : {},
        errno: errnosIn(why)[0]?.errno
      });
    }
  },
  {
    re: /package (\S+) is not in (?:std|GOROOT)|cannot find package "([^"]+)" in any of|could not import (\S+) \(/,
    make: (m, l, t) => ev("std-missing", l, t, { detail: m[1] ?? m[2] ?? m[3] })
  },
  {
    re: /^(?:go(?: \w+)?: )?-(?:race|msan|asan) requires cgo|^(?:go(?: \w+)?: )?-race is not supported on/,
    make: (_m, l, t) => ev("cgo", l, t, { detail: "race-requires-cgo" })
  },
  {
    re: /cgo: C compiler "([^"]+)" not found|exec: "(gcc|cc|clang|x86_64-linux-gnu-gcc)": executable file not found/,
    make: (m, l, t) => ev("cgo", l, t, { detail: "no-c-compiler", tool: m[1] ?? m[2] })
  },
  {
    // Go's own texts, and a program's wording of LoadLocation's error (`invalid timezone: Europe/Paris`).
    // The panic of time.In(nil) (a LoadLocation error ignored) is pasted without its `time: ` prefix too.
    re: /unknown time zone ([\w+/-]+)|(?:time: )?missing Location in call to (Time\.In|Date)|zoneinfo\.zip: no such file|\b(?:[Ii]nvalid|[Uu]nknown) (?:IANA )?[Tt]ime ?[Zz]one(?: name)?:? "?([A-Z][A-Za-z]+\/[\w+/-]+)/,
    // The zone that did not load; for time.In(nil) or time.Date(..., nil) the call that got no Location.
    make: (m, l, t) => ev("timezone", l, t, m[1] || m[3] ? { detail: m[1] ?? m[3] } : m[2] ? { op: m[2] } : {})
  },
  {
    re: /x509: certificate has expired or is not yet valid(?:: current time (\S+) is (before|after) (\S+))?|x509: certificate (?:is )?not (?:yet )?valid|x509: certificate signed by unknown authority|x509: failed to load system roots/,
    make: (m, l, t) => ev("x509", l, t, {
      detail: /unknown authority|system roots/.test(t) ? "unknown-authority" : m[2] === "before" ? "not-yet-valid" : m[2] === "after" ? "expired" : /not yet valid/.test(t) && !/expired/.test(t) ? "not-yet-valid" : "expired-or-not-yet-valid"
    })
  },
  {
    // Go's own resolver's texts, and the C library's gai_strerror through cgo: glibc ("Name or service
    // not known", "No address associated with hostname", "Non-recoverable failure in name resolution"),
    // musl ("Name does not resolve", "Try again", "Non-recoverable error"), macOS and the BSDs
    // ("nodename nor servname provided, or not known"), Windows (getaddrinfow: ...).
    re: /lookup ([^\s:]+)(?: on (\S+?))?: (no such host|server misbehaving|Temporary failure in name resolution|Non-recoverable failure in name resolution|Name or service not known|No address associated with (?:hostname|nodename)|nodename nor servname provided, or not known|Name does not resolve|Try again|Non-recoverable error|no answer from DNS server|i\/o timeout|getaddrinfow: .+)/i,
    make: (m, l, t) => ev("dns", l, t, { host: m[1], detail: m[3].toLowerCase(), ...m[2] ? { address: m[2] } : {} })
  },
  {
    // Tools the tests run: curl and git ("Could not resolve host: github.com"), ssh ("Could not resolve
    // hostname"), Node ("getaddrinfo ENOTFOUND registry.npmjs.org", EAI_AGAIN: the resolver did not answer).
    re: /Could not resolve (?:host|hostname|proxy):? '?([^\s':,]+)|getaddrinfo (ENOTFOUND|EAI_AGAIN) (\S+)/i,
    make: (m, l, t) => ev("dns", l, t, {
      host: m[1] ?? m[3],
      detail: m[2] === "EAI_AGAIN" ? "temporary failure in name resolution" : "no such host"
    })
  },
  {
    // A service name that /etc/services does not list (cgo: `Servname not supported for ai_socktype`).
    // Go 1.22 made the pure-Go form a DNSError (`lookup tcp/http: unknown port`, golang/go#63160);
    // before, an AddrError: `address tcp/http: unknown port`.
    re: /unknown port (?:tcp|udp)\/(\S+)|lookup (?:tcp|udp)\/(\S+?): (?:nodename nor servname|Servname not supported|unknown port|Unrecognized service)|address (?:tcp|udp)\/([^\s:]+): unknown port/i,
    make: (m, l, t) => ev("dns", l, t, { detail: "unknown-service", host: m[1] ?? m[2] ?? m[3] })
  },
  {
    // Go's own net tests: a wrong answer for localhost (duplicate or missing /etc/hosts entries).
    re: /Lookup(?:Host|Addr|IP|Port)?\("localhost"\) = .*(?:duplicate|want|missing)/,
    make: (_m, l, t) => ev("dns", l, t, { host: "localhost", detail: "wrong-answer" })
  },
  {
    re: /token used before issued|token is not valid yet|token is not yet valid|nbf claim|issued in the future/i,
    make: (_m, l, t) => ev("x509", l, t, { detail: "token-early" })
  },
  {
    re: /AddressSanitizer:DEADLYSIGNAL/,
    make: (_m, l, t) => ev("tsan", l, t, { detail: "asan-deadlysignal" })
  },
  {
    re: /ThreadSanitizer: unexpected memory mapping|(?:Thread|Memory|Address)Sanitizer failed to allocate .*\((errno|error code): (\d+)\)|ThreadSanitizer: CHECK failed: .*personality|ThreadSanitizer: unsupported VMA range|ThreadSanitizer can not mmap the shadow memory|FATAL: Found \d+ - Supported \d+/,
    make: (m, l, t) => ev("tsan", l, t, {
      detail: /unexpected memory mapping/.test(t) ? "mapping" : /personality/.test(t) ? "personality" : /VMA|Supported/.test(t) ? "vma" : "alloc",
      // Linux prints the errno; Windows the Win32 error code (GetLastError), another numbering.
      ...m[2] ? {
        errno: (m[1] === "errno" ? errnoOfNumber(Number(m[2])) : win32ErrorOf(Number(m[2]))) ?? void 0
      } : {}
    })
  },
  {
    re: /user namespaces? (?:are|is) not (?:enabled|supported|permitted)|kernel prohibits user namespace|max_user_namespaces|unprivileged_userns_clone|apparmor_restrict_unprivileged_userns|apparmor="DENIED"|ptrace_scope|could not attach to pid|CLONE_NEWUSER|seccomp|max_user_watches|max_user_instances|inotify (?:watch|instance)(?:es)? limit|file watchers/i,
    make: (m, l, t) => {
      const start = t.lastIndexOf(" ", m.index) + 1;
      const end = t.indexOf(" ", m.index + m[0].length);
      const token = t.slice(start, end < 0 ? t.length : end);
      if (/[/\\]|\.go\b|_test\b/.test(token)) return null;
      return ev("hint", l, t, { detail: m[0].toLowerCase() });
    }
  },
  {
    // automaxprocs' log line, or a GOMAXPROCS value the tests print.
    re: /maxprocs: (?:Leaving|Updating|Resetting) GOMAXPROCS=(\d+)|\bGOMAXPROCS[=:\s]+(\d+)/,
    make: (m, l, t) => ev("hint", l, t, { detail: "gomaxprocs", number: Number(m[1] ?? m[2]) })
  },
  {
    // A test's own timing assertion: a deadline it set, a duration it measured. Temporal's test
    // environment reports workflow code that did not yield within one second as "[TMPRL1101] Potential
    // deadlock detected": a watchdog on wall time, which a loaded runner trips.
    re: /\[TMPRL1101\]|\b(?:context )?deadline exceeded\b|\btimed out (?:after|waiting)\b|\btimeout (?:while )?waiting for\b|\bTimed out after [\d.]+m?s\b|\btook (?:too long|[\d.]+(?:ms|s|m)\b)|\btoo slow\b|\bCondition never satisfied\b/,
    make: (_m, l, t) => ev("timing", l, t)
  },
  {
    // The same, in a test's own log line (`x_test.go:246: ...`), in the words assertions use: a helper or
    // call that "timed out" (not `connection timed out`, an errno), something that did not happen
    // "immediately", "in time" or "within 1s".
    re: /_test\.go:\d+: .*(?:(?<!connection )\btimed out\b|\bdid not (?:return|finish|complete|respond|arrive|happen|fire|stop|close)\b.*\b(?:immediately|in time|within)\b|\bnot (?:\w+ )?within [\d.]+(?:ms|s|m)\b)/,
    make: (_m, l, t) => ev("timing", l, t)
  },
  {
    re: /^panic: (.+)/,
    make: (m, l, t) => /^test timed out/.test(m[1]) ? null : ev("panic", l, t, { detail: m[1].slice(0, 200) })
  }
];
var PLATFORM_HINTS = [
  {
    platform: "windows",
    // A sanitizer prints `(error code: N)` (GetLastError) on Windows only; elsewhere `(errno: N)`.
    re: /\b[A-Z]:\\|\\AppData\\|\.exe\b|windows_amd64|windows_arm64|WSA[A-Z]+|Sanitizer failed to allocate .*\(error code: \d+\)/
  },
  {
    platform: "darwin",
    // The bare `runtime: failed to create new OS thread` is macOS's form since Go went through libc.
    re: /\/Users\/|\/private\/var\/folders\/|\/var\/folders\/|darwin_(?:amd64|arm64)|macOS|^runtime: failed to create new OS thread$/
  },
  {
    platform: "bsd",
    // OTHER_OS_EAGAIN: a thread refused with errno 35, EAGAIN on FreeBSD and NetBSD (which print the
    // number; Linux's 35, EDEADLK, is not among clone(2)'s errors).
    re: /freebsd|openbsd|netbsd|dragonfly|\/usr\/home\/|failed to create new OS thread \(have \d+ already; errno=35\)/i
  },
  {
    platform: "linux",
    re: /linux_(?:amd64|arm64|386|arm|ppc64le|s390x|riscv64)|\/proc\/self|\/home\/runner\//
  }
];
var RUNNING_HEADER = /^\s*running tests:\s*$/;
var RUNNING_ENTRY = /^\s+(\S+) \(((?:\d+(?:\.\d+)?(?:h|m|s|ms|µs|us|ns))+)\)\s*$/;
var MAX_RUNNING = 64;
function runningTests(lines2, from, n, items) {
  if (from >= n || !RUNNING_HEADER.test(stripPrefix(lines2[from]))) return from - 1;
  let i = from + 1;
  let kept = 0;
  for (; i < n; i++) {
    const m = RUNNING_ENTRY.exec(stripPrefix(lines2[i]));
    if (!m) break;
    if (kept++ < MAX_RUNNING && items.length < MAX_ITEMS)
      items.push(ev("running-test", i, lines2[i].trim(), { detail: m[1], number: seconds(m[2]) }));
  }
  return i - 1;
}
function parseEvidence(lines2, prefilter = true) {
  const items = [];
  let platform = null;
  const n = Math.min(lines2.length, MAX_LINES);
  for (let i = 0; i < n && items.length < MAX_ITEMS; i++) {
    const raw = lines2[i];
    if (raw.length === 0 || prefilter && !CANDIDATE.test(raw)) continue;
    const text = stripPrefix(raw).trim();
    if (platform === null) platform = PLATFORM_HINTS.find((p) => p.re.test(text))?.platform ?? null;
    let timeoutPanic = false;
    for (const r of LINE_RULES) {
      const m = r.re.exec(text);
      if (!m) continue;
      const e = r.make(m, i, text);
      if (!e) continue;
      if (e.kind === "goroutine" && i + 1 < lines2.length) {
        const call = stripPrefix(lines2[i + 1]).trim();
        const at2 = call.lastIndexOf("(");
        if (at2 > 0 && !call.startsWith("created by")) e.frame = call.slice(0, at2);
      }
      if (e.kind === "timeout" && e.detail === "panic") timeoutPanic = true;
      items.push(e);
    }
    const taken = items.length > 0 && items[items.length - 1].line === i && items[items.length - 1].errno;
    for (const hit of errnosIn(text)) {
      if (taken && items.some((x) => x.line === i && x.errno === hit.errno)) continue;
      items.push(errnoEvidence(i, text, hit.errno, text.slice(0, hit.index)));
    }
    if (timeoutPanic) i = runningTests(lines2, i + 1, n, items);
  }
  return { items, platform };
}

// src/diagnose/diagnose.ts
function unprefixed(output) {
  const first = output.slice(0, output.indexOf("\n") >>> 0);
  if (stripPrefix(first) === first) return output;
  return output.split("\n").map((l) => stripPrefix(l)).join("\n");
}
function rankCauses(causes) {
  return causes.sort(
    (a, b) => confidenceRank(a.cause.confidence) - confidenceRank(b.cause.confidence) || Number(b.rule.environmental) - Number(a.rule.environmental) || b.cause.evidence.length - a.cause.evidence.length || a.rule.id.localeCompare(b.rule.id)
  );
}
function diagnoseFailure(failure, facts, opts = {}, list = opts.rules ?? rules) {
  const output = unprefixed(failure.output ?? "");
  const seen = output === failure.output ? failure : { ...failure, output };
  const lines2 = splitLines(output);
  const evidence = parseEvidence(lines2);
  const found = [];
  for (const rule of list) {
    if (typeof rule.diagnose !== "function") continue;
    const claims = rule.claims;
    const claimed = claims ? evidence.items.filter((e) => claims(e)) : [];
    const runs = claimed.length > 0 || (rule.kinds?.includes(failure.kind) ?? false) || !claims && !rule.kinds;
    if (!runs) continue;
    try {
      const c = rule.diagnose({
        failure: seen,
        facts,
        lines: lines2,
        evidence: claimed,
        all: evidence,
        cause: (confidence, extra, o) => rule.makeCause(facts, claimed, confidence, extra, o)
      });
      if (c) found.push({ cause: c, rule });
    } catch (e) {
      opts.onError?.(rule.id, e);
    }
  }
  return { ranked: rankCauses(found).slice(0, opts.maxCauses ?? 3), evidence };
}
function toReportFailure(f, ranked) {
  const rf = {
    package: f.package,
    test: f.test,
    kind: f.kind,
    excerpt: f.excerpt,
    causes: ranked.map((r) => r.cause)
  };
  if (f.file !== void 0) rf.file = f.file;
  if (f.line !== void 0) rf.line = f.line;
  return rf;
}
function summarize(index, f, d) {
  const signals = /* @__PURE__ */ new Set();
  for (const e of d.evidence.items) {
    if (e.kind !== "errno" || !e.errno) continue;
    if (e.errno === "EMFILE" && !isInotify(e)) signals.add(e.tool === "go" ? "EMFILE:go" : "EMFILE");
  }
  const top = d.ranked[0];
  return {
    index,
    package: f.package,
    kind: f.kind,
    top: top ? { rule: top.rule.id, confidence: top.cause.confidence } : null,
    signals: [...signals]
  };
}
function isInotify(e) {
  return /inotify|fsnotify|watch/.test([e.op ?? "", ...e.context ?? []].join(" "));
}
var Concluder = class {
  constructor(facts) {
    this.facts = facts;
  }
  facts;
  emfile = /* @__PURE__ */ new Map();
  builds = [];
  add(s) {
    if (s.signals.includes("EMFILE") && (s.top?.rule === "fd-leak" || s.top?.rule === "nofile-limit" && s.top.confidence === "low")) {
      const key = s.package ?? `#${s.index}`;
      const list = this.emfile.get(key) ?? [];
      list.push(s.index);
      this.emfile.set(key, list);
    }
    if ((s.kind === "build" || s.kind === "package") && this.builds.length < 1e4) this.builds.push(s);
  }
  end() {
    const out = [];
    if (this.emfile.size >= 2) {
      const failures = [...this.emfile.values()].flat();
      out.push({
        rule: "nofile-limit",
        confidence: "medium",
        failures,
        why: `"too many open files" in ${this.emfile.size} packages, each its own test process: a descriptor leak stays in one process, a low open-file limit hits all of them`,
        ...this.facts ? {} : {
          runnerUp: {
            rule: "fd-leak",
            check: "`ulimit -Hn` in the test step: below 4096 it is the limit"
          }
        }
      });
    }
    const withCause = this.builds.filter((b) => b.top && b.top.rule !== "fd-leak");
    const rules2 = new Set(withCause.map((b) => b.top.rule));
    const silent = this.builds.filter((b) => b.top === null && b.kind === "build");
    if (rules2.size === 1 && silent.length > 0) {
      const rule = [...rules2][0];
      out.push({
        rule,
        confidence: "low",
        failures: silent.map((s) => s.index),
        why: `${silent.length} more build failure(s) print no reason of their own; ${withCause.length} other build failure(s) of this run show ${rule}`
      });
    }
    return out;
  }
};
function createDiagnoser(facts, opts = {}) {
  const list = opts.rules ?? rules;
  const concluder = new Concluder(facts);
  let n = 0;
  const one = (f) => {
    const d = diagnoseFailure(f, facts, opts, list);
    concluder.add(summarize(n++, f, d));
    return toReportFailure(f, d.ranked);
  };
  return Object.assign(one, { conclusions: () => concluder.end() });
}
function diagnose(run, facts, opts = {}) {
  const diagnoseOne = createDiagnoser(facts, opts);
  const failures = run.failures.map((f) => diagnoseOne(f));
  return { failures, conclusions: diagnoseOne.conclusions() };
}

// src/pipeline/explain.ts
async function explainFiles(host, files, opts) {
  return explainRun(await parseOutputFiles(host, files, opts.dir), opts.facts, opts.findings ?? []);
}
async function parseOutputFiles(host, files, dir) {
  return parseFiles(host, files, { layout: await layoutOf(host, dir) });
}
async function layoutOf(host, dir) {
  return discoverLayout(host, await findRepoRoot(host, dir), dir);
}
async function explainFilesJson(host, files, opts, out) {
  const layout = await layoutOf(host, opts.dir);
  const writer = new ReportJsonWriter(
    assembleReport({ facts: opts.facts, findings: opts.findings ?? [] }),
    out
  );
  const verify = locationVerifier(host, layout);
  const diagnoseOne = createDiagnoser(opts.facts);
  const attach = findingsAttacher(opts.findings ?? []);
  let ready = [];
  const parser = createParser({ layout, verdicts: false, onFailure: (f) => void ready.push(f) });
  const writeReady = async () => {
    if (ready.length === 0) return;
    const list = ready;
    ready = [];
    for (const f of list) writer.failure(attach(diagnoseOne(await verify(f))));
  };
  await feedFiles(host, parser, files, writeReady);
  const run = parser.end();
  await writeReady();
  writer.end(run.totals, diagnoseOne.conclusions());
  return run;
}
function writeExplainedJson(run, facts, findings, out) {
  const shell = assembleReport({ facts, findings, failures: [], totals: run.totals });
  const w = new ReportJsonWriter(shell, out);
  const diagnoseOne = createDiagnoser(facts);
  const attach = findingsAttacher(findings);
  for (const f of run.failures) w.failure(attach(diagnoseOne(f)));
  w.end(run.totals, diagnoseOne.conclusions());
}
function findingsAttacher(findings) {
  if (findings.length === 0) return (f) => f;
  return (f) => {
    for (const c of f.causes) {
      const by = findings.filter((x) => x.rule === c.rule || (DOCKER_EXPLAINS[x.rule] ?? []).includes(c.rule)).map((x) => x.file ? `${x.file}${x.line ? `:${x.line}` : ""}: ${x.message}` : x.message);
      if (by.length) c.explainedBy = [...new Set(by)].slice(0, 3);
    }
    return f;
  };
}
function explainRun(run, facts, findings) {
  const diagnosis = diagnose(run, facts);
  const attach = findingsAttacher(findings);
  const report = assembleReport({
    facts,
    findings,
    failures: diagnosis.failures.map(attach),
    conclusions: diagnosis.conclusions,
    totals: run.totals
  });
  return { run, diagnosis, report };
}

export {
  parseEvidence,
  createParser,
  discoverLayout,
  formatLive,
  verifyLocations,
  explainFiles,
  parseOutputFiles,
  explainFilesJson,
  writeExplainedJson,
  explainRun
};
