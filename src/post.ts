/**
 * The action's post step (runs with `post-if: always()`): in `results` mode it diagnoses the saved
 * `go test` output of the user's own test step and publishes the report; with `tune: apply` it puts
 * changed values back. It never fails the job: every problem is a warning (checkout's cleanup, cache's
 * saveImpl do the same), because the step that failed is the user's, not ours.
 */
import * as core from '@actions/core'
import { posix } from 'node:path'
import { discoverFiles } from './dockerlint/discover.js'
import type { Facts } from './facts/types.js'
import type { Host } from './host/host.js'
import { NodeHost } from './host/node-host.js'
import { installRejectionHandler, octokitFor } from './main.js'
import { explainFiles } from './pipeline.js'
import { probeCounters } from './probes/index.js'
import type { Finding, Report } from './report/model.js'
import { restoreInPost } from './remediate/action.js'
import { publishAll, reportPath } from './report/publish.js'
import { defaultRuleInfo } from './report/render-terminal.js'
import { linksFromEnv } from './report/view.js'
import { readSettings } from './settings.js'
import { oneLine } from './remediate/oneline.js'
import { loadState, loadTuneRecord } from './state.js'

const GLOB_META = /[*?[\]{}]/

/**
 * Files named by the `results` input: literal paths as given (relative to the step's directory), and
 * globs walked from their literal prefix without following symlinked directories out of it.
 */
export async function resolveResults(
  host: Host,
  patterns: readonly string[]
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  for (const pattern of patterns) {
    if (!GLOB_META.test(pattern)) {
      const ok = await host.lstat(pattern).then(
        s => s.kind === 'file' || s.kind === 'symlink',
        () => false
      )
      if (ok) files.push(pattern)
      else missing.push(pattern)
      continue
    }
    const segs = pattern.split('/')
    const idx = segs.findIndex(s => GLOB_META.test(s))
    const prefix = segs.slice(0, idx).join('/') || (pattern.startsWith('/') ? '/' : '.')
    const rest = segs.slice(idx).join('/')
    const found = await discoverFiles(host, prefix, [rest], { maxFiles: 1000 }).catch(() => null)
    const matched = found?.files ?? []
    if (matched.length === 0) missing.push(pattern)
    for (const f of matched) files.push(posix.join(prefix, f.path))
  }
  return { files: [...new Set(files)], missing }
}

async function readMainReport(
  host: Host,
  path: string | null
): Promise<{ facts: Facts | null; findings: Finding[] }> {
  if (!path) return { facts: null, findings: [] }
  try {
    const r = JSON.parse(await host.readFile(path, 64 * 1024 * 1024)) as Report
    const facts = r.facts && 'system' in r.facts ? (r.facts as Facts) : null
    return { facts, findings: Array.isArray(r.findings) ? r.findings : [] }
  } catch (e) {
    core.warning(`go-env-guard: could not read the main step's report ${path}: ${(e as Error).message}`)
    return { facts: null, findings: [] }
  }
}

export async function post(): Promise<void> {
  installRejectionHandler(e =>
    core.warning(`go-env-guard post: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
  )
  try {
    const { state, error } = loadState()
    // --- tune restore (src/remediate/action.ts, issue 7): first, and even without the rest of the saved
    // state (main may have died after changing a sysctl). ---
    let restoreSetting = true
    try {
      restoreSetting = readSettings().restore
    } catch {
      /* a bad input was reported by main; restoring is the safe default */
    }
    // The tune record is saved on its own, before main's first change: post finds it even when main died
    // before saving the rest.
    const restored = await restoreInPost(new NodeHost(), loadTuneRecord(), { restore: restoreSetting })
    for (const w of restored.warnings) core.warning(`go-env-guard: ${oneLine(w)}`)
    if (restored.log.length)
      core.info(['go-env-guard tune restore:', ...restored.log.map(oneLine)].join('\n'))
    // --- end tune restore ---
    if (!state) {
      core.info(`go-env-guard post: nothing to do (${error})`)
      return
    }
    if (state.mode !== 'results') return

    const settings = readSettings()
    const host = new NodeHost()
    const main = await readMainReport(host, state.reportPath)
    const { files, missing } = await resolveResults(host, state.results)
    for (const m of missing)
      core.notice(`go-env-guard: results: nothing matches "${m}" (did the test step write it?)`)
    let facts = main.facts
    if (facts) {
      const after = await probeCounters(host, facts.cgroup).catch(() => null)
      facts = {
        ...facts,
        counters: {
          ...(state.countersBefore ? { before: state.countersBefore } : {}),
          ...(after ? { after } : {})
        }
      }
    }
    const { report, run } = await explainFiles(host, files, {
      dir: state.workingDirectory,
      facts,
      findings: main.findings
    })
    const partial = [...run.partial, ...missing.map(m => `no results file matches "${m}"`)]
    await publishAll({
      host,
      core,
      octokit: octokitFor(settings),
      input: {
        report,
        mode: 'results',
        links: linksFromEnv(host.env),
        rules: defaultRuleInfo(),
        partial,
        tune: restored.view // tune: issue 7
      },
      commentMode: settings.comment,
      annotate: true,
      comment: true,
      reportFile: reportPath(host.env, 'report.json', state.stepId)
    })
  } catch (e) {
    core.warning(`go-env-guard post: ${e instanceof Error ? e.message : String(e)}`)
  }
}

void post()
