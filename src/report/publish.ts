/**
 * The GitHub surfaces: the JSON report file, step outputs, the job summary, annotations and the
 * sticky PR comment. I/O goes through what is passed in (the toolkit's core, an Octokit, the Host),
 * so the decisions stay testable and the e2e test can run it against a local fake API.
 *
 * Never fails the step: a fork PR or a token without `pull-requests: write` (403 "Resource not
 * accessible by integration", actions/github-script#488) gives a notice and the summary still has
 * everything (reporting-anchors §1b, EnricoMi's fork handling).
 */
import { ellipsis, inertText } from './escape.js'
import type * as coreModule from '@actions/core'
import type { getOctokit } from '@actions/github'
import type { Host } from '../host/host.js'
import type { Report } from './model.js'
import {
  commentKeyOf,
  hasMarker,
  renderComment,
  renderResolvedComment,
  stickyMarker,
  type CommentIds
} from './render-comment.js'
import { PLAIN_VERDICT, verdict } from './render-markdown.js'
import { countsPhrase, findingCounts } from './findings.js'
import { failureCounts, failuresPhrase, plainTitle, testLabel } from './text.js'
import { renderSummary } from './render-summary.js'
import { toAnnotations, type AnnotationPlan } from './to-annotations.js'
import { groupFailures } from '../diagnose/group.js'
import type { RenderInput } from './view.js'

export type Core = Pick<
  typeof coreModule,
  'info' | 'notice' | 'warning' | 'error' | 'debug' | 'setOutput' | 'summary' | 'startGroup' | 'endGroup'
>
export type Octokit = ReturnType<typeof getOctokit>

/**
 * Where the JSON report goes: RUNNER_TEMP/go-env-guard/report-<step id>.json (TMPDIR or /tmp outside
 * Actions). The step id keeps two uses of the action in one job (or two at once) from overwriting each
 * other's report; without one the name is `name` as given.
 */
export function reportPath(
  env: Readonly<Record<string, string | undefined>>,
  name = 'report.json',
  stepId?: string | null
): string {
  const base = (env.RUNNER_TEMP || env.TMPDIR || '/tmp').replace(/\/+$/, '')
  const file = stepId && /^[0-9a-f]{1,64}$/.test(stepId) ? name.replace(/(\.json)?$/, `-${stepId}$1`) : name
  return `${base}/go-env-guard/${file}`
}

export async function writeReport(host: Host, report: Report, path: string): Promise<void> {
  await host.mkdir(path.replace(/\/[^/]*$/, '') || '/')
  await host.writeFile(path, JSON.stringify(report, null, 2) + '\n')
}

/**
 * The step outputs. `failed-tests` counts failures of a named test (failureCounts, the same number the
 * headline gives); `preflightOnly` (main in results mode, before the tests ran) sets only what is known.
 */
export function setOutputs(core: Core, report: Report, path: string, preflightOnly = false): void {
  core.setOutput('report', path)
  core.setOutput('findings', String(findingCounts(report.findings).significant))
  if (preflightOnly) return
  core.setOutput('causes', causeIds(report).join(','))
  core.setOutput('failed-tests', String(failureCounts(report.failures).tests))
}

/**
 * What the step log says before the annotations: one verdict line, then one short line per cause
 * (most likely first) and the findings' count. Plain text; made inert by the caller.
 */
export function verdictLines(input: RenderInput, max = 8): string[] {
  const out = [`go-env-guard: ${verdict(input, PLAIN_VERDICT)}`]
  const groups = groupFailures(input.report.failures, input.report.conclusions)
  for (const g of groups.slice(0, max)) {
    const names = g.failures.slice(0, 3).map(testLabel).join(', ')
    const more = g.failures.length > 3 ? ` and ${g.failures.length - 3} more` : ''
    const title = g.rule ? plainTitle(input.rules?.[g.rule]?.title ?? g.rule) : ''
    out.push(
      g.rule
        ? `  ${g.rule} (${g.confidence}): ${title}; ${failuresPhrase(g.failures)}: ${names}${more}`
        : `  not linked to the environment: ${failuresPhrase(g.failures)}: ${names}${more}`
    )
  }
  if (groups.length > max) out.push(`  … and ${groups.length - max} more causes (see the job summary)`)
  const c = findingCounts(input.report.findings)
  if (c.all) out.push(`  preflight findings: ${countsPhrase(c)}`)
  return out.map(l => ellipsis(l, 400))
}

/** The sticky comment's ids from the runner's variables and the `comment-key` input. */
export function commentIds(
  env: Readonly<Record<string, string | undefined>>,
  key: string | undefined
): CommentIds {
  return { workflow: env.GITHUB_WORKFLOW ?? '', job: env.GITHUB_JOB ?? '', key: commentKeyOf(key) }
}

export function emitAnnotations(core: Core, plan: AnnotationPlan): void {
  for (const a of plan.annotations) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {})
    }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

/** Writes the step summary; returns false (with a debug line) when the runner has no summary file. */
export async function writeSummary(
  core: Core,
  env: Readonly<Record<string, string | undefined>>,
  markdown: string
): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return false
  }
  await core.summary.addRaw(markdown, true).write()
  core.summary.emptyBuffer()
  return true
}

// ---- the sticky comment ----------------------------------------------------------------------

export interface PullRequestContext {
  owner: string
  repo: string
  number: number
  /** head repository differs from the base: GITHUB_TOKEN is read-only there. */
  fork: boolean
}

/** The pull request of the triggering event, from the event payload (GITHUB_EVENT_PATH). */
export function pullRequestFromEvent(
  payload: unknown,
  repository: string | undefined
): PullRequestContext | null {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request as
    | {
        number?: unknown
        head?: { repo?: { full_name?: string } | null }
        base?: { repo?: { full_name?: string } }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number') return null
  const base = pr.base?.repo?.full_name ?? repository ?? ''
  const [owner, repo] = base.split('/')
  if (!owner || !repo) return null
  const head = pr.head?.repo?.full_name
  return { owner, repo, number: pr.number, fork: !head || head.toLowerCase() !== base.toLowerCase() }
}

export async function readEvent(host: Host): Promise<unknown> {
  const path = host.env.GITHUB_EVENT_PATH
  if (!path) return null
  try {
    return JSON.parse(await host.readFile(path, 25 * 1024 * 1024))
  } catch {
    return null
  }
}

export type CommentMode = 'auto' | 'always' | 'never'

export interface CommentOutcome {
  action: 'created' | 'updated' | 'resolved' | 'skipped' | 'failed'
  reason: string
  commentId?: number
}

interface ApiError {
  status?: number
  message?: string
}

const isPermissionError = (e: unknown): boolean => {
  const err = e as ApiError
  return err?.status === 403 || /Resource not accessible by integration/i.test(err?.message ?? '')
}

/**
 * Who we are. A personal token can ask GET /user; an installation token (GITHUB_TOKEN, GitHub Apps)
 * gets 403 there, and its comments are authored by a Bot account (`github-actions[bot]` for
 * GITHUB_TOKEN, `<app>[bot]` for an App). So: an exact login when /user answers, else "a Bot".
 */
export async function commentIdentity(octokit: Octokit): Promise<{ login: string } | { bot: true }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    if (data?.login) return { login: data.login }
  } catch {
    // Installation tokens cannot read /user; fall through.
  }
  return { bot: true }
}

interface IssueComment {
  id: number
  body?: string | null
  user?: { login?: string; type?: string } | null
}

export async function findStickyComment(
  octokit: Octokit,
  pr: PullRequestContext,
  marker: string,
  identity: { login: string } | { bot: true }
): Promise<IssueComment | null> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  })) as IssueComment[]
  const mine = comments.filter(c => {
    if (!hasMarker(c.body, marker)) return false
    if ('login' in identity) return c.user?.login === identity.login
    return c.user?.type === 'Bot' && (c.user.login ?? '').endsWith('[bot]')
  })
  return mine[0] ?? null
}

export interface CommentRequest {
  mode: CommentMode
  pr: PullRequestContext | null
  input: RenderInput
  ids: CommentIds
  /** Something worth a comment: failures after a test run; findings at warning or above in preflight mode. */
  somethingToSay: boolean
}

export async function publishComment(
  core: Core,
  octokit: Octokit | null,
  req: CommentRequest
): Promise<CommentOutcome> {
  if (req.mode === 'never') return { action: 'skipped', reason: 'comment: never' }
  if (!req.pr) return { action: 'skipped', reason: 'not a pull request event' }
  if (req.pr.fork) {
    core.notice(
      'go-env-guard: this pull request comes from a fork, where the token is read-only; the report is in the job summary instead of a PR comment.'
    )
    return { action: 'skipped', reason: 'fork pull request' }
  }
  if (!octokit) {
    core.notice('go-env-guard: no github-token, so no PR comment; the report is in the job summary.')
    return { action: 'skipped', reason: 'no token' }
  }
  const marker = stickyMarker(req.ids.workflow, req.ids.job, req.ids.key ?? '')
  try {
    const identity = await commentIdentity(octokit)
    const existing = await findStickyComment(octokit, req.pr, marker, identity)
    let body: string
    let action: CommentOutcome['action']
    if (req.somethingToSay) {
      body = renderComment(req.input, req.ids).markdown
      action = existing ? 'updated' : 'created'
    } else if (existing || req.mode === 'always') {
      body = renderResolvedComment(req.input, req.ids)
      action = existing ? 'resolved' : 'created'
    } else {
      return { action: 'skipped', reason: 'nothing to report and no earlier comment' }
    }
    if (existing) {
      if (existing.body === body) return { action, reason: 'unchanged', commentId: existing.id }
      await octokit.rest.issues.updateComment({
        owner: req.pr.owner,
        repo: req.pr.repo,
        comment_id: existing.id,
        body
      })
      return { action, reason: `updated comment ${existing.id}`, commentId: existing.id }
    }
    const { data } = await octokit.rest.issues.createComment({
      owner: req.pr.owner,
      repo: req.pr.repo,
      issue_number: req.pr.number,
      body
    })
    return { action, reason: `created comment ${data.id}`, commentId: data.id }
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e)
    if (isPermissionError(e)) {
      core.notice(
        `go-env-guard: cannot comment on the pull request (${msg}). Give the job \`permissions: pull-requests: write\`; the report is in the job summary.`
      )
    } else {
      core.warning(`go-env-guard: the PR comment failed (${msg}); the report is in the job summary.`)
    }
    return { action: 'failed', reason: msg }
  }
}

// ---- everything at once ------------------------------------------------------------------------

export interface PublishRequest {
  host: Host
  core: Core
  octokit: Octokit | null
  input: RenderInput
  commentMode: CommentMode
  reportFile: string
  /** The sticky comment's extra key (the `comment-key` input: the matrix leg). */
  commentKey?: string
}

export interface PublishResult {
  annotations: AnnotationPlan
  summaryWritten: boolean
  comment: CommentOutcome
}

export async function publishAll(req: PublishRequest): Promise<PublishResult> {
  const { host, core, input } = req
  await writeReport(host, input.report, req.reportFile).catch(e =>
    core.warning(
      `go-env-guard: could not write the JSON report to ${req.reportFile}: ${(e as Error).message}`
    )
  )
  setOutputs(core, input.report, req.reportFile)
  core.info(inertText(verdictLines(input).join('\n')))
  const plan = toAnnotations({
    failures: input.report.failures,
    findings: input.report.findings,
    links: input.links,
    rules: input.rules
  })
  emitAnnotations(core, plan)
  const withCounts: RenderInput = {
    ...input,
    annotations: { emitted: plan.annotations.length, notEmitted: plan.notEmitted }
  }
  let summaryWritten = false
  try {
    summaryWritten = await writeSummary(core, host.env, renderSummary(withCounts).markdown)
  } catch (e) {
    core.warning(`go-env-guard: could not write the job summary: ${(e as Error).message}`)
  }
  const pr = pullRequestFromEvent(await readEvent(host), host.env.GITHUB_REPOSITORY)
  // After a test run the comment is about failing tests (the runner's standing warnings alone would
  // keep a comment on every PR); in preflight-only mode it is about the findings.
  const something =
    input.mode === 'preflight'
      ? findingCounts(input.report.findings).significant > 0
      : input.report.failures.length > 0
  const comment = await publishComment(core, req.octokit, {
    mode: req.commentMode,
    pr,
    input: withCounts,
    ids: commentIds(host.env, req.commentKey),
    somethingToSay: something
  })
  core.info(inertText(`go-env-guard: PR comment ${comment.action} (${comment.reason})`))

  return { annotations: plan, summaryWritten, comment }
}

/** Rule ids attributed to failures (the `causes` output), most frequent first. */
export function causeIds(report: Report): string[] {
  return groupFailures(report.failures, report.conclusions)
    .map(g => g.rule)
    .filter((r): r is string => r !== null)
}
