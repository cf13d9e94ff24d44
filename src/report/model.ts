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
  totals: Totals
}
