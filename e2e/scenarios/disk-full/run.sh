#!/usr/bin/env bash
# disk-full: run CMD with GOTMPDIR on a 256 KiB tmpfs in a private mount namespace: linking the test
# binary runs out of space.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
E2E_TMPFS_ENV="GOTMPDIR" with_mountns_tmpfs "size=256k" "$@"
