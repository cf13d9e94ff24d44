import type { ReportFailure } from '../core/model.js'
import type { RuleInfo } from './view.js'

/** How a failure is named in every surface: its test, or what failed. */
export function testLabel(f: ReportFailure): string {
  if (f.test) return f.test
  if (f.kind === 'build') return 'build failed'
  if (f.kind === 'log') return 'failure in the log'
  return `package ${f.kind === 'package' ? 'failed' : f.kind}`
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The one place failure counts come from. `tests`: failures of a named test (the `failed-tests`
 * output); `other`: build, package and log failures, which name no test.
 */
export function failureCounts(failures: readonly ReportFailure[]): {
  all: number
  tests: number
  other: number
} {
  const tests = failures.filter(f => f.test !== null && f.test !== undefined && f.test !== '').length
  return { all: failures.length, tests, other: failures.length - tests }
}

/** `3 failures (2 failed tests, 1 build or package failure)`, or `2 failed tests` when all are tests. */
export function failuresPhrase(failures: readonly ReportFailure[]): string {
  const c = failureCounts(failures)
  if (c.other === 0) return plural(c.tests, 'failed test')
  if (c.tests === 0) return plural(c.other, 'build or package failure')
  return `${plural(c.all, 'failure')} (${plural(c.tests, 'failed test')}, ${plural(c.other, 'build or package failure')})`
}

/** A title as plain text: `code` marks dropped (annotation titles and terminal lines show them literally). */
export const plainTitle = (s: string): string => s.replace(/`([^`\n]*)`/g, '$1')

/**
 * Failures with at least one cause the rules call environmental (a rule the map does not know counts
 * as environmental): the headline's `N linked to a likely environmental cause`.
 */
export function environmentalCount(
  failures: readonly ReportFailure[],
  rules: Readonly<Record<string, RuleInfo>> | undefined
): number {
  return failures.filter(f => f.causes.some(c => rules?.[c.rule]?.environmental !== false)).length
}
