import type { ReportFailure } from '../core/model.js'

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
