/**
 * The JSON report (CONTRACT.md, version 1). Everything users script against; extend, never rename.
 * Its parts (findings, failures and their causes, conclusions) are the core's types (src/core/model.ts).
 */
import type { Facts } from '../facts/types.js'
import type { Conclusion, Finding, ReportFailure } from '../core/model.js'
import type { Totals } from '../gotest/model.js'

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
