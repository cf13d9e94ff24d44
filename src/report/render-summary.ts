/**
 * The job summary (GITHUB_STEP_SUMMARY). GitHub rejects a step summary over 1 MiB and then shows
 * none of it ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k"; github/docs
 * workflow-commands.md "Step isolation and limits"; robherley/go-test-action#10), so the renderer
 * degrades level by level until the UTF-8 size fits, and says what it cut.
 */
import { utf8Bytes } from './escape.js'
import { fitMarkdown, provenanceLines, verdict, type RenderedMarkdown } from './render-markdown.js'
import type { RenderInput } from './view.js'

/** 1 MiB is the documented limit; keep a margin for what the runner may add. */
export const SUMMARY_MAX_BYTES = 1_000_000

export function renderSummary(input: RenderInput, opts: { maxBytes?: number } = {}): RenderedMarkdown {
  return fitMarkdown(input, ['## go-env-guard', '', verdict(input), '', ...provenanceLines(input)], {
    max: opts.maxBytes ?? SUMMARY_MAX_BYTES,
    size: utf8Bytes,
    // Characters are at most 4 UTF-8 bytes (surrogate pairs count 2 chars for 4 bytes).
    perChar: 4,
    margin: 64,
    name: "GitHub's 1 MiB step-summary limit",
    cutShort: 'the summary was cut short',
    keep: []
  })
}
