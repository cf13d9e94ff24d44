#!/usr/bin/env bash
# Doctor's container facts against the engine (issue 18): for each flag set, start a container, run
# `node dist/cli.js doctor --json --go-probe off` inside it, and compare its facts with what
# `docker inspect` says was asked for and with the files inside the container (/sys/fs/cgroup/*,
# /proc/self/status, /proc/self/limits, /proc/self/mountinfo). Any mismatch fails.
#   bash e2e/containers/facts.sh      (called by run.sh; needs our daemon: starts its own when alone)
# Last line: facts: N passed, N failed
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ct_standalone facts
NODE_HOST=$(readlink -f "$(command -v node)")
W=$(mktemp -d /var/tmp/go-env-guard-ct-facts.XXXXXX)
e2e_on_exit "rm -rf '$W'"

sets=(
  "limits|--memory 256m --memory-swap 256m --pids-limit 100 --cpus 1.5 --ulimit nofile=1000:2000 --shm-size 32m --tmpfs /tmp"
  "defaults|"
  "unconfined|--security-opt seccomp=unconfined --tmpfs /tmp:exec,size=16m --ulimit nofile=4096:4096"
)
passed=0 failed=0
for s in "${sets[@]}"; do
  label=${s%%|*}
  read -r -a flags <<<"${s#*|}"
  c="geg-e2e-facts-$label-$$"
  docker run -d --name "$c" --label go-env-guard-e2e=1 --network none -v "$NODE_HOST:$NODE_HOST:ro" \
    -v "$REPO:$REPO:ro" "${flags[@]}" geg-base sleep 600 >/dev/null || { echo "facts: $label: FAIL docker run"; failed=$((failed + 1)); continue; }
  docker exec "$c" "$NODE_HOST" "$REPO/dist/cli.js" doctor --json --go-probe off >"$W/$label.doctor.json" 2>"$W/$label.doctor.err"
  docker inspect "$c" >"$W/$label.inspect.json"
  # the files, as a process inside sees them (node's own view too: node raises its soft nofile to hard)
  docker exec "$c" sh -c '
    echo "memory.limit_in_bytes=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)"
    echo "pids.max=$(cat /sys/fs/cgroup/pids/pids.max)"
    echo "cpu.cfs_quota_us=$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)"
    echo "cpu.cfs_period_us=$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us)"
    echo "seccomp=$(grep "^Seccomp:" /proc/self/status | tr -d "[:space:]" | cut -d: -f2)"
    echo "nofile.sh=$(grep "^Max open files" /proc/self/limits | tr -s " " | cut -d" " -f4,5)"
    echo "shm=$(grep " /dev/shm " /proc/self/mountinfo | head -n 1)"
    echo "tmp=$(grep " /tmp " /proc/self/mountinfo | head -n 1)"
    echo "cgroupns=$(readlink /proc/self/ns/cgroup)"
    echo "dockerenv=$([ -e /.dockerenv ] && echo yes || echo no)"
  ' >"$W/$label.files"
  echo "nofile.node=$(docker exec "$c" "$NODE_HOST" -e 'console.log(require("fs").readFileSync("/proc/self/limits","utf8").split("\n").find(l=>l.startsWith("Max open files")).split(/\s+/).slice(3,5).join(" "))')" >>"$W/$label.files"
  docker rm -f "$c" >/dev/null 2>&1
  if node "$CT_DIR/facts-check.mjs" "$label" "$W/$label.doctor.json" "$W/$label.inspect.json" "$W/$label.files"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "facts: $passed passed, $failed failed"
[ "$failed" = 0 ]
