/**
 * The job summary (GITHUB_STEP_SUMMARY). GitHub rejects a step summary over 1 MiB and then shows
 * none of it ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k"; github/docs
 * workflow-commands.md "Step isolation and limits"; robherley/go-test-action#10), so the renderer
 * degrades level by level until the UTF-8 size fits, and says what it cut.
 */
import { truncate, utf8Bytes } from './escape.js'
import { DETAIL_LEVELS, footer, renderBody, verdict } from './render-markdown.js'
import type { RenderInput } from './view.js'

/** 1 MiB is the documented limit; keep a margin for what the runner may add. */
export const SUMMARY_MAX_BYTES = 1_000_000

export interface RenderedMarkdown {
  markdown: string
  /** Index into DETAIL_LEVELS that fit, or DETAIL_LEVELS.length when the text was hard-trimmed. */
  level: number
  cut: string
}

export function renderSummary(input: RenderInput, opts: { maxBytes?: number } = {}): RenderedMarkdown {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES
  const head = ['## go-env-guard', '', verdict(input), '']
  for (let i = 0; i < DETAIL_LEVELS.length; i++) {
    const level = DETAIL_LEVELS[i]!
    const markdown = [
      ...head,
      ...renderBody(input, level),
      ...footer(input, level.cut, "GitHub's 1 MiB step-summary limit")
    ].join('\n')
    if (utf8Bytes(markdown) <= max) return { markdown, level: i, cut: level.cut }
  }
  // Still too big (a pathological number of findings or groups): cut at a line boundary.
  const cut = 'the summary was cut short'
  const tail = footer(input, cut, "GitHub's 1 MiB step-summary limit").join('\n')
  const last = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
  const body = [...head, ...renderBody(input, last)].join('\n')
  // Characters are at most 4 UTF-8 bytes (surrogate pairs count 2 chars for 4 bytes).
  const room = Math.floor((max - utf8Bytes(tail) - 64) / 4)
  let markdown = truncate(body, Math.max(0, room), '… (cut to fit)') + '\n\n' + tail
  if (utf8Bytes(markdown) > max) markdown = tail
  return { markdown, level: DETAIL_LEVELS.length, cut }
}
