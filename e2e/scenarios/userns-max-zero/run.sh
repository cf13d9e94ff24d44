#!/usr/bin/env bash
# user.max_user_namespaces=0, set in a child user namespace of its own (unshare -U --map-root-user):
# that namespace's user.* limits are its own, so the host's value is never touched. Creating a
# further user namespace from inside then fails with ENOSPC, exactly as on a host set to 0.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root to map root into the child user namespace" >&2; exit 77; }
unshare -U -r true 2>/dev/null || { echo "unshare -U is not permitted here" >&2; exit 77; }
exec unshare -U -r bash -c '
  echo 0 > /proc/sys/user/max_user_namespaces || { echo "cannot set user.max_user_namespaces in the child namespace" >&2; exit 77; }
  exec "$@"' run.sh "$@"
