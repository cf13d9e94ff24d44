#!/usr/bin/env bash
# noexec-tmp: run CMD in a private mount namespace with GOTMPDIR and TMPDIR on a noexec tmpfs: go test
# builds the test binary there and cannot exec it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
E2E_TMPFS_ENV="TMPDIR GOTMPDIR" with_mountns_tmpfs "noexec,size=64m" "$@"
