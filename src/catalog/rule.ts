/**
 * The shape of a catalog rule (ESLint meta + hadolint code/severity/message). One file per id under
 * ./rules, named by the id, with docs/rules/<id>.md and __tests__/catalog/rules/<id>.test.ts.
 * Rules are pure: they import types and pure helpers only (./helpers.js). See ./README.md.
 */
import type { Facts } from '../facts/types.js'
import type { Failure, FailureKind } from '../gotest/model.js'
import type { Cause, Finding, Severity } from '../report/model.js'

export interface RuleContext {
  /** null when diagnosing from the log alone (`--no-probe`). */
  facts: Facts | null
  /**
   * The failure's output once, split into lines (computed by the engine so that every rule does not
   * split it again). Same text as `failure.output`.
   */
  lines: readonly string[]
}

export interface Rule {
  /** Stable kebab-case id; the file name under ./rules and the doc name under docs/rules. */
  id: string
  /** One line, sentence case, no final period: what the cause is ("Open-file limit too low"). */
  title: string
  /** false for look-alikes that point at the code itself (a descriptor leak, a fixed port...). */
  environmental: boolean
  /** Default severity of preflight findings. */
  severity: Severity
  /**
   * Cheap pre-filter for diagnose: the engine calls `diagnose` only when one of these matches the
   * failure output. The engine applies them multiline and case-insensitively (a superset: `^` anchors
   * to any line); the rule itself decides with its own regexes, line by line (helpers.matchLines). Leave empty/absent when the
   * rule decides from `failure.kind` or facts alone (the engine then always calls it).
   */
  triggers?: RegExp[]
  /**
   * Failure kinds for which `diagnose` runs even when no trigger matches (e.g. `killed`: a binary killed
   * without printing anything). Rules without triggers run for every failure.
   */
  kinds?: FailureKind[]
  /** Findings from facts alone, before any test runs. */
  preflight?(facts: Facts): Finding[]
  /** A cause for this failure, or null when the rule does not apply. */
  diagnose?(failure: Failure, ctx: RuleContext): Cause | null
}

export const defineRule = (rule: Rule): Rule => rule

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
