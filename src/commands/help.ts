/** `go-env-guard COMMAND --help`: what each command does and every option it takes. */

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  doctor: `Usage: go-env-guard doctor [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]

Probes this machine (limits, cgroups, sysctls, mounts, security) and lints the Dockerfiles, compose
files and workflows of the repository that holds DIR, then prints the facts and the findings.

Options:
  --dir DIR          the Go module to check (default: .)
  --json             print the JSON report instead of text
  --go-probe MODE    auto: build and run a small Go program to see what the Go runtime sees (needs go
                     on PATH); off: skip it (default: auto)
  --fail-on LEVEL    exit 1 when a finding is at LEVEL or above: never, error, warning (default: never)
  -h, --help         show this help

Exit status: 0; 1 when --fail-on is met; 2 bad usage.`,
  explain: `Usage: go-env-guard explain [FILE ...|-] [--facts here|FACTS.json] [--dir DIR] [--json]

Reads saved go test output (go test -json, or plain go test -v text) and explains each failure: the
likely environmental cause, its evidence and the fix. With no FILE, or -, it reads standard input.

The log usually comes from another machine (a CI runner), so explain does not use this machine's
facts unless asked: without --facts the diagnosis rests on the log alone, and says so.

Options:
  --facts here       also probe this machine and use its facts (right only if the log was written here)
  --facts FILE       use the facts (or the whole JSON report) recorded where the tests ran: the action's
                     report file, or "go-env-guard doctor --json" run there
  --dir DIR          the repository checkout, to map failures to files and lines (default: .)
  --json             print the JSON report instead of text
  --no-probe         the default; kept for old scripts
  -h, --help         show this help

Exit status: 0; 2 bad usage, or an input that holds no go test output (its reason on stderr).`,
  test: `Usage: go-env-guard test [--dir DIR] [--json] -- <go test arguments>

Runs "go test -json <arguments>" in DIR, prints readable output as it arrives, then explains the
failures with this machine's facts.

Options:
  --dir DIR          where to run go test (default: .)
  --json             print the JSON report on stdout (the live output goes to stderr)
  -h, --help         show this help

Exit status: go test's own (0 pass, 1 failures, 2 build or usage errors); 2 bad usage.`,
  tune: `Usage: go-env-guard tune plan|apply|restore [--rule ID[,ID...]] [--report FILE] [--state FILE] [--dir DIR] [--json]

plan: print the commands and settings that fix what this machine's facts (or a report) show.
apply: perform the automatic, allow-listed steps (never lowering a value), recording the originals.
restore: put recorded originals back (idempotent).

Options:
  --rule IDS         act on these rules only, as if a failing test had been diagnosed with them
  --report FILE      also fix the causes in a JSON report (explain --json, the action's report)
  --state FILE       where apply records the originals (default: RUNNER_TEMP or HOME)
  --dir DIR          the Go module, for the probes (default: .)
  --json             print JSON
  -h, --help         show this help

Exit status: 0; 1 when a step failed; 2 bad usage or unreadable input.`,
  rules: `Usage: go-env-guard rules [ID] [--json]

Lists the rules; with an ID, shows what the rule detects, why, and how to fix it.

Options:
  --json             print JSON
  -h, --help         show this help`
}
