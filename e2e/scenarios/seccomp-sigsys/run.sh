#!/usr/bin/env bash
# A seccomp filter whose action is TRAP (SIGSYS) instead of ERRNO, for pidfd_open(2): the shape of golang/go#69065 (custom profiles with SCMP_ACT_TRAP/KILL, systemd SystemCallFilter= without SystemCallErrorNumber=).
# The filter comes from testdata/seccomp-run.c in seccomp-userns-eperm (raw BPF, no libseccomp),
# compiled into a temporary directory that is removed on exit. x86_64 only.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ "$(uname -m)" = x86_64 ] || { echo "the seccomp helper is x86_64 only" >&2; exit 77; }
command -v gcc >/dev/null || { echo "gcc not found (needed to build the seccomp helper)" >&2; exit 77; }
tmp=$(mktemp -d /tmp/geg-seccomp.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
chmod 755 "$tmp"
gcc -O2 -o "$tmp/seccomp-run" "$here/../seccomp-userns-eperm/testdata/seccomp-run.c" || { echo "cannot build the seccomp helper" >&2; exit 77; }
"$tmp/seccomp-run" trap pidfd_open -- true 2>/dev/null || { echo "seccomp filters cannot be installed here" >&2; exit 77; }
# Only the test binary runs under the filter (go test -exec), as when tests run in a sandbox: the go
# command and gcc start processes themselves and would trip the same filter first.
printf '#!/bin/sh\nexec "%s" trap pidfd_open -- "$@"\n' "$tmp/seccomp-run" > "$tmp/exec-wrapper"
chmod 755 "$tmp/exec-wrapper"
export GOFLAGS="${GOFLAGS:-} -exec=$tmp/exec-wrapper"
if [ "$(basename -- "$1")" = go ]; then
  "$@"
else
  # Other commands (node: the CLI or the action, which start go test themselves) run under the ERRNO
  # variant of the same rule, so that the go command (which also probes pidfd_open) survives and the
  # probes see the filter, while the test binary still gets the trapping filter through -exec.
  "$tmp/seccomp-run" eperm pidfd_open -- "$@"
fi
