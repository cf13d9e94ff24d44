/**
 * Issue 3's check, end to end: `node dist/cli.js explain FILE --no-probe --json` (the committed bundle)
 * must agree with go test's OWN verdicts on every captured fixture (scripts/capture-gotest.sh; Go 1.26.8,
 * 1.22.12, 1.19.13; -json, -v and plain): the step is red exactly when the report has failures, every test
 * go test failed is reported (a parent that failed only through a subtest, through that subtest), and every package it failed (and none it passed) has a failure.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Report } from '../../src/report/model.js'

const run = promisify(execFile)
const FIX = join(import.meta.dirname, '..', 'fixtures', 'gotest')

interface Verdict {
  exitCode: number
  summary: string[]
  tests?: { package: string; test: string; action: string }[]
}

const cases = readdirSync(FIX)
  .filter(d => d.startsWith('go1.'))
  .flatMap(d =>
    readdirSync(join(FIX, d))
      .filter(f => f.endsWith('.verdict.json'))
      .map(f => ({
        name: `${d} ${f.replace('.verdict.json', '')}`,
        log: join(FIX, d, f.replace('.verdict.json', '.txt')),
        verdict: join(FIX, d, f)
      }))
  )

async function explain(file: string): Promise<Report> {
  const { stdout } = await run(process.execPath, ['dist/cli.js', 'explain', file, '--no-probe', '--json'], {
    maxBuffer: 64 << 20
  })
  return JSON.parse(stdout) as Report
}

describe('explain (dist/cli.js) agrees with go test on every captured fixture', () => {
  it('has fixtures from three Go versions', () => {
    expect(new Set(cases.map(c => c.name.split(' ')[0])).size).toBeGreaterThanOrEqual(3)
    expect(cases.length).toBeGreaterThan(100)
  })

  // Several CLI runs at once keep this at a few seconds on two cores.
  it.each(chunk(cases, 8))('batch %#', async (...batch) => {
    await Promise.all(
      batch.map(async c => {
        const v = JSON.parse(readFileSync(c.verdict, 'utf8')) as Verdict
        const r = await explain(c.log)
        const where = `${c.name}: `
        expect(where + (r.failures.length > 0)).toBe(where + (v.exitCode !== 0))
        const reported = new Set(r.failures.map(f => `${f.package} ${f.test}`))
        for (const t of v.tests ?? []) {
          if (t.action !== 'fail') continue
          // A parent that failed only because a subtest did is reported through that subtest.
          const key = `${t.package} ${t.test}`
          const covered = reported.has(key) || [...reported].some(k => k.startsWith(key + '/'))
          expect(`${where}${key} reported=${covered}`).toBe(`${where}${key} reported=true`)
        }
        const failedPkgs = new Set(r.failures.map(f => f.package))
        for (const line of v.summary) {
          const m = /^(ok|FAIL)\s+(\S+)/.exec(line)
          if (!m) continue
          expect(`${where}${m[2]} failed=${failedPkgs.has(m[2])}`).toBe(
            `${where}${m[2]} failed=${m[1] === 'FAIL'}`
          )
        }
      })
    )
  })
})

function chunk<T>(xs: T[], n: number): T[][] {
  const size = Math.ceil(xs.length / n)
  return Array.from({ length: n }, (_, i) => xs.slice(i * size, (i + 1) * size))
}
