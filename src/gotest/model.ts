/**
 * The model of a `go test` run that diagnosis and every report read. Produced by the streaming
 * parser in this folder from `-json` or plain-text output of any Go version.
 */

export type FailureKind = 'test' | 'package' | 'build' | 'timeout' | 'panic' | 'killed' | 'log'

export type PackageStatus =
  'passed' | 'failed' | 'build-failed' | 'setup-failed' | 'timed-out' | 'killed' | 'skipped' | 'no-test-files'

export type TestStatus = 'passed' | 'failed' | 'skipped' | 'running'

export interface Failure {
  package: string | null
  /** Full test name including subtests (`TestA/sub_case`), null for package-level failures. */
  test: string | null
  kind: FailureKind
  /** Path relative to the repository root, only when sure. */
  file?: string
  line?: number
  /** A short excerpt for reports: the most telling lines, capped. */
  excerpt: string
  /** The output that belongs to this failure (capped per failure with a marker); rules match on it. */
  output: string
  elapsed?: number
  /** It failed, then passed when run again in the same log (gotestsum --rerun-fails): a flake. */
  flaky?: true
}

export interface PackageResult {
  name: string
  status: PackageStatus
  elapsed?: number
  tests: number
  passed: number
  failed: number
  skipped: number
}

export interface Totals {
  packages: number
  tests: number
  passed: number
  failed: number
  skipped: number
}

export interface TestRun {
  format: 'json' | 'text' | 'junit' | 'mixed' | 'unknown'
  packages: PackageResult[]
  failures: Failure[]
  totals: Totals
  /** Reasons the result is incomplete (truncated input, unreadable file...); empty when whole. */
  partial: string[]
  /**
   * Inputs that held no go test output at all (unreadable, binary or compressed, empty), with the
   * reason; absent when every input was read. Each is also in `partial`.
   */
  unusable?: { source: string; reason: string }[]
  /** Per-test verdicts (see TestResult for which tests are kept). Added by the streaming parser. */
  tests?: TestResult[]
  /** Tests that failed and then passed when run again in the same log (flakes); absent when none. */
  flaky?: { package: string; test: string }[]
}

/**
 * One test's verdict. `TestRun.tests` lists every test that did not pass (failed, skipped, still
 * running when its binary died) and, only with `keepPassed`, the passing ones too: keeping every
 * passing test would make memory grow with the size of the log.
 */
export interface TestResult {
  package: string
  /** Full name including subtests. */
  test: string
  status: TestStatus
  elapsed?: number
}
