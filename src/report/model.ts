/** The JSON report (CONTRACT.md, version 1). Everything users script against; extend, never rename. */
import type { Facts } from '../facts/types.js'
import type { FailureKind, Totals } from '../gotest/model.js'

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

/** What the run as a whole shows, beyond any one failure (see src/diagnose.ts `Concluder`). */
export interface Conclusion {
  rule: string
  confidence: Confidence
  /** Indexes into the report's `failures`. */
  failures: number[]
  /** Why the failures together point there. */
  why: string
  runnerUp?: RunnerUp
}

export interface ReportFailure {
  package: string | null
  test: string | null
  kind: FailureKind
  file?: string
  line?: number
  excerpt: string
  causes: Cause[]
}

export interface Report {
  version: 1
  tool: { name: 'go-env-guard'; version: string }
  facts: Facts | Record<string, never>
  findings: Finding[]
  failures: ReportFailure[]
  /** Reasoning across failures; absent when there is none. Written after the failures. */
  conclusions?: Conclusion[]
  totals: Totals
}
