// Types of lib.mjs, for __tests__/e2e/matrix.test.ts.
export interface MatrixReport {
  failures?: { causes?: { rule: string; confidence: string }[] }[]
  conclusions?: { rule: string; confidence: string; failures?: number[] }[]
}
export interface Top {
  rule: string
  confidence: string
  count: number
  order: number
}
export interface MatrixMeta {
  project: string
  fault: string
  expected: string
}
export interface Row {
  pair: string
  project: string
  fault: string
  expected: string
  gotLog: string
  gotFacts: string
  verdict: string
  kind: 'control' | 'scored' | 'unscored' | 'error'
  env?: string[]
  rightLog?: boolean
  rightFacts?: boolean
  note?: string
}
export function failureText(text: string): string
export function expected(logText: string, rc: number, fault: string, faults: Record<string, unknown>): string
export function trim(text: string, max: number): { text: string; dropped: number }
export function topCause(report: MatrixReport): Top | null
export function envCauses(report: MatrixReport, environmental: (id: string) => boolean): string[]
export function scoreRow(
  meta: MatrixMeta,
  logOnly: MatrixReport,
  withFacts: MatrixReport,
  environmental: (id: string) => boolean,
  note?: { expected?: string; note?: string }
): Row
export function printTable(
  rows: Row[],
  skips: { pair: string; reason: string }[],
  out?: (line: string) => void
): { scored: Row[]; controls: Row[]; z: number }
