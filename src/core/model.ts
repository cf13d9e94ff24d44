/**
 * The core's vocabulary: what a rule finds before the tests (Finding), what it blames a failure on
 * (Cause), what the run as a whole shows (Conclusion), and the one ranking of severities and
 * confidences that every stage sorts by. The JSON report (src/report/model.ts, CONTRACT.md version 1)
 * serialises these as they are: extend, never rename.
 */
import type { Failure } from '../gotest/model.js'

export type Severity = 'error' | 'warning' | 'notice'
export type Confidence = 'high' | 'medium' | 'low'

export interface Finding {
  rule: string
  severity: Severity
  title: string
  message: string
  evidence: string[]
  remedy: string
  file?: string
  line?: number
}

export interface Cause {
  rule: string
  confidence: Confidence
  evidence: string[]
  remedy: string
  /**
   * From the log alone, a low-confidence cause names the other likely one and the one check that tells
   * them apart (`ulimit -Hn`).
   */
  runnerUp?: RunnerUp
  /** Preflight findings (their messages) that explain this cause: the same machine said so before the tests. */
  explainedBy?: string[]
}

export interface RunnerUp {
  rule: string
  /** The command (or file to read) that tells the two causes apart. */
  check: string
}

/** What the run as a whole shows, beyond any one failure (see src/diagnose/diagnose.ts `Concluder`). */
export interface Conclusion {
  rule: string
  confidence: Confidence
  /** Indexes into the report's `failures`. */
  failures: number[]
  /** Why the failures together point there. */
  why: string
  runnerUp?: RunnerUp
}

/** One failure of the run (as the parser located it) with its likely causes, most likely first. */
export interface ReportFailure extends Pick<
  Failure,
  'package' | 'test' | 'kind' | 'file' | 'line' | 'excerpt'
> {
  causes: Cause[]
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
const CONFIDENCE_ORDER: Record<Confidence, number> = { high: 0, medium: 1, low: 2 }

/** Sort key, ascending: errors first. */
export const severityRank = (s: Severity): number => SEVERITY_ORDER[s]

/** Sort key, ascending: the most confident first; no confidence (null) after low. */
export const confidenceRank = (c: Confidence | null | undefined): number => (c ? CONFIDENCE_ORDER[c] : 3)

/** `fail-on` (the action's input, `doctor --fail-on`): the least severity of finding that fails the step. */
export type FailOn = 'never' | 'error' | 'warning'

/** Whether one finding's severity meets `fail-on`. */
export function meetsFailOn(failOn: FailOn, severity: Severity): boolean {
  return failOn !== 'never' && severityRank(severity) <= severityRank(failOn)
}

/** Whether the findings meet `fail-on`. */
export function failOnMet(failOn: FailOn, findings: readonly Finding[]): boolean {
  return findings.some(f => meetsFailOn(failOn, f.severity))
}
