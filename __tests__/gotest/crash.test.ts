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

/**
 * A tool of the toolchain killed (the OOM killer on the compiler): Go 1.26 prints it with no `# pkg`
 * header. In a whole log it is the package's build failure; in a log cut before that package's
 * verdict (a paste that goes on with another package's failure) it is stray text, kept as a build
 * failure of its own next to the others, and the run's cause is named from it.
 * Capture: __tests__/fixtures/crash/compile-killed (CAPTURED.md); the other package's failure is the
 * linkfail capture of __tests__/fixtures/gotest/go1.26.8.
 */
describe('the compiler or linker killed by a signal', () => {
  const killed = readFileSync(join(DIR, '..', 'compile-killed', 'go-test.txt'), 'utf8')
  const linkfail = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'gotest', 'go1.26.8', 'linkfail.text.txt'),
    'utf8'
  )

  it("is the package's build failure in the whole log", () => {
    const run = parse(killed)
    expect(run.failures).toHaveLength(1)
    expect(run.failures[0]).toMatchObject({ package: 'example.com/lk/block', kind: 'build' })
    expect(run.failures[0]?.output).toContain('compile: signal: killed')
    expect(diagnose(run, null).failures[0]?.causes[0]?.rule).toBe('oom-kill')
  })

  it('is kept next to other failures when the log was cut before its verdict', () => {
    // Both cut before their verdict lines: the killed line belongs to no package the log names, the
    // linker's block to its `# <pkg>.test` header (the shape of a paste in thanos-io/thanos#1399).
    const upTo = (t: string): string => t.slice(0, t.indexOf('FAIL\t'))
    const run = parse(upTo(killed) + upTo(linkfail))
    expect(run.failures.map(f => [f.package, f.kind])).toEqual([
      ['example.com/envguard/fixture/linkfail.test', 'build'],
      [null, 'build']
    ])
    expect(run.failures[0]?.output).toContain('relocation target')
    expect(run.failures[1]?.output).toContain('compile: signal: killed')
    const d = diagnose(run, null)
    expect(groupFailures(d.failures, d.conclusions)[0]?.rule).toBe('oom-kill')
  })

  it('and stray text that is not a crash is still left out next to other failures', () => {
    const run = parse('some unrelated line before the log\n' + linkfail)
    expect(run.failures).toHaveLength(1)
  })
})
