/**
 * The product under the limits it diagnoses: `doctor` in a process whose hard RLIMIT_NOFILE is 32 (a
 * probe child cannot always get its pipes: `spawn setpriv EMFILE`, which used to be an unhandled
 * 'error' event that killed node) must still write its report, name the limit, and never turn a child
 * that could not start into a fact about the machine.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = process.cwd()
const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0

/** Every yes/no fact whose own result (the first clause of its detail) is a command that could not start. */
function notStartedFacts(o: unknown, path = '', out: string[] = []): string[] {
  if (o && typeof o === 'object') {
    const r = o as Record<string, unknown>
    if (
      typeof r.detail === 'string' &&
      /could not start/.test(r.detail.split(';')[0]!) &&
      r.canCreate !== undefined
    )
      out.push(`${path}: canCreate=${String(r.canCreate)} (${r.detail})`)
    for (const [k, v] of Object.entries(r)) notStartedFacts(v, `${path}.${k}`, out)
  }
  return out
}

describe('doctor under a hard RLIMIT_NOFILE of 32', () => {
  const run = hasPrlimit ? it : it.skip
  if (!hasPrlimit) console.log('skipped: prlimit (util-linux) is not installed')
  run(
    'writes its report, names the open-file limit, and keeps start failures out of the facts',
    () => {
      execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
      const r = spawnSync(
        'prlimit',
        ['--nofile=32:32', process.execPath, join(ROOT, 'dist/cli.js'), 'doctor', '--json', '--dir', ROOT],
        { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 }
      )
      expect({ status: r.status, stderr: r.stderr.slice(0, 400) }).toMatchObject({ status: 0 })
      const report = JSON.parse(r.stdout) as { facts: unknown; findings: { rule: string; message: string }[] }
      expect(report.findings.find(f => f.rule === 'nofile-limit')?.message).toMatch(
        /hard open-file limit is 32/
      )
      expect(notStartedFacts(report.facts)).toEqual([])
    },
    90_000
  )
})
