/**
 * What the main step hands to the post step (the only user of core.saveState/getState). The runner
 * passes saved state to the post step of the same action as STATE_<name> variables (github/docs
 * workflow-commands.md "Sending values to the pre and post actions"); one JSON value keeps the shape
 * typed and versioned.
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import type { Finding } from '../core/model.js'
import type { CounterSnapshot, Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import type { TuneRecord } from '../remediate/action.js'
import { STEP_ID } from '../remediate/action.js'

export interface ActionState {
  version: 1
  /** What main did: ran go test, waits for saved results, or preflight only. */
  mode: 'go-test' | 'results' | 'preflight'
  /** JSON report written by main: post reuses its facts and findings (see loadMainPreflight). */
  reportPath: string | null
  /** Counters read before the tests ran (results mode: before the user's test step). */
  countersBefore: CounterSnapshot | null
  /** The `results` globs, resolved against this directory. */
  results: string[]
  workingDirectory: string
  /** This step's random id: its report, its tune state file and its ledger entries are named by it. */
  stepId: string
}

const KEY = 'go-env-guard'
/** The tune record has a key of its own: main saves it before its first change and after each one. */
const TUNE_KEY = 'go-env-guard-tune'

/**
 * A new step id (16 hex digits, random). `GO_ENV_GUARD_TEST_STEP_ID` (hex, 16-64 digits) fixes it, for
 * tests that must know the state file's name before main starts (strace -P); never set it in a workflow
 * where the action is used more than once.
 */
export function newStepId(env: Readonly<Record<string, string | undefined>>): string {
  const fixed = env['GO_ENV_GUARD_TEST_STEP_ID']
  return fixed && STEP_ID.test(fixed) ? fixed : randomBytes(8).toString('hex')
}

export function saveTuneRecord(record: TuneRecord): void {
  core.saveState(TUNE_KEY, JSON.stringify(record))
}

/** The tune record main saved (opaque: src/remediate/action.ts validates it), or null. */
export function loadTuneRecord(): unknown {
  const raw = core.getState(TUNE_KEY)
  if (!raw) return null
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

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

/**
 * The facts and findings of main's report (`ActionState.reportPath`), for post to diagnose the saved
 * results with. Unreadable or malformed: no facts, no findings, and the reason in `error`.
 */
export async function loadMainPreflight(
  host: Host,
  path: string | null
): Promise<{ facts: Facts | null; findings: Finding[]; error?: string }> {
  if (!path) return { facts: null, findings: [] }
  try {
    const r = JSON.parse(await host.readFile(path, 64 * 1024 * 1024)) as {
      facts?: Partial<Facts>
      findings?: unknown
    }
    const facts = r.facts && 'system' in r.facts ? (r.facts as Facts) : null
    return { facts, findings: Array.isArray(r.findings) ? (r.findings as Finding[]) : [] }
  } catch (e) {
    return {
      facts: null,
      findings: [],
      error: `could not read the main step's report ${path}: ${(e as Error).message}`
    }
  }
}
