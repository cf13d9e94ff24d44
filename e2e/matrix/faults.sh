#!/usr/bin/env bash
# The matrix's faults, one per case below (e2e/matrix/faults.json describes each).
#
#   bash e2e/matrix/faults.sh FAULT CMD ARGS...
#
# Same contract as an e2e scenario's run.sh (e2e/README.md): create the condition, run CMD inside it,
# restore everything on exit (also INT/TERM), exit with CMD's status; exit 77 with one line on stderr
# when this machine lacks the mechanism. The go command runs inside the condition too (as in CI), and
# so does `doctor`, so that the facts are the facts of the fault. Built on e2e/lib/common.sh; the
# seccomp faults are the e2e scenarios' own run.sh (their filter helper, testdata/seccomp-run.c).
set -euo pipefail
MATRIX_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/common.sh
source "$MATRIX_DIR/../lib/common.sh"
SCEN="$MATRIX_DIR/../scenarios"

[ $# -ge 2 ] || { echo "usage: bash e2e/matrix/faults.sh FAULT CMD ARGS..." >&2; exit 2; }
fault=$1
shift

# Inside with_mountns_tmpfs: fill the fresh tmpfs ($E2E_TMPFS) to the last byte, then exec CMD. The
# filler stays, as a full disk's data does.
fill_cmd='dd if=/dev/zero of="$E2E_TMPFS/.fill" bs=4k 2>/dev/null || true; exec "$@"'

case $fault in
  control)
    e2e_run "$@"
    ;;
  nofile-16 | nofile-32 | nofile-64)
    # soft = hard: Go raises the soft limit to the hard one at start, so only the hard one counts
    e2e_need_cmd prlimit
    n=${fault#nofile-}
    e2e_run prlimit --nofile="$n:$n" "$@"
    ;;
  pids)
    # a Go process here has 5-8 threads (GOMAXPROCS=2): 48 never bit; 16 leaves the tests a few
    e2e_need_root
    with_cgroup_v1 pids "pids.max=16" "$@"
    ;;
  memory)
    # warm build cache (run.sh warms it outside the fault); at 96 MiB only bbolt's test binary died
    e2e_need_root
    with_cgroup_v1 memory "memory.limit_in_bytes=64M memory.memsw.limit_in_bytes=64M" "$@"
    ;;
  compiler-oom)
    # a cold build cache: go test compiles the standard library and the project in the cgroup
    e2e_need_root
    cache=$(mktemp -d /tmp/go-env-guard-matrix-gocache.XXXXXX)
    e2e_on_exit "rm -rf '$cache'"
    export GOCACHE=$cache
    with_cgroup_v1 memory "memory.limit_in_bytes=96M memory.memsw.limit_in_bytes=96M" "$@"
    ;;
  noexec-tmp)
    e2e_need_root
    E2E_TMPFS_ENV="TMPDIR GOTMPDIR" with_mountns_tmpfs "noexec,size=256m" "$@"
    ;;
  tmp-full)
    e2e_need_root
    # GOTMPDIR stays on the disk (a fresh directory, removed on exit): the tests' TMPDIR is full.
    gotmp=$(mktemp -d /tmp/go-env-guard-matrix-gotmp.XXXXXX)
    e2e_on_exit "rm -rf '$gotmp'"
    export GOTMPDIR=$gotmp
    E2E_TMPFS_ENV="TMPDIR" with_mountns_tmpfs "size=512k" bash -c "$fill_cmd" fill-tmp "$@"
    ;;
  gocache-full)
    e2e_need_root
    E2E_TMPFS_ENV="GOCACHE" with_mountns_tmpfs "size=1m" bash -c "$fill_cmd" fill-cache "$@"
    ;;
  ipv6-off)
    e2e_need_root
    with_netns net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.lo.disable_ipv6=1 -- "$@"
    ;;
  ports-narrow)
    # the scenario's own script: with_netns splits its NAME=VALUE list on spaces, and this value has one
    e2e_run bash "$SCEN/ephemeral-ports-narrow/run.sh" "$@"
    ;;
  inotify-instances)
    E2E_USERNS_LIMITS="max_inotify_instances=2" with_userns_root "$@"
    ;;
  inotify-watches)
    # 0: every watch over the limit (watches used up); the suites add 1-2 at a time, so 8 never bit
    E2E_USERNS_LIMITS="max_inotify_watches=0" with_userns_root "$@"
    ;;
  userns-off)
    E2E_USERNS_LIMITS="max_user_namespaces=0" with_userns_root "$@"
    ;;
  seccomp-ns-eperm)
    e2e_run bash "$SCEN/seccomp-userns-eperm/run.sh" "$@"
    ;;
  seccomp-pidfd-trap)
    e2e_run bash "$SCEN/seccomp-sigsys/run.sh" "$@"
    ;;
  seccomp-clone3-eperm)
    e2e_run bash "$SCEN/seccomp-clone3-cgo/run.sh" "$@"
    ;;
  clone3-eperm-all)
    # every process under clone3 -> EPERM, node and the go command too (a whole job in an old Docker):
    # node aborts at start (no thread), so the facts come from scripts/facts.sh (run.sh), the outside path
    [ "$(uname -m)" = x86_64 ] || e2e_skip "the seccomp helper is x86_64 only"
    e2e_need_cmd gcc
    tmp=$(mktemp -d /tmp/go-env-guard-matrix-seccomp.XXXXXX)
    e2e_on_exit "rm -rf '$tmp'"
    gcc -O2 -o "$tmp/seccomp-run" "$SCEN/seccomp-userns-eperm/testdata/seccomp-run.c" || e2e_skip "cannot build the seccomp helper"
    "$tmp/seccomp-run" eperm clone3 -- true 2>/dev/null || e2e_skip "seccomp filters cannot be installed here"
    e2e_run "$tmp/seccomp-run" eperm clone3 -- "$@"
    ;;
  *)
    echo "faults.sh: unknown fault $fault (see e2e/matrix/faults.json)" >&2
    exit 2
    ;;
esac
