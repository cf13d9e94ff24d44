#!/usr/bin/env bash
# A 1 MiB /dev/shm (Docker gives 64 MiB by default: moby daemon/config DefaultShmSize), mounted in a
# private mount namespace (unshare -m, propagation private): the host's /dev/shm is untouched and
# the mount vanishes with the command.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root for unshare -m" >&2; exit 77; }
unshare -m --propagation private true 2>/dev/null || { echo "unshare -m is not permitted here" >&2; exit 77; }
exec unshare -m --propagation private bash -c '
  mount -t tmpfs -o size=1m,nosuid,nodev,mode=1777 shm /dev/shm || { echo "cannot mount a tmpfs on /dev/shm" >&2; exit 77; }
  exec "$@"' run.sh "$@"
