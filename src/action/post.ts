/**
 * The action's post step (runs with `post-if: always()`): in `results` mode it diagnoses the saved
 * `go test` output of the user's own test step and publishes the report; with `tune: apply` it puts
 * changed values back. It never fails the job: every problem is a warning (checkout's cleanup, cache's
 * saveImpl do the same), because the step that failed is the user's, not ours.
 */
import * as core from '@actions/core'
import { posix } from 'node:path'
import { discoverFiles } from '../dockerlint/discover.js'
import type { InputFile } from '../gotest/index.js'
import { workspaceJail, type Jail } from '../host/jail.js'
import type { Host } from '../host/host.js'
import { NodeHost } from '../host/node-host.js'
import { explainFiles } from '../pipeline/explain.js'
import { withCountersNow } from '../probes/index.js'
import { restoreInPost } from '../remediate/action.js'
import { inertText } from '../report/escape.js'
import { publishAll, reportPath } from '../report/publish.js'
import { defaultRuleInfo } from '../report/view.js'
import { linksFromEnv } from '../report/links.js'
import { readSettings, type Settings } from './settings.js'
import { oneLine } from '../remediate/oneline.js'
import { loadMainPreflight, loadState, loadTuneRecord } from './step-state.js'
import { installRejectionHandler, octokitFor } from './toolkit.js'

const MAX_RESULT_FILES = 1000
const GLOB_META = /[*?[\]{}]/

export interface ResolvedResults {
  /** Files to read: real paths the jail admitted, named as the pattern named them. */
  files: InputFile[]
  /** Patterns that matched nothing. */
  missing: string[]
  /** Paths that exist but were not read, with the reason (outside the workspace, .git, not a file). */
  refused: string[]
}

/**
 * Files named by the `results` input, relative to the workspace (GITHUB_WORKSPACE, where the post step
 * runs), not to `working-directory`: literal paths, and globs walked from
 * their literal prefix. Every path, the glob's prefix included, must pass the workspace jail.
 */
export async function resolveResults(
  host: Host,
  patterns: readonly string[],
  jail: Jail
): Promise<ResolvedResults> {
  const files: InputFile[] = []
  const missing: string[] = []
  const refused: string[] = []
  const seen = new Set<string>()
  const take = (real: string, name: string, st: { dev: number; ino: number }): void => {
    if (seen.has(real) || files.length >= MAX_RESULT_FILES) return
    seen.add(real)
    files.push({ path: real, name, expect: { dev: st.dev, ino: st.ino } })
  }
  for (const pattern of patterns) {
    if (!GLOB_META.test(pattern)) {
      const a = await jail.admit(pattern, 'file')
      if (a.ok) take(a.real, pattern, a.stat)
      else if (a.code === 'ENOENT') missing.push(pattern)
      else refused.push(a.reason)
      continue
    }
    const segs = pattern.split('/')
    const idx = segs.findIndex(s => GLOB_META.test(s))
    const prefix = segs.slice(0, idx).join('/') || (pattern.startsWith('/') ? '/' : '.')
    const rest = segs.slice(idx).join('/')
    const dir = await jail.admit(prefix, 'dir')
    if (!dir.ok) {
      if (dir.code === 'ENOENT') missing.push(pattern)
      else refused.push(`${pattern}: ${dir.reason}`)
      continue
    }
    const found = await discoverFiles(host, dir.real, [rest], { maxFiles: MAX_RESULT_FILES })
    for (const e of found.errors) refused.push(`${pattern}: ${e.message}`)
    if (found.files.length === 0 && found.errors.length === 0) missing.push(pattern)
    for (const f of found.files) {
      const name = prefix === '.' ? f.path : posix.join(prefix, f.path)
      const a = await jail.admit(posix.join(dir.real, f.path), 'file')
      if (a.ok) take(a.real, name, a.stat)
      else refused.push(a.reason.replace(posix.join(dir.real, f.path), name))
    }
  }
  return { files, missing, refused }
}

/**
 * The post step's whole budget. Every read it makes is bounded (result files are admitted as regular
 * files and opened without blocking, kernel files are read synchronously), but a read that blocks in
 * the kernel all the same (a hung network file system) must not hold the job until its timeout (six
 * hours by default): past this, the step warns and ends. Unref'd, so it never keeps a finished step alive.
 */
export const POST_BUDGET_MS = 10 * 60 * 1000

export function postWatchdog(ms: number, onExpire: () => void): { cancel(): void } {
  const t = setTimeout(onExpire, ms)
  t.unref()
  return { cancel: () => clearTimeout(t) }
}

export async function post(): Promise<void> {
  installRejectionHandler(e =>
    core.warning(`go-env-guard post: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
  )
  const watchdog = postWatchdog(POST_BUDGET_MS, () => {
    core.warning(
      `go-env-guard post: gave up after ${POST_BUDGET_MS / 60000} minutes (a read did not return); no report from this step`
    )
    process.exit(0)
  })
  try {
    await postSteps()
  } finally {
    watchdog.cancel()
  }
}

async function postSteps(): Promise<void> {
  try {
    const { state, error } = loadState()
    // Tuning restore (src/remediate/action.ts) first, and even without the rest of the saved state (main
    // may have died after changing a sysctl).
    let settings: Settings | null = null
    try {
      settings = readSettings()
    } catch {
      /* a bad input was reported by main; restoring is the safe default */
    }
    // The tune record is saved on its own, before main's first change: post finds it even when main died
    // before saving the rest.
    const restored = await restoreInPost(new NodeHost(), loadTuneRecord(), {
      restore: settings?.restore ?? true
    })
    for (const w of restored.warnings) core.warning(`go-env-guard: ${oneLine(w)}`)
    if (restored.log.length)
      core.info(inertText(['go-env-guard tune restore:', ...restored.log.map(oneLine)].join('\n')))
    if (!state) {
      core.info(inertText(`go-env-guard post: nothing to do (${error})`))
      return
    }
    if (state.mode !== 'results') return

    // A bad input (main reported it) ends the results part here, as it always did: read again to throw.
    settings ??= readSettings()
    const host = new NodeHost()
    const main = await loadMainPreflight(host, state.reportPath)
    if (main.error) core.warning(`go-env-guard: ${main.error}`)
    // RUNNER_TEMP is not a root here: it holds other steps' files (GITHUB_ENV, GITHUB_OUTPUT).
    const jail = await workspaceJail(host, posix.resolve('.'))
    const { files, missing, refused } = await resolveResults(host, state.results, jail)
    for (const m of missing)
      core.notice(`go-env-guard: results: nothing matches "${m}" (did the test step write it?)`)
    for (const r of refused) core.warning(`go-env-guard: results: not read: ${r}`)
    const facts = main.facts && (await withCountersNow(host, main.facts, state.countersBefore))
    const { report, run } = await explainFiles(host, files, {
      dir: state.workingDirectory,
      facts,
      findings: main.findings
    })
    for (const u of run.unusable ?? []) core.warning(`go-env-guard: results: ${u.reason}`)
    const partial = [
      ...run.partial,
      ...missing.map(m => `no results file matches "${m}"`),
      ...refused.map(r => `not read: ${r} (results are read only inside the workspace, never from .git/)`)
    ]
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
        tune: restored.view,
        // The facts main recorded on this runner before the tests: never this step's own, probed after.
        factsSource: facts
          ? { kind: 'main-step' }
          : {
              kind: 'none',
              why: "The main step's facts could not be read; the diagnosis rests on the test output alone."
            }
      },
      commentMode: settings.comment,
      reportFile: reportPath(host.env, 'report.json', state.stepId),
      commentKey: settings.commentKey
    })
  } catch (e) {
    core.warning(`go-env-guard post: ${e instanceof Error ? e.message : String(e)}`)
  }
}
