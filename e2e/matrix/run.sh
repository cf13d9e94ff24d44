#!/usr/bin/env bash
# The real-projects fault matrix (e2e/matrix/README.md).
#
#   bash e2e/matrix/run.sh live     [PROJECT-FAULT...]   run go test of each project under each fault
#   bash e2e/matrix/run.sh captured [PROJECT-FAULT...]   re-diagnose the committed fixtures only
#
# live: fetches each project of projects.json through the Go module proxy (go mod download -json),
# copies it out of the module cache into $MATRIX_CACHE/src/NAME (kept: a second run does not fetch
# again), warms the build cache outside any fault, then for each (project, fault) pair runs, inside
# the fault (faults.sh), `go test -json -count=1 [-run R] ARGS PKGS` and `node dist/cli.js doctor
# --json --go-probe off`, and writes the pair's go-test.json, facts.json and meta.json to
# $MATRIX_OUT/fixtures/PAIR/ (MATRIX_UPDATE=1: to __tests__/fixtures/matrix/PAIR/, the committed ones).
# Then, for live and captured alike, every pair's log is diagnosed twice by the built CLI:
#   node dist/cli.js explain --no-probe --json go-test.json              (log only)
#   node dist/cli.js explain --facts facts.json --json go-test.json      (with the facts of the fault)
# and the table and totals are printed (lib.mjs score). A pair whose fault exits 77 is a skip.
#
# Environment: MATRIX_CACHE (default /var/cache/go-env-guard-matrix, or $XDG_CACHE_HOME/... when that
# is not writable), MATRIX_OUT (default a fresh /tmp/go-env-guard-matrix.XXXXXX, removed unless
# MATRIX_KEEP=1), MATRIX_UPDATE=1, MATRIX_STRICT=1 (exit 1 on a miss with facts or a control with an
# environmental cause), MATRIX_TIMEOUT (seconds per go test, default 150).
set -uo pipefail

MATRIX_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$MATRIX_DIR/../.." && pwd)"
# shellcheck source=../lib/common.sh
source "$MATRIX_DIR/../lib/common.sh"
FIXTURES="$REPO/__tests__/fixtures/matrix"
CLI="$REPO/dist/cli.js"
LIB="$MATRIX_DIR/lib.mjs"
MAX_LOG=${MATRIX_MAX_LOG:-200000}
TIMEOUT=${MATRIX_TIMEOUT:-150}

mode=${1:-}
case $mode in live | captured) shift ;; *) echo "usage: bash e2e/matrix/run.sh live|captured [PROJECT-FAULT...]" >&2; exit 2 ;; esac
[ -f "$CLI" ] || { echo "matrix: $CLI missing: run \`npm run bundle\` first" >&2; exit 2; }

OUT=${MATRIX_OUT:-$(mktemp -d /tmp/go-env-guard-matrix.XXXXXX)}
mkdir -p "$OUT/reports"
[ -n "${MATRIX_OUT:-}" ] || e2e_on_exit '[ "${MATRIX_KEEP:-}" = 1 ] && echo "matrix: work directory kept: $OUT" >&2 || rm -rf "$OUT"'
: >"$OUT/reports/skips.tsv"
node "$CLI" rules --json >"$OUT/rules.json"

mapfile -t ALL_PROJECTS < <(node -e 'for (const p of require(process.argv[1])) console.log(p.name)' "$MATRIX_DIR/projects.json")
mapfile -t ALL_FAULTS < <(node -e 'for (const k of Object.keys(require(process.argv[1]))) console.log(k)' "$MATRIX_DIR/faults.json")

# proj FIELD NAME: a field of the project (arrays one per line)
proj() {
  node -e '
    const p = require(process.argv[1]).find(p => p.name === process.argv[3])
    if (!p) process.exit(1)
    const v = p[process.argv[2]]
    if (Array.isArray(v)) { if (v.length) console.log(v.join("\n")) } else if (v !== undefined && v !== "") console.log(String(v))
  ' "$MATRIX_DIR/projects.json" "$1" "$2"
}

# pairs: the arguments, or every project x fault
pairs=()
if [ $# -gt 0 ]; then
  pairs=("$@")
elif [ "$mode" = live ]; then
  for p in "${ALL_PROJECTS[@]}"; do for f in "${ALL_FAULTS[@]}"; do pairs+=("$p-$f"); done; done
fi

# split_pair PAIR: sets P and F (project names may contain '-': match a known fault as the suffix)
split_pair() {
  local pair=$1 f
  P="" F=""
  for f in "${ALL_FAULTS[@]}"; do
    case $pair in *-"$f") if [ ${#f} -gt ${#F} ]; then F=$f; P=${pair%-"$f"}; fi ;; esac
  done
  [ -n "$F" ] && proj name "$P" >/dev/null
}

if [ "$mode" = live ]; then
  [ "$(id -u)" = 0 ] || { echo "matrix: live needs root (cgroups, namespaces); use captured" >&2; exit 2; }
  if [ -z "${MATRIX_CACHE:-}" ]; then
    MATRIX_CACHE=/var/cache/go-env-guard-matrix
    mkdir -p "$MATRIX_CACHE" 2>/dev/null && [ -w "$MATRIX_CACHE" ] || MATRIX_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-matrix"
  fi
  mkdir -p "$MATRIX_CACHE/src"
  export GOTOOLCHAIN=local GOFLAGS=-mod=mod NO_COLOR=1
  export GOCACHE="$MATRIX_CACHE/gocache"
  export GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)}
  GOROOT_SRC="$(go env GOROOT)/src"
  FIX_OUT="$OUT/fixtures"
  [ "${MATRIX_UPDATE:-}" = 1 ] && FIX_OUT=$FIXTURES
  mkdir -p "$FIX_OUT"
  e2e_sweep
  e2e_on_exit 'e2e_sweep'

  # --- fetch and warm the projects the pairs need
  declare -A WARM=() BROKEN=()
  for pair in "${pairs[@]}"; do
    split_pair "$pair" || { echo "matrix: unknown pair $pair" >&2; exit 2; }
    [ -n "${WARM[$P]:-}" ] && continue
    WARM[$P]=1
    if [ "$(proj std "$P")" = true ]; then
      dir=$GOROOT_SRC
    else
      mod=$(proj module "$P")
      ver=$(proj version "$P")
      dir="$MATRIX_CACHE/src/$P"
      if [ "$(cat "$dir/.matrix-module" 2>/dev/null)" != "$mod@$ver" ]; then
        echo "matrix: fetching $mod@$ver" >&2
        moddir=$(go mod download -json "$mod@$ver" | node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (r.Error) { console.error(r.Error); process.exit(1) } console.log(r.Dir)') ||
          { echo "matrix: cannot download $mod@$ver: its pairs are skipped" >&2; BROKEN[$P]="cannot download $mod@$ver"; continue; }
        rm -rf "$dir"
        cp -r "$moddir" "$dir"
        chmod -R u+w "$dir"
        # a module without a go directive would be read as go 1.16 (no -mod=mod defaults needed then)
        grep -q '^go ' "$dir/go.mod" || echo 'go 1.17' >>"$dir/go.mod"
        echo "$mod@$ver" >"$dir/.matrix-module"
      fi
    fi
    mapfile -t pkgs < <(proj packages "$P")
    echo "matrix: warming $P (go test -run '^\$' ${pkgs[*]})" >&2
    goflags=$GOFLAGS
    [ "$(proj std "$P")" = true ] && goflags=""
    (cd "$dir" && GOFLAGS=$goflags go test -count=1 -run '^$' "${pkgs[@]}" >"$OUT/warm-$P.txt" 2>&1) ||
      { echo "matrix: $P does not build here:" >&2; tail -5 "$OUT/warm-$P.txt" >&2; }
  done

  # --- run every pair inside its fault
  export GOPROXY=off # inside the faults nothing is fetched (network namespaces have no route anyway)
  # run_pair PAIR: one pair inside its fault, then its fixture
  run_pair() {
    local pair=$1 P F dir ver mod run rc rc_doc secs start w d exp dropped
    local -a pkgs extra args
    split_pair "$pair"
    if [ -n "${BROKEN[$P]:-}" ]; then printf '%s\t%s\n' "$pair" "${BROKEN[$P]}" >>"$OUT/reports/skips.tsv"; return 0; fi
    if [ "$(proj std "$P")" = true ]; then dir=$GOROOT_SRC; ver="go$(go env GOVERSION | sed 's/^go//')"; mod=std; else dir="$MATRIX_CACHE/src/$P"; ver=$(proj version "$P"); mod=$(proj module "$P"); fi
    mapfile -t pkgs < <(proj packages "$P")
    mapfile -t extra < <(proj args "$P")
    run=$(proj run "$P")
    args=(-json -count=1)
    [ -n "$run" ] && args+=("-run=$run")
    args+=("${extra[@]}")
    w="$OUT/run/$pair"
    mkdir -p "$w"
    start=$(date +%s)
    # the standard library is its own (vendored) module: -mod=mod would send it to the proxy
    local goflags=$GOFLAGS
    [ "$(proj std "$P")" = true ] && goflags=""
    (cd "$dir" && GOFLAGS=$goflags timeout -k 10 "$TIMEOUT" bash "$MATRIX_DIR/faults.sh" "$F" go test "${args[@]}" "${pkgs[@]}") \
      >"$w/stdout.json" 2>"$w/stderr.txt" </dev/null
    rc=$?
    secs=$(($(date +%s) - start))
    if [ $rc = 77 ]; then
      printf '%s\t%s\n' "$pair" "$(grep -v '^e2e: ' "$w/stderr.txt" | tail -n 1)" >>"$OUT/reports/skips.tsv"
      echo "matrix: $pair: skipped: $(tail -n 1 "$w/stderr.txt")" >&2
      return 0
    fi
    (cd "$dir" && timeout -k 10 60 bash "$MATRIX_DIR/faults.sh" "$F" node "$CLI" doctor --json --go-probe off --dir "$dir") \
      >"$w/doctor.json" 2>"$w/doctor.err" </dev/null
    rc_doc=$?
    d="$FIX_OUT/$pair"
    rm -rf "$d"
    mkdir -p "$d"
    node "$LIB" log "$d/go-test.json" "$w/stdout.json" "$w/stderr.txt"
    dropped=$(node "$LIB" trim "$d/go-test.json" "$MAX_LOG")
    node "$LIB" facts "$w/doctor.json" "$d/facts.json" || { echo "matrix: $pair: doctor --json (exit $rc_doc) gave no facts: $(tail -n 2 "$w/doctor.err")" >&2; rm -f "$d/facts.json"; }
    # Where node cannot run inside the fault (NOFILE 16, clone3 EPERM), the documented outside path:
    # the shell-only facts dump inside the same fault, explained afterwards (docs/rules/seccomp-blocked.md).
    local shfacts=""
    if [ ! -f "$d/facts.json" ]; then
      (cd "$dir" && timeout -k 10 60 bash "$MATRIX_DIR/faults.sh" "$F" sh "$REPO/scripts/facts.sh") >"$w/facts-sh.json" 2>"$w/facts-sh.err" </dev/null
      if node "$LIB" facts "$w/facts-sh.json" "$d/facts.json"; then shfacts=1; else rm -f "$d/facts.json"; fi
    fi
    exp=$(node "$LIB" expected "$d/go-test.json" "$rc" "$F" "$MATRIX_DIR/faults.json")
    local nofacts=""
    [ -f "$d/facts.json" ] && [ -z "$shfacts" ] || nofacts=$( { grep -m1 -E '^[A-Za-z]*Error' "$w/doctor.err" || grep -v '^e2e: ' "$w/doctor.err" | grep -m1 -E 'error|fault|Segmentation' || echo "no output"; } | head -c 200)
    [ -f "$d/facts.json" ] && [ -z "$shfacts" ] || [ "$rc_doc" -le 128 ] || nofacts="killed by signal $((rc_doc - 128)); $nofacts"
    MSHFACTS=$shfacts MNOFACTS=$nofacts MP=$P MF=$F MMOD=$mod MVER=$ver MRC=$rc MSECS=$secs MEXP=$exp MDROP=$dropped MDOC=$rc_doc MDIR=$dir \
      MCMD="cd ${dir/#$MATRIX_CACHE/\$MATRIX_CACHE} && bash e2e/matrix/faults.sh $F go test ${args[*]} ${pkgs[*]}" \
      MGO="$(go version)" MKERNEL="$(uname -srm)" MSTDERR="$(grep '^e2e: ' "$w/stderr.txt" | head -c 2000)" \
      node -e '
        const e = process.env
        const meta = {
          project: e.MP, module: e.MMOD, version: e.MVER, packages: process.argv.slice(2), fault: e.MF,
          faultDescription: require(process.argv[1])[e.MF].description,
          command: e.MCMD, exitCode: Number(e.MRC), seconds: Number(e.MSECS), expected: e.MEXP,
          log: "stdout of go test -json, then its stderr without the fault wrapper'"'"'s own e2e:/skip: lines" +
            (Number(e.MDROP) ? `; ${e.MDROP} whole lines dropped to stay under the size bound (output of passed tests first)` : ""),
          facts: e.MSHFACTS
            ? "scripts/facts.sh (shell only) inside the same fault: `node dist/cli.js doctor --json --go-probe off` there exited " + e.MDOC + " without a report (" + e.MNOFACTS + ")"
            : e.MNOFACTS
            ? "none: `node dist/cli.js doctor --json --go-probe off` inside the same fault exited " + e.MDOC + " without a report (" + e.MNOFACTS + "); with facts = log only"
            : "facts of `node dist/cli.js doctor --json --go-probe off` run inside the same fault (exit " + e.MDOC + ")",
          harness: e.MSTDERR ? e.MSTDERR.split("\n") : [],
          date: new Date().toISOString(), go: e.MGO, kernel: e.MKERNEL
        }
        process.stdout.write(JSON.stringify(meta, null, 2) + "\n")
      ' "$MATRIX_DIR/faults.json" "${pkgs[@]}" >"$d/meta.json"
    echo "matrix: $pair: exit $rc, ${secs}s, expected $exp" >&2
  }

  # MATRIX_JOBS pairs at a time (default 2: one per core); each pair has its own cgroup/namespace
  JOBS=${MATRIX_JOBS:-2}
  for pair in "${pairs[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
    run_pair "$pair" &
  done
  wait
  SRC=$FIX_OUT
else
  SRC=$FIXTURES
  [ $# -gt 0 ] || mapfile -t pairs < <(find "$SRC" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | LC_ALL=C sort)
fi

# --- diagnose every pair with the built CLI, log only and with facts
for pair in "${pairs[@]}"; do
  d="$SRC/$pair"
  [ -f "$d/meta.json" ] || continue
  r="$OUT/reports/$pair"
  mkdir -p "$r"
  (cd "$d" && node "$CLI" explain --no-probe --json go-test.json) >"$r/explain-log-only.json" 2>"$r/explain-log-only.err"
  if [ -f "$d/facts.json" ]; then
    (cd "$d" && node "$CLI" explain --facts facts.json --json go-test.json) >"$r/explain-with-facts.json" 2>"$r/explain-with-facts.err"
  else
    cp "$r/explain-log-only.json" "$r/explain-with-facts.json"
  fi
done

echo
echo "=== real-projects fault matrix ($mode; fixtures: ${SRC#"$REPO"/})"
names=()
for pair in "${pairs[@]}"; do [ -f "$SRC/$pair/meta.json" ] && names+=("$pair"); done
node "$LIB" score "$SRC" "$OUT/reports" "$OUT/rules.json" "${names[@]}"
