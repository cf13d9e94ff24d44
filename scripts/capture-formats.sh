#!/usr/bin/env bash
# Captures what the other tools people run around `go test` write, for issue 16's agreement test
# (__tests__/gotest/formats.test.ts): gotestsum (every --format, --jsonfile, --junitfile, --rerun-fails),
# go-junit-report v1 and v2, ginkgo v2 with gomega. Each runs for real over fixture packages that fail for
# real: testdata/gotest (assertion failures, a panic, a timeout, a build error), e2e/scenarios/nofile-limit
# under a hard RLIMIT_NOFILE of 64 (an environmental fault), and __tests__/fixtures/formats/pkgs (a ginkgo
# suite, a test that fails once then passes, testify assertions).
#
# Each case is a folder __tests__/fixtures/formats/<tool>/<case>/ holding the tool's output and
# verdict.json: the tool's OWN verdict (its exit code, its summary counts, and the failed tests as read from
# the tool's structured output by jq or python's xml.etree, never by our parser), and SOURCE.md (versions,
# command). The tools are installed through the Go module proxy at the pinned versions below.
#
# Usage: bash scripts/capture-formats.sh        (needs go, jq, python3, prlimit; about two minutes)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/__tests__/fixtures/formats"
bin="${FORMATS_BIN:-/tmp/go-env-guard-formats-bin}"
GOTESTSUM_V=v1.12.3
JUNIT1_V=v1.0.0
JUNIT2_V=v2.1.0
GINKGO_V=v2.23.4

mkdir -p "$bin/v1"
[ -x "$bin/gotestsum" ] || GOBIN="$bin" go install "gotest.tools/gotestsum@$GOTESTSUM_V"
[ -x "$bin/go-junit-report" ] || GOBIN="$bin" go install "github.com/jstemmer/go-junit-report/v2@$JUNIT2_V"
[ -x "$bin/v1/go-junit-report" ] || GOBIN="$bin/v1" go install "github.com/jstemmer/go-junit-report@$JUNIT1_V"
[ -x "$bin/ginkgo" ] || (cd "$out/pkgs" && GOBIN="$bin" go install "github.com/onsi/ginkgo/v2/ginkgo@$GINKGO_V")
GTS="$bin/gotestsum"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gover=$(go version)
# Relative paths in the tools' output, as in a CI log: run from the module roots.
fix="$root/testdata/gotest"
pkgs="$out/pkgs"
# Packages of testdata/gotest that fail for real, one per kind, and two that pass.
suite=(./pass ./fail ./subtests ./panicky ./timeout ./buildfail ./skip)

# source DIR TOOL VERSION CWD COMMAND EXIT [NOTE]
source_md() {
  {
    echo "# $(basename "$(dirname "$1")")/$(basename "$1")"
    echo
    echo "Captured by \`bash scripts/capture-formats.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
    echo
    echo "- Tool: $2 $3 (installed with \`go install\` from the Go module proxy)"
    echo "- Go: $gover"
    echo "- Working directory: \`$4\`"
    echo "- Command: \`$5\`"
    echo "- Exit status: $6"
    [ -n "${7:-}" ] && echo "- $7"
    echo
    echo "verdict.json is the tool's own verdict: its exit status, its summary counts and the failed tests"
    echo "as its structured output lists them (read with jq or python3 xml.etree, not by go-env-guard)."
  } >"$1/SOURCE.md"
}

# Failed tests in a test2json stream (gotestsum's --jsonfile), decoded with jq.
json_failed() {
  jq -c -R 'fromjson? | select(.Action=="fail")' "$1" |
    jq -s -c '[.[] | {package: .Package, test: (.Test // null)}]'
}

# Counts and failures of a JUnit XML file, with python's xml.etree (the schema JUnit consumers read).
junit_verdict() {
  python3 - "$1" <<'PY'
import json, sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
suites = [r] if r.tag == 'testsuite' else r.findall('testsuite')
out = {'tests': 0, 'failures': 0, 'errors': 0, 'skipped': 0, 'failed': []}
for s in suites:
    out['tests'] += int(s.get('tests', 0))
    out['failures'] += int(s.get('failures', 0))
    out['errors'] += int(s.get('errors', 0))
    # Skipped cases as the file holds them (go-junit-report v1 and ginkgo write <skipped> without a
    # skipped count on the suite).
    out['skipped'] += sum(1 for c in s.findall('testcase') if c.find('skipped') is not None)
    for c in s.findall('testcase'):
        if c.find('failure') is not None or c.find('error') is not None:
            out['failed'].append({'package': c.get('classname') or s.get('name'), 'test': c.get('name')})
print(json.dumps(out))
PY
}

# ---------------------------------------------------------------- gotestsum, every --format
for fmt in standard-quiet standard-verbose testname pkgname dots testdox github-actions; do
  d="$out/gotestsum/$fmt"
  mkdir -p "$d"
  cmd="gotestsum --format $fmt --jsonfile gotestsum.json --junitfile junit.xml -- -count=1 -timeout=5s ${suite[*]}"
  (cd "$fix" && "$GTS" --format "$fmt" --jsonfile "$work/g.json" --junitfile "$work/j.xml" -- \
    -count=1 -timeout=5s "${suite[@]}") >"$d/output.txt" 2>&1
  rc=$?
  cp "$work/g.json" "$d/gotestsum.json"
  cp "$work/j.xml" "$d/junit.xml"
  done_line=$(grep -a -E '^DONE [0-9]+ tests' "$d/output.txt" | tail -1)
  jq -n --arg tool gotestsum --argjson exit "$rc" --arg done "$done_line" \
    --argjson failed "$(json_failed "$d/gotestsum.json")" --argjson junit "$(junit_verdict "$d/junit.xml")" \
    '{tool: $tool, exitCode: $exit, done: $done, failed: $failed, junit: $junit}' >"$d/verdict.json"
  source_md "$d" gotestsum "$GOTESTSUM_V" testdata/gotest "$cmd" "$rc"
done

# gotestsum over the environmental fault: 200 listeners under a hard RLIMIT_NOFILE of 64.
d="$out/gotestsum/nofile-limit"
mkdir -p "$d"
cmd="prlimit --nofile=64:64 gotestsum --format standard-verbose --jsonfile gotestsum.json --junitfile junit.xml -- -count=1 ./scenarios/nofile-limit"
(cd "$root/e2e" && prlimit --nofile=64:64 "$GTS" --format standard-verbose --jsonfile "$work/g.json" \
  --junitfile "$work/j.xml" -- -count=1 ./scenarios/nofile-limit) >"$d/output.txt" 2>&1
rc=$?
cp "$work/g.json" "$d/gotestsum.json"
cp "$work/j.xml" "$d/junit.xml"
jq -n --arg tool gotestsum --argjson exit "$rc" --arg done "$(grep -a -E '^DONE [0-9]+ tests' "$d/output.txt" | tail -1)" \
  --argjson failed "$(json_failed "$d/gotestsum.json")" --argjson junit "$(junit_verdict "$d/junit.xml")" \
  '{tool: $tool, exitCode: $exit, done: $done, failed: $failed, junit: $junit}' >"$d/verdict.json"
source_md "$d" gotestsum "$GOTESTSUM_V" e2e "$cmd" "$rc"

# --rerun-fails: TestFlakyOnce fails then passes (a flake); testifyfail fails on every run.
for fmt in standard-verbose testname; do
  d="$out/gotestsum/rerun-$fmt"
  mkdir -p "$d"
  rm -rf "$work/marker" && mkdir -p "$work/marker"
  cmd="FLAKY_MARKER_DIR=\$(mktemp -d) gotestsum --format $fmt --rerun-fails=2 --packages='./flaky ./testifyfail' --jsonfile gotestsum.json -- -count=1"
  (cd "$pkgs" && FLAKY_MARKER_DIR="$work/marker" "$GTS" --format "$fmt" --rerun-fails=2 \
    --packages='./flaky ./testifyfail' --jsonfile "$work/g.json" -- -count=1) >"$d/output.txt" 2>&1
  rc=$?
  cp "$work/g.json" "$d/gotestsum.json"
  # A test whose last verdict is pass after a fail is a flake; the last verdict per test decides.
  last=$(jq -c -R 'fromjson? | select(.Test != null and (.Action=="pass" or .Action=="fail"))' "$d/gotestsum.json" |
    jq -s -c 'group_by(.Package + " " + .Test) | map({package: .[0].Package, test: .[0].Test, runs: map(.Action)})')
  jq -n --arg tool gotestsum --argjson exit "$rc" --arg done "$(grep -a -E '^DONE ' "$d/output.txt" | tail -1)" \
    --argjson runs "$last" \
    '{tool: $tool, exitCode: $exit, done: $done, runs: $runs,
      failed: [$runs[] | select(.runs[-1] == "fail") | {package, test}],
      flaky: [$runs[] | select(.runs[-1] == "pass" and (.runs | index("fail")) != null) | {package, test}]}' \
    >"$d/verdict.json"
  source_md "$d" gotestsum "$GOTESTSUM_V" __tests__/fixtures/formats/pkgs "$cmd" "$rc"
done

# ---------------------------------------------------------------- go-junit-report v1 and v2
for v in 1 2; do
  for c in suite nofile-limit; do
    d="$out/go-junit-report-v$v/$c"
    mkdir -p "$d"
    if [ "$c" = suite ]; then
      (cd "$fix" && go test -v -count=1 -timeout=5s "${suite[@]}") >"$d/go-test-v.txt" 2>&1
      gcmd="go test -v -count=1 -timeout=5s ${suite[*]} 2>&1"
      cwd=testdata/gotest
    else
      (cd "$root/e2e" && prlimit --nofile=64:64 go test -v -count=1 ./scenarios/nofile-limit) >"$d/go-test-v.txt" 2>&1
      gcmd="prlimit --nofile=64:64 go test -v -count=1 ./scenarios/nofile-limit 2>&1"
      cwd=e2e
    fi
    if [ $v = 1 ]; then
      "$bin/v1/go-junit-report" <"$d/go-test-v.txt" >"$d/report.xml"
      rc=$?
      cmd="$gcmd | go-junit-report > report.xml"
      ver=$JUNIT1_V
    else
      "$bin/go-junit-report" -set-exit-code <"$d/go-test-v.txt" >"$d/report.xml"
      rc=$?
      cmd="$gcmd | go-junit-report -set-exit-code > report.xml"
      ver=$JUNIT2_V
    fi
    jq -n --arg tool "go-junit-report v$v" --argjson exit "$rc" --argjson junit "$(junit_verdict "$d/report.xml")" \
      '{tool: $tool, exitCode: $exit, junit: $junit, failed: $junit.failed}' >"$d/verdict.json"
    source_md "$d" go-junit-report "$ver" "$cwd" "$cmd" "$rc" "go-test-v.txt is its input; explain reads report.xml"
  done
done

# ---------------------------------------------------------------- ginkgo v2 + gomega
# Under a hard RLIMIT_NOFILE of 64 the listener spec fails for an environmental reason; a gomega
# assertion and a nil-map panic fail on their own.
d="$out/ginkgo/suite"
mkdir -p "$d"
cmd="prlimit --nofile=64:64 ginkgo --no-color --json-report=report.json --junit-report=junit.xml ./ginkgosuite"
(cd "$pkgs" && prlimit --nofile=64:64 "$bin/ginkgo" --no-color --json-report="$work/r.json" \
  --junit-report="$work/j.xml" ./ginkgosuite) >"$d/output.txt" 2>&1
rc=$?
cp "$work/r.json" "$d/report.json"
cp "$work/j.xml" "$d/junit.xml"
ran=$(sed "s/\x1b\[[0-9;]*m//g" "$d/output.txt" | grep -a -E "^Ran [0-9]+ of [0-9]+ Specs" | tail -1)
sum=$(sed "s/\x1b\[[0-9;]*m//g" "$d/output.txt" | grep -a -E "^(FAIL|SUCCESS)! " | tail -1)
failed=$(jq -c '[.[] | .SpecReports[] | select(.State=="failed" or .State=="panicked") |
  {test: ((.ContainerHierarchyTexts + [.LeafNodeText]) | join(" ")), state: .State,
   file: .Failure.Location.FileName, line: .Failure.Location.LineNumber}]' "$d/report.json")
jq -n --arg tool ginkgo --argjson exit "$rc" --arg ran "$ran" --arg summary "$sum" --argjson failed "$failed" \
  --argjson junit "$(junit_verdict "$d/junit.xml")" \
  '{tool: $tool, exitCode: $exit, ran: $ran, summary: $summary, failed: $failed, junit: $junit}' >"$d/verdict.json"
source_md "$d" ginkgo "$GINKGO_V" __tests__/fixtures/formats/pkgs "$cmd" "$rc" "gomega $(cd "$pkgs" && go list -m -f '{{.Version}}' github.com/onsi/gomega)"

# The same suite through plain go test -v (what a Makefile's `go test ./...` shows of a ginkgo suite).
d="$out/ginkgo/go-test-v"
mkdir -p "$d"
cmd="prlimit --nofile=64:64 go test -v -count=1 ./ginkgosuite"
(cd "$pkgs" && prlimit --nofile=64:64 go test -v -count=1 ./ginkgosuite) >"$d/output.txt" 2>&1
rc=$?
ran=$(sed "s/\x1b\[[0-9;]*m//g" "$d/output.txt" | grep -a -E "^Ran [0-9]+ of [0-9]+ Specs" | tail -1)
sum=$(sed "s/\x1b\[[0-9;]*m//g" "$d/output.txt" | grep -a -E "^(FAIL|SUCCESS)! " | tail -1)
jq -n --arg tool "ginkgo (go test -v)" --argjson exit "$rc" --arg ran "$ran" --arg summary "$sum" \
  --argjson failed "$(jq -c '.failed' "$out/ginkgo/suite/verdict.json")" \
  '{tool: $tool, exitCode: $exit, ran: $ran, summary: $summary, failed: $failed}' >"$d/verdict.json"
source_md "$d" "ginkgo library" "$GINKGO_V" __tests__/fixtures/formats/pkgs "$cmd" "$rc" "failed specs as the ginkgo CLI's report.json of ../suite lists them"

echo "captured into $out"
