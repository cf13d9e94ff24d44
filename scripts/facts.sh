#!/bin/sh
# scripts/facts.sh: the machine's facts as `go-env-guard explain --facts FILE` reads them, written by a
# POSIX shell alone: no node, no threads, one short-lived process per file read (cat, sed, tr).
#
#   sh scripts/facts.sh > facts.json
#   go-env-guard explain --facts facts.json go-test.json      # on any machine where node runs
#
# For the runners where go-env-guard itself cannot start: under a seccomp filter that returns EPERM for
# clone3 (Docker < 20.10.10 with glibc >= 2.34) node aborts before running any code
# ("Assertion failed: (0) == (uv_thread_create(...))"), and with a hard RLIMIT_NOFILE below about 18 it
# cannot open its own files. A shell and the go command still run there (neither needs clone3: Go
# starts its threads with clone(2)), so save `go test -json ./... > go-test.json`, run this script in the
# same step, upload both, and explain them elsewhere (docs/rules/seccomp-blocked.md).
#
# It reads what a shell can read cheaply: kernel, arch, distro, user, CPUs, memory, rlimits (of this
# shell, which has the step's), the sysctls go-env-guard reads, the seccomp mode, no_new_privs and the
# capabilities from /proc/self/status, the ephemeral port range. Everything else (cgroups, mounts,
# user namespaces, the Go toolchain and the Go runtime probe) is written as unknown with the reason.
# Output: one JSON object on stdout (the `facts` shape of docs/CONTRACT-like report, src/facts/types.ts).
set -u
LC_ALL=C
export LC_ALL

# JSON string of $1: backslash, quote and control characters escaped (newlines and tabs as spaces).
js() {
  printf '"%s"' "$(printf '%s' "$1" | tr '\n\t\r' '   ' | tr -d '\000-\037' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}
known_s() { printf '{"value":%s}' "$(js "$1")"; }
unknown_s() { printf '{"unknown":%s}' "$(js "$1")"; }
is_uint() { case $1 in '' | *[!0-9]*) return 1 ;; *) return 0 ;; esac; }

first_line() { [ -r "$1" ] && IFS= read -r l <"$1" && printf '%s' "$l"; }

# --- system
kernel=$(first_line /proc/sys/kernel/osrelease || uname -r 2>/dev/null)
arch=$(uname -m 2>/dev/null)
distro=''
if [ -r /etc/os-release ]; then
  distro=$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | sed -e 's/^"//' -e 's/"$//' | head -n 1)
fi
uid=$(id -u 2>/dev/null)
gid=$(id -g 2>/dev/null)

if [ "${GITHUB_ACTIONS:-}" = true ]; then
  case ${RUNNER_ENVIRONMENT:-} in
    github-hosted | self-hosted) runner=$(printf '{"value":{"kind":"%s","evidence":["GITHUB_ACTIONS=true","RUNNER_ENVIRONMENT=%s"]}}' "$RUNNER_ENVIRONMENT" "$RUNNER_ENVIRONMENT") ;;
    *) runner=$(unknown_s "GITHUB_ACTIONS=true but RUNNER_ENVIRONMENT is ${RUNNER_ENVIRONMENT:-not set} (scripts/facts.sh does not guess)") ;;
  esac
else
  runner='{"value":{"kind":"not-actions","evidence":["GITHUB_ACTIONS is not set"]}}'
fi

hints=''
add_hint() { hints="${hints:+$hints,}$(js "$1")"; }
[ -e /.dockerenv ] && add_hint '/.dockerenv exists'
[ -e /run/.containerenv ] && add_hint '/run/.containerenv exists'
[ -n "${container:-}" ] && add_hint "container=${container} in the environment"
if [ -n "$hints" ]; then
  container_fact=$(printf '{"value":{"inContainer":true,"hints":[%s]}}' "$hints")
else
  container_fact=$(unknown_s 'not checked by scripts/facts.sh beyond /.dockerenv, /run/.containerenv and $container (none found)')
fi

online=$(grep -c '^processor' /proc/cpuinfo 2>/dev/null)
affinity=$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status 2>/dev/null)
naff=null
if [ -n "$affinity" ]; then
  naff=0
  for r in $(printf '%s' "$affinity" | tr ',' ' '); do
    case $r in
      *-*) a=${r%-*} b=${r#*-}; is_uint "$a" && is_uint "$b" && naff=$((naff + b - a + 1)) ;;
      *) is_uint "$r" && naff=$((naff + 1)) ;;
    esac
  done
fi
memtotal=$(sed -n 's/^MemTotal:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/meminfo 2>/dev/null)
memavail=$(sed -n 's/^MemAvailable:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/meminfo 2>/dev/null)

# --- rlimits: "Max open files  16  16  files"
limits=$(cat /proc/self/limits 2>/dev/null)
rlimit() {
  line=$(printf '%s\n' "$limits" | grep "^$1 " | head -n 1)
  if [ -z "$line" ]; then
    unknown_s "/proc/self/limits has no \"$1\" line"
    return
  fi
  set -- $(printf '%s' "${line#"$1"}")
  soft=$1 hard=$2
  [ "$soft" = unlimited ] && soft='"unlimited"'
  [ "$hard" = unlimited ] && hard='"unlimited"'
  printf '{"value":{"soft":%s,"hard":%s,"note":"read by scripts/facts.sh (the shell of the step)"}}' "$soft" "$hard"
}

# --- sysctls, by dotted name
sysctl_fact() {
  f=/proc/sys/$(printf '%s' "$1" | tr . /)
  if [ -r "$f" ]; then
    v=$(tr '\t\n' '  ' <"$f" | sed 's/ *$//')
    known_s "$v"
  elif [ -e "$f" ]; then
    unknown_s "permission denied reading $f"
  else
    unknown_s "$f does not exist on this system"
  fi
}

# --- /proc/self/status (this shell's, which has the step's seccomp filter and capabilities)
status=$(cat /proc/self/status 2>/dev/null)
field() { printf '%s\n' "$status" | sed -n "s/^$1:[[:space:]]*//p" | head -n 1; }
sc_mode=$(field Seccomp)
sc_filters=$(field Seccomp_filters)
case $sc_mode in
  0) sc='"disabled"' ;; 1) sc='"strict"' ;; 2) sc='"filter"' ;; *) sc='' ;;
esac
if [ -n "$sc" ]; then
  is_uint "$sc_filters" || sc_filters=null
  seccomp=$(printf '{"value":{"mode":%s,"filters":%s}}' "$sc" "$sc_filters")
else
  seccomp=$(unknown_s '/proc/self/status has no Seccomp line')
fi
nnp=$(field NoNewPrivs)
case $nnp in 0) nnp='{"value":false}' ;; 1) nnp='{"value":true}' ;; *) nnp=$(unknown_s '/proc/self/status has no NoNewPrivs line') ;; esac

CAPS='CAP_CHOWN CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_FOWNER CAP_FSETID CAP_KILL CAP_SETGID CAP_SETUID CAP_SETPCAP CAP_LINUX_IMMUTABLE CAP_NET_BIND_SERVICE CAP_NET_BROADCAST CAP_NET_ADMIN CAP_NET_RAW CAP_IPC_LOCK CAP_IPC_OWNER CAP_SYS_MODULE CAP_SYS_RAWIO CAP_SYS_CHROOT CAP_SYS_PTRACE CAP_SYS_PACCT CAP_SYS_ADMIN CAP_SYS_BOOT CAP_SYS_NICE CAP_SYS_RESOURCE CAP_SYS_TIME CAP_SYS_TTY_CONFIG CAP_MKNOD CAP_LEASE CAP_AUDIT_WRITE CAP_AUDIT_CONTROL CAP_SETFCAP CAP_MAC_OVERRIDE CAP_MAC_ADMIN CAP_SYSLOG CAP_WAKE_ALARM CAP_BLOCK_SUSPEND CAP_AUDIT_READ CAP_PERFMON CAP_BPF CAP_CHECKPOINT_RESTORE'
capeff=$(field CapEff)
case $capeff in
  '' | *[!0-9a-fA-F]*) caps=$(unknown_s '/proc/self/status has no CapEff line') ;;
  *)
    # two halves, so that shells with 32-bit arithmetic decode it too
    lo=$(printf '%s' "$capeff" | sed 's/.*\(........\)$/\1/')
    hi=$(printf '%s' "$capeff" | sed 's/........$//')
    [ -n "$hi" ] || hi=0
    lo=$((0x$lo)) hi=$((0x$hi))
    names='' i=0 admin=false res=false ptrace=false
    for c in $CAPS; do
      if [ $i -lt 32 ]; then bit=$(((lo >> i) & 1)); else bit=$(((hi >> (i - 32)) & 1)); fi
      if [ "$bit" = 1 ]; then
        names="${names:+$names,}\"$c\""
        case $c in CAP_SYS_ADMIN) admin=true ;; CAP_SYS_RESOURCE) res=true ;; CAP_SYS_PTRACE) ptrace=true ;; esac
      fi
      i=$((i + 1))
    done
    caps=$(printf '{"value":{"hex":"%s","effective":[%s],"sysAdmin":%s,"sysResource":%s,"sysPtrace":%s}}' "$capeff" "$names" "$admin" "$res" "$ptrace")
    ;;
esac

range=$(tr '\t' ' ' </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null)
set -- $range
if [ $# -eq 2 ] && is_uint "$1" && is_uint "$2"; then
  portrange=$(printf '{"value":{"low":%s,"high":%s,"width":%s}}' "$1" "$2" $(($2 - $1 + 1)))
else
  portrange=$(unknown_s 'cannot read /proc/sys/net/ipv4/ip_local_port_range')
fi

NOT='not probed by scripts/facts.sh (a shell-only fact dump for runners where go-env-guard cannot start)'
num_or_unknown() { if is_uint "$1"; then printf '%s' "$2"; else unknown_s "$3"; fi; }

now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z 2>/dev/null || echo 1970-01-01T00:00:00.000Z)

printf '{\n"collectedAt":%s,\n' "$(js "$now")"
printf '"system":{\n'
printf '"kernel":%s,\n' "$(if [ -n "$kernel" ]; then known_s "$kernel"; else unknown_s 'cannot read /proc/sys/kernel/osrelease'; fi)"
printf '"arch":%s,\n' "$(if [ -n "$arch" ]; then known_s "$arch"; else unknown_s 'uname -m failed'; fi)"
printf '"distro":%s,\n' "$(if [ -n "$distro" ]; then known_s "$distro"; else unknown_s '/etc/os-release has no PRETTY_NAME'; fi)"
printf '"runner":%s,\n' "$runner"
printf '"container":%s,\n' "$container_fact"
if is_uint "$uid" && is_uint "$gid"; then
  root=false
  [ "$uid" = 0 ] && root=true
  printf '"user":{"value":{"uid":%s,"gid":%s,"root":%s}},\n' "$uid" "$gid" "$root"
else
  printf '"user":%s,\n' "$(unknown_s 'id failed')"
fi
printf '"cpus":%s,\n' "$(num_or_unknown "$online" "{\"value\":{\"online\":$online,\"affinity\":$naff}}" 'cannot count processors in /proc/cpuinfo')"
avail=null
is_uint "$memavail" && avail=$((memavail * 1024))
printf '"memory":%s\n' "$(num_or_unknown "$memtotal" "{\"value\":{\"totalBytes\":$((${memtotal:-0} * 1024)),\"availableBytes\":$avail}}" 'cannot read MemTotal from /proc/meminfo')"
printf '},\n"rlimits":{\n'
printf '"nofile":%s,\n' "$(rlimit 'Max open files')"
printf '"nproc":%s,\n' "$(rlimit 'Max processes')"
printf '"as":%s,\n' "$(rlimit 'Max address space')"
printf '"stack":%s,\n' "$(rlimit 'Max stack size')"
printf '"memlock":%s\n' "$(rlimit 'Max locked memory')"
printf '},\n"sysctl":{\n'
sep=''
for k in kernel.pid_max kernel.threads-max fs.file-max fs.nr_open fs.inotify.max_user_instances \
  fs.inotify.max_user_watches user.max_inotify_instances user.max_inotify_watches net.core.somaxconn \
  net.ipv4.ip_local_port_range vm.max_map_count vm.overcommit_memory vm.mmap_rnd_bits \
  user.max_user_namespaces kernel.unprivileged_userns_clone kernel.apparmor_restrict_unprivileged_userns \
  kernel.yama.ptrace_scope net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 \
  net.ipv6.conf.lo.disable_ipv6; do
  printf '%s"%s":%s' "$sep" "$k" "$(sysctl_fact "$k")"
  sep=',
'
done
printf '\n},\n"cgroup":%s,\n' "$(unknown_s "$NOT")"
printf '"security":{"seccomp":%s,"noNewPrivs":%s,"capabilities":%s,"apparmor":%s,"userns":%s},\n' \
  "$seccomp" "$nnp" "$caps" "$(unknown_s "$NOT")" "$(unknown_s "$NOT")"
printf '"mounts":{"tempDirs":[],"devShm":%s,"storage":[]},\n' "$(unknown_s "$NOT")"
printf '"network":{"ipv6Loopback":%s,"portRange":%s},\n' "$(unknown_s "$NOT")" "$portrange"
printf '"go":%s\n}\n' "$(unknown_s "$NOT")"
