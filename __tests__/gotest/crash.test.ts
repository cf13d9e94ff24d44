/**
 * The go command (or test2json) dying mid-run: its crash goes to stderr after the -json events stop,
 * and the tests it left behind are only `killed`. The crash is kept as a failure of its own and
 * explains the run; stray text that is not a crash is still left out next to other failures.
 * Capture: __tests__/fixtures/crash/go-command-newosproc (CAPTURED.md).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { groupFailures } from '../../src/diagnose/group.js'
import type { TestRun } from '../../src/gotest/model.js'

const DIR = join(import.meta.dirname, '..', 'fixtures', 'crash', 'go-command-newosproc')

function parse(text: string): TestRun {
  const p = createParser({})
  p.beginSource('go-test.log')
  p.push(Buffer.from(text))
  return p.end()
}

describe('a crash of the go command after the -json stream stopped', () => {
  const json = readFileSync(join(DIR, 'go-test.json'), 'utf8')
  const stderr = readFileSync(join(DIR, 'stderr.txt'), 'utf8')

  it('is a failure of its own, next to the tests it left killed', () => {
    const run = parse(json + stderr)
    const crash = run.failures.filter(f => f.kind === 'panic')
    expect(crash).toHaveLength(1)
    expect(crash[0]?.output).toContain('runtime: failed to create new OS thread (have 8 already; errno=11)')
    expect(run.failures.filter(f => f.kind === 'killed').map(f => f.test)).toEqual([
      'TestStartProcess',
      'TestRemoveAllRace',
      null
    ])
  })

  it('and names the cause, from the log alone', () => {
    const run = parse(json + stderr)
    const d = diagnose(run, null)
    expect(groupFailures(d.failures, d.conclusions)[0]?.rule).toBe('pids-limit')
  })

  it('stray text that is not a crash stays out when there are other failures', () => {
    const run = parse(json + 'some tool said hello\nanother line\n')
    expect(run.failures.map(f => f.kind)).toEqual(['killed', 'killed', 'killed'])
  })
})
