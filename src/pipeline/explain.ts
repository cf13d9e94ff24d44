/**
 * Saved or streamed `go test` output -> parse -> diagnose -> report: what `explain`, `test`, the action's
 * go-test mode and its post step share (the preflight half is ./preflight.ts, the go command ./go-test.ts).
 */
import { createDiagnoser, diagnose } from '../diagnose/diagnose.js'
import { DOCKER_EXPLAINS } from '../dockerlint/index.js'
import type { Facts } from '../facts/types.js'
import type { Failure, TestRun } from '../gotest/model.js'
import { createParser, discoverLayout, feedFiles, locationVerifier, parseFiles } from '../gotest/index.js'
import type { InputFile, SourceLayout } from '../gotest/index.js'
import type { Host } from '../host/host.js'
import { findRepoRoot } from '../probes/repo-root.js'
import { assembleReport } from './preflight.js'
import { ReportJsonWriter } from '../report/json.js'
import type { Report } from '../report/model.js'
import type { Finding, ReportFailure } from '../core/model.js'

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
