#!/usr/bin/env bash
# A two-port ephemeral range: net.ipv4.ip_local_port_range="40000 40001".
# Everything runs in a private network namespace (unshare -n), whose net.* sysctls are its own:
# the host's values are never touched, and the namespace disappears with the command.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root for unshare -n" >&2; exit 77; }
unshare -n true 2>/dev/null || { echo "unshare -n is not permitted here" >&2; exit 77; }
exec unshare -n bash -c '
  set -e
  ip link set lo up
  sysctl -qw net.ipv4.ip_local_port_range="40000 40001"
  set +e
  exec "$@"' run.sh "$@"
