/**
 * Issue 16: a go test log saved from GitHub Actions parses as go test's own. Each form is made from a
 * real capture by adding the exact prefix its source writes:
 * - the web view's "Download log" / the raw log API: the runner writes each line as
 *   `$"{DateTime.UtcNow.ToString("O")} {message}"` (actions/runner src/Runner.Common/Logging.cs,
 *   PagingLogger.Write, commit 16d82ce): .NET's round-trip format, 7 fractional digits, then a space
 *   (`2024-05-01T10:00:00.1234567Z `). A message holding newlines is one Write, so only its first line
 *   gets the stamp: the lines after it arrive bare;
 * - `gh run view --log` (cli/cli pkg/cmd/run/view/view.go, displayRunLog, commit c39eccb):
 *   `fmt.Sprintf("%s\t%s\t", job.Name, step.Name)` before each line of the step's log file, which
 *   holds the runner's stamped lines; `--log-failed` is the same, limited to the steps that failed.
 * The failures (package, test, kind) must equal those of the unprefixed capture.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Report } from '../../src/report/model.js'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')
const CAPTURES = [
  '__tests__/fixtures/real/nofile-limit/go-test.txt',
  '__tests__/fixtures/real/assertion-failure/go-test.txt',
  '__tests__/fixtures/formats/gotestsum/testname/output.txt',
  '__tests__/fixtures/gotest/go1.26.8/all.v.txt',
  '__tests__/fixtures/gotest/go1.26.8/all.json.txt'
]
const stamp = (i: number): string => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z `
const FORMS: Record<string, (l: string, i: number) => string> = {
  'web view / raw log': (l, i) => stamp(i) + l,
  'raw log, multi-line writes (later lines bare)': (l, i) => (i % 3 === 1 ? l : stamp(i) + l),
  'gh run view --log': (l, i) => `test (ubuntu-latest, 1.22)\tRun go test ./...\t${stamp(i)}${l}`,
  'gh run view --log-failed': (l, i) => `test\tRun tests\t${stamp(i)}${l}`
}

async function failures(file: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['dist/cli.js', 'explain', file, '--no-probe', '--json'], {
    cwd: ROOT,
    maxBuffer: 64 << 20
  })
  const r = JSON.parse(stdout) as Report
  return r.failures.map(f => `${f.package} ${f.test} ${f.kind}`)
}

describe('GitHub Actions log forms of real captures parse as the captures do', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ci-prefix-'))
  const cases = CAPTURES.flatMap(c => Object.keys(FORMS).map(f => [c, f] as const))
  it.each(cases)('%s as %s', async (capture, form) => {
    const want = await failures(join(ROOT, capture))
    expect(want.length).toBeGreaterThan(0)
    const lines = readFileSync(join(ROOT, capture), 'utf8').split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    const out = join(tmp, `${capture.replace(/\W+/g, '_')}-${form.replace(/\W+/g, '_')}.log`)
    writeFileSync(out, lines.map((l, i) => FORMS[form](l, i)).join('\n') + '\n')
    expect(await failures(out)).toEqual(want)
  })
})
