/**
 * What the main step hands to the post step (the only user of core.saveState/getState). The runner
 * passes saved state to the post step of the same action as STATE_<name> variables (github/docs
 * workflow-commands.md "Sending values to the pre and post actions"); one JSON value keeps the shape
 * typed and versioned.
 */
import * as core from '@actions/core'
import type { CounterSnapshot } from './facts/types.js'

export interface ActionState {
  version: 1
  /** What main did: ran go test, waits for saved results, or preflight only. */
  mode: 'go-test' | 'results' | 'preflight'
  /** JSON report written by main (facts and findings for post to reuse). */
  reportPath: string | null
  /** Counters read before the tests ran (results mode: before the user's test step). */
  countersBefore: CounterSnapshot | null
  /** The `results` globs, resolved against this directory. */
  results: string[]
  workingDirectory: string
  /** Remediation's record of what `tune: apply` changed (opaque here), for the restore. */
  tune: unknown
  /** Whether main already published a comment (post then leaves it alone unless it has more to say). */
  commented: boolean
}

const KEY = 'go-env-guard'

export function saveState(state: ActionState): void {
  core.saveState(KEY, JSON.stringify(state))
}

/** The state main saved, or null when main did not run or saved nothing usable (reason in `error`). */
export function loadState(): { state: ActionState | null; error?: string } {
  const raw = core.getState(KEY)
  if (!raw)
    return { state: null, error: 'the main step saved no state (it did not run, or failed before saving)' }
  try {
    const parsed = JSON.parse(raw) as ActionState
    if (!parsed || parsed.version !== 1 || !['go-test', 'results', 'preflight'].includes(parsed.mode)) {
      return { state: null, error: 'the saved state has an unknown shape' }
    }
    return { state: parsed }
  } catch (e) {
    return { state: null, error: `the saved state is not JSON (${(e as Error).message})` }
  }
}
