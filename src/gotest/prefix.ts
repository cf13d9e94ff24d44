/**
 * Prefixes that CI systems and tools put before each line a Go program printed: GitHub Actions
 * timestamps (`2024-05-01T10:00:00.1234567Z `: actions/runner's PagingLogger.Write, .NET's "O"
 * format; a multi-line write stamps only its first line) and `gh run view --log` columns
 * (`job<TAB>step<TAB>timestamp `: cli/cli's displayRunLog; sources in __tests__/gotest/ci-prefix.test.ts), Jenkins and Buildkite timestamps, BuildKit's plain progress
 * (`#12 55.26 `), the openSUSE Build Service (`[  276s] `), GitLab's section markers. Removed before
 * the line is read as go test output, so a saved CI log parses as go test's own.
 */
/** CI and tool prefixes before the text a Go program printed. */
const PREFIXES: readonly RegExp[] = [
  // gh run view --log: job<TAB>step<TAB>; then a GitHub Actions timestamp.
  /^[^\t\n]*\t[^\t\n]*\t(?=\d{4}-\d\d-\d\dT)/,
  /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)\s/,
  // Jenkins/Buildkite `[2024-05-01T10:00:00.123Z] `, `[10:00:00] `.
  /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?\]\s/,
  /^\[?\d\d:\d\d:\d\d(?:\.\d+)?\]?\s/,
  // openSUSE Build Service `[  276s] `.
  /^\[\s*\d+s\]\s/,
  // BuildKit plain progress `#12 55.26 `.
  /^#\d+ \d+\.\d+ /,
  // docker build without the step number (`55.26 compile: ...`).
  /^\d{1,5}\.\d\d /,
  // GitLab section markers.
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?\r?/
]

/** Lines that cannot carry any of the prefixes (most of them) skip the regexes. */
const MAYBE = /^[\d[#s\uFEFF]/

export function stripPrefix(line: string): string {
  if (!MAYBE.test(line) && line.indexOf('\t') < 0) return line
  let s = line
  for (let i = 0; i < 3; i++) {
    let changed = false
    for (const re of PREFIXES) {
      const m = re.exec(s)
      if (m && m[0].length > 0) {
        s = s.slice(m[0].length)
        changed = true
      }
    }
    if (!changed) break
  }
  return s
}
