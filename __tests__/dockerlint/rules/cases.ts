import { lintFiles, lintFixture, ofRule } from '../helpers.js'
import { expect } from '@jest/globals'

/** Lints a fixture directory and returns the findings of one rule as `file:line`. */
export async function fixtureHits(
  dir: string,
  rule: string,
  goModGo: string | null = null
): Promise<string[]> {
  const r = await lintFixture(dir, goModGo)
  expect(r.errors).toEqual([])
  return ofRule(r.findings, rule).map(f => `${f.file}:${f.line}`)
}

export async function inlineHits(
  files: Record<string, string>,
  rule: string,
  goModGo: string | null = null
): Promise<string[]> {
  const r = await lintFiles(files, goModGo)
  return ofRule(r.findings, rule).map(f => `${f.file}:${f.line}`)
}
