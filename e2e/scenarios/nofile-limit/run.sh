#!/usr/bin/env bash
# nofile-limit: run CMD under a hard RLIMIT_NOFILE of 64 (soft = hard, so Go's raise to hard changes
# nothing). prlimit changes only the child's limits: nothing global to restore.
set -u
command -v prlimit >/dev/null || { echo "prlimit not found" >&2; exit 77; }
exec prlimit --nofile=64:64 "$@"
