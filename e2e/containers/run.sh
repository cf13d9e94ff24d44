#!/usr/bin/env bash
# The container tier of the real-failure suite (issue 18): real `go test` runs inside real containers
# of a private Docker engine, diagnosed by the built CLI and by the action.
#
#   bash e2e/containers/run.sh [NAME...]     (default: every scenario of e2e/containers/scenarios.json)
#
# Needs root and Debian's docker.io (installed with apt-get when missing). Starts its own dockerd (own
# socket, data root and exec root under ${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/containers, no
# iptables, no bridge), builds the images once (lib.sh: docker import of a minimal root filesystem;
# cached in the data root), and for each scenario, twice:
#   (a) cli:    a container started with the scenario's docker flags (`sleep`), then
#               docker exec node dist/cli.js test --json -- <goTestArgs> ./<package>
#   (b) action: a fresh container, docker exec node dist/index.js with a simulated runner (GITHUB_OUTPUT,
#               GITHUB_STATE... in a directory mounted into the container), then node dist/post.js with
#               the saved state as STATE_* (as the runner hands it to the post step); post must exit 0.
# Each report is checked by e2e/lib/check.mjs (failing test, kind, location, top cause, confidence);
# controls with "pass": true must pass with no failure and no cause (tool.mjs pass). Then the lint is
# checked against the engine (lint.sh), doctor's container facts against docker inspect (facts.sh) and
# the action in a container job (job.sh), each counted as one scenario.
#
# Prints a table (scenario, docker flags, expected, got, confidence, seconds, verdict) and
#   containers: N passed, N failed, N skipped
# The daemon is stopped by its pid at the end, also on failure or interrupt. Without root or without the
# package the tier is skipped (printed reason, counted as skipped; exit 0).
# Environment: CT_KEEP=1 keeps the work directory; CT_VERBOSE=1 prints problems as it goes.
set -uo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

suite_start=$(date +%s)
if [ $# -gt 0 ]; then names=("$@"); else names=(); fi

skip_tier() {
  echo "containers: skipped: $1"
  echo "containers: 0 passed, 0 failed, 1 skipped"
  exit 0
}
[ "$(id -u)" = 0 ] || skip_tier "needs root (dockerd, cgroups, mounts)"
for f in "$REPO/dist/cli.js" "$REPO/dist/index.js" "$REPO/dist/post.js"; do
  [ -f "$f" ] || { echo "containers: $f missing: run \`npm run bundle\` first" >&2; exit 2; }
done
mkdir -p "$CT_CACHE"
ct_install || skip_tier "$CT_REASON"

WORK=$(mktemp -d /var/tmp/go-env-guard-ct-run.XXXXXX)
chmod 755 "$WORK"
export WORK
CT_FINISHED=0
e2e_on_exit '[ "$CT_FINISHED" = 1 ] || echo "containers: interrupted: containers removed, daemon stopped" >&2'
e2e_on_exit '[ "${CT_KEEP:-}" = 1 ] && echo "containers: work directory kept: $WORK" >&2 || rm -rf "$WORK"'
ct_daemon_start || { echo "containers: $CT_REASON" >&2; echo "containers: 0 passed, 1 failed, 0 skipped"; exit 1; }
t0=$(date +%s)
ct_images || { echo "containers: building the images failed" >&2; echo "containers: 0 passed, 1 failed, 0 skipped"; exit 1; }
ct_log "images ready in $(($(date +%s) - t0)) s${CT_IMAGES_BUILT:+ (built:$CT_IMAGES_BUILT)}"

export GOTOOLCHAIN=local NO_COLOR=1
GOROOT_HOST=$(go env GOROOT)
GOCACHE_HOST=${GOCACHE:-$(go env GOCACHE)}
GOMODCACHE_HOST=${GOMODCACHE:-$(go env GOMODCACHE)}
NODE_HOST=$(readlink -f "$(command -v node)")
node "$REPO/dist/cli.js" rules --json >"$WORK/rules.json" 2>/dev/null || true

tool() { node "$CT_DIR/tool.mjs" "$@"; }

# --- third-party modules (projects.json of the fault matrix): a writable copy under the cache
declare -A PROJ_DIR=() PROJ_BROKEN=()
project_dir() {
  local p=$1 mod ver dir moddir
  [ -n "${PROJ_DIR[$p]:-}" ] && { echo "${PROJ_DIR[$p]}"; return 0; }
  [ -n "${PROJ_BROKEN[$p]:-}" ] && return 1
  mod=$(node -e 'const l=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const p=l.find(x=>x.name===process.argv[2]); if(p) console.log(p.module+"@"+p.version)' "$E2E_DIR/matrix/projects.json" "$p")
  [ -n "$mod" ] || { PROJ_BROKEN[$p]="not in e2e/matrix/projects.json"; return 1; }
  dir="$CT_CACHE/src/$p"
  if [ "$(cat "$dir/.ct-module" 2>/dev/null)" != "$mod" ]; then
    moddir=$(GOFLAGS=-mod=mod go mod download -json "$mod" 2>/dev/null | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); if(r.Error){console.error(r.Error);process.exit(1)} console.log(r.Dir)') ||
      { PROJ_BROKEN[$p]="cannot download $mod (module cache and proxy)"; return 1; }
    rm -rf "$dir"
    mkdir -p "$CT_CACHE/src"
    cp -r "$moddir" "$dir" && chmod -R u+w "$dir"
    grep -q '^go ' "$dir/go.mod" || echo 'go 1.17' >>"$dir/go.mod"
    # resolve its dependencies into the module cache (the containers run with GOPROXY=off)
    (cd "$dir" && GOFLAGS=-mod=mod go list -deps -test ./... >/dev/null 2>&1) ||
      { PROJ_BROKEN[$p]="$mod does not resolve its dependencies here"; return 1; }
    echo "$mod" >"$dir/.ct-module"
  fi
  PROJ_DIR[$p]=$dir
  echo "$dir"
}
project_field() {
  node -e 'const l=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const p=l.find(x=>x.name===process.argv[2]); const v=p&&p[process.argv[3]]; if(Array.isArray(v)) console.log(v.join("\n")); else if(v) console.log(v)' "$E2E_DIR/matrix/projects.json" "$1" "$2"
}

# container_start NAME WORKDIR FLAGS...: a long-running container of the scenario (its docker flags,
# the host's node, Go toolchain, caches and the sources mounted at their own paths). Prints its id.
container_start() {
  local cname=$1 src=$2 image=$3
  shift 3
  docker run -d --name "$cname" --label go-env-guard-e2e=1 --network none \
    -v "$NODE_HOST:$NODE_HOST:ro" -v "$GOROOT_HOST:$GOROOT_HOST:ro" \
    -v "$GOCACHE_HOST:$GOCACHE_HOST" -v "$GOMODCACHE_HOST:$GOMODCACHE_HOST:ro" \
    -v "$REPO:$REPO:ro" -v "$WORK:$WORK" ${src:+-v "$src:$src"} \
    -e "PATH=$GOROOT_HOST/bin:/usr/bin:/bin" -e GOTOOLCHAIN=local -e GOFLAGS=-mod=mod -e GOPROXY=off \
    -e "GOCACHE=$GOCACHE_HOST" -e "GOMODCACHE=$GOMODCACHE_HOST" -e NO_COLOR=1 \
    "$@" "$image" sleep 3600
}

# one_run NAME MODE: the scenario once (cli or action) in a fresh container; writes $w/MODE.*
one_run() {
  local name=$1 mode=$2 w="$WORK/$1" cname rc=0 report rt limit=$LIMIT
  cname="geg-e2e-$name-$mode-$$"
  if ! container_start "$cname" "$SRC" "$IMAGE" "${FLAGS[@]}" >"$w/$mode.start" 2>&1; then
    echo "{\"ok\":false,\"got\":\"no container\",\"confidence\":\"-\",\"problems\":[\"docker run: $(tail -c 300 "$w/$mode.start" | tr '\n"' '  ')\"]}" >"$w/$mode.check"
    return
  fi
  if [ "$mode" = cli ]; then
    timeout -k 10 "$limit" "$CT_DOCKER" exec -w "$CWD" "$cname" "$NODE_HOST" "$REPO/dist/cli.js" test --json -- \
      "${ARGS[@]}" "${PKGS[@]}" >"$w/cli.json" 2>"$w/cli.err" </dev/null || rc=$?
    cp "$w/cli.json" "$w/cli.report"
  else
    rt="$w/runner"
    mkdir -p "$rt/temp"
    : >"$rt/output"; : >"$rt/summary"; : >"$rt/state"; : >"$rt/env"; : >"$rt/path"
    printf '{"ref":"refs/heads/e2e","repository":{"full_name":"example/go-env-guard-e2e"}}\n' >"$rt/event.json"
    local -a renv=(
      -e GITHUB_ACTIONS=true -e CI=true -e "GITHUB_WORKSPACE=$WS" -e GITHUB_REPOSITORY=example/go-env-guard-e2e
      -e GITHUB_EVENT_NAME=push -e GITHUB_REF=refs/heads/e2e -e GITHUB_SHA=0000000000000000000000000000000000000000
      -e GITHUB_RUN_ID=1 -e GITHUB_RUN_ATTEMPT=1 -e GITHUB_JOB=e2e -e GITHUB_WORKFLOW=e2e -e GITHUB_ACTION=go-env-guard
      -e GITHUB_SERVER_URL=https://github.com -e GITHUB_API_URL=https://api.github.com
      -e "GITHUB_OUTPUT=$rt/output" -e "GITHUB_STEP_SUMMARY=$rt/summary" -e "GITHUB_STATE=$rt/state"
      -e "GITHUB_ENV=$rt/env" -e "GITHUB_PATH=$rt/path" -e "GITHUB_EVENT_PATH=$rt/event.json"
      -e "RUNNER_TEMP=$rt/temp" -e RUNNER_OS=Linux -e RUNNER_ARCH=X64 -e RUNNER_NAME=go-env-guard-e2e
      -e RUNNER_ENVIRONMENT=self-hosted
      -e "INPUT_GO-TEST=$(printf "'%s' " "${ARGS[@]}" "${PKGS[@]}")" -e "INPUT_WORKING-DIRECTORY=$WDIR" -e INPUT_RESULTS= -e INPUT_TUNE=plan
      -e INPUT_RESTORE=true -e INPUT_COMMENT=never -e INPUT_GITHUB-TOKEN= -e INPUT_DOCKERFILES= -e INPUT_GO-PROBE=auto
      -e INPUT_FAIL-ON=never
    )
    timeout -k 10 "$limit" "$CT_DOCKER" exec -w "$WS" "${renv[@]}" "$cname" "$NODE_HOST" "$REPO/dist/index.js" \
      >"$w/action.log" 2>&1 </dev/null || rc=$?
    local -a st=()
    mapfile -d '' st < <(tool state "$rt/state")
    local -a senv=()
    local kv
    for kv in "${st[@]}"; do senv+=(-e "$kv"); done
    local prc=0
    timeout -k 10 120 "$CT_DOCKER" exec -w "$WS" "${renv[@]}" "${senv[@]}" "$cname" "$NODE_HOST" "$REPO/dist/post.js" \
      >"$w/post.log" 2>&1 </dev/null || prc=$?
    echo "$prc" >"$w/post.rc"
    report=$(tool output "$rt/output" report | head -n 1)
    if [ -n "$report" ] && [ -f "$report" ]; then cp "$report" "$w/action.report"; else : >"$w/action.report"; fi
  fi
  echo "$rc" >"$w/$mode.rc"
  docker inspect -f '{{.State.OOMKilled}} pids={{.HostConfig.PidsLimit}}' "$cname" >"$w/$mode.inspect" 2>/dev/null
  docker rm -f "$cname" >/dev/null 2>&1
  if [ "$PASS" = true ]; then
    tool pass "$w/$mode.report" "$rc" "$mode" >"$w/$mode.check"
  else
    node "$E2E_DIR/lib/check.mjs" "$w/scenario.json" "$w/$mode.report" "$mode" "$rc" "$WS" "$WORK/rules.json" "$PKGDIR" \
      >"$w/$mode.check" 2>&1
  fi
  if [ "$mode" = action ] && [ "$prc" != 0 ]; then
    node -e 'const c=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); c.ok=false; c.problems.push("post exited "+process.argv[2]+": "+process.argv[3]); console.log(JSON.stringify(c))' \
      "$w/action.check" "$prc" "$(tail -c 200 "$w/post.log" | tr '\n' ' ')" >"$w/action.check2" && mv "$w/action.check2" "$w/action.check"
  fi
}

declare -a rows=() failures_detail=()
passed=0 failed=0 skipped=0
row() { # name flags expected got conf secs verdict
  rows+=("$(printf '%-24s %-44s %-18s %-18s %-7s %5s  %s' "$1" "$2" "$3" "$4" "$5" "$6" "$7")")
  case $7 in
    PASS) passed=$((passed + 1)) ;;
    SKIP) skipped=$((skipped + 1)) ;;
    *) failed=$((failed + 1)) ;;
  esac
}

mapfile -t lines < <(tool scenarios "$CT_DIR/scenarios.json" "${names[@]}")
declare -A seen=()
for line in "${lines[@]}"; do
  name=${line%%$'\t'*}
  json=${line#*$'\t'}
  seen[$name]=1
  w="$WORK/$name"
  mkdir -p "$w"
  printf '%s\n' "$json" >"$w/scenario.json"
  start=$(date +%s)
  IMAGE=$(tool field "$json" 's.image || "geg-base"')
  mapfile -t FLAGS < <(tool field "$json" 's.docker || []')
  mapfile -t ARGS < <(tool field "$json" 's.goTestArgs || []')
  PASS=$(tool field "$json" 's.pass === true')
  expected=$(tool field "$json" 's.pass ? "pass" : s.control ? "(control)" : s.rule')
  flags="${FLAGS[*]:-(defaults)}"
  [ "$IMAGE" != geg-base ] && flags="image $IMAGE ${FLAGS[*]}"
  project=$(tool field "$json" 's.project || ""')
  SRC="" LIMIT=180
  if [ -n "$project" ]; then
    if ! SRC=$(project_dir "$project"); then
      row "$name" "$flags" "$expected" "-" "-" 0 SKIP
      echo "containers: $name: skipped: ${PROJ_BROKEN[$project]}" >&2
      continue
    fi
    mapfile -t PKGS < <(project_field "$project" packages)
    runre=$(tool field "$json" 's.run || ""')
    [ -n "$runre" ] || runre=$(project_field "$project" run)
    mapfile -t pargs < <(project_field "$project" args)
    ARGS+=("${pargs[@]}")
    [ -n "$runre" ] && ARGS+=("-run=$runre")
    CWD=$SRC WS=$SRC WDIR=. PKGDIR=$SRC
    (cd "$SRC" && CGO_ENABLED=0 GOFLAGS=-mod=mod go test -c -o /dev/null "${PKGS[@]}" >"$w/warm.log" 2>&1) || true
  else
    mapfile -t PKGS < <(tool field "$json" '(s.packages || [s.package]).map(p => "./" + p)')
    CWD="$E2E_DIR" WS="$REPO" WDIR=e2e PKGDIR="$E2E_DIR/$(tool field "$json" 's.package || ""')"
    # warm the shared GOCACHE outside the condition, as the container builds (no C compiler: cgo off)
    (cd "$E2E_DIR" && for p in "${PKGS[@]}"; do CGO_ENABLED=0 go test -c -o /dev/null "$p" || exit 1; done >"$w/warm.log" 2>&1) || true
  fi
  for a in "${ARGS[@]}"; do case $a in -timeout=*) t=${a#-timeout=}; t=${t%s}; t=${t%m}; [[ $a == *m ]] && t=$((t * 60)); LIMIT=$((t + 60)) ;; esac; done
  one_run "$name" cli
  one_run "$name" action
  secs=$(($(date +%s) - start))
  verdict=$(node -e '
    const r = m => JSON.parse(require("fs").readFileSync(process.argv[1] + "/" + m + ".check", "utf8"))
    let c, a
    try { c = r("cli"); a = r("action") } catch (e) { console.log("FAIL\t-\t-\tno check: " + e.message); process.exit(0) }
    const got = c.got === a.got ? c.got : `${c.got}/${a.got}`
    const conf = c.confidence === a.confidence ? c.confidence : `${c.confidence}/${a.confidence}`
    const p = [...c.problems.map(x => "cli: " + x), ...a.problems.map(x => "action: " + x)]
    console.log(`${c.ok && a.ok ? "PASS" : "FAIL"}\t${got}\t${conf}\t${p.join("; ")}`)
  ' "$w")
  IFS=$'\t' read -r v got conf detail <<<"$verdict"
  row "$name" "$flags" "$expected" "$got" "$conf" "$secs" "$v"
  if [ "$v" != PASS ]; then failures_detail+=("$name: $detail (logs: $w)"); CT_KEEP=1; fi
  [ "${CT_VERBOSE:-}" = 1 ] && echo "containers: $name $v ${secs}s $detail" >&2
done
for n in "${names[@]}"; do
  [ -n "${seen[$n]:-}" ] && continue
  case $n in lint | facts | job) ;; *) row "$n" - - "no such scenario" - 0 FAIL; failures_detail+=("$n: not in scenarios.json") ;; esac
done

# --- the lint against the engine, doctor's facts against docker inspect, the action in a container job
for extra in lint facts job; do
  if [ ${#names[@]} -gt 0 ]; then
    want=0
    for n in "${names[@]}"; do [ "$n" = "$extra" ] && want=1; done
    [ $want = 1 ] || continue
  fi
  [ -f "$CT_DIR/$extra.sh" ] || continue
  start=$(date +%s)
  erc=0
  bash "$CT_DIR/$extra.sh" >"$WORK/$extra.log" 2>&1 || erc=$?
  secs=$(($(date +%s) - start))
  summary=$(grep -E "^$extra: [0-9]+ passed" "$WORK/$extra.log" | tail -n 1)
  case $extra in lint) f="docker build/run per docker-* rule" ;; facts) f="several flag sets" ;; job) f="container job: sleep + exec" ;; esac
  if [ $erc = 0 ]; then
    row "$extra" "$f" "see $extra.sh" "${summary#"$extra: "}" - "$secs" PASS
  elif [ $erc = 77 ]; then
    row "$extra" "$f" "see $extra.sh" "skipped" - "$secs" SKIP
  else
    row "$extra" "$f" "see $extra.sh" "${summary#"$extra: "}" - "$secs" FAIL
    failures_detail+=("$extra: $(grep -E 'FAIL|problem' "$WORK/$extra.log" | head -n 8 | tr '\n' ';')")
    cp "$WORK/$extra.log" "$CT_CACHE/last-$extra.log" 2>/dev/null
    CT_KEEP=1
  fi
  sed 's/^/  /' "$WORK/$extra.log" | grep -vE '^  containers: ' >"$WORK/$extra.indented"
done

CT_FINISHED=1
ct_daemon_stop
total=$(($(date +%s) - suite_start))
printf '\n%-24s %-44s %-18s %-18s %-7s %5s  %s\n' scenario "docker flags" expected got conf secs verdict
printf '%s\n' "${rows[@]}"
for extra in lint facts job; do
  [ -f "$WORK/$extra.indented" ] && { echo; echo "$extra:"; cat "$WORK/$extra.indented"; }
done
if [ ${#failures_detail[@]} -gt 0 ]; then
  echo
  echo "failed scenarios:"
  printf '  %s\n' "${failures_detail[@]}"
fi
echo
echo "containers: total ${total}s"
echo "containers: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
