#!/usr/bin/env bash
# An /etc/hosts without any localhost entry (as in some minimal images and sandboxes), bind-mounted
# over the real one in a private mount namespace; the network namespace is private too, so the DNS
# fallback has no server to reach. The host's /etc/hosts is untouched.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root for unshare -m -n" >&2; exit 77; }
unshare -m -n --propagation private true 2>/dev/null || { echo "unshare -m -n is not permitted here" >&2; exit 77; }
tmp=$(mktemp -d /tmp/geg-hosts.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
printf '# no localhost entries\n10.0.0.1\tbuildhost\n' > "$tmp/hosts"
chmod 644 "$tmp/hosts"
unshare -m -n --propagation private bash -c '
  ip link set lo up
  mount --bind "$0" /etc/hosts || { echo "cannot bind-mount /etc/hosts" >&2; exit 77; }
  exec "$@"' "$tmp/hosts" "$@"
