/**
 * The action's main step: settings -> probe and lint (preflight) -> optionally run `go test -json`
 * with live, grouped, inert log output -> diagnose -> report (JSON file, outputs, annotations,
 * summary, sticky comment). The step fails exactly when go test fails, or when `fail-on` is met.
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import type { CounterSnapshot, Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import { workspaceJail } from '../host/jail.js'
import { NodeHost } from '../host/node-host.js'
import { posix } from 'node:path'
import { explainRun } from '../pipeline/explain.js'
import { assembleReport, runPreflight, withGoProbe, type PreflightResult } from '../pipeline/preflight.js'
import { runGoTest, type GoTestResult } from '../pipeline/go-test.js'
import { probeCounters, withCountersNow } from '../probes/index.js'
import { LiveLog } from '../report/live-log.js'
import type { Report } from '../report/model.js'
import { failOnMet, type Finding } from '../core/model.js'
import { inertText } from '../report/escape.js'
import { publishAll, reportPath, setOutputs, writeReport, writeSummary } from '../report/publish.js'
import { countsPhrase, findingCounts, trippedBy } from '../report/findings.js'
import { defaultRuleInfo } from '../report/view.js'
import type { RenderInput, RunMode } from '../report/view.js'
import { linksFromEnv } from '../report/links.js'
import { tuneInMain } from '../remediate/action.js'
import { readSettings, type Settings } from './settings.js'
import { installRejectionHandler, internalError, octokitFor } from './toolkit.js'
import { oneLine } from '../remediate/oneline.js'
import { newStepId, saveState, saveTuneRecord } from './step-state.js'

const token = (): string => randomBytes(16).toString('hex')

/** Runs go test with the action's live log: readable lines grouped per package, stderr kept inert. */
export async function runGoTestLive(
  host: Host,
  args: readonly string[],
  opts: { cwd: string; repoRoot: string; write: (text: string) => void }
): Promise<GoTestResult> {
  const live = new LiveLog({ token })
  let stderr = ''
  const flushStderr = (): void => {
    if (stderr) opts.write(live.wrap(stderr))
    stderr = ''
  }
  const result = await runGoTest(host, args, {
    cwd: opts.cwd,
    repoRoot: opts.repoRoot,
    // The lines the parser reads, as it reads them: the live log parses nothing again.
    onLine: l => {
      const out = live.line(l)
      if (out) opts.write(out)
    },
    onStderr: text => {
      stderr += text
      // Flush at line boundaries so a stderr line is not split across two blocks.
      if (stderr.length > 64 * 1024 || stderr.endsWith('\n')) flushStderr()
    }
  })
  const out = live.end()
  if (out) opts.write(out)
  flushStderr()
  return result
}

export async function run(): Promise<void> {
  let settings: Settings | null = null
  installRejectionHandler(e => internalError(settings, 'unexpected error', e))
  try {
    settings = readSettings()
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e))
    return
  }
  const host = new NodeHost()
  // The working directory is where go test runs and the lint starts: it must be a directory whose
  // real path stays in the workspace (`../../..` or a symlink to / would lint and annotate the machine).
  const wd = await (await workspaceJail(host, posix.resolve('.'))).admit(settings.workingDirectory, 'dir')
  if (!wd.ok) {
    core.setFailed(`Input 'working-directory': ${wd.reason}`)
    return
  }
  // This step's own name: two uses of the action in one job (or at once) never share a file.
  const stepId = newStepId(host.env)
  const mode: RunMode = settings.goTest ? 'go-test' : settings.results.length ? 'results' : 'preflight'
  const notes: string[] = []

  let facts: Facts | null = null
  let findings: Finding[] = []
  let repoRoot = host.env.GITHUB_WORKSPACE || '.'
  // In go-test mode the Go runtime probe runs after the tests: their build fills GOCACHE with the
  // standard library, which on a fresh runner the probe would otherwise compile first (8-13 s).
  const probeAfterTests = mode === 'go-test' && settings.goProbe === 'auto'
  let pre: PreflightResult | null = null
  try {
    // No group: the probes print nothing, and an empty group is noise. One line says what was found.
    const started = Date.now()
    pre = await runPreflight(host, {
      dir: settings.workingDirectory,
      goProbe: probeAfterTests ? 'off' : settings.goProbe,
      dockerfiles: settings.dockerfiles
    })
    facts = pre.facts
    findings = pre.findings
    repoRoot = pre.repoRoot
    core.info(
      inertText(
        `go-env-guard: probed this runner in ${((Date.now() - started) / 1000).toFixed(1)} s: preflight findings: ${countsPhrase(findingCounts(findings))}`
      )
    )
  } catch (e) {
    internalError(settings, 'preflight failed', e)
    notes.push('The runner could not be probed; see the log. Diagnosis used the test output alone.')
  }

  // Tuning (src/remediate/action.ts): plan, or apply before the tests run; post restores.
  const tuned = await tuneInMain(host, {
    mode: settings.tune,
    restore: settings.restore,
    facts,
    findings,
    stepId,
    macKey: randomBytes(32).toString('hex'),
    save: saveTuneRecord
  })
  for (const w of tuned.warnings) core.warning(`go-env-guard: ${oneLine(w)}`)
  if (tuned.log.length) {
    // The plan is for reading when wanted, not on every run's screen: folded.
    core.startGroup(`go-env-guard: tuning ${settings.tune === 'apply' ? 'applied' : 'plan'}`)
    core.info(inertText(tuned.log.map(oneLine).join('\n')))
    core.endGroup()
  }
  // The variables went to GITHUB_ENV for later steps; the action's own `go test` child needs them now.
  Object.assign(process.env, tuned.env)

  let before: CounterSnapshot | null = null
  if (facts && mode !== 'preflight') before = await probeCounters(host, facts.cgroup)

  const links = linksFromEnv(host.env)
  const rules = defaultRuleInfo()
  const base = {
    mode,
    links,
    rules,
    notes,
    tune: tuned.view,
    factsSource: facts
      ? ({ kind: 'runner' } as const)
      : ({ kind: 'none', why: 'The runner could not be probed.' } as const)
  }
  let goFailed: string | null = null
  let input: RenderInput

  if (mode === 'go-test') {
    let result: GoTestResult
    try {
      result = await runGoTestLive(host, settings.goTest!, {
        cwd: settings.workingDirectory,
        repoRoot,
        // LiveLog's text is made inert line by line (headers) and in stop-commands blocks (output).
        // eslint-disable-next-line no-restricted-syntax
        write: t => process.stdout.write(t)
      })
    } catch (e) {
      core.setFailed(`go-env-guard: could not run go test: ${e instanceof Error ? e.message : String(e)}`)
      return
    }
    notes.push(...result.notes)
    if (result.startError)
      goFailed = `could not start go test (${result.startError}); is Go installed and on PATH?`
    else if (result.code !== 0)
      goFailed = `go test failed (${result.code === null ? `killed by ${result.signal}` : `exit code ${result.code}`})`
    if (facts) facts = await withCountersNow(host, facts, before)
    // After the counters: the probe's own processes must not count in what the tests did.
    if (probeAfterTests && pre !== null) {
      const started = Date.now()
      try {
        const full = await withGoProbe(host, pre, settings.workingDirectory)
        facts = facts ? { ...facts, goProbe: full.facts.goProbe } : facts
        findings = full.findings
      } catch (e) {
        internalError(settings, 'the Go runtime probe failed', e)
      }
      core.info(
        inertText(
          `go-env-guard: Go runtime probe after the tests in ${((Date.now() - started) / 1000).toFixed(1)} s: preflight findings: ${countsPhrase(findingCounts(findings))}`
        )
      )
    }
    let report: Report
    try {
      report = explainRun(result.run, facts, findings).report
    } catch (e) {
      internalError(settings, 'diagnosis failed', e)
      report = assembleReport({ facts, findings, totals: result.run.totals })
    }
    input = { ...base, report, partial: result.run.partial, exitCode: result.startError ? null : result.code }
  } else {
    input = {
      ...base,
      report: assembleReport({ facts, findings }),
      ...(mode === 'results'
        ? { notes: [...notes, 'Test results are diagnosed in the post step, after your test step has run.'] }
        : {})
    }
  }
  // In results mode the post step diagnoses the tests and writes the one report: its summary, its
  // annotations, its outputs and the comment. This step writes the preflight JSON (post reads its facts
  // and findings back) and a short note, so the job summary does not hold the same findings twice.
  const reportFile = reportPath(host.env, mode === 'results' ? 'preflight.json' : 'report.json', stepId)
  if (mode === 'results') {
    await writeReport(host, input.report, reportFile).catch(e =>
      internalError(settings, 'writing the preflight report failed', e)
    )
    setOutputs(core, input.report, reportFile, true)
    const c = findingCounts(findings)
    core.info(
      inertText(
        `go-env-guard: preflight findings: ${countsPhrase(c)}; the diagnosis, annotations and outputs come from the post step, after your test step.`
      )
    )
    await writeSummary(
      core,
      host.env,
      [
        '## go-env-guard: preflight',
        '',
        `The runner was probed before your tests: preflight findings: ${countsPhrase(c)}. The report (failures, causes, findings, facts) is written by the post step, at the end of the job.`,
        ''
      ].join('\n')
    ).catch(e => internalError(settings, 'writing the job summary failed', e))
  } else {
    await publishAll({
      host,
      core,
      octokit: octokitFor(settings),
      input,
      commentMode: settings.comment,
      reportFile,
      commentKey: settings.commentKey
    }).catch(e => internalError(settings, 'publishing the report failed', e))
  }

  saveState({
    version: 1,
    mode,
    reportPath: reportFile,
    countersBefore: before,
    results: settings.results,
    workingDirectory: settings.workingDirectory,
    stepId // the tune record is saved on its own, see saveTuneRecord
  })

  if (goFailed) core.setFailed(goFailed)
  if (failOnMet(settings.failOn, findings)) {
    core.setFailed(
      `go-env-guard: fail-on: ${settings.failOn} is met by ${trippedBy(settings.failOn, findings)}`
    )
  }
}
