/**
 * The diagnosis engine: links every failure of a parsed `go test` run to its likely causes, ranked most
 * likely first, then reasons across the run's failures (conclusions); ./group.ts groups failures by
 * cause so reports say a cause once. Pure: reads the TestRun and the Facts (null for `explain --no-probe`).
 *
 * Per failure: the output is parsed into evidence once (src/evidence); each rule gets the items it
 * claims (and runs for its failure kinds), and returns a cause bound to its id. Across failures
 * (`conclude`): what one failure cannot show, several can (the same EMFILE in separate test processes
 * is the machine's limit, not one test's leak; a build failure with no words of its own shares the
 * cause of its siblings). Conclusions are computed from small per-failure summaries, so a streamed
 * report can write them at the end without keeping the failures.
 */
import { rules as catalog } from '../catalog/index.js'
import { splitLines } from '../catalog/lines.js'
import type { Rule } from '../catalog/rule.js'
import { parseEvidence, stripPrefix } from '../evidence/parse.js'
import type { Evidence, FailureEvidence } from '../evidence/model.js'
import type { Facts } from '../facts/types.js'
import type { Failure, TestRun } from '../gotest/model.js'
import {
  confidenceRank,
  type Cause,
  type Conclusion,
  type Confidence,
  type ReportFailure
} from '../core/model.js'

export interface Diagnosis {
  failures: ReportFailure[]
  /** What the run as a whole shows (also written to the JSON report). */
  conclusions: Conclusion[]
}

export interface DiagnoseOptions {
  /** The rules to run (default: the whole catalog). */
  rules?: readonly Rule[]
  /** Causes kept per failure (default 3). */
  maxCauses?: number
  /** Called when a rule throws; the rule is then skipped for that failure (default: ignore). */
  onError?: (rule: string, error: unknown) => void
}

/**
 * Per-line prefixes that tools add to go test's output (GitHub Actions timestamps, `gh run view`
 * columns, BuildKit progress): removed before the rules read the output, but only when the first line
 * carries one (one cheap test per failure).
 */
export function unprefixed(output: string): string {
  const first = output.slice(0, output.indexOf('\n') >>> 0)
  if (stripPrefix(first) === first) return output
  return output
    .split('\n')
    .map(l => stripPrefix(l))
    .join('\n')
}

/** Most confident first; ties: environmental causes first, then more evidence, then id. */
function rankCauses(causes: { cause: Cause; rule: Rule }[]): { cause: Cause; rule: Rule }[] {
  return causes.sort(
    (a, b) =>
      confidenceRank(a.cause.confidence) - confidenceRank(b.cause.confidence) ||
      Number(b.rule.environmental) - Number(a.rule.environmental) ||
      b.cause.evidence.length - a.cause.evidence.length ||
      a.rule.id.localeCompare(b.rule.id)
  )
}

export interface Diagnosed {
  ranked: { cause: Cause; rule: Rule }[]
  evidence: FailureEvidence
}

export function diagnoseFailure(
  failure: Failure,
  facts: Facts | null,
  opts: DiagnoseOptions = {},
  list: readonly Rule[] = opts.rules ?? catalog
): Diagnosed {
  const output = unprefixed(failure.output ?? '')
  const seen = output === failure.output ? failure : { ...failure, output }
  const lines = splitLines(output)
  const evidence = parseEvidence(lines)
  const found: { cause: Cause; rule: Rule }[] = []
  for (const rule of list) {
    if (typeof rule.diagnose !== 'function') continue
    const claims = rule.claims
    const claimed = claims ? evidence.items.filter(e => claims(e)) : []
    const runs =
      claimed.length > 0 || (rule.kinds?.includes(failure.kind) ?? false) || (!claims && !rule.kinds)
    if (!runs) continue
    try {
      const c = rule.diagnose({
        failure: seen,
        facts,
        lines,
        evidence: claimed,
        all: evidence,
        cause: (confidence, extra, o) => rule.makeCause(facts, claimed, confidence, extra, o)
      })
      if (c) found.push({ cause: c, rule })
    } catch (e) {
      opts.onError?.(rule.id, e)
    }
  }
  return { ranked: rankCauses(found).slice(0, opts.maxCauses ?? 3), evidence }
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

// ---------------------------------------------------------------------------------------------
// Across failures

/** What a conclusion needs to know of one failure: a few fields, not its output. */
export interface FailureSummary {
  index: number
  package: string | null
  kind: Failure['kind']
  top: { rule: string; confidence: Confidence } | null
  /** Errno classes this failure shows, e.g. `EMFILE`, `EMFILE:go` (printed by the go command). */
  signals: string[]
}

function summarize(index: number, f: Failure, d: Diagnosed): FailureSummary {
  const signals = new Set<string>()
  for (const e of d.evidence.items) {
    if (e.kind !== 'errno' || !e.errno) continue
    if (e.errno === 'EMFILE' && !isInotify(e)) signals.add(e.tool === 'go' ? 'EMFILE:go' : 'EMFILE')
  }
  const top = d.ranked[0]
  return {
    index,
    package: f.package,
    kind: f.kind,
    top: top ? { rule: top.rule.id, confidence: top.cause.confidence } : null,
    signals: [...signals]
  }
}

function isInotify(e: Evidence): boolean {
  return /inotify|fsnotify|watch/.test([e.op ?? '', ...(e.context ?? [])].join(' '))
}

/**
 * Collects failure summaries as they come and says at the end what the run as a whole shows. The
 * rules of reasoning:
 * - EMFILE in separate packages (separate test processes) that each blamed a descriptor leak: a leak
 *   lives in one process, a limit in all of them, so the open-file limit is the likelier cause.
 * - A build or setup failure with no cause of its own shares the environmental cause of the run's
 *   other build failures (one full disk or OOM-killed linker fails many packages, most say less).
 */
export class Concluder {
  private readonly emfile = new Map<string, number[]>()
  private readonly builds: FailureSummary[] = []

  constructor(private readonly facts: Facts | null) {}

  add(s: FailureSummary): void {
    // Only where the failure alone could not tell (low, or the look-alike): facts already decided the others.
    if (
      s.signals.includes('EMFILE') &&
      (s.top?.rule === 'fd-leak' || (s.top?.rule === 'nofile-limit' && s.top.confidence === 'low'))
    ) {
      const key = s.package ?? `#${s.index}`
      const list = this.emfile.get(key) ?? []
      list.push(s.index)
      this.emfile.set(key, list)
    }
    if ((s.kind === 'build' || s.kind === 'package') && this.builds.length < 10_000) this.builds.push(s)
  }

  end(): Conclusion[] {
    const out: Conclusion[] = []
    if (this.emfile.size >= 2) {
      const failures = [...this.emfile.values()].flat()
      out.push({
        rule: 'nofile-limit',
        confidence: 'medium',
        failures,
        why: `"too many open files" in ${this.emfile.size} packages, each its own test process: a descriptor leak stays in one process, a low open-file limit hits all of them`,
        ...(this.facts
          ? {}
          : {
              runnerUp: {
                rule: 'fd-leak',
                check: '`ulimit -Hn` in the test step: below 4096 it is the limit'
              }
            })
      })
    }
    const withCause = this.builds.filter(b => b.top && b.top.rule !== 'fd-leak')
    const rules = new Set(withCause.map(b => b.top!.rule))
    const silent = this.builds.filter(b => b.top === null && b.kind === 'build')
    if (rules.size === 1 && silent.length > 0) {
      const rule = [...rules][0]!
      out.push({
        rule,
        confidence: 'low',
        failures: silent.map(s => s.index),
        why: `${silent.length} more build failure(s) print no reason of their own; ${withCause.length} other build failure(s) of this run show ${rule}`
      })
    }
    return out
  }
}

/**
 * The report entry of one failure at a time, for failures that arrive while the log is parsed (the
 * rules are compiled once, here). `conclusions()` says, at the end, what the failures seen show.
 */
export function createDiagnoser(
  facts: Facts | null,
  opts: DiagnoseOptions = {}
): ((f: Failure) => ReportFailure) & { conclusions(): Conclusion[] } {
  const list = opts.rules ?? catalog
  const concluder = new Concluder(facts)
  let n = 0
  const one = (f: Failure): ReportFailure => {
    const d = diagnoseFailure(f, facts, opts, list)
    concluder.add(summarize(n++, f, d))
    return toReportFailure(f, d.ranked)
  }
  return Object.assign(one, { conclusions: () => concluder.end() })
}

/** Every failure's report entry, in order, diagnosed as it is asked for; then the conclusions. */
export function* diagnoseEach(
  run: TestRun,
  facts: Facts | null,
  opts: DiagnoseOptions = {}
): Generator<ReportFailure, Conclusion[]> {
  const diagnoseOne = createDiagnoser(facts, opts)
  for (const f of run.failures) yield diagnoseOne(f)
  return diagnoseOne.conclusions()
}

/**
 * Diagnoses every failure of the run and concludes across them. Grouping by cause is
 * src/diagnose/group.ts `groupFailures(failures, conclusions)`.
 */
export function diagnose(run: TestRun, facts: Facts | null, opts: DiagnoseOptions = {}): Diagnosis {
  const diagnoseOne = createDiagnoser(facts, opts)
  const failures = run.failures.map(f => diagnoseOne(f))
  return { failures, conclusions: diagnoseOne.conclusions() }
}
