/**
 * The diagnosis engine (issue 4): links every failure of a parsed `go test` run to its likely causes,
 * ranked most likely first, and groups failures that share a top cause so reports say a cause once.
 * Pure: reads the TestRun and the Facts (null for `explain --no-probe`) and calls the catalog rules.
 */
import { rules as catalog } from './catalog/index.js'
import { confidenceRank, linesMatching, splitLines } from './catalog/helpers.js'
import type { Rule } from './catalog/rule.js'
import type { Facts } from './facts/types.js'
import type { Failure, TestRun } from './gotest/model.js'
import type { Cause, Confidence, ReportFailure } from './report/model.js'

export interface CauseGroup {
  rule: string
  title: string
  /** false for look-alikes (the code's own fault). */
  environmental: boolean
  /** The highest confidence among the grouped failures. */
  confidence: Confidence
  /** Evidence of the most confident failure first, then new lines from the others (capped). */
  evidence: string[]
  remedy: string
  /** Indexes into `failures` whose top cause is this rule. */
  failures: number[]
}

export interface Diagnosis {
  failures: ReportFailure[]
  groups: CauseGroup[]
}

export interface DiagnoseOptions {
  /** The rules to run (default: the whole catalog). */
  rules?: readonly Rule[]
  /** Causes kept per failure (default 3). */
  maxCauses?: number
  /** Called when a rule throws; the rule is then skipped for that failure (default: ignore). */
  onError?: (rule: string, error: unknown) => void
}

const MAX_GROUP_EVIDENCE = 6

interface Compiled {
  rule: Rule
  /** Index of the rule's named group in the union; -1 when the rule has no triggers. */
  group: number
  /** Where that group sits in a union match array; -1 when the rule has no triggers. */
  capture: number
  /** The rule's own triggers as one case-insensitive regex, for the lines the union stopped on. */
  own: RegExp | null
  kinds: ReadonlySet<string> | null
}

interface Precompiled {
  compiled: Compiled[]
  /** The compiled rules with triggers. */
  withTriggers: Compiled[]
  /**
   * Every rule's triggers in one global, multiline, case-insensitive regex, one named group per rule
   * (`(?<r3>...)`): one pass over a failure's output says which rules can apply. Trigger sources must
   * not use numbered backreferences (named groups keep their own numbering otherwise intact).
   */
  union: RegExp | null
  /** ownHits' memory: line -> trigger groups whose rule matches it. */
  lines: Map<string, readonly number[]>
}

/** How many capturing groups a regex source has (a match of the empty alternative has them all). */
function captures(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1
}

function compile(list: readonly Rule[]): Precompiled {
  const compiled: Compiled[] = []
  const parts: string[] = []
  let capture = 1
  for (const rule of list) {
    if (typeof rule.diagnose !== 'function') continue
    const kinds = rule.kinds ? new Set(rule.kinds) : null
    if (!rule.triggers || rule.triggers.length === 0) {
      compiled.push({ rule, group: -1, capture: -1, own: null, kinds })
      continue
    }
    const src = rule.triggers.map(r => `(?:${r.source})`).join('|')
    const part = `(?<r${parts.length}>${src})`
    // The rule's named group is the first capture of its part; reading the match array by index
    // avoids building `m.groups` (an object with a property per rule) for every match.
    compiled.push({ rule, group: parts.length, capture, own: new RegExp(src, 'i'), kinds })
    parts.push(part)
    capture += captures(part)
  }
  return {
    compiled,
    withTriggers: compiled.filter(c => c.group >= 0),
    union: parts.length ? new RegExp(parts.join('|'), 'gim') : null,
    lines: new Map()
  }
}

/** Lines longer than this are not remembered by ownHits. */
const MAX_CACHED_LINE = 512
/** Lines ownHits remembers (it starts over when full). */
const MAX_CACHED_LINES = 256

/**
 * The trigger groups whose rule's own triggers match the line. Remembered per line: the failures of
 * one run often share their telling line (`dial tcp ...: socket: too many open files` in every test
 * that opened a connection), and testing it against every rule is most of the cost of `triggered`.
 */
function ownHits(pre: Precompiled, line: string): readonly number[] {
  const cached = line.length <= MAX_CACHED_LINE ? pre.lines.get(line) : undefined
  if (cached !== undefined) return cached
  const groups: number[] = []
  for (const c of pre.withTriggers) if ((c.own as RegExp).test(line)) groups.push(c.group)
  if (line.length <= MAX_CACHED_LINE) {
    if (pre.lines.size >= MAX_CACHED_LINES) pre.lines.clear()
    // A copy: `line` is a slice, and as a key it would keep the failure's whole output alive.
    pre.lines.set(JSON.parse(JSON.stringify(line)) as string, groups)
  }
  return groups
}

/**
 * The trigger groups that match somewhere in the output, in one global pass. Triggers are line-local:
 * where the union stops, that whole line is tested against every rule (ownHits; an alternation
 * reports only its first matching alternative, and two rules often share a line: pids-limit and
 * thread-limit on `fork/exec ...: resource temporarily unavailable`), then the scan resumes on the next line.
 */
function triggered(pre: Precompiled, output: string): Set<number> {
  const hit = new Set<number>()
  const union = pre.union
  if (!union || output === '') return hit
  const withTriggers = pre.withTriggers
  for (const { match, start, end } of linesMatching(output, union)) {
    for (const g of ownHits(pre, output.slice(start, end))) hit.add(g)
    // The union's own match counts too (a trigger may reach past the line, e.g. through \s).
    for (const c of withTriggers) {
      if (match[c.capture] !== undefined) {
        hit.add(c.group)
        break
      }
    }
    if (hit.size >= withTriggers.length) break
  }
  return hit
}

/**
 * Per-line prefixes that tools add to go test's output when it is saved or pasted: GitHub Actions raw
 * logs (`2024-05-01T10:00:00.1234567Z `, from "Download log archive") and BuildKit plain progress
 * (`#12 55.26 `). Rules anchor their signatures to the line (`^signal: killed$`), so the prefix is
 * removed before matching, but only when the output's first line carries it (one cheap test per failure).
 */
const LINE_PREFIX = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z |#\d+ \d+\.\d+ )/
const LINE_PREFIX_ALL = new RegExp(LINE_PREFIX.source, 'gm')

/** The output with tool prefixes removed from every line, or the output itself when there are none. */
export function unprefixed(output: string): string {
  return LINE_PREFIX.test(output) ? output.replace(LINE_PREFIX_ALL, '') : output
}

/** Most confident first; ties: environmental causes first, then more evidence, then id. */
function rankCauses(causes: { cause: Cause; rule: Rule }[]): { cause: Cause; rule: Rule }[] {
  return causes.sort(
    (a, b) =>
      confidenceRank(b.cause.confidence) - confidenceRank(a.cause.confidence) ||
      Number(b.rule.environmental) - Number(a.rule.environmental) ||
      b.cause.evidence.length - a.cause.evidence.length ||
      a.rule.id.localeCompare(b.rule.id)
  )
}

export function diagnoseFailure(
  failure: Failure,
  facts: Facts | null,
  opts: DiagnoseOptions = {},
  pre: Precompiled = compile(opts.rules ?? catalog)
): { cause: Cause; rule: Rule }[] {
  const output = unprefixed(failure.output ?? '')
  // Rules see the output without the prefixes too (the report keeps the failure as parsed).
  const seen = output === failure.output ? failure : { ...failure, output }
  const hit = triggered(pre, output)
  let lines: string[] | null = null
  const found: { cause: Cause; rule: Rule }[] = []
  for (const { rule, group, kinds } of pre.compiled) {
    const runs =
      group < 0 ? !kinds || kinds.has(failure.kind) : hit.has(group) || (kinds?.has(failure.kind) ?? false)
    if (!runs) continue
    lines ??= splitLines(output)
    try {
      const c = rule.diagnose?.(seen, { facts, lines })
      if (c) found.push({ cause: c, rule })
    } catch (e) {
      opts.onError?.(rule.id, e)
    }
  }
  return rankCauses(found).slice(0, opts.maxCauses ?? 3)
}

function toReportFailure(f: Failure, ranked: { cause: Cause; rule: Rule }[]): ReportFailure {
  const rf: ReportFailure = {
    package: f.package,
    test: f.test,
    kind: f.kind,
    excerpt: f.excerpt,
    causes: ranked.map(r => r.cause)
  }
  if (f.file !== undefined) rf.file = f.file
  if (f.line !== undefined) rf.line = f.line
  return rf
}

/**
 * The report entry of each failure, in order, diagnosed as it is asked for: a caller that writes each
 * one out and drops it (the streamed JSON report) keeps no diagnosis in memory, so a log with thousands
 * of failures does not grow the heap at the end of the run.
 */
export function* diagnoseEach(
  run: TestRun,
  facts: Facts | null,
  opts: DiagnoseOptions = {}
): Generator<ReportFailure> {
  const diagnoseOne = createDiagnoser(facts, opts)
  for (const f of run.failures) yield diagnoseOne(f)
}

/**
 * The report entry of one failure at a time, for failures that arrive while the log is parsed (the
 * rules are compiled once, here).
 */
export function createDiagnoser(
  facts: Facts | null,
  opts: DiagnoseOptions = {}
): (f: Failure) => ReportFailure {
  const pre = compile(opts.rules ?? catalog)
  return f => toReportFailure(f, diagnoseFailure(f, facts, opts, pre))
}

/** Diagnoses every failure of the run; `facts` null means from the log alone. */
export function diagnose(run: TestRun, facts: Facts | null, opts: DiagnoseOptions = {}): Diagnosis {
  const pre = compile(opts.rules ?? catalog)
  const failures: ReportFailure[] = []
  const groups = new Map<string, CauseGroup & { best: number }>()
  run.failures.forEach((f, i) => {
    const ranked = diagnoseFailure(f, facts, opts, pre)
    failures.push(toReportFailure(f, ranked))
    const top = ranked[0]
    if (!top) return
    const g = groups.get(top.rule.id)
    if (!g) {
      groups.set(top.rule.id, {
        rule: top.rule.id,
        title: top.rule.title,
        environmental: top.rule.environmental,
        confidence: top.cause.confidence,
        evidence: top.cause.evidence.slice(0, MAX_GROUP_EVIDENCE),
        remedy: top.cause.remedy,
        failures: [i],
        best: confidenceRank(top.cause.confidence)
      })
      return
    }
    g.failures.push(i)
    const rank = confidenceRank(top.cause.confidence)
    if (rank > g.best) {
      // A more confident failure leads the group: its evidence and remedy come first.
      g.best = rank
      g.confidence = top.cause.confidence
      g.remedy = top.cause.remedy
      g.evidence = [...top.cause.evidence, ...g.evidence.filter(e => !top.cause.evidence.includes(e))]
    } else {
      for (const e of top.cause.evidence) if (!g.evidence.includes(e)) g.evidence.push(e)
    }
    g.evidence = g.evidence.slice(0, MAX_GROUP_EVIDENCE)
  })
  const list = [...groups.values()]
    .sort((a, b) => b.best - a.best || b.failures.length - a.failures.length || a.rule.localeCompare(b.rule))
    .map(({ best: _best, ...g }) => g)
  return { failures, groups: list }
}
