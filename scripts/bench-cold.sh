#!/usr/bin/env bash
# The main step's added cost on a fresh runner (issue 21): the action's go-test mode against plain
# `go test` of a small module, cold (an empty GOCACHE and an empty probe cache, as the first run of a
# cache key on a hosted runner) and warm (both caches filled by the cold run), as ratios, in one run.
#
#   bash scripts/bench-cold.sh [DIST...]     (default: dist; e.g. /work/main/dist dist for before/after)
#
# Each DIST is measured REPS times (default 3) per state and the median printed:
#   go test      GOCACHE=<state> go test -count=1 ./...  in a one-package module (imports testing, net)
#   action       the same through DIST/index.js (INPUT_GO-TEST, go-probe auto, dockerfiles off)
#   added        action - go test;  ratio  action / go test
set -uo pipefail
REPS=${REPS:-3}
dists=("$@")
[ ${#dists[@]} -gt 0 ] || dists=(dist)
work=$(mktemp -d /tmp/go-env-guard-bench-cold.XXXXXX)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
mod=$work/mod
mkdir -p "$mod"
cat >"$mod/go.mod" <<'EOF'
module example.com/small

go 1.22
EOF
cat >"$mod/small_test.go" <<'EOF'
package small

import (
	"net"
	"testing"
)

func TestListen(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
}
EOF
export GOTOOLCHAIN=local GOFLAGS= NO_COLOR=1

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# run_go CACHE: seconds of plain go test
run_go() {
  local t0 t1
  t0=$(now)
  (cd "$mod" && GOCACHE=$1 go test -count=1 ./... >/dev/null 2>&1)
  t1=$(now)
  echo "$t1 - $t0" | bc
}

# run_action DIST CACHE TOOLCACHE: seconds of the action's main step in go-test mode
run_action() {
  local dist=$1 rt t0 t1
  rt=$(mktemp -d "$work/rt.XXXXXX")
  mkdir -p "$rt/temp"
  : >"$rt/output"; : >"$rt/summary"; : >"$rt/state"; : >"$rt/env"; : >"$rt/path"
  printf '{"ref":"refs/heads/b","repository":{"full_name":"example/bench"}}\n' >"$rt/event.json"
  t0=$(now)
  (cd "$mod" && env GOCACHE="$2" RUNNER_TOOL_CACHE="$3" GITHUB_ACTIONS=true CI=true GITHUB_WORKSPACE="$mod" \
    GITHUB_REPOSITORY=example/bench GITHUB_EVENT_NAME=push GITHUB_REF=refs/heads/b \
    GITHUB_SHA=0000000000000000000000000000000000000000 GITHUB_RUN_ID=1 GITHUB_RUN_ATTEMPT=1 GITHUB_JOB=b \
    GITHUB_OUTPUT="$rt/output" GITHUB_STEP_SUMMARY="$rt/summary" GITHUB_STATE="$rt/state" GITHUB_ENV="$rt/env" \
    GITHUB_PATH="$rt/path" GITHUB_EVENT_PATH="$rt/event.json" RUNNER_TEMP="$rt/temp" RUNNER_OS=Linux \
    RUNNER_ENVIRONMENT=github-hosted "INPUT_GO-TEST=-count=1 ./..." INPUT_WORKING-DIRECTORY=. INPUT_RESULTS= \
    INPUT_TUNE=off INPUT_RESTORE=true INPUT_COMMENT=never INPUT_GITHUB-TOKEN= INPUT_DOCKERFILES= \
    INPUT_GO-PROBE=auto INPUT_FAIL-ON=never node "$dist/index.js" >"$rt/log" 2>&1)
  t1=$(now)
  grep -q 'go test passed\|✓\|passed' "$rt/summary" || echo "bench-cold: $dist: the action did not report a pass (see $rt/log)" >&2
  echo "$t1 - $t0" | bc
}

printf '%-22s %-5s %8s %8s %8s %7s\n' dist state "go test" action added ratio
for dist in "${dists[@]}"; do
  dist=$(cd "$dist" && pwd)
  declare -a gc=() ac=() gw=() aw=()
  for ((i = 0; i < REPS; i++)); do
    c1=$(mktemp -d "$work/gocache.XXXXXX")
    c2=$(mktemp -d "$work/gocache.XXXXXX")
    tc=$(mktemp -d "$work/toolcache.XXXXXX")
    gc+=("$(run_go "$c1")")
    ac+=("$(run_action "$dist" "$c2" "$tc")")
    # warm: the caches the cold runs filled
    gw+=("$(run_go "$c1")")
    aw+=("$(run_action "$dist" "$c2" "$tc")")
    chmod -R u+w "$c1" "$c2" "$tc" 2>/dev/null
    rm -rf "$c1" "$c2" "$tc"
  done
  for state in cold warm; do
    if [ $state = cold ]; then g=$(median "${gc[@]}"); a=$(median "${ac[@]}"); else g=$(median "${gw[@]}"); a=$(median "${aw[@]}"); fi
    printf '%-22s %-5s %7.2fs %7.2fs %7.2fs %6.2fx\n' "$(printf %s "$dist" | rev | cut -c1-22 | rev)" $state "$g" "$a" "$(echo "$a - $g" | bc)" "$(echo "$a / $g" | bc -l)"
  done
  unset gc ac gw aw
done
