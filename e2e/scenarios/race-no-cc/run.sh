#!/usr/bin/env bash
# No C compiler: PATH holds only the Go toolchain and coreutils, none of them gcc/cc (as in
# golang:*-alpine without `apk add gcc musl-dev`, or distroless builders), with CGO_ENABLED=1 set
# explicitly, as workflows do for -race. (With CGO_ENABLED unset the go command turns cgo off by
# itself and prints the race-cgo-disabled message instead.)
set -u
go=$(command -v go) || { echo "go not found" >&2; exit 77; }
tmp=$(mktemp -d /tmp/geg-nocc.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
ln -s "$go" "$tmp/go"
for t in node bash sh env cat uname id; do p=$(command -v $t) && ln -s "$p" "$tmp/$t"; done
[ -e "$tmp/gcc" ] && { echo "cannot hide gcc" >&2; exit 77; }
env -u CC CGO_ENABLED=1 PATH="$tmp" "$@"
