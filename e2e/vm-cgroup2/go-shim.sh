#!/bin/bash
# `go` in the vm-cgroup2 guest. `go test -json [flags] ./PKG` runs the test binary built on the host
# (e2e/vm-cgroup2/run.sh: $WORK/bin/<name>.test) the way cmd/go runs it: in the package directory,
# with -test.v=test2json; its output, then cmd/go's own lines (`signal: killed` after a signal,
# `FAIL<TAB>pkg<TAB>secs` or `ok  <TAB>pkg<TAB>secs`), converted by the toolchain's test2json; go's exit
# status (1 when the tests failed). The failure itself is the real one, in the guest's cgroups;
# only the compile step is skipped (under TCG it costs tens of seconds per package).
# Anything else (go env, go version, ...) is the real go command.
# Environment: VMCG2_GO (the real go), VMCG2_BIN (the binaries), VMCG2_TEST2JSON; with VMCG2_TEE set,
# the -json stream is also written to that file and go's exit status to VMCG2_TEE_EXIT (a capture of
# the run a caller such as `go-env-guard test` reads, without running the failure twice).
set -u
if [ "${1:-}" != test ]; then exec "$VMCG2_GO" "$@"; fi
shift
json=0 v=0
declare -a targs=() pkgs=()
for a in "$@"; do
  case $a in
    -json) json=1 ;;
    -v) v=1 ;;
    -count=* | -timeout=* | -run=* | -parallel=* | -cpu=* | -failfast | -short)
      targs+=("-test.${a#-}") ;;
    -*) echo "go-shim: unsupported flag $a" >&2; exit 2 ;;
    *) pkgs+=("$a") ;;
  esac
done
[ ${#pkgs[@]} = 1 ] || { echo "go-shim: exactly one package, got ${#pkgs[@]}" >&2; exit 2; }
rel=${pkgs[0]#./}
name=${rel##*/}
bin="$VMCG2_BIN/$name.test"
[ -x "$bin" ] || { echo "go-shim: no prebuilt $bin for ${pkgs[0]}" >&2; exit 2; }
mod=$(sed -n 's/^module //p' go.mod 2>/dev/null)
pkg="${mod:-example.com/e2e}/$rel"
dir="$PWD/$rel"

run() {
  local start rc=0 secs
  start=$(date +%s.%N)
  (cd "$dir" && exec "$bin" -test.paniconexit0 -test.v=test2json "${targs[@]}") 2>&1 || rc=$?
  secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
  if [ $rc = 0 ]; then
    printf 'ok  \t%s\t%ss\n' "$pkg" "$secs"
  else
    # cmd/go prints the error only when the binary did not exit by itself (a signal): a normal exit
    # has printed its own FAIL (and -test.v=test2json output is never empty)
    if [ $rc -gt 128 ]; then
      case $((rc - 128)) in 9) echo "signal: killed" ;; 6) echo "signal: aborted" ;; 11) echo "signal: segmentation fault" ;;
        15) echo "signal: terminated" ;; *) echo "signal: $((rc - 128))" ;; esac
    fi
    printf 'FAIL\t%s\t%ss\n' "$pkg" "$secs"
  fi
  return $rc
}
if [ "${VMCG2_SHIM_RAW:-}" = 1 ]; then
  run
  exit $?
fi
if [ $json = 1 ]; then
  # test2json runs the plain form and, like cmd/go, ends the stream with the package's pass/fail from
  # its exit status (it exits 1 when that failed, as go test does)
  args=()
  for a in "$@"; do [ "$a" = -json ] || args+=("$a"); done
  if [ -z "${VMCG2_TEE:-}" ]; then exec "$VMCG2_TEST2JSON" -t -p "$pkg" env VMCG2_SHIM_RAW=1 bash "$0" test "${args[@]}"; fi
  "$VMCG2_TEST2JSON" -t -p "$pkg" env VMCG2_SHIM_RAW=1 bash "$0" test "${args[@]}" | tee "$VMCG2_TEE"
  rc=${PIPESTATUS[0]}
  [ -z "${VMCG2_TEE_EXIT:-}" ] || echo "$rc" >"$VMCG2_TEE_EXIT"
  exit "$rc"
fi
run | sed -u '/^=== \(RUN\|PAUSE\|CONT\|NAME\)/d'
[ "${PIPESTATUS[0]}" = 0 ] || exit 1
