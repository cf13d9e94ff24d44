/**
 * The go command: runs `go test -json` and parses its output as it streams (the action's go-test mode,
 * the CLI's `test`), and turns a failure the go command prints only on stderr into one the report shows.
 */
import { StringDecoder } from 'node:string_decoder'
import { createParser, discoverLayout, verifyLocations, type ParserOptions } from '../gotest/index.js'
import type { TestRun } from '../gotest/model.js'
import type { Host } from '../host/host.js'
import { parseEvidence } from '../evidence/parse.js'
import { isKilled } from '../catalog/rules/oom-kill.js'

/** Keeps the last `max` characters of a stream (go test's stderr), so memory stays bounded. */
export class TextTail {
  private text = ''
  constructor(private readonly max = 64 * 1024) {}
  push(s: string): void {
    this.text += s
    if (this.text.length > 2 * this.max) this.text = this.text.slice(-this.max)
  }
  toString(): string {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text
  }
}

const BUILD_LIKE =
  /-race requires cgo|C compiler .* not found|\[build failed\]|\[setup failed\]|cannot find (package|module)|no required module|build cache is required|go: updates to go\.mod needed|^# \S+$|\.go:\d+:\d+: /m

/**
 * When `go test` fails before any test runs, its only words are on stderr (`go: -race requires cgo`,
 * `build cache is required...`) and the JSON stream is empty. Without this the report would say "no
 * failures" for a red step; with it the stderr becomes one failure that diagnosis can read.
 */
export function withGoCommandError(run: TestRun, stderr: string, exitCode: number | null): TestRun {
  const text = stderr.replace(/\r\n/g, '\n').trim()
  if (exitCode === 0 || run.failures.length > 0 || text === '') return run
  const lines = text.split('\n')
  return {
    ...run,
    failures: [
      ...run.failures,
      {
        package: null,
        test: null,
        kind: BUILD_LIKE.test(text) ? 'build' : 'log',
        excerpt: lines.slice(-20).join('\n'),
        output: text
      }
    ]
  }
}

export interface GoTestResult {
  run: TestRun
  code: number | null
  signal: string | null
  startError?: string
  /**
   * What the report should say about the run itself: the oom_score_adj the go command and its children
   * (compiler, linker, test binaries) were given, or why they could not be (see GO_TEST_OOM_SCORE_ADJ).
   */
  notes: string[]
}

/**
 * The go command, and through inheritance everything it starts, runs with the highest oom_score_adj:
 * in a memory cgroup that the build or the tests outgrow, the kernel then kills those, never this
 * process (whose RSS may be the largest), so the report is still written. This process's own value
 * is left as it is.
 */
export const GO_TEST_OOM_SCORE_ADJ = 1000

/**
 * The report's note on oom_score_adj, or null when there is nothing to say: it is said when it could not
 * be set, and when something in the run was killed (the go command by a signal, or a compiler, linker
 * or test binary the go command reports as "signal: killed"), which is when it mattered.
 */
export function oomScoreNote(
  adj: { ok: true; value: number } | { ok: false; reason: string } | undefined,
  exit: { code: number | null; signal: string | null },
  run: Pick<TestRun, 'failures'>
): string | null {
  if (!adj) return null
  if (!adj.ok)
    return `go test ran with go-env-guard's own oom_score_adj (${adj.reason}): under memory pressure the kernel may kill go-env-guard before the tests.`
  const goKilled = exit.code === null
  const childKilled = run.failures.some(
    f => f.kind === 'killed' || parseEvidence(`${f.excerpt}\n${f.output}`.split('\n')).items.some(isKilled)
  )
  if (!goKilled && !childKilled) return null
  const what = goKilled
    ? `the go command was killed (${exit.signal ?? 'no exit status'})`
    : 'a process it started was killed (signal: killed)'
  return `go test, its compiler and its test binaries ran with oom_score_adj ${adj.value}, so that the kernel's OOM killer picks them before go-env-guard, which wrote this report; ${what}.`
}

export interface GoTestOptions {
  cwd: string
  repoRoot: string
  /** Each piece of stderr as it arrives, decoded. */
  onStderr?: (text: string) => void
  /** Parser events worth a live line (see formatLive): the CLI's live output. */
  onEvent?: ParserOptions['onEvent']
  /** Each line of the -json stream as the parser reads it (see LiveLine): the action's live log. */
  onLine?: ParserOptions['onLine']
}

/**
 * Runs `go test -json <args>` in `cwd` and parses its output as it streams, for the action's go-test
 * mode and the CLI's `test`; each shows the output its own way through the callbacks.
 */
export async function runGoTest(
  host: Host,
  args: readonly string[],
  opts: GoTestOptions
): Promise<GoTestResult> {
  const layout = await discoverLayout(host, opts.repoRoot, opts.cwd)
  const parser = createParser({
    layout,
    ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
    ...(opts.onLine ? { onLine: opts.onLine } : {})
  })
  parser.beginSource('go test -json')
  const child = host.spawnStream('go', ['test', '-json', ...args], {
    cwd: opts.cwd,
    oomScoreAdj: GO_TEST_OOM_SCORE_ADJ
  })
  const stderrTail = new TextTail()
  // Keeps a UTF-8 character that straddles two chunks whole.
  const stderrText = new StringDecoder('utf8')
  for await (const { stream, chunk } of child.output) {
    if (stream === 'stdout') parser.push(chunk)
    else {
      const text = stderrText.write(chunk)
      stderrTail.push(text)
      opts.onStderr?.(text)
    }
  }
  const exit = await child.exit
  // No location beats a wrong one: drop paths that are not files in the workspace.
  const run = withGoCommandError(
    await verifyLocations(host, parser.end(), layout),
    String(stderrTail),
    exit.code
  )
  const note = exit.startError ? null : oomScoreNote(child.oomScoreAdj, exit, run)
  return {
    notes: note ? [note] : [],
    run,
    code: exit.code,
    signal: exit.signal,
    ...(exit.startError ? { startError: exit.startError } : {})
  }
}
