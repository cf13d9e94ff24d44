#!/usr/bin/env bash
# Captures real `go test` output from the fixture module testdata/gotest/ for the parser tests in
# __tests__/gotest/. For each scenario and each mode (-json, -v, plain) it writes
#   __tests__/fixtures/gotest/go<version>/<scenario>.<mode>.txt   stdout and stderr of go test (2>&1, as CI logs do)
#   __tests__/fixtures/gotest/go<version>/<scenario>.<mode>.verdict.json
# The verdict is what go test ITSELF said: its exit code, its own `ok`/`FAIL`/`?` summary lines, and, for
# the -json mode, the last terminal event per package and per test, decoded by a tiny Go program with
# encoding/json (not by our parser), so the tests compare the parser with go test's own verdicts.
#
# Usage: [ONLY=scenario,...] scripts/capture-gotest.sh [go-version ...]     (default: the local go, plus go1.22.12 and go1.19.13,
# downloaded by the go command from the module proxy through GOTOOLCHAIN).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mod="$root/testdata/gotest"
out_root="$root/__tests__/fixtures/gotest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The verdict extractor: reads a test2json stream (skipping non-JSON lines, as cmd/go mixes them in
# before Go 1.24) and prints the terminal verdicts.
mkdir -p "$work/verdicts"
cat > "$work/verdicts/go.mod" <<'GOMOD'
module verdicts

go 1.19
GOMOD
cat > "$work/verdicts/main.go" <<'GOSRC'
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action      string
	Package     string
	Test        string
	Elapsed     *float64
	FailedBuild string
	ImportPath  string
}

func main() {
	pkgs := map[string]map[string]any{}
	tests := map[string]string{}
	var order []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 || line[0] != '{' {
			continue
		}
		var e event
		if json.Unmarshal(line, &e) != nil || e.Package == "" {
			continue
		}
		if e.Test != "" {
			key := e.Package + " " + e.Test
			switch e.Action {
			case "run":
				if _, ok := tests[key]; !ok {
					order = append(order, key)
					tests[key] = "running"
				}
			case "pass", "fail", "skip":
				if _, ok := tests[key]; !ok {
					order = append(order, key)
				}
				tests[key] = e.Action
			}
			continue
		}
		switch e.Action {
		case "pass", "fail", "skip":
			p := map[string]any{"action": e.Action}
			if e.FailedBuild != "" {
				p["failedBuild"] = e.FailedBuild
			}
			pkgs[e.Package] = p
		case "start":
			if _, ok := pkgs[e.Package]; !ok {
				pkgs[e.Package] = map[string]any{"action": "none"}
			}
		}
	}
	_ = order
	keys := make([]string, 0, len(tests))
	for k := range tests {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := map[string]any{"packages": pkgs}
	tl := []map[string]string{}
	for _, k := range keys {
		i := strings.Index(k, " ")
		tl = append(tl, map[string]string{"package": k[:i], "test": k[i+1:], "action": tests[k]})
	}
	out["tests"] = tl
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}
GOSRC
(cd "$work/verdicts" && GOTOOLCHAIN=local go build -o "$work/verdicts-bin" .)

# name | directory (relative to the module) | packages | extra flags | extra env
scenarios=(
  "pass|.|./pass|-run=. -bench=Tiny -benchtime=1x|"
  "fail|.|./fail||"
  "subtests|.|./subtests||"
  "parallel|.|./parallel||"
  "panic|.|./panicky||"
  "timeout|.|./timeout|-timeout=3s|"
  "buildfail|.|./buildfail||"
  "setupfail|.|./setupfail||"
  "skip|.|./skip||"
  "race|.|./race|-race|"
  "killed|.|./killed||"
  "killed-quiet|.|./killed||ENVGUARD_QUIET_KILL=1"
  "exit|.|./exit||"
  "longline|.|./longline||"
  "notests|.|./notests||"
  "all|.|./...|-timeout=4s|"
  "nested|nested|./...||"
  "linkfail|linkfail|./...||"
)

capture() { # version
  local ver=$1 dir="$out_root/go$1" tc
  if [ "$ver" = "$(go env GOVERSION | sed 's/^go//')" ]; then tc=local; else tc="go$ver"; fi
  mkdir -p "$dir"
  for s in "${scenarios[@]}"; do
    IFS='|' read -r name sub pkgs flags envs <<<"$s"
    # ONLY=name1,name2: capture just those scenarios (the others' files stay as they are).
    if [ -n "${ONLY:-}" ] && [[ ",$ONLY," != *",$name,"* ]]; then continue; fi
    for mode in json v text; do
      local mflag=""
      case $mode in json) mflag=-json ;; v) mflag=-v ;; esac
      local f="$dir/$name.$mode.txt" rc=0
      # -count=1: never a cached "(cached)" result; GOFLAGS cleared so the machine's defaults do not leak in.
      # shellcheck disable=SC2086
      (cd "$mod/$sub" && env GOTOOLCHAIN="$tc" GOFLAGS= $envs go test $mflag -count=1 $flags $pkgs) >"$f" 2>&1 || rc=$?
      # This machine's paths stay as they are (the tests know the repo root was $root).
      local summary
      summary=$(grep -E $'^(ok  |FAIL|\\?   )\t' "$f" | sed -E $'s/\t[0-9.]+s$//' | jq -R . | jq -s . || true)
      if [ "$mode" = json ]; then
        "$work/verdicts-bin" <"$f" >"$work/v.json"
      else
        echo '{}' >"$work/v.json"
      fi
      jq --arg go "$ver" --arg args "go test $mflag -count=1 $flags $pkgs" --arg cwd "testdata/gotest/${sub#.}" \
        --arg env "$envs" --argjson rc "$rc" --argjson summary "$summary" --arg root "$root" \
        '{go: $go, command: $args, cwd: ($cwd | sub("/$"; "")), env: $env, captureRoot: $root, exitCode: $rc, summary: $summary} + .' \
        "$work/v.json" >"$dir/$name.$mode.verdict.json"
      echo "go$ver $name $mode: exit $rc"
    done
  done
}

versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then versions=("$(go env GOVERSION | sed 's/^go//')" 1.22.12 1.19.13); fi
for v in "${versions[@]}"; do capture "$v"; done
