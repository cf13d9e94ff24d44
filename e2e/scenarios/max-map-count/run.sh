#!/usr/bin/env bash
# max-map-count: lower the host-wide vm.max_map_count to 8000 while CMD runs, restored on exit (and by
# e2e_sweep after a SIGKILL). 8000 is far above what the other processes on the test machine map
# (under 1000 each when checked), so only the test, which maps 12000 regions, is affected.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
sysctl_set_restore vm.max_map_count 8000
e2e_run "$@"
