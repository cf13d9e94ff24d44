#!/usr/bin/env bash
# IPv6 disabled: net.ipv6.conf.{all,default,lo}.disable_ipv6=1, so lo has no ::1.
# Everything runs in a private network namespace (unshare -n), whose net.* sysctls are its own:
# the host's values are never touched, and the namespace disappears with the command.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root for unshare -n" >&2; exit 77; }
unshare -n true 2>/dev/null || { echo "unshare -n is not permitted here" >&2; exit 77; }
exec unshare -n bash -c '
  set -e
  ip link set lo up
  sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.lo.disable_ipv6=1
  set +e
  exec "$@"' run.sh "$@"
