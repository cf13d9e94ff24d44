/**
 * What the main and the post step both set up: one handler for stray promise rejections, the report of
 * an internal error, and the Octokit client for the sticky comment.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { Octokit } from '../report/publish.js'
import type { Settings } from './settings.js'

/**
 * One handler for promise rejections nobody awaited (a stray probe or Octokit call): without it Node
 * exits with a stack trace and the runner shows a bare failure; with it the step says what happened
 * and fails only the way an internal error is allowed to (see `internalError`).
 */
export function installRejectionHandler(onError: (e: unknown) => void): void {
  process.on('unhandledRejection', onError)
}

/** Internal errors warn, unless `fail-on` asks for failures to fail the step. */
export function internalError(settings: Pick<Settings, 'failOn'> | null, what: string, e: unknown): void {
  const msg = `go-env-guard: ${what}: ${e instanceof Error ? e.message : String(e)}`
  if (settings && settings.failOn !== 'never') core.setFailed(msg)
  else core.warning(msg)
}

export function octokitFor(settings: Settings): Octokit | null {
  if (!settings.githubToken || settings.comment === 'never') return null
  return github.getOctokit(settings.githubToken)
}
