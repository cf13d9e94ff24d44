#!/usr/bin/env bash
# mmap-enomem: run CMD under RLIMIT_AS = 4 GiB (prlimit --as), as `ulimit -v 4194304` would.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_cmd prlimit
e2e_run prlimit --as=4294967296:4294967296 "$@"
