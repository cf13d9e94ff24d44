# shellcheck shell=bash
# Helpers for e2e scenario run.sh scripts. Source it from a scenario's run.sh:
#
#   #!/usr/bin/env bash
#   set -euo pipefail
#   source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
#   e2e_need_root                               # exits 77 (skip) when not root
#   with_cgroup_v1 pids "pids.max=40" "$@"      # or with_netns / with_mountns_tmpfs / prlimit ...
#
# Contract of a scenario run.sh (see e2e/README.md): `bash run.sh CMD ARGS...` creates the condition,
# runs CMD ARGS inside it, restores everything on exit (also on INT/TERM), and exits with CMD's status;
# exit 77 with a one-line reason on stderr when this machine lacks the mechanism.
#
# Everything a helper changes is undone by a cleanup stack run from one trap on EXIT, INT and TERM.
# Global changes (sysctls) are also recorded under $E2E_STATE_DIR so that e2e/run.sh's final sweep
# (e2e_sweep) can put them back even after a SIGKILL.

E2E_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
E2E_DIR="$(cd "$E2E_LIB_DIR/.." && pwd)"
E2E_REPO="$(cd "$E2E_DIR/.." && pwd)"
: "${E2E_STATE_DIR:=/tmp/go-env-guard-e2e-state}"
E2E_CGROUP_PREFIX="go-env-guard-e2e-"
E2E_SKIP=77

# ---------------------------------------------------------------------------------------------------
# toolchains

# e2e_toolchain TC: the GOROOT of Go release TC (go1.24.11), from the module proxy's golang.org/toolchain
# (cached in the module cache). Prints the directory; returns 1 when it cannot be had.
e2e_toolchain() {
  local tc=$1 dir
  dir=$(GOFLAGS=-mod=mod GOTOOLCHAIN=local go mod download -json "golang.org/toolchain@v0.0.1-$tc.linux-amd64" 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(JSON.parse(s).Dir||"")}catch{}})')
  # the module zip keeps no exec bits: cmd/go's own toolchain switch sets them, as it would in CI
  [ -n "$dir" ] && [ ! -x "$dir/bin/go" ] && (cd / && GOTOOLCHAIN=$tc go version >/dev/null 2>&1)
  [ -n "$dir" ] && [ -x "$dir/bin/go" ] || return 1
  echo "$dir"
}

# ---------------------------------------------------------------------------------------------------
# logging, skipping

e2e_log() { printf 'e2e: %s\n' "$*" >&2; }

# e2e_skip REASON: the machine lacks the mechanism. One line on stderr, exit 77.
e2e_skip() {
  printf 'skip: %s\n' "$*" >&2
  exit "$E2E_SKIP"
}

e2e_need_root() { [ "$(id -u)" = 0 ] || e2e_skip "needs root"; }

# e2e_need_cmd CMD...: skip when a command is missing.
e2e_need_cmd() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || e2e_skip "command not found: $c"; done
}

# ---------------------------------------------------------------------------------------------------
# cleanup stack: one trap for EXIT INT TERM, handlers run last-registered first, each at most once.

declare -a _E2E_CLEANUPS=()
_E2E_CHILD=""
_E2E_TRAPPED=0

# e2e_on_exit 'shell code': run it when the script ends, however it ends.
e2e_on_exit() {
  _E2E_CLEANUPS+=("$1")
  if [ "$_E2E_TRAPPED" = 0 ]; then
    _E2E_TRAPPED=1
    trap '_e2e_cleanup' EXIT
    trap '_e2e_signal 130' INT
    trap '_e2e_signal 143' TERM
    trap '_e2e_signal 129' HUP
  fi
}

_e2e_cleanup() {
  local rc=$? i
  trap - EXIT
  for ((i = ${#_E2E_CLEANUPS[@]} - 1; i >= 0; i--)); do
    eval "${_E2E_CLEANUPS[$i]}" || e2e_log "cleanup failed: ${_E2E_CLEANUPS[$i]}"
  done
  _E2E_CLEANUPS=()
  return "$rc"
}

_e2e_signal() {
  # Stop the command we started (only that one: its pid is known), then clean up and exit.
  if [ -n "$_E2E_CHILD" ] && kill -0 "$_E2E_CHILD" 2>/dev/null; then
    kill -TERM "$_E2E_CHILD" 2>/dev/null || true
    local n=0
    while kill -0 "$_E2E_CHILD" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    kill -KILL "$_E2E_CHILD" 2>/dev/null || true
  fi
  exit "$1"
}

# e2e_run CMD ARGS...: run CMD as a child so that a signal to this script reaches the trap at once
# (bash defers traps while a foreground child runs); returns CMD's status.
e2e_run() {
  local rc=0
  "$@" <&0 &
  _E2E_CHILD=$!
  wait "$_E2E_CHILD" || rc=$?
  # `wait` returns >128 when a trapped signal interrupts it; the trap has exited by then.
  _E2E_CHILD=""
  return "$rc"
}

# ---------------------------------------------------------------------------------------------------
# sysctls: set, record, restore

_e2e_sysctl_path() { printf '/proc/sys/%s' "${1//.//}"; }

# sysctl_set_restore NAME VALUE: set a sysctl now, put the old value back on exit. The old value is
# recorded in $E2E_STATE_DIR/sysctl.NAME (with our pid) before the write, so e2e_sweep can restore it
# if this script is killed. A record owned by another live process means someone else is changing
# the same sysctl: wait up to 60 s for it, then skip.
sysctl_set_restore() {
  local name=$1 value=$2 path rec old owner n=0
  path=$(_e2e_sysctl_path "$name")
  [ -e "$path" ] || e2e_skip "sysctl $name does not exist on this kernel"
  [ -w "$path" ] || e2e_skip "sysctl $name is not writable here"
  mkdir -p "$E2E_STATE_DIR"
  rec="$E2E_STATE_DIR/sysctl.$name"
  while ! (set -o noclobber && : >"$rec.lock") 2>/dev/null; do
    owner=$(cat "$rec" 2>/dev/null | sed -n 2p)
    if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
      # A dead owner: restore its value first (the sweep's job, done here too), then take over.
      _e2e_restore_record "$rec"
      continue
    fi
    # a lock left by a process killed between taking it and writing the record
    if [ -n "$(find "$rec.lock" -not -newermt '-5 seconds' 2>/dev/null)" ]; then rm -f "$rec.lock"; fi
    n=$((n + 1))
    [ $n -lt 600 ] || e2e_skip "sysctl $name is being changed by pid ${owner:-?} for more than 60 s"
    sleep 0.1
  done
  old=$(cat "$path")
  printf '%s\n%s\n' "$old" "$$" >"$rec"
  rm -f "$rec.lock"
  e2e_on_exit "_e2e_restore_record '$rec'"
  if ! printf '%s\n' "$value" >"$path" 2>/dev/null; then
    e2e_skip "cannot write sysctl $name=$value"
  fi
  e2e_log "sysctl $name: $old -> $(cat "$path") (restored on exit)"
}

_e2e_restore_record() {
  local rec=$1 name old path
  [ -f "$rec" ] || { rm -f "$rec.lock"; return 0; }
  name=${rec##*/sysctl.}
  old=$(sed -n 1p "$rec")
  path=$(_e2e_sysctl_path "$name")
  if printf '%s\n' "$old" >"$path" 2>/dev/null; then
    e2e_log "sysctl $name restored to $old"
  else
    e2e_log "could not restore sysctl $name to $old"
  fi
  rm -f "$rec" "$rec.lock"
}

# ---------------------------------------------------------------------------------------------------
# cgroups

# e2e_cgroup_version: prints v1, v2 or none (how the controllers are mounted).
e2e_cgroup_version() {
  if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    echo v2
  elif [ -d /sys/fs/cgroup/pids ] || [ -d /sys/fs/cgroup/memory ] || [ -d /sys/fs/cgroup/cpu ]; then
    echo v1
  else
    echo none
  fi
}

# _e2e_cgroup_base CTL: the directory to create our cgroup under. On v1, the controller's mount
# joined with our own cgroup path for it (so a limit the caller is already under still applies, and
# nothing escapes a parent's accounting). On v2, the unified mount (or /sys/fs/cgroup/unified on a
# hybrid host) joined with our 0:: path, when CTL is enabled in that cgroup's subtree_control or can
# be enabled there.
_e2e_cgroup_base() {
  local ctl=$1 mnt rel line
  if [ -d "/sys/fs/cgroup/$ctl" ] && [ ! -f /sys/fs/cgroup/cgroup.controllers ]; then
    mnt="/sys/fs/cgroup/$ctl"
    [ -f "$mnt/cgroup.procs" ] || {
      # comounted controllers (cpu,cpuacct) are reached through symlinks; resolve them.
      mnt=$(readlink -f "$mnt")
    }
    line=$(awk -F: -v c="$ctl" '{ n = split($2, a, ","); for (i = 1; i <= n; i++) if (a[i] == c) { print $3; exit } }' /proc/self/cgroup)
    rel=${line:-/}
    rel=${rel%/}
    if [ -d "$mnt$rel" ] && [ -w "$mnt$rel" ]; then echo "$mnt$rel"; else echo "$mnt"; fi
    return 0
  fi
  for mnt in /sys/fs/cgroup /sys/fs/cgroup/unified; do
    [ -f "$mnt/cgroup.controllers" ] || continue
    rel=$(sed -n 's/^0:://p' /proc/self/cgroup)
    local base="$mnt${rel%/}"
    [ -d "$base" ] || base=$mnt
    if grep -qw "$ctl" "$base/cgroup.subtree_control" 2>/dev/null; then echo "$base"; return 0; fi
    if grep -qw "$ctl" "$base/cgroup.controllers" 2>/dev/null; then
      # Enabling a controller in subtree_control fails when processes live in $base (the
      # "no internal processes" rule); then there is no delegation for us.
      if printf '+%s\n' "$ctl" >"$base/cgroup.subtree_control" 2>/dev/null; then
        echo "$base"
        return 0
      fi
    fi
  done
  return 1
}

# e2e_cgroup_create CTL 'file=value file=value ...': create a cgroup with those settings, set
# E2E_CGROUP to its directory, remove it on exit. Call it directly, not in $(...). On v2, v1 file names that have a direct equivalent are translated
# (pids.max stays; memory.limit_in_bytes -> memory.max, memory.memsw.limit_in_bytes -> memory.swap.max
# (0 when equal to the limit), cpu.cfs_quota_us/cpu.cfs_period_us -> cpu.max).
e2e_cgroup_create() {
  local ctl=$1 settings=$2 base dir kv file val v2=0
  base=$(_e2e_cgroup_base "$ctl") || e2e_skip "no writable cgroup hierarchy with the $ctl controller (v1 or delegated v2)"
  [ -f "$base/cgroup.controllers" ] && v2=1
  dir="$base/${E2E_CGROUP_PREFIX}$$-$ctl"
  mkdir "$dir" 2>/dev/null || e2e_skip "cannot create cgroup $dir"
  e2e_on_exit "e2e_cgroup_remove '$dir'"
  local quota="" period=100000
  for kv in $settings; do
    file=${kv%%=*}
    val=${kv#*=}
    if [ $v2 = 1 ]; then
      case $file in
        memory.limit_in_bytes) file=memory.max ;;
        memory.memsw.limit_in_bytes) file=memory.swap.max val=0 ;;
        cpu.cfs_quota_us) quota=$val; continue ;;
        cpu.cfs_period_us) period=$val; continue ;;
      esac
    fi
    if [ ! -e "$dir/$file" ]; then
      # memory.memsw.* exists only with swap accounting; without swap it is not needed.
      case $file in memory.memsw.*|memory.swap.max) e2e_log "cgroup: $file absent, ignored"; continue ;; esac
      e2e_skip "cgroup file $file absent in $dir"
    fi
    printf '%s\n' "$val" >"$dir/$file" 2>/dev/null || e2e_skip "cannot write $val to $dir/$file"
  done
  if [ -n "$quota" ]; then
    printf '%s %s\n' "$quota" "$period" >"$dir/cpu.max" || e2e_skip "cannot write cpu.max"
  fi
  E2E_CGROUP=$dir
}

# e2e_cgroup_remove DIR: kill what is left in our cgroup (only processes we started end up there),
# then remove it. Retries because a killed process leaves the cgroup asynchronously.
e2e_cgroup_remove() {
  local dir=$1 n=0 pid
  [ -d "$dir" ] || return 0
  case ${dir##*/} in "$E2E_CGROUP_PREFIX"*) ;; *) e2e_log "refusing to remove $dir"; return 1 ;; esac
  while [ -s "$dir/cgroup.procs" ] && [ $n -lt 50 ]; do
    for pid in $(cat "$dir/cgroup.procs" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
    sleep 0.1
    n=$((n + 1))
  done
  n=0
  until rmdir "$dir" 2>/dev/null; do
    n=$((n + 1))
    [ $n -lt 50 ] || { e2e_log "could not remove cgroup $dir"; return 1; }
    sleep 0.1
  done
}

# with_cgroup_v1 CTL 'file=value ...' CMD ARGS...: run CMD in a fresh cgroup of controller CTL with
# those settings (v1 names; translated on v2 where delegation allows), remove it afterwards.
# Exports E2E_CGROUP (the directory) to CMD.
# Example: with_cgroup_v1 pids "pids.max=40" "$@"
#          with_cgroup_v1 memory "memory.limit_in_bytes=64M memory.memsw.limit_in_bytes=64M" "$@"
#          with_cgroup_v1 cpu "cpu.cfs_period_us=100000 cpu.cfs_quota_us=5000" "$@"
with_cgroup_v1() {
  local ctl=$1 settings=$2
  shift 2
  e2e_cgroup_create "$ctl" "$settings"
  e2e_log "cgroup $E2E_CGROUP: $settings"
  E2E_CGROUP=$E2E_CGROUP e2e_run bash -c 'echo $$ >"$E2E_CGROUP/cgroup.procs" && exec "$@"' e2e-cgroup "$@"
}

# ---------------------------------------------------------------------------------------------------
# namespaces

# with_netns [NAME=VALUE ...] -- CMD ARGS...: run CMD in a new network namespace whose loopback is
# up, with those (network-namespaced) sysctls set inside it. Nothing outside the namespace changes,
# so nothing needs restoring. Example:
#   with_netns net.core.somaxconn=4 -- "$@"
#   with_netns net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.lo.disable_ipv6=1 -- "$@"
with_netns() {
  local -a sysctls=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do sysctls+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  e2e_need_cmd unshare ip
  unshare -n true 2>/dev/null || e2e_skip "cannot create a network namespace (unshare -n)"
  E2E_NETNS_SYSCTLS="${sysctls[*]}" e2e_run unshare -n bash -c '
    set -e
    ip link set lo up
    for kv in $E2E_NETNS_SYSCTLS; do
      p=/proc/sys/$(printf %s "${kv%%=*}" | tr . /)
      [ -e "$p" ] || { echo "skip: sysctl ${kv%%=*} absent in a network namespace" >&2; exit 77; }
      printf "%s\n" "${kv#*=}" >"$p" || { echo "skip: cannot set ${kv} in the network namespace" >&2; exit 77; }
    done
    unset E2E_NETNS_SYSCTLS
    exec "$@"' e2e-netns "$@"
}

# with_mountns_tmpfs 'MOUNT-OPTIONS' CMD ARGS...: run CMD in a private mount namespace where a fresh
# tmpfs with those options (e.g. "noexec,size=8m", "size=256k") is mounted on a new empty directory,
# exported to CMD as E2E_TMPFS and, unless E2E_TMPFS_ENV is set to a different variable list, as
# TMPDIR. Set E2E_TMPFS_ENV="TMPDIR GOTMPDIR" to point both at it, or "" for neither. The mount
# vanishes with the namespace; the empty directory is removed on exit.
with_mountns_tmpfs() {
  local opts=$1 dir
  shift
  e2e_need_cmd unshare mount
  unshare -m true 2>/dev/null || e2e_skip "cannot create a mount namespace (unshare -m)"
  dir=$(mktemp -d /tmp/go-env-guard-e2e-tmpfs.XXXXXX)
  e2e_on_exit "rmdir '$dir' 2>/dev/null || true"
  E2E_TMPFS=$dir E2E_TMPFS_OPTS=$opts E2E_TMPFS_ENV=${E2E_TMPFS_ENV-TMPDIR} \
    e2e_run unshare -m --propagation private bash -c '
      mount -t tmpfs -o "$E2E_TMPFS_OPTS" go-env-guard-e2e "$E2E_TMPFS" ||
        { echo "skip: cannot mount tmpfs -o $E2E_TMPFS_OPTS" >&2; exit 77; }
      for v in $E2E_TMPFS_ENV; do export "$v=$E2E_TMPFS"; done
      unset E2E_TMPFS_OPTS E2E_TMPFS_ENV
      exec "$@"' e2e-mountns "$@"
}

# with_userns_root CMD ARGS...: run CMD as root of a new user namespace (unshare -U -r). Per-user-
# namespace limits (/proc/sys/user/max_*: inotify instances and watches, user namespaces...) can be
# lowered inside it without touching the host: the kernel shows each process the user/ table of its
# own user namespace and lets that namespace's root (CAP_SYS_RESOURCE in it) write it; a child's
# count is checked against its own and every ancestor's limit (kernel/ucount.c). Set
#   E2E_USERNS_LIMITS="max_inotify_instances=4 max_inotify_watches=8"
# to write those before CMD starts. Note that fs.inotify.* inside still shows the host's values.
with_userns_root() {
  e2e_need_cmd unshare
  unshare -U -r true 2>/dev/null || e2e_skip "cannot create a user namespace (unshare -U -r)"
  E2E_USERNS_LIMITS=${E2E_USERNS_LIMITS:-} e2e_run unshare -U -r bash -c '
    for kv in $E2E_USERNS_LIMITS; do
      p=/proc/sys/user/${kv%%=*}
      [ -e "$p" ] || { echo "skip: $p absent on this kernel" >&2; exit 77; }
      printf "%s\n" "${kv#*=}" >"$p" || { echo "skip: cannot write $p in a child user namespace" >&2; exit 77; }
    done
    unset E2E_USERNS_LIMITS
    exec "$@"' e2e-userns "$@"
}

# as_nobody CMD ARGS...: run CMD as the unprivileged user nobody (65534, no groups), with HOME, GOCACHE
# and GOPATH in a private temporary directory (removed on exit) and GOTMPDIR unset, for scenarios whose
# point is what an unprivileged user may not do.
as_nobody() {
  e2e_need_root
  e2e_need_cmd setpriv
  local tmp
  tmp=$(mktemp -d /tmp/go-env-guard-e2e-nobody.XXXXXX)
  e2e_on_exit "rm -rf '$tmp'"
  chown 65534:65534 "$tmp"
  chmod 755 "$tmp"
  HOME=$tmp GOCACHE=$tmp/cache GOTMPDIR= GOPATH=$tmp/gopath GOFLAGS=-mod=mod \
    e2e_run setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}

# ---------------------------------------------------------------------------------------------------
# final sweep (e2e/run.sh calls it at the start and at the end)

# e2e_sweep: remove leftover go-env-guard-e2e-* cgroups (killing what is still in them: only our
# scenarios put processes there) and restore recorded sysctls whose owner process is gone.
e2e_sweep() {
  local d rec owner pid
  while IFS= read -r d; do
    [ -n "$d" ] || continue
    # go-env-guard-e2e-<pid>-<ctl>: leave the cgroups of a scenario that is still running.
    pid=${d##*/"$E2E_CGROUP_PREFIX"}
    pid=${pid%%-*}
    if [ -n "$pid" ] && [ "$pid" != "$$" ] && kill -0 "$pid" 2>/dev/null; then continue; fi
    e2e_cgroup_remove "$d" && e2e_log "sweep: removed leftover cgroup $d"
  done < <(find /sys/fs/cgroup -mindepth 1 -maxdepth 6 -type d -name "${E2E_CGROUP_PREFIX}*" 2>/dev/null | sort -r)
  for rec in "$E2E_STATE_DIR"/sysctl.*; do
    [ -f "$rec" ] || continue
    case $rec in *.lock) continue ;; esac
    owner=$(sed -n 2p "$rec")
    if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then continue; fi
    _e2e_restore_record "$rec"
  done
}
