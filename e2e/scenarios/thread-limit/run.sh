#!/usr/bin/env bash
# thread-limit: run CMD as uid/gid 65534 (nobody) under RLIMIT_NPROC=60 (counts the user's threads;
# not enforced for root). The toolchain runs as nobody too, with its own build cache under /tmp.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
e2e_need_cmd setpriv prlimit
cache=/tmp/go-env-guard-e2e-gocache-65534
mkdir -p "$cache" && chown 65534:65534 "$cache"
# Warm nobody's build cache without the limit: a cold compile under RLIMIT_NPROC=60 can itself run out
# of threads (the compiler, not the test, is then what fails: seen on a clean CI machine).
env GOCACHE="$cache" HOME=/tmp setpriv --reuid=65534 --regid=65534 --clear-groups \
  go test -count=1 -run '^$' ./scenarios/thread-limit >/dev/null 2>&1 || true
e2e_run env GOCACHE="$cache" HOME=/tmp setpriv --reuid=65534 --regid=65534 --clear-groups prlimit --nproc=60:60 "$@"
