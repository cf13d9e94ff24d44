#!/usr/bin/env bash
# Docker's default seccomp profile for a container without CAP_SYS_ADMIN: unshare(2) and clone(2) with namespace flags return EPERM (moby profiles/seccomp/default.json).
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
"$tmp/seccomp-run" eperm unshare setns mount clone-ns -- true 2>/dev/null || { echo "seccomp filters cannot be installed here" >&2; exit 77; }
"$tmp/seccomp-run" eperm unshare setns mount clone-ns -- "$@"
