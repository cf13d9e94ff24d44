#!/usr/bin/env bash
# The product survives the runner it diagnoses (issue 21): real faults around the built bundle itself.
#
#   bash e2e/survive.sh [CASE...]     (default: every case below)
#
# Each case runs go-env-guard (dist/cli.js `test`, and for compiler-oom the action, dist/index.js)
# INSIDE the fault, on a package of e2e/scenarios, and checks that it ends with a report whose first
# failure has the expected cause. Where node cannot start at all (clone3-eperm, nofile-16), the check
# is that it indeed cannot, and that the documented outside path works: inside the fault
# `go test -json > go-test.json` and `sh scripts/facts.sh > facts.json` (no node, no threads), then,
# outside, `explain --facts facts.json go-test.json` names the cause (docs/rules/seccomp-blocked.md).
#
#   clone3-eperm    everything (node too) under a seccomp filter returning EPERM for clone3
#   nofile-16       prlimit --nofile=16:16 (node cannot start below about 18 here)
#   nofile-32       prlimit --nofile=32:32: test --json gives a report (nofile-limit)
#   nofile-64       prlimit --nofile=64:64: the same
#   compiler-oom    a fresh empty GOCACHE and a v1 memory cgroup of 115 MiB around node: the compiler
#                   is OOM-killed, node (oom_score_adj untouched) is not; the CLI and the action write
#                   their report, the action's summary names oom_score_adj 1000
#
# Needs root (cgroups) and dist/ (npm run bundle); gcc for the seccomp helper. Prints one row per case
# and "survive: N passed, N failed, N skipped"; exit 1 when a case failed.
set -uo pipefail
E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$E2E_DIR/.." && pwd)"
# shellcheck source=lib/common.sh
source "$E2E_DIR/lib/common.sh"
cd "$E2E_DIR" || exit 2
CLI="$REPO/dist/cli.js"
[ -f "$CLI" ] && [ -f "$REPO/dist/index.js" ] || { echo "survive: run \`npm run bundle\` first" >&2; exit 2; }
export GOTOOLCHAIN=local NO_COLOR=1
export GOCACHE=${GOCACHE:-$(go env GOCACHE)}
WORK=$(mktemp -d /tmp/go-env-guard-survive.XXXXXX)
chmod 755 "$WORK"
e2e_sweep
e2e_on_exit 'e2e_sweep'
e2e_on_exit '[ "${E2E_KEEP:-}" = 1 ] && echo "survive: work directory kept: $WORK" >&2 || rm -rf "$WORK"'

pass=0 fail=0 skip=0
row() { printf '%-14s %-5s %s\n' "$1" "$2" "$3"; case $2 in PASS) pass=$((pass + 1)) ;; FAIL) fail=$((fail + 1)) ;; *) skip=$((skip + 1)) ;; esac; }

# cause FILE: "rule confidence" of the first failure's top cause ("none" without one, "no-report").
cause() {
  node -e '
    let r
    try { r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")) } catch { console.log("no-report"); process.exit() }
    const f = (r.failures || [])[0]
    const c = f && (f.causes || [])[0]
    console.log(c ? `${c.rule} ${c.confidence}` : "none")
  ' "$1"
}

# seccomp helper (the e2e scenarios' raw-BPF filter)
SECCOMP=""
if [ "$(uname -m)" = x86_64 ] && command -v gcc >/dev/null &&
  gcc -O2 -o "$WORK/seccomp-run" "$E2E_DIR/scenarios/seccomp-userns-eperm/testdata/seccomp-run.c" 2>/dev/null &&
  "$WORK/seccomp-run" eperm clone3 -- true 2>/dev/null; then
  SECCOMP="$WORK/seccomp-run"
fi

# outside NAME FAULT-PREFIX... :: PKG EXPECTED: node must not start inside the fault; go test -json
# and scripts/facts.sh run inside it; explain --facts outside must give EXPECTED.
outside() {
  local name=$1 w="$WORK/$1" pkg expected
  shift
  local -a fault=()
  while [ "$1" != :: ]; do fault+=("$1"); shift; done
  shift
  pkg=$1 expected=$2
  mkdir -p "$w"
  go test -c -o /dev/null "./$pkg" >/dev/null 2>&1 || true # warm the cache outside the fault
  "${fault[@]}" node "$CLI" doctor --json >"$w/doctor.json" 2>"$w/doctor.err" </dev/null
  local rc_node=$?
  if [ $rc_node = 0 ]; then row "$name" FAIL "node started inside the fault (exit 0): the case no longer needs the outside path"; return; fi
  "${fault[@]}" sh -c 'go test -json -count=1 "./$1" >"$2/go-test.json" 2>&1; sh "$3/scripts/facts.sh" >"$2/facts.json"' sh "$pkg" "$w" "$REPO" </dev/null
  node "$CLI" explain --facts "$w/facts.json" --json "$w/go-test.json" >"$w/report.json" 2>"$w/explain.err"
  local got
  got=$(cause "$w/report.json")
  if [ "$got" = "$expected" ]; then
    row "$name" PASS "node exits $rc_node inside ($(grep -m1 -oE 'Assertion failed[^)]*\)|Segmentation fault|EMFILE' "$w/doctor.err" || echo "no output")); outside path: $got"
  else
    row "$name" FAIL "outside path gave '$got', expected '$expected' ($(head -c 200 "$w/explain.err"))"
  fi
}

# inside NAME EXPECTED FAULT... : node dist/cli.js test --json inside the fault must give a report.
inside() {
  local name=$1 expected=$2 w="$WORK/$1"
  shift 2
  mkdir -p "$w"
  go test -c -o /dev/null ./scenarios/nofile-limit >/dev/null 2>&1 || true
  "$@" node "$CLI" test --json -- -count=1 ./scenarios/nofile-limit >"$w/report.json" 2>"$w/test.err" </dev/null
  local rc=$? got
  got=$(cause "$w/report.json")
  if [ "$got" = "$expected" ]; then row "$name" PASS "test --json exit $rc, report: $got"
  else row "$name" FAIL "test --json exit $rc, report: $got (expected $expected): $(grep -v '^\s*at ' "$w/test.err" | tail -n 2 | tr '\n' ' ' | head -c 300)"; fi
}

# the fault of compiler-oom: a fresh GOCACHE and a 115 MiB memory cgroup around CMD
oom_fault() {
  local cache
  cache=$(mktemp -d /tmp/go-env-guard-survive-gocache.XXXXXX)
  GOCACHE=$cache with_cgroup_v1 memory "memory.limit_in_bytes=115M memory.memsw.limit_in_bytes=115M" "$@"
  local rc=$?
  rm -rf "$cache"
  return $rc
}

compiler_oom() {
  local w="$WORK/compiler-oom" rt got rc
  mkdir -p "$w"
  [ "$(id -u)" = 0 ] || { row compiler-oom SKIP "needs root (memory cgroup)"; return; }
  (oom_fault node "$CLI" test --json -- -count=1 ./scenarios/nofile-limit) >"$w/cli.json" 2>"$w/cli.err" </dev/null
  rc=$?
  [ $rc = 77 ] && { row compiler-oom SKIP "$(tail -n 1 "$w/cli.err")"; return; }
  got=$(cause "$w/cli.json")
  if [ "$got" != "oom-kill high" ] || ! grep -q 'compile: signal: killed' "$w/cli.err"; then
    row compiler-oom FAIL "cli: exit $rc, report: $got (expected oom-kill high after a killed compiler)"
    return
  fi
  rt="$w/runner"
  mkdir -p "$rt/temp"
  : >"$rt/output"; : >"$rt/summary"; : >"$rt/state"; : >"$rt/env"; : >"$rt/path"
  printf '{"ref":"refs/heads/e2e","repository":{"full_name":"example/go-env-guard-e2e"}}\n' >"$rt/event.json"
  (cd "$REPO" && env GITHUB_ACTIONS=true CI=true GITHUB_WORKSPACE="$REPO" GITHUB_REPOSITORY=example/go-env-guard-e2e \
    GITHUB_EVENT_NAME=push GITHUB_REF=refs/heads/e2e GITHUB_SHA=0000000000000000000000000000000000000000 \
    GITHUB_RUN_ID=1 GITHUB_RUN_ATTEMPT=1 GITHUB_JOB=e2e GITHUB_WORKFLOW=e2e GITHUB_ACTION=go-env-guard \
    GITHUB_OUTPUT="$rt/output" GITHUB_STEP_SUMMARY="$rt/summary" GITHUB_STATE="$rt/state" GITHUB_ENV="$rt/env" \
    GITHUB_PATH="$rt/path" GITHUB_EVENT_PATH="$rt/event.json" RUNNER_TEMP="$rt/temp" RUNNER_OS=Linux \
    RUNNER_ARCH=X64 RUNNER_NAME=go-env-guard-e2e RUNNER_ENVIRONMENT=self-hosted \
    "INPUT_GO-TEST=-count=1 ./scenarios/nofile-limit" INPUT_WORKING-DIRECTORY=e2e INPUT_RESULTS= INPUT_TUNE=off \
    INPUT_RESTORE=true INPUT_COMMENT=never INPUT_GITHUB-TOKEN= INPUT_DOCKERFILES= INPUT_GO-PROBE=auto INPUT_FAIL-ON=never \
    bash -c "$(declare -f oom_fault); source '$E2E_DIR/lib/common.sh'; oom_fault node '$REPO/dist/index.js'") >"$w/action.log" 2>&1 </dev/null
  rc=$?
  local report
  report=$(sed -n 's/^report=//p' "$rt/output" | head -n 1)
  [ -n "$report" ] || report=$(awk '/^report<</{getline; print; exit}' "$rt/output")
  got=$( [ -n "$report" ] && cause "$report" || echo no-report)
  if [ "$got" = "oom-kill high" ] && grep -qE 'oom\\?_score\\?_adj 1000' "$rt/summary"; then
    row compiler-oom PASS "compiler OOM-killed, node not: cli and action reports: oom-kill high; summary names oom_score_adj 1000"
  else
    row compiler-oom FAIL "action: exit $rc, report: $got, summary note: $(grep -c 'oom_score_adj' "$rt/summary")"
  fi
}

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(clone3-eperm nofile-16 nofile-32 nofile-64 compiler-oom)
for c in "${cases[@]}"; do
  case $c in
    clone3-eperm)
      if [ -z "$SECCOMP" ]; then row "$c" SKIP "no seccomp helper here (x86_64 + gcc + filters)"; continue; fi
      outside "$c" "$SECCOMP" eperm clone3 -- :: scenarios/seccomp-clone3-cgo "seccomp-blocked high"
      ;;
    nofile-16) outside "$c" prlimit --nofile=16:16 :: scenarios/nofile-limit "nofile-limit high" ;;
    nofile-32) inside "$c" "nofile-limit high" prlimit --nofile=32:32 ;;
    nofile-64) inside "$c" "nofile-limit high" prlimit --nofile=64:64 ;;
    compiler-oom) compiler_oom ;;
    *) row "$c" FAIL "unknown case" ;;
  esac
done
echo "survive: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
