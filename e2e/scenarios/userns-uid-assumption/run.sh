#!/usr/bin/env bash
# Control-like look-alike: runs as the unprivileged user nobody (65534) on a machine where user
# namespaces are allowed (no knob is restrictive); the test maps host UID 0, which needs privilege.
# GOCACHE/GOTMPDIR/HOME point at a private temporary directory, removed on exit.
set -u
[ "$(id -u)" = 0 ] || { echo "needs root to drop to uid 65534" >&2; exit 77; }
command -v setpriv >/dev/null || { echo "setpriv not found" >&2; exit 77; }
tmp=$(mktemp -d /tmp/geg-userns-uid.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
chown 65534:65534 "$tmp"
chmod 755 "$tmp"
HOME=$tmp GOCACHE=$tmp/cache GOTMPDIR= GOPATH=$tmp/gopath GOFLAGS=-mod=mod \
  setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
