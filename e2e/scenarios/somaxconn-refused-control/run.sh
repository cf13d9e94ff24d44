#!/usr/bin/env bash
# Control: net.core.somaxconn=2, but the test fails with connection refused, which a full backlog never gives.
# Everything runs in a private network namespace (unshare -n), whose net.* sysctls are its own:
# the host's values are never touched, and the namespace disappears with the command.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root for unshare -n" >&2; exit 77; }
unshare -n true 2>/dev/null || { echo "unshare -n is not permitted here" >&2; exit 77; }
exec unshare -n bash -c '
  set -e
  ip link set lo up
  sysctl -qw net.core.somaxconn=2
  set +e
  exec "$@"' run.sh "$@"
