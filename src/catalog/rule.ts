/**
 * The shape of a catalog rule. One file per id under ./rules, named by the id, with docs/rules/<id>.md
 * (the essay: symptom, cause, detection, remedy, false positives, sources) and
 * __tests__/catalog/rules/<id>.test.ts. Rules are pure: they read evidence and facts, nothing else.
 *
 * A rule states its id once, in defineRule; everything it returns is bound to it. The engine parses a
 * failure's output into evidence once (src/evidence) and hands each rule the items it `claims`, so no
 * rule matches raw text of its own. Fixes are data (./fix.ts): the remedy text, the tuning plan and the
 * allow-list are made from them.
 */
import type { Evidence, FailureEvidence } from '../evidence/model.js'
import type { Facts } from '../facts/types.js'
import type { Failure, FailureKind } from '../gotest/model.js'
import type { Cause, Confidence, Finding, RunnerUp, Severity } from '../core/model.js'
import { remedyText, type Advice, type Fix } from './fix.js'
import { clip, MAX_EVIDENCE_LINES } from './lines.js'

export interface Match {
  readonly failure: Failure
  /** null when diagnosing from the log alone (`--no-probe`). */
  readonly facts: Facts | null
  /** The failure's output in lines (CI prefixes removed). */
  readonly lines: readonly string[]
  /** The items this rule claimed, in output order; empty when it runs for its `kinds`. */
  readonly evidence: readonly Evidence[]
  /** All of the failure's evidence. */
  readonly all: FailureEvidence
  /**
   * This rule's cause: the claimed lines (the first few, deduplicated) then `extra`, and the rule's
   * remedy for where the job runs, with `advice` added.
   */
  cause(
    confidence: Confidence,
    extra?: readonly (string | null | undefined | false)[],
    opts?: CauseOptions
  ): Cause
}

export interface CauseOptions {
  /** Evidence lines to show instead of the claimed ones. */
  lines?: readonly string[]
  /** More advice for this cause (a Go-version note, a check to run first). */
  advice?: Advice
  /** Fixes instead of the rule's own (a narrower one: the inotify kind that ran out). */
  fixes?: readonly Fix[]
  /** From the log alone: the other likely cause, and the command that tells the two apart. */
  runnerUp?: RunnerUp
}

export interface PreflightContext {
  /** A finding of this rule; remedy from the rule's fixes unless given. */
  finding(f: {
    message: string
    evidence: readonly (string | null | undefined | false)[]
    severity?: Severity
    fixes?: readonly Fix[]
    advice?: Advice
    remedy?: string
  }): Finding
}

export interface RuleSpec {
  /** Stable kebab-case id; the file name under ./rules and the doc name under docs/rules. */
  id: string
  /** One line, sentence case, no final period: what the cause is ("Open-file limit too low"). */
  title: string
  /** false for look-alikes that point at the code itself (a descriptor leak, a fixed port...). */
  environmental: boolean
  /** Default severity of preflight findings. */
  severity: Severity
  /** The evidence this rule speaks for. Cheap and pure: called once per evidence item. */
  claims?(e: Evidence): boolean
  /** Failure kinds for which `diagnose` runs even without claimed evidence (`killed`: nothing printed). */
  kinds?: readonly FailureKind[]
  /** A cause for the failure, or null. */
  diagnose?(m: Match): Cause | null
  /** Findings from facts alone, before any test runs. */
  preflight?(facts: Facts, p: PreflightContext): Finding[]
  /** What fixes it, as data (./fix.ts). */
  fixes: readonly Fix[]
  /** Remedy text that is not a fix: per kind of runner, and always. */
  advice?: Advice
}

export interface Rule extends RuleSpec {
  /** The remedy text for these facts (the rule's fixes and advice, plus any given). */
  remedy(facts: Facts | null, opts?: { advice?: Advice; fixes?: readonly Fix[] }): string
  /** The bound cause builder the engine gives rules in Match.cause. */
  makeCause(
    facts: Facts | null,
    claimed: readonly Evidence[],
    confidence: Confidence,
    extra?: readonly (string | null | undefined | false)[],
    opts?: CauseOptions
  ): Cause
}

/** The rule's advice with a cause's own: the cause's first (it is about this failure). */
const mergeAdvice = (a: Advice | undefined, b: Advice | undefined): Advice => {
  if (!b) return a ?? {}
  const out: Advice = { ...a }
  for (const k of ['githubHosted', 'selfHosted', 'container', 'always'] as const)
    if (b[k]) out[k] = out[k] ? `${b[k]} ${out[k]}` : b[k]
  return out
}

const keep = (lines: readonly (string | null | undefined | false)[]): string[] => {
  const out: string[] = []
  for (const l of lines) if (typeof l === 'string' && l !== '' && !out.includes(clip(l))) out.push(clip(l))
  return out
}

export function defineRule(spec: RuleSpec): Rule {
  const rule: Rule = {
    ...spec,
    remedy(facts, opts = {}) {
      return remedyText(opts.fixes ?? spec.fixes, mergeAdvice(spec.advice, opts.advice), facts)
    },
    makeCause(facts, claimed, confidence, extra = [], opts = {}) {
      const shown = opts.lines ?? [...new Set(claimed.map(e => e.text))].slice(0, MAX_EVIDENCE_LINES)
      const c: Cause = {
        rule: spec.id,
        confidence,
        evidence: keep([...shown, ...extra]),
        remedy: rule.remedy(facts, opts)
      }
      if (opts.runnerUp) c.runnerUp = opts.runnerUp
      return c
    }
  }
  return rule
}

/** A preflight context bound to a rule (the engine's and the tests' way to call `preflight`). */
export function preflightContext(rule: Rule, facts: Facts): PreflightContext {
  return {
    finding(f) {
      return {
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        title: rule.title,
        message: f.message,
        evidence: keep(f.evidence),
        remedy:
          f.remedy ??
          rule.remedy(facts, {
            ...(f.advice ? { advice: f.advice } : {}),
            ...(f.fixes ? { fixes: f.fixes } : {})
          })
      }
    }
  }
}

/** Runs a rule's preflight with its bound context. */
export const preflightOf = (rule: Rule, facts: Facts): Finding[] =>
  rule.preflight ? rule.preflight(facts, preflightContext(rule, facts)) : []

/** What `go-env-guard rules` lists. */
export interface RuleInfo {
  id: string
  title: string
  environmental: boolean
  severity: Severity
  /** Repository-relative path of the rule's documentation. */
  docs: string
  /** Whether the rule produces preflight findings and/or diagnoses failures. */
  preflight: boolean
  diagnose: boolean
}
