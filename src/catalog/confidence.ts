/** How sure a cause is: the support the facts give, combined with how specific the signature is. */
import type { Confidence } from '../core/model.js'

export const lowerConfidence = (c: Confidence): Confidence | null =>
  c === 'high' ? 'medium' : c === 'medium' ? 'low' : null

/**
 * What the facts say about a cause: `conclusive` (a counter that only moves for this cause moved during
 * the run), `corroborates` (a limit/setting that makes the cause plausible), `unknown` (no facts, or the
 * relevant ones could not be read), `contradicts` (a value that rules the cause out or points elsewhere).
 */
export type Support = 'conclusive' | 'corroborates' | 'unknown' | 'contradicts'

/** The strongest: conclusive > contradicts > corroborates > unknown (a contradiction beats support). */
export function combineSupport(...s: Support[]): Support {
  if (s.includes('conclusive')) return 'conclusive'
  if (s.includes('contradicts')) return 'contradicts'
  if (s.includes('corroborates')) return 'corroborates'
  return 'unknown'
}

/**
 * The confidence policy: a `specific` signature is text only this cause produces (e.g.
 * `too many open files`); `generic` text has several causes (`signal: killed`, `panic: test timed out`).
 *
 * | support      | specific | generic |
 * |--------------|----------|---------|
 * | conclusive   | high     | high    |
 * | corroborates | high     | medium  |
 * | unknown      | medium   | low     |
 * | contradicts  | low      | null    |
 *
 * So a signature alone (no facts) is at most medium, and a contradiction lowers it or drops it.
 */
export function confidenceFor(signature: 'specific' | 'generic', support: Support): Confidence | null {
  switch (support) {
    case 'conclusive':
      return 'high'
    case 'corroborates':
      return signature === 'specific' ? 'high' : 'medium'
    case 'unknown':
      return signature === 'specific' ? 'medium' : 'low'
    case 'contradicts':
      return signature === 'specific' ? 'low' : null
  }
}
