#!/usr/bin/env bash
# The real-failure end-to-end suite (issue 9).
#
#   bash e2e/run.sh [NAME...]        (default: every directory under e2e/scenarios/)
#
# Needs root and a built bundle (dist/cli.js, dist/index.js: `npm run bundle`). For each scenario
# (e2e/README.md) it creates the condition for real with the scenario's run.sh and runs the scenario's
# package through the built bundle twice:
#   (a) cli:    bash scenarios/NAME/run.sh node ../dist/cli.js test --json -- <goTestArgs> ./scenarios/NAME
#   (b) action: bash scenarios/NAME/run.sh node ../dist/index.js, with a simulated runner environment
#               (INPUT_GO-TEST, INPUT_WORKING-DIRECTORY=e2e, GITHUB_OUTPUT/STEP_SUMMARY/STATE files,
#               GITHUB_WORKSPACE=repo root, RUNNER_TEMP); the report path is read from GITHUB_OUTPUT.
# and checks each report against scenario.json with e2e/lib/check.mjs: the failing test, its kind, its
# location (file:line relative to the repository root, inside the test), the top cause and its
# confidence; controls must get no environmental cause. A run.sh exiting 77 is a skip (its reason is
# printed). Everything a scenario changes is restored by its own trap; this script also sweeps leftover
# go-env-guard-e2e-* cgroups and recorded sysctls at the start, at the end and when interrupted.
#
# Prints a table (scenario, expected, got, confidence, seconds, verdict) and the final line
#   e2e: N passed, N failed, N skipped
# Exit status: 1 when any scenario failed, 0 otherwise.
#
# Environment: E2E_KEEP=1 keeps the work directory (reports, logs); E2E_VERBOSE=1 prints each
# scenario's problems and log tails as it goes (problems of failed scenarios are always printed).
set -uo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$E2E_DIR/.." && pwd)"
# shellcheck source=lib/common.sh
source "$E2E_DIR/lib/common.sh"

cd "$E2E_DIR" || exit 2

if [ "$(id -u)" != 0 ]; then
  echo "e2e: the real-failure suite needs root (rlimits, cgroups, namespaces, sysctls)" >&2
  echo "e2e: 0 passed, 0 failed, 0 skipped"
  exit 2
fi
for f in "$REPO/dist/cli.js" "$REPO/dist/index.js"; do
  [ -f "$f" ] || { echo "e2e: $f missing: run \`npm run bundle\` first" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/go-env-guard-e2e-run.XXXXXX)
export GOTOOLCHAIN=local
export GOFLAGS=${GOFLAGS:-}
export GOCACHE=${GOCACHE:-$(go env GOCACHE)}
export GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)}
export NO_COLOR=1

E2E_FINISHED=0
e2e_on_exit '[ "$E2E_FINISHED" = 1 ] || echo "e2e: interrupted: scenarios stopped, cgroups removed, sysctls restored" >&2'
e2e_sweep
e2e_on_exit 'e2e_sweep'
e2e_on_exit '[ "${E2E_KEEP:-}" = 1 ] && echo "e2e: work directory kept: $WORK" >&2 || rm -rf "$WORK"'

if [ $# -gt 0 ]; then
  names=("$@")
else
  mapfile -t names < <(find scenarios -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | LC_ALL=C sort)
fi

# Rules and whether each is environmental (for the control check).
node "$REPO/dist/cli.js" rules --json >"$WORK/rules.json" 2>"$WORK/rules.err" || true

# scenario_field FILE EXPR: a field of scenario.json (JS expression over `s`); arrays one per line.
scenario_field() {
  node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const v = eval(process.argv[2]);
    if (Array.isArray(v)) process.stdout.write(v.join("\n"));
    else if (v !== undefined && v !== null) process.stdout.write(String(v));
  ' "$1" "$2"
}

# output_value FILE NAME: read an output from a GITHUB_OUTPUT file (name=value or the
# name<<DELIM ... DELIM form that @actions/core writes).
output_value() {
  awk -v n="$2" '
    d != "" { if ($0 == d) { d = ""; if (hit) exit; next } if (hit) print; next }
    index($0, n "<<") == 1 { d = substr($0, length(n) + 3); hit = 1; next }
    index($0, n "=") == 1 { print substr($0, length(n) + 2); exit }
  ' "$1" 2>/dev/null | head -n 1
}

# time limit of one run: the -timeout in goTestArgs (default go: 10m, but we cap) + 60 s.
run_limit() {
  local a t=120
  for a in "$@"; do
    case $a in
      -timeout=*|--timeout=*)
        t=${a#*=}
        case $t in *ms) t=1 ;; *m) t=$((${t%m} * 60)) ;; *s) t=${t%s} ;; *) t=120 ;; esac
        t=${t%%.*}
        ;;
    esac
  done
  echo $((t + 60))
}

# result NAME VERDICT EXPECTED GOT CONFIDENCE SECONDS [DETAIL]: record one scenario's row.
result() {
  local name=$1
  shift
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >"$WORK/$name/result"
}

# cli_run NAME DIR LIMIT ARGS...: (a) the CLI inside the scenario's condition; writes cli.json, cli.err,
# cli.rc and cli.check.
cli_run() {
  local name=$1 dir=$2 limit=$3 w="$WORK/$1" rc=0
  shift 3
  timeout -k 10 "$limit" bash "$dir/run.sh" node "$REPO/dist/cli.js" test --json -- "$@" "./$dir" \
    >"$w/cli.json" 2>"$w/cli.err" <&0 &
  echo $! >>"$WORK/pids"
  wait $! || rc=$?
  echo $rc >"$w/cli.rc"
  [ $rc = 77 ] && return 0
  node "$E2E_DIR/lib/check.mjs" "$dir/scenario.json" "$w/cli.json" cli "$rc" "$REPO" "$WORK/rules.json" >"$w/cli.check" 2>&1
}

# action_run NAME DIR LIMIT ARGS...: (b) the action's go-test mode in a simulated runner, inside the
# scenario's condition; the report path comes from GITHUB_OUTPUT. Writes action.{log,json,rc,check}.
action_run() {
  local name=$1 dir=$2 limit=$3 w="$WORK/$1" rc=0 rt report
  shift 3
  rt="$w/runner"
  mkdir -p "$rt/temp"
  : >"$rt/output"; : >"$rt/summary"; : >"$rt/state"; : >"$rt/env"; : >"$rt/path"
  # A push event: @actions/github parses GITHUB_EVENT_PATH at load time; no pull request, no comment.
  printf '{"ref":"refs/heads/e2e","repository":{"full_name":"example/go-env-guard-e2e"}}\n' >"$rt/event.json"
  # Scenarios may run the action as another user (setpriv): like a runner's own files, these are
  # writable by whoever runs the step.
  chmod 755 "$WORK" "$w" "$rt"
  chmod 666 "$rt/output" "$rt/summary" "$rt/state" "$rt/env" "$rt/path"
  chmod 644 "$rt/event.json"
  chmod 1777 "$rt/temp"
  # The runner starts actions in GITHUB_WORKSPACE; working-directory is relative to it.
  (cd "$REPO" && exec timeout -k 10 "$limit" env \
    GITHUB_ACTIONS=true CI=true \
    GITHUB_WORKSPACE="$REPO" GITHUB_REPOSITORY=example/go-env-guard-e2e GITHUB_EVENT_NAME=push \
    GITHUB_REF=refs/heads/e2e GITHUB_SHA=0000000000000000000000000000000000000000 \
    GITHUB_RUN_ID=1 GITHUB_RUN_ATTEMPT=1 GITHUB_JOB=e2e GITHUB_WORKFLOW=e2e GITHUB_ACTION=go-env-guard \
    GITHUB_SERVER_URL=https://github.com GITHUB_API_URL=https://api.github.com \
    GITHUB_OUTPUT="$rt/output" GITHUB_STEP_SUMMARY="$rt/summary" GITHUB_STATE="$rt/state" \
    GITHUB_ENV="$rt/env" GITHUB_PATH="$rt/path" GITHUB_EVENT_PATH="$rt/event.json" \
    RUNNER_TEMP="$rt/temp" RUNNER_OS=Linux RUNNER_ARCH=X64 RUNNER_NAME=go-env-guard-e2e \
    RUNNER_ENVIRONMENT=self-hosted \
    "INPUT_GO-TEST=$* ./$dir" INPUT_WORKING-DIRECTORY=e2e INPUT_RESULTS= INPUT_TUNE=plan \
    INPUT_RESTORE=true INPUT_COMMENT=never INPUT_GITHUB-TOKEN= INPUT_DOCKERFILES= INPUT_GO-PROBE=auto \
    INPUT_FAIL-ON=never \
    bash "e2e/$dir/run.sh" node "$REPO/dist/index.js") >"$w/action.log" 2>&1 <&0 &
  echo $! >>"$WORK/pids"
  wait $! || rc=$?
  echo $rc >"$w/action.rc"
  [ $rc = 77 ] && return 0
  report=$(output_value "$rt/output" report)
  if [ -n "$report" ] && [ -f "$report" ]; then cp "$report" "$w/action.json"; else : >"$w/action.json"; fi
  if [ -n "$report" ]; then
    node "$E2E_DIR/lib/check.mjs" "$dir/scenario.json" "$w/action.json" action "$rc" "$REPO" "$WORK/rules.json" >"$w/action.check" 2>&1
  else
    echo '{"ok":false,"got":"not wired","confidence":"-","problems":["no `report` output in GITHUB_OUTPUT"]}' >"$w/action.check"
  fi
}

# run_scenario NAME PARALLEL: one scenario, both ways; PARALLEL=1 runs the two ways at once (only for
# scenarios that change nothing shared: controls whose point is a long timeout).
run_scenario() {
  local name=$1 parallel=$2 dir="scenarios/$1" w="$WORK/$1" start secs rule conf control expected limit
  local -a args
  mkdir -p "$w"
  if [ ! -d "$dir" ]; then result "$name" FAIL - "no such scenario" - 0 "no directory e2e/$dir"; return; fi
  if [ ! -f "$dir/scenario.json" ] || [ ! -f "$dir/run.sh" ]; then
    result "$name" FAIL - incomplete - 0 "missing $( [ -f "$dir/scenario.json" ] || printf 'scenario.json ')$( [ -f "$dir/run.sh" ] || printf run.sh)"
    return
  fi
  if ! scenario_field "$dir/scenario.json" 's' >/dev/null 2>"$w/json.err"; then
    result "$name" FAIL - "bad scenario.json" - 0 "scenario.json: $(head -c 200 "$w/json.err" | tr '\n\t' '  ')"
    return
  fi
  mapfile -t args < <(scenario_field "$dir/scenario.json" 's.goTestArgs || []' | grep -v '^-json$')
  rule=$(scenario_field "$dir/scenario.json" 's.rule')
  conf=$(scenario_field "$dir/scenario.json" 's.confidence')
  control=$(scenario_field "$dir/scenario.json" 's.control === true')
  expected=${rule:-none}
  [ -n "$rule" ] && [ -n "$conf" ] && expected="$expected $conf"
  [ "$control" = true ] && expected="$expected (control)"
  limit=$(run_limit "${args[@]}")
  start=$(date +%s)

  # Warm the shared build cache outside the condition (compiling under a pids or memory limit is not
  # what the scenario is about; go test still compiles and links inside it). Failures are ignored:
  # for build-failure scenarios they are the point.
  timeout -k 5 120 go test -c -o "$w/warm.test" "${args[@]}" "./$dir" >"$w/warm.log" 2>&1 || true
  rm -f "$w/warm.test"

  if [ "$parallel" = 1 ]; then
    cli_run "$name" "$dir" "$limit" "${args[@]}" &
    action_run "$name" "$dir" "$limit" "${args[@]}"
    wait
  else
    cli_run "$name" "$dir" "$limit" "${args[@]}"
    if [ "$(cat "$w/cli.rc")" != 77 ]; then action_run "$name" "$dir" "$limit" "${args[@]}"; fi
  fi
  secs=$(($(date +%s) - start))
  if [ "$(cat "$w/cli.rc")" = 77 ] || [ "$(cat "$w/action.rc" 2>/dev/null)" = 77 ]; then
    local reason
    reason=$(cat "$w/cli.err" "$w/action.log" 2>/dev/null | grep -v '^e2e: ' | grep . | tail -n 1)
    result "$name" SKIP "$expected" "skip: ${reason:-mechanism missing}" - "$secs" "${reason:-mechanism missing}"
    return
  fi
  local verdict
  verdict=$(node -e '
    const fs = require("fs");
    const read = p => {
      let text = "";
      try { text = fs.readFileSync(p, "utf8"); return JSON.parse(text.trim().split("\n").pop()) }
      catch { return { ok: false, got: "checker error", confidence: "-", problems: [text.slice(0, 300)] } }
    };
    const a = read(process.argv[1]), b = read(process.argv[2]);
    const got = a.got === b.got ? a.got : `cli ${a.got} / action ${b.got}`;
    const conf = a.confidence === b.confidence ? a.confidence : `${a.confidence}/${b.confidence}`;
    const probs = [...a.problems.map(p => "cli: " + p), ...b.problems.map(p => "action: " + p)];
    process.stdout.write([a.ok && b.ok ? "PASS" : "FAIL", got, conf, probs.join("; ").replace(/[\t\n]/g, " ")].join("\t"));
  ' "$w/cli.check" "$w/action.check")
  local ok got gotconf probs
  IFS=$'\t' read -r ok got gotconf probs <<<"$verdict"
  result "$name" "$ok" "$expected" "$got" "$gotconf" "$secs" \
    "${probs:+$probs }(cli exit $(cat "$w/cli.rc"), action exit $(cat "$w/action.rc"); logs: $w/)"
  if [ "${E2E_VERBOSE:-}" = 1 ]; then
    echo "e2e: $name: $ok $probs" >&2
    tail -n 5 "$w/cli.err" "$w/action.log" >&2
  fi
}

# Background jobs of this script: stop them (their run.sh traps restore what they changed) when the
# suite is interrupted. `timeout` passes TERM on to its command.
: >"$WORK/pids"
e2e_on_exit 'for p in $(cat "$WORK/pids" 2>/dev/null); do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true'

suite_start=$(date +%s)
# Controls whose point is a long timeout change nothing shared: start them first, in the background,
# both ways at once, while the others run one by one.
declare -a serial=() background=()
for name in "${names[@]}"; do
  f="scenarios/$name/scenario.json"
  if [ -f "$f" ] && [ "$(scenario_field "$f" 's.control === true && s.kind === "timeout"' 2>/dev/null)" = true ]; then
    background+=("$name")
  else
    serial+=("$name")
  fi
done
for name in "${background[@]}"; do
  echo "e2e: $name: started in the background" >&2
  run_scenario "$name" 1 &
done
for name in "${serial[@]}"; do
  run_scenario "$name" 0
done
wait

declare -a rows=() failures_detail=()
passed=0
failed=0
skipped=0
for name in "${names[@]}"; do
  if [ -f "$WORK/$name/result" ]; then
    IFS=$'\t' read -r verdict expected got gotconf secs detail <"$WORK/$name/result"
  else
    verdict=FAIL expected=- got="no result" gotconf=- secs=0 detail="the scenario did not finish"
  fi
  rows+=("$(printf '%-28s %-32s %-30s %-11s %7s  %s' "$name" "$expected" "$got" "$gotconf" "$secs" "$verdict")")
  case $verdict in
    PASS) passed=$((passed + 1)) ;;
    SKIP) skipped=$((skipped + 1)); echo "e2e: $name: skipped: $detail" >&2 ;;
    *) failed=$((failed + 1)); failures_detail+=("$name: $detail") ;;
  esac
done

E2E_FINISHED=1
total=$(($(date +%s) - suite_start))
printf '\n%-28s %-32s %-30s %-11s %7s  %s\n' scenario expected got confidence seconds verdict
printf '%s\n' "${rows[@]}"
if [ ${#failures_detail[@]} -gt 0 ]; then
  echo
  echo "failed scenarios:"
  printf '  %s\n' "${failures_detail[@]}"
  E2E_KEEP=1
fi
echo
echo "e2e: total ${total}s"
echo "e2e: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
