/**
 * The shape of a catalog rule (ESLint meta + hadolint code/severity/message). One file per id under
 * ./rules, named by the id, with docs/rules/<id>.md and __tests__/catalog/rules/<id>.test.ts.
 * Rules are pure: they import types and pure helpers only.
 */
import type { Facts } from '../facts/types.js'
import type { Failure } from '../gotest/model.js'
import type { Cause, Finding, Severity } from '../report/model.js'

export interface RuleContext {
  /** null when diagnosing from the log alone (`--no-probe`). */
  facts: Facts | null
}

export interface Rule {
  id: string
  title: string
  /** false for look-alikes that point at the code itself (a descriptor leak, a fixed port...). */
  environmental: boolean
  /** Default severity of preflight findings. */
  severity: Severity
  /** Findings from facts alone, before any test runs. */
  preflight?(facts: Facts): Finding[]
  /** A cause for this failure, or null when the rule does not apply. */
  diagnose?(failure: Failure, ctx: RuleContext): Cause | null
}

export const defineRule = (rule: Rule): Rule => rule
