/**
 * The sticky PR comment. The body starts with a hidden marker naming the workflow and job, so each
 * job keeps exactly one comment and a later clean run can mark it resolved. GitHub rejects bodies
 * over 65,536 characters ("Body is too long (maximum is 65536 characters)"; danger/danger#424), so
 * the same stepwise degradation as the summary applies, counted in characters.
 */
import { md, mdCode } from './escape.js'
import { fitMarkdown, verdict, type RenderedMarkdown } from './render-markdown.js'
import type { RenderInput } from './view.js'

export const COMMENT_MAX_CHARS = 65_536

/** Encoded so that a workflow or job name cannot end the HTML comment or fake another marker. */
const enc = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D')

export function stickyMarker(workflow: string, job: string): string {
  return `<!-- go-env-guard:sticky workflow=${enc(workflow)} job=${enc(job)} -->`
}

/** Whether a comment body is ours for this workflow and job: the marker must open the body. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.startsWith(marker)
}

export function renderComment(
  input: RenderInput,
  ids: { workflow: string; job: string },
  opts: { maxChars?: number } = {}
): RenderedMarkdown {
  const marker = stickyMarker(ids.workflow, ids.job)
  return fitMarkdown(input, [marker, '## go-env-guard', '', verdict(input), ''], {
    max: (opts.maxChars ?? COMMENT_MAX_CHARS) - 16,
    size: text => text.length,
    perChar: 1,
    margin: 8,
    name: "GitHub's 65,536-character comment limit",
    cutShort: 'the comment was cut short',
    keep: [marker, '## go-env-guard', '']
  })
}

/** The body that replaces our comment when a later run of the same job is clean. */
export function renderResolvedComment(input: RenderInput, ids: { workflow: string; job: string }): string {
  const sha = input.links?.sha ? ` at ${mdCode(input.links.sha.slice(0, 12))}` : ''
  const run = input.links?.runUrl ? ` ([workflow run](${input.links.runUrl}))` : ''
  const what =
    input.mode === 'preflight'
      ? 'found no environmental problems on the runner'
      : 'found no failing tests and no environmental findings'
  return [
    stickyMarker(ids.workflow, ids.job),
    '## go-env-guard',
    '',
    `✅ **Resolved.** The latest run${sha}${run} ${what}.`,
    '',
    `<sub>go-env-guard ${md(input.report.tool.version)}</sub>`,
    ''
  ].join('\n')
}
