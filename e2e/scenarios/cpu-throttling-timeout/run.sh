#!/usr/bin/env bash
# cpu-throttling-timeout: run CMD in a fresh v1 cpu cgroup with a 5% quota (5000us per 100000us);
# on exit print cpu.stat (nr_throttled, throttled_time) on stderr for CAPTURED.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
e2e_cgroup_create cpu "cpu.cfs_period_us=100000 cpu.cfs_quota_us=5000"
e2e_on_exit 'echo "cgroup $E2E_CGROUP: quota=$(cat "$E2E_CGROUP/cpu.cfs_quota_us" 2>/dev/null) $(tr "\n" " " <"$E2E_CGROUP/cpu.stat" 2>/dev/null)" >&2'
E2E_CGROUP=$E2E_CGROUP e2e_run bash -c 'echo $$ >"$E2E_CGROUP/cgroup.procs" && exec "$@"' e2e-cgroup "$@"
