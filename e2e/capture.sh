#!/usr/bin/env bash
# Capture real fixtures from e2e scenarios.
#
#   bash e2e/capture.sh NAME [NAME...]      (or `all`)
#
# For each scenario e2e/scenarios/NAME (see e2e/README.md) this runs, from e2e/:
#   bash scenarios/NAME/run.sh go test -json <goTestArgs> ./scenarios/NAME   -> go-test.json, exit-code.txt
#   bash scenarios/NAME/run.sh go test <goTestArgs> ./scenarios/NAME         -> go-test.txt
#   bash scenarios/NAME/run.sh node ../dist/cli.js doctor --json --go-probe off
#                                                                            -> facts.json (the report's
#                                                                               "facts", probed INSIDE
#                                                                               the condition)
# and writes them, with CAPTURED.md (date, kernel, go version, commands, exit codes), to
# __tests__/fixtures/real/NAME/. A scenario whose run.sh exits 77 (mechanism missing) is reported and
# left untouched. facts.json is skipped (and CAPTURED.md says why) until `doctor --json` works.
#
# Environment: E2E_CAPTURE_TIMEOUT (seconds per command, default 240).
set -uo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$E2E_DIR/.." && pwd)"
OUT_ROOT="$REPO/__tests__/fixtures/real"
TIMEOUT=${E2E_CAPTURE_TIMEOUT:-240}
# One shared build cache, so that compiling inside a limited condition is mostly cache hits.
export GOCACHE=${GOCACHE:-$(go env GOCACHE)}
export GOFLAGS=${GOFLAGS:-}
export GOTOOLCHAIN=local

usage() {
  echo "usage: bash e2e/capture.sh NAME [NAME...] | all" >&2
  exit 2
}
[ $# -ge 1 ] || usage

if [ "$1" = all ]; then
  set -- $(cd "$E2E_DIR/scenarios" && ls -d */ 2>/dev/null | tr -d /)
fi

# json_get FILE EXPR: evaluate a JS expression over the parsed scenario.json (bound to `s`).
json_get() {
  node -e '
    const fs = require("fs");
    const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const v = eval(process.argv[2]);
    if (Array.isArray(v)) process.stdout.write(v.join("\n"));
    else if (v !== undefined && v !== null) process.stdout.write(String(v));
  ' "$1" "$2"
}

# without_json ARGS...: the goTestArgs minus -json (they should not contain it, but be safe).
status=0
for name in "$@"; do
  dir="$E2E_DIR/scenarios/$name"
  if [ ! -f "$dir/run.sh" ] || [ ! -f "$dir/scenario.json" ]; then
    echo "capture: $name: no scenarios/$name/{run.sh,scenario.json}" >&2
    status=1
    continue
  fi
  mapfile -t args < <(json_get "$dir/scenario.json" 's.goTestArgs || []' | grep -v '^-json$')
  out="$OUT_ROOT/$name"
  tmp=$(mktemp -d "/tmp/go-env-guard-e2e-capture.$name.XXXXXX")

  echo "capture: $name: go test -json ${args[*]} ./scenarios/$name" >&2
  start=$(date +%s)
  (cd "$E2E_DIR" && timeout -k 10 "$TIMEOUT" bash "scenarios/$name/run.sh" go test -json "${args[@]}" "./scenarios/$name") \
    >"$tmp/go-test.json" 2>"$tmp/stderr-json.txt"
  rc_json=$?
  secs=$(($(date +%s) - start))
  if [ $rc_json = 77 ]; then
    echo "capture: $name: skipped: $(tail -n 1 "$tmp/stderr-json.txt")" >&2
    rm -rf "$tmp"
    continue
  fi

  (cd "$E2E_DIR" && timeout -k 10 "$TIMEOUT" bash "scenarios/$name/run.sh" go test "${args[@]}" "./scenarios/$name") \
    >"$tmp/go-test.txt" 2>"$tmp/stderr-txt.txt"
  rc_txt=$?
  # go test prints build errors on stderr; a user's saved plain log has both streams.
  cat "$tmp/stderr-txt.txt" >>"$tmp/go-test.txt"

  facts_note="written"
  if [ -f "$REPO/dist/cli.js" ]; then
    (cd "$E2E_DIR" && timeout -k 10 "$TIMEOUT" bash "scenarios/$name/run.sh" node "$REPO/dist/cli.js" doctor --json --go-probe off) \
      >"$tmp/doctor.json" 2>"$tmp/stderr-doctor.txt"
    rc_doc=$?
    if node -e '
        const fs = require("fs");
        const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        if (!r || typeof r !== "object" || !r.facts || typeof r.facts !== "object") process.exit(1);
        fs.writeFileSync(process.argv[2], JSON.stringify(r.facts, null, 2) + "\n");
      ' "$tmp/doctor.json" "$tmp/facts.json" 2>/dev/null; then
      facts_note="written from \`doctor --json\` (exit $rc_doc): its \`facts\` object"
    else
      facts_note="NOT written: \`doctor --json --go-probe off\` (exit $rc_doc) did not print a report with \`facts\` yet"
      rm -f "$tmp/facts.json"
    fi
  else
    facts_note="NOT written: dist/cli.js missing (run \`npm run bundle\`)"
  fi

  mkdir -p "$out"
  rm -f "$out/go-test.json" "$out/go-test.txt" "$out/exit-code.txt"
  cp "$tmp/go-test.json" "$out/go-test.json"
  cp "$tmp/go-test.txt" "$out/go-test.txt"
  [ -f "$tmp/facts.json" ] && cp "$tmp/facts.json" "$out/facts.json"
  echo "$rc_json" >"$out/exit-code.txt"
  {
    echo "# Captured: $name"
    echo
    echo "Captured by \`bash e2e/capture.sh $name\` (e2e/capture.sh, e2e/scenarios/$name/run.sh)."
    echo
    echo "- Date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "- Kernel: $(uname -srm)"
    echo "- Go: $(go version)"
    echo "- Node: $(node --version)"
    echo "- cgroup: $(if [ -f /sys/fs/cgroup/cgroup.controllers ]; then echo v2; else echo "v1 (hybrid: $(ls /sys/fs/cgroup | tr '\n' ' '))"; fi)"
    echo "- User: uid $(id -u)"
    echo
    echo "Scenario: $(json_get "$dir/scenario.json" 's.description')"
    echo
    echo "| file | command (cwd e2e/) | exit |"
    echo "|---|---|---|"
    echo "| go-test.json | \`bash scenarios/$name/run.sh go test -json ${args[*]} ./scenarios/$name\` | $rc_json (${secs}s) |"
    echo "| go-test.txt | \`bash scenarios/$name/run.sh go test ${args[*]} ./scenarios/$name\` (stdout, then stderr) | $rc_txt |"
    echo "| facts.json | \`bash scenarios/$name/run.sh node dist/cli.js doctor --json --go-probe off\` | $facts_note |"
    echo
    echo "exit-code.txt is the status of the \`-json\` run."
    if [ -s "$tmp/stderr-json.txt" ]; then
      echo
      echo "stderr of the \`-json\` run (run.sh and go):"
      echo
      echo '```'
      head -c 4000 "$tmp/stderr-json.txt"
      echo '```'
    fi
  } >"$out/CAPTURED.md"
  rm -rf "$tmp"
  echo "capture: $name: exit $rc_json (plain $rc_txt), ${secs}s -> ${out#"$REPO"/}" >&2
done
exit $status
