/**
 * Readable lines for the action's go-test mode, which runs `go test -json` and prints as it goes:
 *
 *   const parser = createParser({ layout, onEvent: e => { const l = formatLive(e); if (l) core.info(l) } })
 *
 * Passing tests print nothing (like `go test` without -v); a failing test prints its `--- FAIL` line
 * and its output, unfolded; each package ends with go test's own `ok`/`FAIL` line. The caller may wrap
 * a package's lines in ::group:: (package-start / package-end mark the edges).
 */
import type { LiveEvent } from './engine.js'

export type { LiveEvent }

function secs(e: number | undefined): string {
  return e === undefined ? '' : ` (${e.toFixed(2)}s)`
}

/** One event as text (possibly several lines, no trailing newline), or null for events not worth a line. */
export function formatLive(e: LiveEvent): string | null {
  switch (e.kind) {
    case 'test-fail': {
      const body = (e.output ?? '')
        .split('\n')
        .filter(l => l !== '' && !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- FAIL: )/.test(l))
        .join('\n')
      return `--- FAIL: ${e.test}${secs(e.elapsed)}` + (body ? '\n' + body : '')
    }
    case 'test-skip':
      return `--- SKIP: ${e.test}`
    case 'build-output':
      return (e.output ?? '').replace(/\n$/, '')
    case 'package-end': {
      const name = e.package ?? '(unknown package)'
      switch (e.status) {
        case 'passed':
          return `ok    ${name}${secs(e.elapsed)}`
        case 'no-test-files':
          return `?     ${name} [no test files]`
        case 'skipped':
          return `skip  ${name}`
        case 'build-failed':
          return `FAIL  ${name} [build failed]`
        case 'setup-failed':
          return `FAIL  ${name} [setup failed]`
        case 'timed-out':
          return `FAIL  ${name}${secs(e.elapsed)} [timed out]`
        case 'killed':
          return `FAIL  ${name}${secs(e.elapsed)} [killed]`
        default:
          return `FAIL  ${name}${secs(e.elapsed)}`
      }
    }
    default:
      return null
  }
}

/**
 * One line of the input as the parser read it, for the action's live log (report/live-log.ts): the
 * fields of a test2json event (a line that starts with `{` and parses; absent or non-string fields are
 * ''), or the text of any other line (its CR kept).
 */
export type LiveLine =
  | {
      action: string
      package: string
      test: string
      importPath: string
      output: string
      elapsed: number | undefined
    }
  | string
