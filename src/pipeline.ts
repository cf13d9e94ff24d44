/**
 * The steps every entry point shares: probe -> lint -> preflight (pipeline-preflight.ts) -> parse ->
 * diagnose -> report.
 * Entry points (cli, main, post) only choose inputs and where the report goes.
 */
import { createDiagnoser, diagnose } from './diagnose.js'
import { DOCKER_EXPLAINS } from './dockerlint/index.js'
import type { Facts } from './facts/types.js'
import type { Failure, TestRun } from './gotest/model.js'
import { StringDecoder } from 'node:string_decoder'
import {
  createParser,
  discoverLayout,
  feedFiles,
  locationVerifier,
  parseFiles,
  verifyLocations
} from './gotest/index.js'
import type { InputFile, ParserOptions, SourceLayout } from './gotest/index.js'
import type { Host } from './host/host.js'
import { assembleReport, findRepoRoot } from './pipeline-preflight.js'
import { ReportJsonWriter } from './report/json.js'
import type { Report } from './report/model.js'
import type { Finding, ReportFailure } from './core/model.js'

export {
  assembleReport,
  findRepoRoot,
  runPreflight,
  sortFindings,
  zeroTotals,
  type PreflightOptions,
  type PreflightResult
} from './pipeline-preflight.js'

export interface ExplainResult {
  run: TestRun
  diagnosis: ReturnType<typeof diagnose>
  report: Report
}

/** Diagnoses saved `go test` output. */
export async function explainFiles(
  host: Host,
  files: readonly InputFile[],
  opts: { dir: string; facts: Facts | null; findings?: Finding[] }
): Promise<ExplainResult> {
  return explainRun(await parseOutputFiles(host, files, opts.dir), opts.facts, opts.findings ?? [])
}

/** Parses saved `go test` output, locations mapped into the repository that holds `dir`. */
export async function parseOutputFiles(
  host: Host,
  files: readonly InputFile[],
  dir: string
): Promise<TestRun> {
  return parseFiles(host, files, { layout: await layoutOf(host, dir) })
}

/** The Go modules of the repository that holds `dir`, with `dir` as the working directory. */
async function layoutOf(host: Host, dir: string): Promise<SourceLayout> {
  return discoverLayout(host, await findRepoRoot(host, dir), dir)
}

/**
 * `explain --json`: parses saved output and writes the JSON report while parsing. Each failure is
 * located, diagnosed, written and dropped as soon as its package has ended, so memory does not grow
 * with the number of failures nor with the size of the log. The text equals
 * `JSON.stringify((await explainFiles(host, files, opts)).report, null, 2) + '\n'`.
 */
export async function explainFilesJson(
  host: Host,
  files: readonly InputFile[],
  opts: { dir: string; facts: Facts | null; findings?: Finding[] },
  out: (text: string) => void
): Promise<TestRun> {
  const layout = await layoutOf(host, opts.dir)
  const writer = new ReportJsonWriter(
    assembleReport({ facts: opts.facts, findings: opts.findings ?? [] }),
    out
  )
  const verify = locationVerifier(host, layout)
  const diagnoseOne = createDiagnoser(opts.facts)
  const attach = findingsAttacher(opts.findings ?? [])
  let ready: Failure[] = []
  const parser = createParser({ layout, verdicts: false, onFailure: f => void ready.push(f) })
  const writeReady = async (): Promise<void> => {
    if (ready.length === 0) return
    const list = ready
    ready = []
    for (const f of list) writer.failure(attach(diagnoseOne(await verify(f))))
  }
  await feedFiles(host, parser, files, writeReady)
  const run = parser.end()
  await writeReady()
  writer.end(run.totals, diagnoseOne.conclusions())
  return run
}

/**
 * explainRun's report as JSON text (`explain --json`, `test --json`), written while diagnosing: each
 * failure is diagnosed, written and dropped, so memory does not grow with the number of failures.
 * The text equals `JSON.stringify(explainRun(...).report, null, 2) + '\n'`.
 */
export function writeExplainedJson(
  run: TestRun,
  facts: Facts | null,
  findings: Finding[],
  out: (text: string) => void
): void {
  const shell = assembleReport({ facts, findings, failures: [], totals: run.totals })
  const w = new ReportJsonWriter(shell, out)
  const diagnoseOne = createDiagnoser(facts)
  const attach = findingsAttacher(findings)
  for (const f of run.failures) w.failure(attach(diagnoseOne(f)))
  w.end(run.totals, diagnoseOne.conclusions())
}

/**
 * Marks each cause with the preflight findings that explain it (the same rule, or a container-file
 * rule whose `explains` names it): the machine's own facts said so before the tests ran, and every
 * surface shows it with the cause.
 */
export function findingsAttacher(findings: readonly Finding[]): (f: ReportFailure) => ReportFailure {
  if (findings.length === 0) return f => f
  return f => {
    for (const c of f.causes) {
      const by = findings
        .filter(x => x.rule === c.rule || (DOCKER_EXPLAINS[x.rule] ?? []).includes(c.rule))
        .map(x => (x.file ? `${x.file}${x.line ? `:${x.line}` : ''}: ${x.message}` : x.message))
      if (by.length) c.explainedBy = [...new Set(by)].slice(0, 3)
    }
    return f
  }
}

export function explainRun(run: TestRun, facts: Facts | null, findings: Finding[]): ExplainResult {
  const diagnosis = diagnose(run, facts)
  const attach = findingsAttacher(findings)
  const report = assembleReport({
    facts,
    findings,
    failures: diagnosis.failures.map(attach),
    conclusions: diagnosis.conclusions,
    totals: run.totals
  })
  return { run, diagnosis, report }
}

/** Reads `--facts`: either a JSON report (its `facts`) or a bare facts object. */
export function factsFromJson(text: string, source: string): Facts {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`${source} is not JSON: ${(e as Error).message}`, { cause: e })
  }
  const obj = parsed as { facts?: unknown; system?: unknown; rlimits?: unknown }
  const facts = (obj && typeof obj === 'object' && 'facts' in obj ? obj.facts : obj) as Facts
  if (!facts || typeof facts !== 'object' || !('system' in facts) || !('rlimits' in facts)) {
    throw new Error(`${source} holds neither a go-env-guard report nor a facts object`)
  }
  return facts
}

/** The findings of a go-env-guard report given as `--facts` (null: bare facts, or none listed). */
export function findingsFromJson(text: string): Finding[] | null {
  try {
    const r = JSON.parse(text) as { findings?: unknown }
    return Array.isArray(r.findings) ? (r.findings as Finding[]).slice(0, 500) : null
  } catch {
    return null
  }
}

/** Keeps the last `max` characters of a stream (go test's stderr), so memory stays bounded. */
export class TextTail {
  private text = ''
  constructor(private readonly max = 64 * 1024) {}
  push(s: string): void {
    this.text += s
    if (this.text.length > 2 * this.max) this.text = this.text.slice(-this.max)
  }
  toString(): string {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text
  }
}

const BUILD_LIKE =
  /-race requires cgo|C compiler .* not found|\[build failed\]|\[setup failed\]|cannot find (package|module)|no required module|build cache is required|go: updates to go\.mod needed|^# \S+$|\.go:\d+:\d+: /m

/**
 * When `go test` fails before any test runs, its only words are on stderr (`go: -race requires cgo`,
 * `build cache is required...`) and the JSON stream is empty. Without this the report would say "no
 * failures" for a red step; with it the stderr becomes one failure that diagnosis can read.
 */
export function withGoCommandError(run: TestRun, stderr: string, exitCode: number | null): TestRun {
  const text = stderr.replace(/\r\n/g, '\n').trim()
  if (exitCode === 0 || run.failures.length > 0 || text === '') return run
  const lines = text.split('\n')
  return {
    ...run,
    failures: [
      ...run.failures,
      {
        package: null,
        test: null,
        kind: BUILD_LIKE.test(text) ? 'build' : 'log',
        excerpt: lines.slice(-20).join('\n'),
        output: text
      }
    ]
  }
}

export interface GoTestResult {
  run: TestRun
  code: number | null
  signal: string | null
  startError?: string
}

export interface GoTestOptions {
  cwd: string
  repoRoot: string
  /** Each chunk of the -json stream as it arrives (the action prints it as readable lines). */
  onStdout?: (chunk: Buffer) => void
  /** Each piece of stderr as it arrives, decoded. */
  onStderr?: (text: string) => void
  /** Parser events worth a live line (see formatLive). */
  onEvent?: ParserOptions['onEvent']
}

/**
 * Runs `go test -json <args>` in `cwd` and parses its output as it streams, for the action's go-test
 * mode and the CLI's `test`; each shows the output its own way through the callbacks.
 */
export async function runGoTest(
  host: Host,
  args: readonly string[],
  opts: GoTestOptions
): Promise<GoTestResult> {
  const layout = await discoverLayout(host, opts.repoRoot, opts.cwd)
  const parser = createParser({ layout, ...(opts.onEvent ? { onEvent: opts.onEvent } : {}) })
  parser.beginSource('go test -json')
  const child = host.spawnStream('go', ['test', '-json', ...args], { cwd: opts.cwd })
  const stderrTail = new TextTail()
  // Keeps a UTF-8 character that straddles two chunks whole.
  const stderrText = new StringDecoder('utf8')
  for await (const { stream, chunk } of child.output) {
    if (stream === 'stdout') {
      opts.onStdout?.(chunk)
      parser.push(chunk)
    } else {
      const text = stderrText.write(chunk)
      stderrTail.push(text)
      opts.onStderr?.(text)
    }
  }
  const exit = await child.exit
  return {
    // No location beats a wrong one: drop paths that are not files in the workspace.
    run: withGoCommandError(await verifyLocations(host, parser.end(), layout), String(stderrTail), exit.code),
    code: exit.code,
    signal: exit.signal,
    ...(exit.startError ? { startError: exit.startError } : {})
  }
}
