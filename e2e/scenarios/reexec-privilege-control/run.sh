#!/usr/bin/env bash
# Control: runs as the unprivileged user nobody (65534); the test re-executes itself in new mount and
# UTS namespaces without a user namespace, which needs CAP_SYS_ADMIN: the code needs privilege.
# GOCACHE/GOTMPDIR/HOME point at a private temporary directory, removed on exit.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root to drop to uid 65534" >&2; exit 77; }
command -v setpriv >/dev/null || { echo "setpriv not found" >&2; exit 77; }
tmp=$(mktemp -d /tmp/geg-reexec-priv.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
chown 65534:65534 "$tmp"
chmod 755 "$tmp"
HOME=$tmp GOCACHE=$tmp/cache GOTMPDIR= GOPATH=$tmp/gopath GOFLAGS=-mod=mod \
  setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
