#!/usr/bin/env bash
# Captures this machine's view of the files go-env-guard's probes read into a fake root that
# FixtureHost can serve: __tests__/fixtures/hosts/<name>/{proc,sys,etc,...}.
#
#   scripts/capture-host-fixture.sh __tests__/fixtures/hosts/v1-hybrid-this-vm
#
# /proc/self is the `cat` reading it, which shares this shell's limits, cgroups and credentials.
# statfs results for /tmp, /dev/shm and / go to statfs.json (FixtureHost's `statfs` option).
# Nothing is written outside DEST; nothing on the machine is changed.
set -euo pipefail
dest=${1:?usage: capture-host-fixture.sh DEST}
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)

copy() { # copy PATH [PATH...]: /proc and /sys files report size 0, so use cat; skip unreadable ones
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    mkdir -p "$dest$(dirname "$p")"
    cat "$p" >"$dest$p" 2>/dev/null || rm -f "$dest$p"
  done
}

copy /proc/self/limits /proc/self/status /proc/self/cgroup /proc/self/mountinfo /proc/1/cgroup \
  /proc/self/attr/current /proc/self/attr/apparmor/current \
  /proc/meminfo /proc/net/if_inet6 /proc/net/netstat /proc/vmstat \
  /proc/sys/kernel/osrelease /proc/sys/kernel/arch \
  /sys/devices/system/cpu/online /sys/module/apparmor/parameters/enabled \
  /etc/os-release /run/.containerenv
if [ -e /.dockerenv ]; then : >"$dest/.dockerenv"; fi
mkdir -p "$dest/proc/self/ns"
ln -sfn "$(readlink /proc/self/ns/cgroup)" "$dest/proc/self/ns/cgroup"

# The sysctls of SYSCTL_KEYS in src/facts/types.ts.
for k in kernel.pid_max kernel.threads-max fs.file-max fs.nr_open fs.inotify.max_user_instances \
  fs.inotify.max_user_watches net.core.somaxconn net.ipv4.ip_local_port_range vm.max_map_count \
  vm.overcommit_memory vm.mmap_rnd_bits user.max_user_namespaces kernel.unprivileged_userns_clone \
  kernel.apparmor_restrict_unprivileged_userns kernel.yama.ptrace_scope \
  net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6; do
  copy "/proc/sys/${k//.//}"
done

# cgroup files: for every cgroup mount, the chain of directories from the mount point down to this
# process's cgroup (read from /proc/self/cgroup), limited to the files the probes read.
files='cgroup.controllers memory.max memory.high memory.current memory.peak memory.events
  memory.limit_in_bytes memory.usage_in_bytes memory.max_usage_in_bytes memory.oom_control memory.failcnt
  pids.max pids.current pids.events cpu.max cpu.stat cpu.cfs_quota_us cpu.cfs_period_us'
cgroups=$(cat /proc/self/cgroup)
awk '$0 ~ / - cgroup2? / { for (i = 1; i <= NF; i++) if ($i == "-") { print $5, $(i+1), $(i+3) } }' \
  /proc/self/mountinfo | while read -r mp fstype opts; do
  while IFS=: read -r _id ctrls path; do
    if [ "$fstype" = cgroup2 ]; then [ -z "$ctrls" ] || continue
    else
      match=
      for c in ${ctrls//,/ }; do case ",$opts," in *",$c,"*) match=1 ;; esac; done
      [ -n "$match" ] || continue
    fi
    dir=$mp
    for part in $(echo "$path" | tr '/' ' ') ''; do
      for f in $files; do copy "$dir/$f"; done
      if [ -n "$part" ]; then dir="$dir/$part"; fi
    done
  done <<<"$cgroups"
done

mkdir -p "$dest/tmp" "$dest/dev/shm"
{
  echo '{'
  sep=''
  for p in / /tmp /dev/shm; do
    # bsize blocks bfree bavail files ffree
    read -r bs b bf ba fi ff < <(stat -f -c '%S %b %f %a %c %d' "$p")
    printf '%s  "%s": { "bsize": %s, "blocks": %s, "bfree": %s, "bavail": %s, "files": %s, "ffree": %s }' \
      "$sep" "$p" "$bs" "$b" "$bf" "$ba" "$fi" "$ff"
    sep=$',\n'
  done
  printf '\n}\n'
} >"$dest/statfs.json"
echo "captured into $dest"
