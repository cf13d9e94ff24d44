#!/usr/bin/env bash
# Docker < 20.10.10's profile: clone3(2) returns EPERM instead of ENOSYS, so glibc >= 2.34 pthread_create cannot fall back to clone(2) (moby/moby#42680).
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
"$tmp/seccomp-run" eperm clone3 -- true 2>/dev/null || { echo "seccomp filters cannot be installed here" >&2; exit 77; }
# Only the test binary runs under the filter (go test -exec), as when tests run in a sandbox: the go
# command and gcc start processes themselves and would trip the same filter first.
printf '#!/bin/sh\nexec "%s" eperm clone3 -- "$@"\n' "$tmp/seccomp-run" > "$tmp/exec-wrapper"
chmod 755 "$tmp/exec-wrapper"
export GOFLAGS="${GOFLAGS:-} -exec=$tmp/exec-wrapper"
if [ "$(basename -- "$1")" = go ]; then
  "$@"
else
  # Other commands (the CLI, the action, the doctor probe) run under the ENOSYS variant of the same rule,
  # which is what Docker >= 20.10.10 does: Node's own threads use glibc pthread_create and would abort
  # under EPERM, while /proc/self/status shows the same "Seccomp: 2" either way. The test binaries they
  # start still get the EPERM filter through -exec.
  "$tmp/seccomp-run" enosys clone3 -- "$@"
fi
