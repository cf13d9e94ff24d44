#!/bin/bash
# The scenarios of the vm-cgroup2 tier, run inside the guest (see run.sh) by the host's bash, chrooted
# into the host's / with a pure cgroup v2 hierarchy at /sys/fs/cgroup (the guest's own).
#
#   bash guest.sh WORK          (WORK/guest.env written by run.sh; rows go to WORK/out/results.tsv)
#
# Each scenario makes its cgroup(s) under /sys/fs/cgroup/vmcg2-*, runs the product inside, checks what
# it said, removes the cgroup(s) and appends one row: name, verdict, expected, got, confidence,
# seconds, detail. The go command is go-shim.sh (prebuilt test binaries; see there).
set -uo pipefail
WORK=$1
# shellcheck source=/dev/null
source "$WORK/guest.env"
HERE="$REPO/e2e/vm-cgroup2"
# The product runs on run.sh's copy of e2e/ (WS), not in the checkout: doctor and test lint the whole
# repository that holds their directory, and over 9p under TCG walking the checkout's 3,300 entries cost
# seconds per run (e2e/ alone: 300).
WS="$WORK/ws"
OUT="$WORK/out"
CG=/sys/fs/cgroup
export PATH="$WORK/shim:$GO_BIN:$NODE_BIN:$PATH"
export VMCG2_GO="$GO_BIN/go" VMCG2_BIN="$WORK/bin" VMCG2_TEST2JSON="$WORK/bin/test2json"
export GOTOOLCHAIN=local GOFLAGS= GOCACHE=/tmp/go-build GOPATH=/tmp/go NO_COLOR=1 XDG_CACHE_HOME
export CGO_ENABLED=0
ROWS="$OUT/results.tsv" # each lane appends to its own file (ROWS.<lane>); run.sh prints them in order

up() { cut -d' ' -f1 /proc/uptime; }
log() { echo "vmcg2: $*"; }
# row NAME VERDICT EXPECTED GOT CONFIDENCE SECONDS DETAIL
row() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" | tr -d '\r' >>"$ROWS.${LANE:-0}"
  log "$1: $2 (got $4 $5, ${6}s) $7"
}
# selected NAME: whether VMCG2_ONLY (space-separated) lets it run.
selected() { [ -z "${VMCG2_ONLY:-}" ] || [[ " $VMCG2_ONLY " == *" $1 "* ]]; }
since() { awk -v a="$1" -v b="$(up)" 'BEGIN { printf "%.1f", b - a }'; }

# cg_make PATH 'file=value ...': create /sys/fs/cgroup/PATH with those settings ("_" stands for a
# space in a value: cpu.max=50000_100000).
cg_make() {
  local d="$CG/$1" kv
  mkdir -p "$d" || return 1
  for kv in $2; do
    printf '%s\n' "${kv#*=}" | tr _ ' ' >"$d/${kv%%=*}" || { log "cannot write ${kv#*=} to $d/${kv%%=*}"; return 1; }
  done
}
# cg_remove PATH...: kill what is left in them (deepest first) and remove them.
cg_remove() {
  local d p n
  for d in "$@"; do
    while IFS= read -r sub; do
      n=0
      while [ -s "$sub/cgroup.procs" ] && [ $n -lt 50 ]; do
        for p in $(cat "$sub/cgroup.procs"); do kill -KILL "$p" 2>/dev/null; done
        sleep 0.1
        n=$((n + 1))
      done
      rmdir "$sub" 2>/dev/null
    done < <(find "$CG/$d" -depth -type d 2>/dev/null)
  done
}
# in_cg PATH CMD...: run CMD inside /sys/fs/cgroup/PATH.
in_cg() {
  local d="$CG/$1"
  shift
  bash -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$d" "$@"
}
# verdict FILE: "ok<TAB>got<TAB>confidence<TAB>problems" from the checker's VERDICT_TSV file (FILE.tsv):
# read by bash, not by another node (a node start costs seconds under TCG, and a scenario had three).
verdict() {
  if [ -s "$1.tsv" ]; then
    cut -f1-4 "$1.tsv" | head -n 1
  else
    printf 'FAIL\tchecker error\t-\tno verdict from the checker: %s\n' "$(tail -c 300 "$1" 2>/dev/null | tr '\t\n' '  ')"
  fi
}
# action_env: the simulated runner environment of e2e/run.sh (a push event, no token, no comment).
# action_env RUNNER_DIR WORKSPACE: prints env assignments, one a line.
action_env() {
  local rt=$1 ws=$2
  mkdir -p "$rt/temp"
  : >"$rt/output"; : >"$rt/summary"; : >"$rt/state"; : >"$rt/env"; : >"$rt/path"
  printf '{"ref":"refs/heads/e2e","repository":{"full_name":"example/go-env-guard-e2e"}}\n' >"$rt/event.json"
  cat <<ENV
GITHUB_ACTIONS=true
CI=true
GITHUB_WORKSPACE=$ws
GITHUB_REPOSITORY=example/go-env-guard-e2e
GITHUB_EVENT_NAME=push
GITHUB_REF=refs/heads/e2e
GITHUB_SHA=0000000000000000000000000000000000000000
GITHUB_RUN_ID=1
GITHUB_RUN_ATTEMPT=1
GITHUB_JOB=vm-cgroup2
GITHUB_WORKFLOW=vm-cgroup2
GITHUB_ACTION=go-env-guard
GITHUB_SERVER_URL=https://github.com
GITHUB_API_URL=https://api.github.com
GITHUB_OUTPUT=$rt/output
GITHUB_STEP_SUMMARY=$rt/summary
GITHUB_STATE=$rt/state
GITHUB_ENV=$rt/env
GITHUB_PATH=$rt/path
GITHUB_EVENT_PATH=$rt/event.json
RUNNER_TEMP=$rt/temp
RUNNER_OS=Linux
RUNNER_ARCH=X64
RUNNER_NAME=vm-cgroup2
RUNNER_ENVIRONMENT=self-hosted
INPUT_WORKING-DIRECTORY=e2e
INPUT_TUNE=plan
INPUT_RESTORE=true
INPUT_COMMENT=never
INPUT_GITHUB-TOKEN=
INPUT_DOCKERFILES=
INPUT_GO-PROBE=auto
INPUT_FAIL-ON=never
ENV
}
# state_env RUNNER_DIR: the STATE_* variables the runner gives the post step (from GITHUB_STATE: NAME=VALUE
# lines and NAME<<DELIM heredocs; a heredoc's lines are joined with a literal \n, as before).
state_env() {
  awk '
    d != "" { if ($0 == d) { print "STATE_" n "=" v; d = ""; next } v = first ? $0 : v "\\n" $0; first = 0; next }
    match($0, /^[^=<]+<</) && length($0) > RLENGTH { n = substr($0, 1, RLENGTH - 2); d = substr($0, RLENGTH + 1); v = ""; first = 1; next }
    index($0, "=") > 0 { print "STATE_" $0 }
    END { if (d != "") print "STATE_" n "=" v }
  ' "$1/state"
}
# output_value FILE NAME: the last value of an output in a GITHUB_OUTPUT file (post sets `report` again
# after main: in results mode main's is the preflight report, post's the diagnosis)
output_value() {
  awk -v n="$2" '
    d != "" { if ($0 == d) { d = ""; hit = 0; next } if (hit) print; next }
    index($0, n "<<") == 1 { d = substr($0, length(n) + 3); hit = 1; next }
    index($0, n "=") == 1 { print substr($0, length(n) + 2) }
  ' "$1" 2>/dev/null | tail -n 1
}

log "guest.sh started at $(up)s: $(cat /proc/self/cgroup), $(grep -c ^processor /proc/cpuinfo) CPUs, node $(node --version)"
if [ -n "${VMCG2_PROBE_NODE:-}" ]; then
  for flags in "" "--jitless" "--max-lazy" "--no-opt --no-sparkplug"; do
    t=$(up); node $flags -e 0; a=$(since "$t")
    t=$(up); node $flags "$REPO/dist/cli.js" doctor --json --go-probe off --dir "$WS/e2e" >/dev/null 2>&1; b=$(since "$t")
    log "node probe [$flags]: -e 0 ${a}s, doctor ${b}s"
  done
fi

# ---------------------------------------------------------------------------------------------------
# doctor's cgroup v2 facts against the files, read here directly (facts.mjs)

# doctor_case NAME EXPECT_ARGS... -- CMD-PREFIX...: runs doctor --json under the prefix (in_cg ...,
# unshare ...), then facts.mjs compares its facts with the files.
doctor_case() {
  local name=$1 t rc=0
  shift
  local -a expect=() prefix=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do expect+=("$1"); shift; done
  shift
  prefix=("$@")
  t=$(up)
  "${prefix[@]}" node "$REPO/dist/cli.js" doctor --json --go-probe off --dir "$WS/e2e" \
    >"$OUT/$name.doctor.json" 2>"$OUT/$name.doctor.err" || rc=$?
  # the same view of the files the doctor had (its mount and cgroup namespaces), for facts.mjs
  VERDICT_TSV="$OUT/$name.check.tsv" "${prefix[@]}" node "$HERE/facts.mjs" "$OUT/$name.doctor.json" "${expect[@]}" \
    --report "$OUT/$name.facts.txt" >"$OUT/$name.check" 2>&1
  local ok got conf probs
  IFS=$'\t' read -r ok got conf probs < <(verdict "$OUT/$name.check")
  [ $rc = 0 ] || { ok=FAIL; probs="doctor exit $rc: $(tail -c 300 "$OUT/$name.doctor.err" | tr '\n' ' ') $probs"; }
  row "$name" "$ok" "facts = files" "$got" "$conf" "$(since "$t")" "$probs"
}

# ---------------------------------------------------------------------------------------------------
# real failures through the built CLI: `test --json` in the cgroup, checked by e2e/lib/check.mjs

# cli_case NAME SCENARIO_DIR CGROUP 'settings' GOTESTARGS...
# With KEEP=DIR set, also keeps the run's raw go test -json stream (the shim's VMCG2_TEE), go's exit
# status, the cgroup's memory.events before and after, and the report (its `facts` were probed in the
# same cgroup): a capture for __tests__/fixtures/real without a second run of the same failure (a
# doctor run after it in the throttled cgroup cost more than the failure).
cli_case() {
  local name=$1 dir=$2 cg=$3 settings=$4 t rc=0 keep=${KEEP:-}
  shift 4
  t=$(up)
  cg_make "$cg" "$settings" || { row "$name" FAIL - "cannot make cgroup" - 0 "$settings"; return; }
  local -a tee=()
  if [ -n "$keep" ]; then
    mkdir -p "$keep"
    cp "$CG/$cg/memory.events" "$keep/memory.events.before"
    tee=(env "VMCG2_TEE=$keep/go-test.json" "VMCG2_TEE_EXIT=$keep/exit-code.txt")
  fi
  (cd "$WS/e2e" && in_cg "$cg" "${tee[@]}" node "$REPO/dist/cli.js" test --json -- "$@" "./$dir") \
    >"$OUT/$name.cli.json" 2>"$OUT/$name.cli.err" || rc=$?
  { echo "cgroup $cg ($settings) after the run:"; for f in memory.events pids.events cpu.stat; do
      [ -f "$CG/$cg/$f" ] && echo "$f: $(tr '\n' ' ' <"$CG/$cg/$f")"; done; } >"$OUT/$name.cgroup.txt"
  if [ -n "$keep" ]; then
    cp "$CG/$cg/memory.events" "$keep/memory.events.after"
    cp "$OUT/$name.cli.json" "$keep/report.json"
  fi
  cg_remove "$cg"
  VERDICT_TSV="$OUT/$name.check.tsv" node "$REPO/e2e/lib/check.mjs" "$WS/e2e/$dir/scenario.json" "$OUT/$name.cli.json" \
    cli "$rc" "$WS" "$OUT/rules.json" >"$OUT/$name.check" 2>&1
  local ok got conf probs expected
  IFS=$'\t' read -r ok got conf probs < <(verdict "$OUT/$name.check")
  expected=$(cut -f5 "$OUT/$name.check.tsv" 2>/dev/null)
  row "$name" "$ok" "${expected:--}" "$got" "$conf" "$(since "$t")" "$probs (cli exit $rc; $(tr '\n' ' ' <"$OUT/$name.cgroup.txt"))"
}

# ---------------------------------------------------------------------------------------------------
# the action (dist/index.js, then dist/post.js) in a simulated runner, in the oom-kill cgroup

# action_case NAME MODE: MODE go-test (main runs go test) or results (main records the counters, the
# "user's step" runs go test -json into a file, post diagnoses it with the counters' before/after).
action_case() {
  local name=$1 mode=$2 t rc=0 prc=0 rt="$WORK/runner-$1" ws report
  t=$(up)
  cg_make vmcg2-act "memory.max=128M memory.swap.max=0" || { row "$name" FAIL - "cannot make cgroup" - 0 ""; return; }
  ws=$WS
  local -a env
  mapfile -t env < <(action_env "$rt" "$ws")
  if [ "$mode" = go-test ]; then
    env+=("INPUT_GO-TEST=-count=1 -timeout=120s ./scenarios/oom-kill" "INPUT_RESULTS=")
  else
    env+=("INPUT_GO-TEST=" "INPUT_RESULTS=e2e/oom-kill.json")
  fi
  (cd "$ws" && in_cg vmcg2-act env "${env[@]}" node "$REPO/dist/index.js") >"$OUT/$name.main.log" 2>&1 || rc=$?
  if [ "$mode" = results ]; then
    (cd "$ws/e2e" && in_cg vmcg2-act go test -json -count=1 -timeout=120s ./scenarios/oom-kill) \
      >"$ws/e2e/oom-kill.json" 2>"$OUT/$name.gotest.err"
    rc=$?
  fi
  local -a st
  mapfile -t st < <(state_env "$rt")
  (cd "$ws" && in_cg vmcg2-act env "${env[@]}" "${st[@]}" node "$REPO/dist/post.js") >"$OUT/$name.post.log" 2>&1 || prc=$?
  echo "memory.events after: $(tr '\n' ' ' <"$CG/vmcg2-act/memory.events")" >"$OUT/$name.cgroup.txt"
  cg_remove vmcg2-act
  report=$(output_value "$rt/output" report)
  [ -n "$report" ] && [ -f "$report" ] || report=$(ls -t "$rt/temp/go-env-guard/"report*.json 2>/dev/null | head -n 1)
  if [ -n "$report" ] && [ -f "$report" ]; then cp "$report" "$OUT/$name.report.json"; else : >"$OUT/$name.report.json"; fi
  VERDICT_TSV="$OUT/$name.check.tsv" node "$REPO/e2e/lib/check.mjs" "$ws/e2e/scenarios/oom-kill/scenario.json" \
    "$OUT/$name.report.json" action "$rc" "$ws" "$OUT/rules.json" >"$OUT/$name.check" 2>&1
  local ok got conf probs
  IFS=$'\t' read -r ok got conf probs < <(verdict "$OUT/$name.check")
  # the counters main (or the run's start) recorded and post (or the run's end) read: oom_kill rose
  local delta
  # the oom_kill counters in the report's evidence (JSON strings; the check above has parsed the report)
  delta=$(grep -Eo '(cgroup memory|/proc/vmstat) oom_kill: [0-9]+ before the tests, [0-9]+ after \([+-]?[0-9]+\)' \
    "$OUT/$name.report.json" 2>/dev/null | awk '!seen[$0]++' | paste -sd '|' - | sed 's/|/ | /g')
  if ! grep -Eq 'cgroup memory oom_kill: [0-9]+ before the tests, [0-9]+ after \(\+[1-9]' <<<"$delta"; then
    ok=FAIL probs="no rise of the cgroup's memory.events oom_kill in the oom-kill evidence ($delta) $probs"
  fi
  [ $prc = 0 ] || { ok=FAIL; probs="post exit $prc $probs"; }
  row "$name" "$ok" "oom-kill high (counters)" "$got" "$conf" "$(since "$t")" \
    "$probs (evidence: $delta; main/test exit $rc, post exit $prc)"
}
# ---------------------------------------------------------------------------------------------------
# GOMAXPROCS under cpu.max: what Go reports, and what the gomaxprocs-quota rule says, per toolchain

# ---------------------------------------------------------------------------------------------------
# the real files, for the fixtures (__tests__/fixtures/hosts/v2-*)
# capture_tree NAME CGPATH PREFIX...: copy what the probes read (the process's /proc files, the cgroup
# files from the root down to CGPATH) into OUT/capture/NAME/, from a process run under PREFIX. The
# leaf's cgroup.procs lists 4242 (FixtureHost's pid) for the copying process.
capture_tree() {
  local name=$1 cgpath=$2
  shift 2
  "$@" bash -c '
    dst=$1 cgpath=$2 CG=/sys/fs/cgroup
    mkdir -p "$dst/proc/self" "$dst/proc/sys/kernel" "$dst/sys/devices/system/cpu"
    for f in cgroup mountinfo status limits; do cat /proc/self/$f >"$dst/proc/self/$f"; done
    cat /proc/meminfo >"$dst/proc/meminfo"; cat /proc/vmstat >"$dst/proc/vmstat"
    cat /proc/sys/kernel/osrelease >"$dst/proc/sys/kernel/osrelease"
    cat /sys/devices/system/cpu/online >"$dst/sys/devices/system/cpu/online"
    d=$CG rel=
    for part in "" $(echo "$cgpath" | tr / " "); do
      [ -n "$part" ] && rel=$rel/$part
      mkdir -p "$dst$CG$rel"
      for f in cgroup.controllers cgroup.subtree_control memory.max memory.high memory.current memory.peak \
        memory.events memory.swap.max pids.max pids.current pids.peak pids.events cpu.max cpu.stat; do
        [ -f "$CG$rel/$f" ] && cat "$CG$rel/$f" >"$dst$CG$rel/$f"
      done
    done
    echo 4242 >"$dst$CG/$cgpath/cgroup.procs"
  ' capture "$OUT/capture/$name" "$cgpath"
  uname -r >"$OUT/capture/$name/uname"
}

# ---------------------------------------------------------------------------------------------------
# four lanes at once (4 vCPUs; a doctor run costs about 7 s under TCG, most of it the CLI and `go env`):
# doctor and fixtures; pids and OOM through the CLI; cpu.max, the action and GOMAXPROCS; memory.high.
# Each lane uses its own cgroups.
lane_doctor() {
  if selected doctor-flat; then
    cg_make vmcg2-flat "memory.max=256M memory.high=192M pids.max=64 cpu.max=150000_100000"
    doctor_case doctor-flat --dir "$CG/vmcg2-flat" --path /vmcg2-flat -- in_cg vmcg2-flat
    cg_remove vmcg2-flat
  fi

  NEST_PARENT="memory.max=160M pids.max=48 cpu.max=250000_100000 cgroup.subtree_control=+memory_+pids_+cpu"
  NEST_LEAF="memory.max=512M memory.high=384M pids.max=500 cpu.max=max_100000"
  if selected doctor-nested; then
    cg_make vmcg2-nest "$NEST_PARENT" && cg_make vmcg2-nest/leaf "$NEST_LEAF"
    doctor_case doctor-nested --dir "$CG/vmcg2-nest/leaf" --path /vmcg2-nest/leaf --binding "$CG/vmcg2-nest" \
      -- in_cg vmcg2-nest/leaf
    cg_remove vmcg2-nest
  fi
  if selected doctor-cgroupns; then
    # a private cgroup namespace rooted at the leaf, the host's cgroup2 mount still in view (its
    # mountinfo root becomes /../..): the leaf must be found and the parent's limit still binds
    cg_make vmcg2-nest "$NEST_PARENT" && cg_make vmcg2-nest/leaf "$NEST_LEAF"
    doctor_case doctor-cgroupns --dir "$CG/vmcg2-nest/leaf" --path / --binding "$CG/vmcg2-nest" --namespaced \
      -- in_cg vmcg2-nest/leaf unshare -C
    cg_remove vmcg2-nest
  fi
  if selected doctor-cgroupns-remount; then
    # as a container runtime does: a private cgroup namespace and cgroup2 mounted again inside it, so
    # that the namespace root is the mount's root and the parent is out of sight
    cg_make vmcg2-nest "$NEST_PARENT" && cg_make vmcg2-nest/leaf "$NEST_LEAF"
    doctor_case doctor-cgroupns-remount --dir "$CG" --path / --binding "$CG" --namespaced \
      -- in_cg vmcg2-nest/leaf unshare -C -m --propagation private \
      sh -c 'umount /sys/fs/cgroup && mount -t cgroup2 -o nosuid,nodev,noexec,relatime,nsdelegate cgroup2 /sys/fs/cgroup &&
        exec "$@"' remount
    cg_remove vmcg2-nest
  fi

  if selected memory-controller-off; then
    # the parent hands down pids and cpu but not memory: the leaf has no memory.* files
    t=$(up)
    cg_make vmcg2-nomem "cgroup.subtree_control=+pids_+cpu" && cg_make vmcg2-nomem/leaf "pids.max=100"
    in_cg vmcg2-nomem/leaf node "$REPO/dist/cli.js" doctor --json --go-probe off --dir "$WS/e2e" \
      >"$OUT/memory-controller-off.doctor.json" 2>&1
    in_cg vmcg2-nomem/leaf node "$REPO/dist/cli.js" doctor --go-probe off --dir "$WS/e2e" \
      >"$OUT/memory-controller-off.doctor.txt" 2>&1
    VERDICT_TSV="$OUT/memory-controller-off.check.tsv" in_cg vmcg2-nomem/leaf node "$HERE/facts.mjs" "$OUT/memory-controller-off.doctor.json" \
      --dir "$CG/vmcg2-nomem/leaf" --path /vmcg2-nomem/leaf --no-memory \
      --text "$OUT/memory-controller-off.doctor.txt" --report "$OUT/memory-controller-off.facts.txt" \
      >"$OUT/memory-controller-off.check" 2>&1
    IFS=$'\t' read -r ok got conf probs < <(verdict "$OUT/memory-controller-off.check")
    row memory-controller-off "$ok" "memory unknown (reason)" "$got" "$conf" "$(since "$t")" "$probs"
    cg_remove vmcg2-nomem
  fi

  if selected capture; then
    # real trees for __tests__/fixtures/hosts/v2-qemu-*: what the probes read, as the kernel shows it
    t=$(up)
    cg_make vmcg2-flat "memory.max=256M memory.high=192M pids.max=64 cpu.max=150000_100000"
    capture_tree flat vmcg2-flat in_cg vmcg2-flat
    cg_remove vmcg2-flat
    cg_make vmcg2-nest "$NEST_PARENT" && cg_make vmcg2-nest/leaf "$NEST_LEAF"
    capture_tree nested vmcg2-nest/leaf in_cg vmcg2-nest/leaf
    capture_tree cgroupns vmcg2-nest/leaf in_cg vmcg2-nest/leaf unshare -C
    cg_remove vmcg2-nest
    cg_make vmcg2-nomem "cgroup.subtree_control=+pids_+cpu" && cg_make vmcg2-nomem/leaf "pids.max=100"
    capture_tree nomem vmcg2-nomem/leaf in_cg vmcg2-nomem/leaf
    cg_remove vmcg2-nomem
    # the memory.high failure's go test -json stream, counters and facts come from the memory-high
    # scenario's own run (cli_case with KEEP, lane 2): the failure is not run twice. The row is written
    # when every lane is done (capture_row).
    since "$t" >"$OUT/capture.seconds"
  fi
}
lane_failures() {
  selected pids-limit && cli_case pids-limit scenarios/pids-limit vmcg2-pids "pids.max=60" -count=1 -timeout=60s
  selected oom-kill && cli_case oom-kill scenarios/oom-kill vmcg2-oom "memory.max=128M memory.swap.max=0" -count=1 -timeout=120s
}
# memory-high alone: most of its time the test sleeps in the kernel's memory.high throttling
lane_memory_high() {
  # (for __tests__/fixtures/real/memory-high-v2 when the capture runs too)
  local keep=
  selected capture && keep="$OUT/capture/memory-high-v2"
  # 128M, not the 80M of the fixture's capture: the kernel's penalty grows with the square of the
  # overage (mm/memcontrol.c calculate_high_delay: about (over/high)^2 s per page charged, at most 2 s a
  # time), so at 80M (node, test2json and the test over it by 3x) every page the timeout panic's dump
  # charged cost 2 s and the binary took 52 s to exit after its 15 s timeout; at 128M it still crawls
  # into the timeout and then exits at once. -timeout=8s, not 15s: under the throttling the timeout's
  # panic comes about 10 s late (measured: printed at 17.8 s, exit at 19.8 s, memory.events high 2149),
  # and this lane is the tier's longest (35 s alone, 80-90 s beside the other three).
  selected memory-high && KEEP=$keep cli_case memory-high vm-cgroup2/scenarios/memory-high vmcg2-high \
    "memory.high=128M memory.swap.max=0" -count=1 -timeout=8s
}
lane_action() {
  # here rather than with the other failures: the lanes take about as long each
  selected cpu-throttling-timeout && cli_case cpu-throttling-timeout scenarios/cpu-throttling-timeout vmcg2-cpu \
    "cpu.max=50000_100000" -count=1 -timeout=5s
  selected action-go-test && action_case action-go-test go-test
  selected action-results && action_case action-results results

  if selected gomaxprocs; then
    cg_make vmcg2-gmp "cpu.max=100000_100000"
    cpus=$(grep -c ^processor /proc/cpuinfo)
    for variant in $(cd "$WORK/gomaxprocs" && ls); do
      t=$(up)
      tc=${variant%-go*}
      tcdir=$(cat "$OUT/toolchain-$tc")
      got=$(in_cg vmcg2-gmp "$WORK/gomaxprocs/$variant/gomaxprocs")
      PATH="$tcdir/bin:$PATH" in_cg vmcg2-gmp node "$REPO/dist/cli.js" doctor --json --go-probe off \
        --dir "$WORK/gomaxprocs/$variant" >"$OUT/gomaxprocs-$variant.doctor.json" 2>&1
      IFS=$'\t' read -r ok gotrule conf probs < <(node "$HERE/gomaxprocs.mjs" "$OUT/gomaxprocs-$variant.doctor.json" \
        "$got" "$cpus" "$tc" | tail -n 1)
      row "gomaxprocs-$variant" "$ok" "$probs" "$gotrule" "$conf" "$(since "$t")" "Go reported GOMAXPROCS=$got under cpu.max 100000 100000 with $cpus CPUs"
    done
    cg_remove vmcg2-gmp
  fi

}
LANE=1 lane_doctor &
LANE=2 lane_failures &
LANE=3 lane_action &
LANE=4 lane_memory_high &
wait

# capture_row: the capture's row, once the memory-high run (another lane) has kept its files too
capture_row() {
  local mh="$OUT/capture/memory-high-v2" missing=() f
  if selected memory-high; then
    for f in go-test.json exit-code.txt memory.events.before memory.events.after report.json; do
      [ -s "$mh/$f" ] || missing+=("$f")
    done
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    row capture FAIL "real trees copied" "memory-high-v2 lacks ${missing[*]}" - "$(cat "$OUT/capture.seconds")" "$OUT/capture"
  else
    row capture PASS "real trees copied" "$(find "$OUT/capture" -type f | wc -l) files" - "$(cat "$OUT/capture.seconds")" "$OUT/capture"
  fi
}
selected capture && LANE=1 capture_row

log "guest done at $(up)s"
