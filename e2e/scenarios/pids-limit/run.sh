#!/usr/bin/env bash
# pids-limit: run CMD in a fresh v1 pids cgroup with pids.max=60 (threads count too); on exit print
# the cgroup's pids.events (forks rejected) on stderr for CAPTURED.md, then remove the cgroup.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
e2e_cgroup_create pids "pids.max=60"
e2e_on_exit 'echo "cgroup $E2E_CGROUP: pids.max=$(cat "$E2E_CGROUP/pids.max") pids.events: $(cat "$E2E_CGROUP/pids.events" 2>/dev/null)" >&2'
E2E_CGROUP=$E2E_CGROUP e2e_run bash -c 'echo $$ >"$E2E_CGROUP/cgroup.procs" && exec "$@"' e2e-cgroup "$@"
