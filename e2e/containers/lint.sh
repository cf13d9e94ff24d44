#!/usr/bin/env bash
# The workflow/Dockerfile lint against the engine (issue 18). Each case under lint/<rule>/ has a
# `flagged/` and a `remedied/` directory and case.json {rule, package, build?, expect?}. A case is
# either a workflow whose job runs in a container (`container.image`, `container.options`) or, with
# `build`, a Dockerfile. For each:
#   1. the lint (`node dist/cli.js doctor --dir <copy> --json --go-probe off`) must report the rule for
#      flagged/ and not for remedied/; lint/clean/dir must get no docker-* or workflow-* finding at all;
#   2. the engine must show what the rule predicts:
#      - workflow cases: `docker run <container.options> <container.image> go test -count=1 ./<package>`
#        (the host's toolchain and the e2e sources mounted, as run.sh does);
#      - `"build": true`: `docker build` of the Dockerfile with the package's static test binary
#        (CGO_ENABLED=0 go test -c) as pkg.test in the context, then `docker run` of the image;
#      - `"build": "go"`: the package's sources and the variant's go.mod in the context of a Dockerfile
#        FROM golang:<minor>, an image made here like the official one (ct_golang_image: the toolchain
#        at /usr/local/go, gcc, GOTOOLCHAIN=local), run as built (its CMD runs go test);
#      flagged must fail (go test fails, or Docker refuses the container) and remedied must pass.
#      `"expect": "hidden"` is the other way round, for a rule that says an option hides a failure
#      (docker-unconfined): flagged passes, remedied (the option dropped) fails with the error the
#      option hid.
#   bash e2e/containers/lint.sh      Last line: lint: N passed, N failed
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ct_standalone lint
# The shm case names a headless-browser image (what the rule looks for); it is our base image.
docker tag geg-base:latest local/headless-shell:geg

GOROOT_HOST=$(go env GOROOT)
GOCACHE_HOST=${GOCACHE:-$(go env GOCACHE)}
W=$(mktemp -d /var/tmp/go-env-guard-ct-lint.XXXXXX)
e2e_on_exit "rm -rf '$W'"
passed=0 failed=0
# the line of a run's output that says why it failed, for the verdict
WHY='too many open|permission denied|operation not permitted|resource temporarily|no space left|not allowed|invalid argument|Error response|signal: killed|stopped this test|requires cgo|go.mod requires|unknown time zone|x509|no such file'
# golang:<minor> images: the host's toolchain for its own minor, others from the module proxy
# (golang.org/toolchain, the same release the vm-cgroup2 tier uses)
GO_IMAGE_TOOLCHAINS="1.24=go1.24.11"
GOCACHE_IMAGES="$CT_CACHE/gocache-golang"
mkdir -p "$GOCACHE_IMAGES"
say() { if [ "$1" = ok ]; then passed=$((passed + 1)); echo "lint: PASS $2"; else failed=$((failed + 1)); echo "lint: FAIL $2"; fi; }

# lint_rules DIR: the docker-*/workflow-* rule ids the lint reports for a copy of DIR (outside the
# repository, so that discovery sees only the fixture).
lint_rules() {
  local copy
  copy="$W/$(echo "$1" | tr / _)"
  cp -r "$1" "$copy"
  node "$REPO/dist/cli.js" doctor --dir "$copy" --json --go-probe off 2>/dev/null |
    node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); console.log([...new Set(r.findings.filter(f=>/^(docker|workflow)-/.test(f.rule)).map(f=>f.rule))].join(" "))'
}
# wf FIELD DIR: container.image or container.options of the fixture's workflow
wf() { sed -n "s/^ *$1: *//p" "$2/.github/workflows/ci.yml" | head -n 1; }

# engine DIR PACKAGES...: docker run with the workflow's container image and options; prints rc
engine() {
  local dir=$1 image opts rc=0 log
  shift
  image=$(wf image "$dir")
  opts=$(wf options "$dir")
  log="$W/$(echo "$dir" | tr / _).log"
  # shellcheck disable=SC2086
  (cd "$E2E_DIR" && for p in "$@"; do CGO_ENABLED=0 go test -c -o /dev/null "./$p" || exit 1; done) >/dev/null 2>&1
  # shellcheck disable=SC2086
  timeout -k 10 180 "$CT_DOCKER" run --rm --label go-env-guard-e2e=1 --network none -w "$E2E_DIR" \
    -v "$GOROOT_HOST:$GOROOT_HOST:ro" -v "$GOCACHE_HOST:$GOCACHE_HOST" -v "$REPO:$REPO:ro" \
    -e "PATH=$GOROOT_HOST/bin:/usr/bin:/bin" -e GOTOOLCHAIN=local -e GOFLAGS=-mod=mod -e GOPROXY=off \
    -e "GOCACHE=$GOCACHE_HOST" $opts "$image" go test -count=1 "${@/#/./}" >"$log" 2>&1 || rc=$?
  echo "$rc $(grep -m1 -E "$WHY" "$log" | cut -c1-140)"
}

# golang_image TAG: make sure golang:<minor> exists (ct_golang_image), once per run; returns 1 with a
# reason on stdout when it cannot be had.
declare -A GOLANG_READY=()
golang_image() {
  local tag=$1 minor goroot tc host
  [ -n "${GOLANG_READY[$tag]:-}" ] && return 0
  minor=${tag#golang:}
  host=$(go env GOVERSION)
  if [[ "$host" == "go$minor" || "$host" == "go$minor."* ]]; then
    goroot=$(go env GOROOT)
  else
    tc=$(tr ' ' '\n' <<<"$GO_IMAGE_TOOLCHAINS" | sed -n "s/^$minor=//p")
    [ -n "$tc" ] || { echo "no toolchain named for $tag in GO_IMAGE_TOOLCHAINS"; return 1; }
    goroot=$(e2e_toolchain "$tc") || { echo "cannot download $tc from the module proxy"; return 1; }
  fi
  ct_golang_image "$tag" "$goroot" >/dev/null || { echo "$CT_REASON"; return 1; }
  GOLANG_READY[$tag]=1
}

# engine_build CASE VARIANT PACKAGE MODE: docker build of the variant's Dockerfile, then docker run of
# the image. MODE true: the package's static test binary as pkg.test in the context. MODE go: the
# package's sources and the variant's go.mod in the context, FROM a golang:<minor> image; the build
# cache of those images is kept under the tier's cache. Prints "RC WHY"; RC is the run's exit status,
# or nobinary/nobuild/noimage when it never got to run.
engine_build() {
  local c=$1 v=$2 pkg=$3 mode=$4 ctx="$W/build-$1-$2" tag rc=0 log img why
  tag="geg-lint-$(printf %s "$c-$v" | tr -c 'a-z0-9-' -)"
  log="$W/$c-$v.log"
  mkdir -p "$ctx"
  if [ "$mode" = go ]; then
    cp "$c/$v/Dockerfile" "$c/$v/go.mod" "$ctx/"
    cp "$E2E_DIR/$pkg"/*.go "$ctx/"
    for img in $(sed -n 's/^FROM  *\(golang:[0-9.]*\).*/\1/p' "$c/$v/Dockerfile"); do
      why=$(golang_image "$img") || { echo "noimage $img: $why"; return; }
    done
  else
    cp "$c/$v/Dockerfile" "$ctx/"
    (cd "$E2E_DIR" && CGO_ENABLED=0 go test -c -o "$ctx/pkg.test" "./$pkg") >"$log" 2>&1 || { echo "nobinary cannot build the test binary"; return; }
  fi
  DOCKER_BUILDKIT=0 "$CT_DOCKER" build -q -t "$tag" "$ctx" >>"$log" 2>&1 || { echo "nobuild docker build failed: $(tail -n 1 "$log")"; return; }
  local cache=()
  [ "$mode" = go ] && cache=(-v "$GOCACHE_IMAGES:/root/.cache/go-build")
  timeout -k 10 300 "$CT_DOCKER" run --rm --label go-env-guard-e2e=1 --network none "${cache[@]}" "$tag" >>"$log" 2>&1 || rc=$?
  "$CT_DOCKER" rmi -f "$tag" >/dev/null 2>&1
  echo "$rc $(grep -m1 -E "$WHY" "$log" | cut -c1-140)"
}

# how DIR's variant was started, for the verdict lines: its Dockerfile's first comment, or its options
how() {
  local o
  if [ -f "$1/Dockerfile" ]; then sed -n '1s/^# *//p' "$1/Dockerfile"; return; fi
  o=$(wf options "$1")
  if [ -n "$o" ]; then echo "options: $o"; else echo "no options: the engine's defaults"; fi
}

cd "$CT_DIR/lint" || exit 2
for c in */; do
  c=${c%/}
  if [ "$c" = clean ]; then
    got=$(lint_rules clean/dir)
    [ -z "$got" ] && say ok "clean: the lint reports nothing" || say fail "clean: the lint reports $got"
    read -r -a pk <<<"$(node -e 'console.log(require("./clean/case.json").package.replace(/\.\//g, ""))')"
    read -r rc why <<<"$(engine clean/dir "${pk[@]}")"
    [ "$rc" = 0 ] && say ok "clean: go test passes in the container ($(wf options clean/dir))" || say fail "clean: go test exited $rc: $why"
    continue
  fi
  read -r rule build pkg expect <<<"$(node -e 'const c=require(process.argv[1]); console.log(c.rule, c.build ?? false, c.package, c.expect ?? "fail")' "$PWD/$c/case.json")"
  gf=$(lint_rules "$c/flagged")
  gr=$(lint_rules "$c/remedied")
  [[ " $gf " == *" $rule "* ]] && say ok "$rule: flagged ($(how "$c/flagged")) is reported" || say fail "$rule: flagged not reported (got: ${gf:-nothing})"
  [[ " $gr " != *" $rule "* ]] && say ok "$rule: remedied ($(how "$c/remedied")) is not reported${gr:+ (other: $gr)}" || say fail "$rule: remedied still reported"
  if [ "$build" != false ]; then
    read -r rcf whyf <<<"$(engine_build "$c" flagged "$pkg" "$build")"
    read -r rcr whyr <<<"$(engine_build "$c" remedied "$pkg" "$build")"
  else
    read -r rcf whyf <<<"$(engine "$c/flagged" "$pkg")"
    read -r rcr whyr <<<"$(engine "$c/remedied" "$pkg")"
  fi
  if [ "$expect" = hidden ]; then
    # the option hides the failure: flagged passes, and without it the failure shows
    [ "$rcf" = 0 ] && say ok "$rule: flagged passes in the engine (the option hides what the tests need)" || say fail "$rule: flagged exited $rcf in the engine: $whyf"
    if [[ "$rcr" =~ ^[0-9]+$ ]] && [ "$rcr" != 0 ]; then say ok "$rule: remedied fails loudly in the engine (exit $rcr: $whyr)"
    else say fail "$rule: remedied did not show the hidden failure (exit $rcr: $whyr)"; fi
    continue
  fi
  # a build case must fail when its container runs (a number), not before (nobinary, nobuild, noimage)
  if ! [[ "$rcf" =~ ^[0-9]+$ ]]; then say fail "$rule: flagged did not run ($rcf $whyf)"
  elif [ "$rcf" != 0 ]; then say ok "$rule: flagged fails in the engine (exit $rcf: $whyf)"
  else say fail "$rule: flagged passed in the engine"; fi
  [ "$rcr" = 0 ] && say ok "$rule: remedied passes in the engine" || say fail "$rule: remedied exited $rcr in the engine: $whyr"
done
echo "lint: $passed passed, $failed failed"
[ "$failed" = 0 ]
