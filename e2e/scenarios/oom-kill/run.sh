#!/usr/bin/env bash
# oom-kill: run CMD in a fresh v1 memory cgroup limited to 128 MiB (and swap with it when accounted);
# on exit print memory.oom_control (oom_kill count) on stderr for CAPTURED.md, then remove the cgroup.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_need_root
e2e_cgroup_create memory "memory.limit_in_bytes=128M memory.memsw.limit_in_bytes=128M"
e2e_on_exit 'echo "cgroup $E2E_CGROUP: limit=$(cat "$E2E_CGROUP/memory.limit_in_bytes") $(tr "\n" " " <"$E2E_CGROUP/memory.oom_control")" >&2'
E2E_CGROUP=$E2E_CGROUP e2e_run bash -c 'echo $$ >"$E2E_CGROUP/cgroup.procs" && exec "$@"' e2e-cgroup "$@"
