#!/usr/bin/env bash
# The workflow/Dockerfile lint against the engine (issue 18). Each case under lint/<rule>/ has a
# `flagged/` and a `remedied/` directory (a workflow whose job runs in a container, `container.image`
# and `container.options`) and case.json {rule, package}. For each:
#   1. the lint (`node dist/cli.js doctor --dir <copy> --json --go-probe off`) must report the rule for
#      flagged/ and not for remedied/; lint/clean/dir must get no docker-* or workflow-* finding at all;
#   2. the engine: `docker run <container.options> <container.image> go test -count=1 ./<package>` (the
#      host's toolchain and the e2e sources mounted, as run.sh does) must fail for flagged/ (go test fails,
#      or Docker refuses to start the container) and pass for remedied/ and clean/.
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
  echo "$rc $(grep -m1 -E 'too many open|permission denied|resource temporarily|no space left|not allowed|invalid argument|Error response' "$log" | cut -c1-140)"
}

# engine_build CASE VARIANT PACKAGE: docker build of the variant's Dockerfile with the package's test
# binary (CGO_ENABLED=0 go test -c, static) as pkg.test in the context, then docker run of the image.
engine_build() {
  local c=$1 v=$2 pkg=$3 ctx="$W/build-$1-$2" tag rc=0 log
  tag="geg-lint-$(printf %s "$c-$v" | tr -c 'a-z0-9-' -)"
  log="$W/$c-$v.log"
  mkdir -p "$ctx"
  cp "$c/$v/Dockerfile" "$ctx/"
  (cd "$E2E_DIR" && CGO_ENABLED=0 go test -c -o "$ctx/pkg.test" "./$pkg") >"$log" 2>&1 || { echo "2 cannot build the test binary"; return; }
  DOCKER_BUILDKIT=0 "$CT_DOCKER" build -q -t "$tag" "$ctx" >>"$log" 2>&1 || { echo "3 docker build failed: $(tail -n 1 "$log")"; return; }
  timeout -k 10 120 "$CT_DOCKER" run --rm --label go-env-guard-e2e=1 --network none "$tag" >>"$log" 2>&1 || rc=$?
  "$CT_DOCKER" rmi -f "$tag" >/dev/null 2>&1
  echo "$rc $(grep -m1 -E 'unknown time zone|x509|no such file' "$log" | cut -c1-140)"
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
  rule=$(node -e 'console.log(require(process.argv[1]).rule)' "$PWD/$c/case.json")
  build=$(node -e 'console.log(require(process.argv[1]).build === true)' "$PWD/$c/case.json")
  pkg=$(node -e 'console.log(require(process.argv[1]).package)' "$PWD/$c/case.json")
  gf=$(lint_rules "$c/flagged")
  gr=$(lint_rules "$c/remedied")
  [[ " $gf " == *" $rule "* ]] && say ok "$rule: flagged ($( [ "$build" = true ] && echo "Dockerfile: $(grep -m1 '^FROM' "$c/flagged/Dockerfile" | tail -n 1)" || wf options "$c/flagged")) is reported" || say fail "$rule: flagged not reported (got: ${gf:-nothing})"
  [[ " $gr " != *" $rule "* ]] && say ok "$rule: remedied ($( [ "$build" = true ] && echo "Dockerfile with zoneinfo and certificates copied" || wf options "$c/remedied")) is not reported${gr:+ (other: $gr)}" || say fail "$rule: remedied still reported"
  if [ "$build" = true ]; then
    read -r rcf whyf <<<"$(engine_build "$c" flagged "$pkg")"
    read -r rcr whyr <<<"$(engine_build "$c" remedied "$pkg")"
  else
    read -r rcf whyf <<<"$(engine "$c/flagged" "$pkg")"
    read -r rcr whyr <<<"$(engine "$c/remedied" "$pkg")"
  fi
  # a build case must fail in the test itself (exit 1), not in docker build (2, 3)
  if [ "$build" = true ] && [ "$rcf" != 1 ]; then say fail "$rule: flagged did not fail in its test (exit $rcf: $whyf)"
  elif [ "$rcf" != 0 ]; then say ok "$rule: flagged fails in the engine (exit $rcf: $whyf)"
  else say fail "$rule: flagged passed in the engine"; fi
  [ "$rcr" = 0 ] && say ok "$rule: remedied passes in the engine" || say fail "$rule: remedied exited $rcr in the engine: $whyr"
done
echo "lint: $passed passed, $failed failed"
[ "$failed" = 0 ]
