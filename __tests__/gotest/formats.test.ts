/**
 * Issue 16's check: `node dist/cli.js explain FILE --no-probe --json` (the committed bundle) agrees with the
 * OWN verdict of every tool captured by scripts/capture-formats.sh: gotestsum (every --format, its
 * --jsonfile and --junitfile, --rerun-fails), go-junit-report v1 and v2, ginkgo v2 (its CLI, its
 * --junit-report, and a suite under plain go test -v). A verdict (verdict.json) is what the tool itself
 * said: its exit status, its counts, and the failed tests as its structured output lists them (read by
 * jq or python's xml.etree, not by go-env-guard). Every failed test must be reported, in its package,
 * nothing the tool passed may be reported failed, the counts must match where the file carries them, a
 * flake (failed, then passed on a rerun) must be said to be one, and file:line must be the tool's.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Report } from '../../src/report/model.js'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')
const FIX = join(ROOT, '__tests__', 'fixtures', 'formats')

interface Named {
  package?: string | null
  test: string | null
  file?: string
  line?: number
  state?: string
}
interface Verdict {
  tool: string
  exitCode: number
  done?: string
  ran?: string
  summary?: string
  failed: Named[]
  flaky?: Named[]
  runs?: { package: string; test: string; runs: string[] }[]
  junit?: { tests: number; failures: number; errors: number; skipped: number; failed: Named[] }
}

const FILES = ['output.txt', 'gotestsum.json', 'junit.xml', 'report.xml', 'go-test-v.txt']

const cases = readdirSync(FIX)
  .filter(t => t !== 'pkgs' && !t.endsWith('.md'))
  .flatMap(tool =>
    readdirSync(join(FIX, tool)).map(c => {
      const dir = join(FIX, tool, c)
      const source = readFileSync(join(dir, 'SOURCE.md'), 'utf8')
      const cwd = /Working directory: `([^`]+)`/.exec(source)?.[1] ?? '.'
      return { tool, name: `${tool}/${c}`, dir, cwd, files: FILES.filter(f => existsSync(join(dir, f))) }
    })
  )

async function explain(file: string, dir: string, json = true): Promise<string> {
  const args = ['dist/cli.js', 'explain', file, '--no-probe', '--dir', dir, ...(json ? ['--json'] : [])]
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20 })
  return stdout
}

/** A reported package names the tool's: the same import path, or its tail (gotestsum's module-relative names). */
function samePackage(reported: string | null, tool: string | null | undefined): boolean {
  if (tool === undefined || tool === null || tool === '') return true
  if (reported === null) return false
  return reported === tool || tool.endsWith('/' + reported) || reported.endsWith('/' + tool)
}

/** A reported test covers the tool's failed test: the same, a subtest of it, or it under a go test function. */
function covers(reported: string | null, tool: string): boolean {
  if (reported === null) return false
  return reported === tool || reported.startsWith(tool + '/') || reported.endsWith('/' + tool)
}

/** What a captured file printed: a go test -json stream's Output fields joined, else the file as it is. */
function printed(path: string): string {
  const raw = readFileSync(path, 'utf8')
  if (!path.endsWith('.json')) return raw
  return raw
    .split('\n')
    .filter(l => l.startsWith('{'))
    .map(l => (JSON.parse(l) as { Output?: string }).Output ?? '')
    .join('')
}

/** The tests go test's timeout panic lists as running (`panic: test timed out` ... `running tests:`). */
function runningAtTimeout(text: string): Set<string> {
  const names = new Set<string>()
  const re = /^panic: test timed out after \S+\n\s*running tests:\n((?:\t\t.+\n)+)/gm
  for (let m = re.exec(text); m; m = re.exec(text))
    for (const l of m[1].split('\n')) {
      const t = /^\t\t(\S+) \(/.exec(l)
      if (t) names.add(t[1])
    }
  return names
}

/** Which of the tool's lists describes a file: a JUnit file has its own (names as the XML spells them). */
function failedFor(v: Verdict, file: string): Named[] {
  if ((file.endsWith('.xml') && v.junit) || (file === 'report.xml' && v.junit)) return v.junit!.failed
  return v.failed
}

describe('explain agrees with the verdict of every captured tool (gotestsum, go-junit-report, ginkgo)', () => {
  it('has captures of every tool and every gotestsum --format', () => {
    const tools = new Set(cases.map(c => c.tool))
    expect([...tools].sort()).toEqual(['ginkgo', 'go-junit-report-v1', 'go-junit-report-v2', 'gotestsum'])
    for (const f of [
      'standard-quiet',
      'standard-verbose',
      'testname',
      'pkgname',
      'dots',
      'testdox',
      'github-actions'
    ])
      expect(cases.some(c => c.name === `gotestsum/${f}`)).toBe(true)
    expect(cases.some(c => c.name.startsWith('gotestsum/rerun-'))).toBe(true)
  })

  const all = cases.flatMap(c => c.files.map(f => ({ ...c, file: f, label: `${c.name}/${f}` })))

  it.each(all.map(c => [c.label, c] as const))('%s', async (_label, c) => {
    const v = JSON.parse(readFileSync(join(c.dir, 'verdict.json'), 'utf8')) as Verdict
    const r = JSON.parse(await explain(join(c.dir, c.file), c.cwd)) as Report
    const failed = c.file === 'go-test-v.txt' ? v.failed : failedFor(v, c.file)
    const where = `${c.label}: `
    // Red exactly when the tool found failures (go-junit-report v1 always exits 0: its list decides).
    expect(where + (r.failures.length > 0)).toBe(where + (failed.length > 0))
    if (v.tool !== 'go-junit-report v1' && c.file !== 'go-test-v.txt')
      expect(where + (r.failures.length > 0)).toBe(where + (v.exitCode !== 0))
    // Every failed test (or package) the tool lists is reported, in its package.
    for (const t of failed) {
      const ok = r.failures.some(f =>
        t.test === null || t.test === '[build failed]' || t.test === 'TestMain'
          ? samePackage(f.package, t.package)
          : samePackage(f.package, t.package) && covers(f.test, t.test)
      )
      expect(`${where}${t.package ?? ''} ${t.test} reported=${ok}`).toBe(
        `${where}${t.package ?? ''} ${t.test} reported=true`
      )
    }
    // Nothing the tool passed is reported failed: each reported test is one it failed (or a flake it
    // reran, or the go test function that runs a failed ginkgo suite).
    const flaky = v.flaky ?? []
    const input = printed(join(c.dir, c.file))
    const timedOut = runningAtTimeout(input)
    for (const f of r.failures) {
      if (f.test === null) continue
      const known =
        failed.some(t => t.test !== null && (covers(f.test, t.test) || covers(t.test, f.test!))) ||
        flaky.some(t => t.test === f.test) ||
        // a test still running when its package timed out: the tool lists the package, go test's panic
        // in the file names the test as running
        (f.kind === 'timeout' &&
          timedOut.has(f.test) &&
          failed.some(t => !!t.package && samePackage(f.package, t.package))) ||
        // the go test function that runs a ginkgo suite: ginkgo lists specs only, go test's own
        // `--- FAIL:` line in the file failed it
        (c.tool === 'ginkgo' && input.split('\n').some(l => l.startsWith(`--- FAIL: ${f.test} (`))) ||
        r.failures.some(o => o !== f && o.test !== null && o.test.startsWith(f.test + '/'))
      expect(`${where}${f.package} ${f.test} known=${known}`).toBe(
        `${where}${f.package} ${f.test} known=true`
      )
    }
    // Counts the file carries: JUnit's skipped; gotestsum's DONE line against its --jsonfile.
    if (c.file.endsWith('.xml') && v.junit) expect(where + r.totals.skipped).toBe(where + v.junit.skipped)
    const done = /^DONE (?:\d+ runs, )?(\d+) tests(?:, (\d+) skipped)?/.exec(v.done ?? '')
    if (c.file === 'gotestsum.json' && done && !v.runs) {
      expect(where + r.totals.tests).toBe(where + Number(done[1]))
      expect(where + r.totals.skipped).toBe(where + Number(done[2] ?? 0))
    }
    // Ginkgo: one failure per failed spec (Ran N of M / N Failed), at the file:line ginkgo shows.
    if (c.tool === 'ginkgo' && !c.file.endsWith('.xml')) {
      const n = Number(/(\d+) Failed/.exec(v.summary ?? '')?.[1])
      const specs = r.failures.filter(f => f.test !== null && failed.some(t => covers(f.test, t.test!)))
      expect(where + specs.length).toBe(where + n)
      for (const t of failed) {
        if (!t.file?.includes('/__tests__/')) continue // a panic inside the runtime: outside the repository
        const f = specs.find(s => covers(s.test, t.test!))!
        expect(`${where}${f.file}:${f.line}`).toBe(
          `${where}${t.file.slice(t.file.indexOf('__tests__/'))}:${t.line}`
        )
      }
    }
    // Where the output shows `name_test.go:N:`, the report has that file:line.
    for (const f of r.failures) {
      const m = /^\s+(\w+_test\.go):(\d+): /m.exec(f.excerpt)
      if (!m || f.kind !== 'test') continue
      expect(`${where}${f.test} ${f.file ?? 'none'}:${f.line ?? ''}`).toMatch(new RegExp(`/${m[1]}:${m[2]}$`))
    }
  })

  it('says a test that failed then passed on a rerun is a flake (terminal report)', async () => {
    const reruns = cases.filter(c => c.name.startsWith('gotestsum/rerun-'))
    expect(reruns.length).toBeGreaterThan(0)
    for (const c of reruns) {
      const v = JSON.parse(readFileSync(join(c.dir, 'verdict.json'), 'utf8')) as Verdict
      expect(v.flaky?.length).toBeGreaterThan(0)
      for (const file of c.files) {
        const out = await explain(join(c.dir, file), c.cwd, false)
        expect(`${c.name}/${file}: ${out.includes('flaky: this test failed, then passed')}`).toBe(
          `${c.name}/${file}: true`
        )
      }
    }
  })
})
