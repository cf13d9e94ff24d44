/**
 * What the renderers need beyond the JSON report: where links point, how the run went, the tuning
 * section and what the annotation budget left out. Built by the entry points (main/post, the CLI);
 * everything here is pure.
 */
import type { Report } from './model.js'
import {
  confidenceRank,
  severityRank,
  type Cause,
  type Conclusion,
  type Confidence,
  type Finding,
  type ReportFailure,
  type RunnerUp
} from '../core/model.js'

export interface LinkContext {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string
  /** The commit the run is for (GITHUB_SHA). */
  sha: string
  /** Base URL of the rule docs, ending in `/`; `<base><id>.md`. */
  docsBase: string
  /** Link to this workflow run, when known. */
  runUrl?: string
}

export type TuneStepStatus = 'planned' | 'applied' | 'restored' | 'failed' | 'skipped' | 'pending-restore'

export interface TuneStep {
  /** What the step changes, e.g. `fs.inotify.max_user_instances 128 -> 1024`. */
  title: string
  /** The exact command or setting, shown in a code span. */
  command?: string
  status: TuneStepStatus
  detail?: string
}

export interface TuneView {
  mode: 'off' | 'plan' | 'apply'
  steps: TuneStep[]
  /** Said instead of, or after, the steps (e.g. "remediation is not built yet"). */
  note?: string
}

export interface RuleInfo {
  title: string
  environmental: boolean
}

export type RunMode = 'go-test' | 'results' | 'preflight'

export interface RenderInput {
  report: Report
  mode: RunMode
  /** null outside Actions (CLI): no links. */
  links: LinkContext | null
  /** go test's exit code in `go-test` mode (null: killed or not started). */
  exitCode?: number | null
  /** Why the result may be incomplete (unreadable file, truncated input, missing results). */
  partial?: string[]
  tune?: TuneView
  /** Filled by the publisher after the annotation budget was applied. */
  annotations?: { emitted: number; notEmitted: number }
  rules?: Record<string, RuleInfo>
  /** Extra lines for the reader (features not built yet, fork PR...). Trusted text. */
  notes?: string[]
}

export interface CauseGroup {
  /** null: failures with no supported cause. */
  rule: string | null
  confidence: Confidence | null
  failures: ReportFailure[]
  /** Evidence and remedy of the group's cause (all in the group share the rule). */
  evidence: string[]
  remedy: string
  /** From the log alone: the other likely cause and the one check that tells them apart. */
  runnerUp?: RunnerUp
  /** Preflight findings that said the same before the tests ran. */
  explainedBy: string[]
}

/**
 * The cause a failure is grouped under: its own top cause, or, where the run as a whole says more
 * (`Report.conclusions`: the same EMFILE in several test processes, silent build failures beside ones
 * with a cause), the conclusion.
 */
function effectiveTop(f: ReportFailure, concluded: Conclusion | undefined): Cause | undefined {
  const own = f.causes[0]
  if (!concluded) return own
  if (own && confidenceRank(own.confidence) < confidenceRank(concluded.confidence)) return own
  const same = f.causes.find(c => c.rule === concluded.rule)
  return {
    rule: concluded.rule,
    confidence: concluded.confidence,
    evidence: [concluded.why, ...(same?.evidence ?? own?.evidence ?? [])],
    remedy: same?.remedy ?? '',
    ...(concluded.runnerUp ? { runnerUp: concluded.runnerUp } : {}),
    ...(same?.explainedBy ? { explainedBy: same.explainedBy } : {})
  }
}

/**
 * Groups failures by their most likely cause, with the run's conclusions applied. Order:
 * high-confidence causes first, then larger groups, then rule id; failures without a cause last.
 */
export function groupFailures(
  failures: readonly ReportFailure[],
  conclusions: readonly Conclusion[] = []
): CauseGroup[] {
  const concludedAt = new Map<number, Conclusion>()
  for (const c of conclusions) for (const i of c.failures) if (!concludedAt.has(i)) concludedAt.set(i, c)
  const byRule = new Map<string, CauseGroup>()
  const none: CauseGroup = {
    rule: null,
    confidence: null,
    failures: [],
    evidence: [],
    remedy: '',
    explainedBy: []
  }
  failures.forEach((f, i) => {
    const top = effectiveTop(f, concludedAt.get(i))
    if (!top) {
      none.failures.push(f)
      return
    }
    let g = byRule.get(top.rule)
    if (!g) {
      g = {
        rule: top.rule,
        confidence: top.confidence,
        failures: [],
        evidence: [],
        remedy: '',
        explainedBy: []
      }
      byRule.set(top.rule, g)
    }
    g.failures.push(f)
    if (confidenceRank(top.confidence) < confidenceRank(g.confidence)) g.confidence = top.confidence
    if (!g.remedy && top.remedy) g.remedy = top.remedy
    if (!g.runnerUp && top.runnerUp) g.runnerUp = top.runnerUp
    for (const e of top.explainedBy ?? [])
      if (!g.explainedBy.includes(e) && g.explainedBy.length < 4) g.explainedBy.push(e)
    for (const e of top.evidence) if (!g.evidence.includes(e) && g.evidence.length < 12) g.evidence.push(e)
  })
  // A group at medium or high has settled it: the runner-up of a low failure in it is moot.
  for (const g of byRule.values()) if (g.confidence !== 'low') delete g.runnerUp
  const groups = [...byRule.values()].sort(
    (a, b) =>
      confidenceRank(a.confidence) - confidenceRank(b.confidence) ||
      b.failures.length - a.failures.length ||
      (a.rule! < b.rule! ? -1 : 1)
  )
  if (none.failures.length > 0) groups.push(none)
  return groups
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

/** Findings at warning or above (the `findings` output). */
export const significantFindings = (findings: readonly Finding[]): Finding[] =>
  findings.filter(f => f.severity === 'error' || f.severity === 'warning')

/** A repository-relative path we are willing to link to: no absolute paths, no `..`. */
export function safeRelativePath(file: string | undefined): string | null {
  if (!file) return null
  const p = file.replace(/\\/g, '/').replace(/^\.\//, '')
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').some(s => s === '..' || s === '')) return null
  return p
}

/** `https://github.com/<repo>/blob/<sha>/<file>#L<line>`, or null when it cannot be built safely. */
export function sourceUrl(
  links: LinkContext | null,
  file: string | undefined,
  line: number | undefined
): string | null {
  const rel = safeRelativePath(file)
  if (!links || !rel || !links.repository || !links.sha) return null
  const path = rel.split('/').map(encodeURIComponent).join('/')
  const anchor = line && line > 0 ? `#L${Math.floor(line)}` : ''
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}${anchor}`
}

export function ruleDocUrl(links: LinkContext | null, rule: string): string | null {
  if (!links || !/^[a-z0-9][a-z0-9-]*$/.test(rule)) return null
  return `${links.docsBase}${rule}.md`
}

/**
 * Links from the runner's environment. The rule docs live in the action's own repository at the ref
 * the workflow used (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF, set for `uses: owner/repo@ref`);
 * for a local `uses: ./` they are in the repository under test at its commit.
 */
export function linksFromEnv(env: Readonly<Record<string, string | undefined>>): LinkContext | null {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const sha = env.GITHUB_SHA ?? ''
  if (!repository || !sha) return null
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const actionRepo = env.GITHUB_ACTION_REPOSITORY
  const actionRef = env.GITHUB_ACTION_REF
  const docsBase =
    actionRepo && actionRef
      ? `${serverUrl}/${actionRepo}/blob/${encodeURIComponent(actionRef)}/docs/rules/`
      : `${serverUrl}/${repository}/blob/${sha}/docs/rules/`
  const runId = env.GITHUB_RUN_ID
  const attempt = env.GITHUB_RUN_ATTEMPT
  const runUrl = runId
    ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
    : undefined
  return { serverUrl, repository, sha, docsBase, runUrl }
}

/** Rule ids attributed to failures (the `causes` output), most frequent first. */
export function causeIds(report: Report): string[] {
  return groupFailures(report.failures, report.conclusions)
    .map(g => g.rule)
    .filter((r): r is string => r !== null)
}

export function testLabel(f: ReportFailure): string {
  if (f.test) return f.test
  if (f.kind === 'build') return 'build failed'
  if (f.kind === 'log') return 'failure in the log'
  return `package ${f.kind === 'package' ? 'failed' : f.kind}`
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`
}
