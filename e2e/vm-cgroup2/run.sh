#!/usr/bin/env bash
# The cgroup v2 tier (issue 17): the product against a real cgroup v2 kernel, booted under QEMU.
#
#   bash e2e/vm-cgroup2/run.sh
#
# The development machines are cgroup v1 (hybrid); GitHub-hosted runners are pure cgroup v2. This
# boots Debian's stock kernel (the linux-image-amd64 package, unpacked into a cache, never installed)
# under QEMU with a pure cgroup2 hierarchy mounted as systemd mounts it, ONCE, and runs every scenario
# of guest.sh inside that one boot: node, go and this checkout come from the host's / over 9p
# (read-only); a work directory is shared read-write at the same path. Test binaries are built here on
# the host (`go test -c`, CGO_ENABLED=0): the guest CPU is emulated (TCG) and compiling there is slow.
#
# Host side, in order: qemu-system-x86 and busybox-static from apt when missing; the kernel .deb
# (apt-get download), its ELF vmlinux (pulled out of the bzImage: no in-guest decompression) and the
# 9p/virtio modules, cached under ${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/vm-cgroup2 so that a
# warm run skips all of it; the test binaries; an uncompressed initramfs (busybox + modules + init.sh);
# one qemu run (-M microvm, TCG unless KVM works); then the table of guest.sh's rows.
#
# Prints a table (scenario, expected, got, confidence, seconds, verdict) and the last line
#   vm-cgroup2: N passed, N failed, N skipped
# Skipped (with the reason, counted as one skipped scenario) when not root, without apt for the
# missing packages, or when qemu cannot boot here. Exit 1 when a scenario failed.
#
# Environment: VMCG2_KEEP=1 keeps the work directory; VMCG2_SMP (4), VMCG2_MEM (MiB, 1536),
# VMCG2_TIMEOUT (s, 600); VMCG2_ONLY="name ..." runs only those guest scenarios.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
# shellcheck source=../lib/common.sh
source "$HERE/../lib/common.sh" # e2e_toolchain (no traps are set until a helper asks for one)
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/vm-cgroup2"
SMP=${VMCG2_SMP:-4}
MEM=${VMCG2_MEM:-1536}
TIMEOUT=${VMCG2_TIMEOUT:-600}
T0=$(date +%s.%N)

elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf 'vm-cgroup2 [%6ss]: %s\n' "$(elapsed)" "$*" >&2; }
# skip REASON: the whole tier cannot run here; one skipped row.
skip() {
  echo "vm-cgroup2: skipped: $*"
  echo "vm-cgroup2: total $(elapsed)s"
  echo "vm-cgroup2: 0 passed, 0 failed, 1 skipped"
  exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root (9p export of /, cgroup writes in the guest)"
[ -f "$REPO/dist/cli.js" ] && [ -f "$REPO/dist/index.js" ] && [ -f "$REPO/dist/post.js" ] ||
  { echo "vm-cgroup2: dist/ missing: run \`npm run bundle\` first" >&2; exit 2; }
command -v go >/dev/null && command -v node >/dev/null || skip "go and node are needed on the host"

# ---------------------------------------------------------------------------------------------------
# 1. host packages (Debian's, through apt-get)
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
case "$(ldd /bin/busybox 2>&1)" in *"not a dynamic"*) ;; *) need+=(busybox-static) ;; esac
if [ ${#need[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || skip "missing ${need[*]} and no apt-get to install them"
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 &&
      apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1; } ||
    skip "apt-get install ${need[*]} failed"
fi
command -v qemu-system-x86_64 >/dev/null || skip "qemu-system-x86_64 not found after installing"
case "$(ldd /bin/busybox 2>&1)" in *"not a dynamic"*) ;; *) skip "/bin/busybox is not static" ;; esac

# ---------------------------------------------------------------------------------------------------
# 2. the kernel, cached: download the .deb, unpack only what is needed, extract the ELF vmlinux
# hidden_in_guest PATH WHAT: the guest mounts a fresh /tmp and /run over the host's (init.sh binds only
# the checkout back), so a cache there would be silently missing in the guest: the probe rebuilt in
# every run, doctor running another go than the toolchain it was given.
hidden_in_guest() {
  case "$1" in /tmp/* | /run/*)
    echo "vm-cgroup2: $2 is under $1, which the guest does not see (it mounts its own /tmp and /run): move it (GOMODCACHE, XDG_CACHE_HOME)" >&2
    exit 1 ;;
  esac
}
hidden_in_guest "$CACHE" "the tier's cache (XDG_CACHE_HOME)"
mkdir -p "$CACHE"
KDIR="$CACHE/kernel"
if [ ! -f "$KDIR/.done" ]; then
  kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
  [ -n "$kpkg" ] || { apt-get update -qq >/dev/null 2>&1;
    kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }'); }
  [ -n "$kpkg" ] || skip "apt-cache knows no linux-image-amd64 (not Debian, or no package lists)"
  kver=${kpkg#linux-image-}
  say "apt-get download $kpkg"
  rm -rf "$CACHE/deb" "$KDIR.tmp" && mkdir -p "$CACHE/deb" "$KDIR.tmp"
  (cd "$CACHE/deb" && apt-get download "$kpkg" >/dev/null 2>&1) || skip "apt-get download $kpkg failed"
  m="./lib/modules/$kver/kernel"
  dpkg-deb --fsys-tarfile "$CACHE/deb/${kpkg}"_*.deb | tar -x -C "$KDIR.tmp" --wildcards \
    "./boot/vmlinuz-$kver" "$m/drivers/virtio/*" "$m/net/9p/*" "$m/fs/9p/*" "$m/fs/netfs/*" "$m/fs/fscache/*" ||
    skip "cannot unpack $kpkg"
  # The bzImage is a boot stub plus an xz stream: the ELF inside boots directly (PVH entry) and saves
  # the slow decompression in an emulated guest.
  off=$(LC_ALL=C grep -obUaP '\xFD7zXZ\x00' "$KDIR.tmp/boot/vmlinuz-$kver" | head -n 1 | cut -d: -f1)
  { tail -c +$((off + 1)) "$KDIR.tmp/boot/vmlinuz-$kver" || true; } | xz -dc --single-stream >"$KDIR.tmp/vmlinux" 2>/dev/null
  [ -s "$KDIR.tmp/vmlinux" ] || skip "no xz-compressed vmlinux in vmlinuz-$kver"
  mkdir -p "$KDIR.tmp/mods"
  find "$KDIR.tmp/lib/modules" -name '*.ko' -exec mv {} "$KDIR.tmp/mods/" \;
  rm -rf "$KDIR.tmp/lib" "$KDIR.tmp/boot" "$CACHE/deb"
  echo "$kver" >"$KDIR.tmp/version"
  touch "$KDIR.tmp/.done"
  rm -rf "$KDIR" && mv "$KDIR.tmp" "$KDIR"
fi
kver=$(cat "$KDIR/version")

# ---------------------------------------------------------------------------------------------------
# 3. the work directory (shared read-write with the guest at the same path; not under /tmp, which
# the guest mounts a tmpfs over) and what runs in the guest
WORK=$(mktemp -d /var/tmp/go-env-guard-vmcg2.XXXXXX)
QPID=
cleanup() {
  [ -n "$QPID" ] && kill "$QPID" 2>/dev/null
  if [ "${VMCG2_KEEP:-}" = 1 ]; then echo "vm-cgroup2: work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$WORK/bin" "$WORK/shim" "$WORK/out"

say "building test binaries on the host (go test -c, CGO_ENABLED=0)"
build_test() { # NAME PKGDIR (relative to e2e/)
  (cd "$REPO/e2e" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS= go test -c -trimpath=false \
    -o "$WORK/bin/$1.test" "./$2") >"$WORK/out/build-$1.log" 2>&1 ||
    { echo "vm-cgroup2: go test -c ./$2 failed:" >&2; tail -5 "$WORK/out/build-$1.log" >&2; exit 1; }
}
for s in pids-limit oom-kill cpu-throttling-timeout; do build_test "$s" "scenarios/$s" & done
build_test memory-high vm-cgroup2/scenarios/memory-high &
# go-shim.sh converts the binaries' output with the toolchain's own test2json (built on demand since Go 1.24)
(cd "$REPO/e2e" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS= go build -o "$WORK/bin/test2json" cmd/test2json) &
wait
[ -x "$WORK/bin/test2json" ] || { echo "vm-cgroup2: cannot build cmd/test2json" >&2; exit 1; }
node "$REPO/dist/cli.js" rules --json >"$WORK/out/rules.json"

# GOMAXPROCS as Go itself computes it: one tiny program, built by two toolchains from the module proxy
# (golang.org/toolchain) and by each with a go.mod go line on either side of 1.25.
TOOLCHAINS="go1.24.11 go1.25.14"
for tc in $TOOLCHAINS; do
  dir=$(e2e_toolchain "$tc") || { echo "vm-cgroup2: cannot download toolchain $tc from the module proxy" >&2; exit 1; }
  hidden_in_guest "$dir" "the toolchain $tc (GOMODCACHE)"
  echo "$dir" >"$WORK/out/toolchain-$tc"
  for line in 1.24 1.25; do
    m="$WORK/gomaxprocs/$tc-go$line"
    mkdir -p "$m"
    cp "$HERE/gomaxprocs/main.go" "$m/"
    printf 'module example.com/gomaxprocs\n\ngo %s\n' "$line" >"$m/go.mod"
    [ "$tc" = go1.24.11 ] && [ "$line" = 1.25 ] && { rm -rf "$m"; continue; } # go1.24 refuses go 1.25
    (cd "$m" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS= "$dir/bin/go" build -o gomaxprocs .) >"$WORK/out/build-gmp.log" 2>&1 ||
      { echo "vm-cgroup2: building gomaxprocs with $tc (go $line) failed:" >&2; tail -5 "$WORK/out/build-gmp.log" >&2; exit 1; }
  done
done

# The Go runtime probe of `test` and of the action, built once here with the host's go into a cache
# the guest reads (the same key: source, Go version, os/arch), so the guest never compiles it.
XDG_CACHE_HOME="$CACHE/xdg" node "$REPO/dist/cli.js" doctor --json --dir "$REPO/e2e" >"$WORK/out/host-doctor.json" 2>/dev/null || true

# The workspace the product runs on in the guest (guest.sh WS): a copy of e2e/ keeps the scenario paths
# the same relative to it; the checkout is read-only there, results mode writes into it, and linting
# the whole checkout over 9p under TCG cost seconds per run.
mkdir -p "$WORK/ws"
cp -r "$REPO/e2e" "$WORK/ws/e2e"

cp "$HERE/go-shim.sh" "$WORK/shim/go" && chmod 755 "$WORK/shim/go"
{
  printf 'REPO=%q\nWORK=%q\nGO_BIN=%q\nNODE_BIN=%q\nXDG_CACHE_HOME=%q\nTOOLCHAINS=%q\nKVER=%q\n' \
    "$REPO" "$WORK" "$(dirname "$(readlink -f "$(command -v go)")")" "$(dirname "$(readlink -f "$(command -v node)")")" \
    "$CACHE/xdg" "$TOOLCHAINS" "$kver"
  printf 'VMCG2_ONLY=%q\nVMCG2_PROBE_NODE=%q\n' "${VMCG2_ONLY:-}" "${VMCG2_PROBE_NODE:-}"
} >"$WORK/guest.env"

# ---------------------------------------------------------------------------------------------------
# 4. initramfs: busybox, the modules, init.sh (uncompressed: unpacking is cheaper than xz under TCG)
R="$WORK/rootfs"
mkdir -p "$R"/{bin,proc,sys,dev,tmp,mnt/share,mnt/hostroot,mods,etc}
cp /bin/busybox "$R/bin/busybox"
for a in $(/bin/busybox --list); do [ -e "$R/bin/$a" ] || ln -s busybox "$R/bin/$a"; done
for m in virtio_ring virtio virtio_mmio netfs fscache 9pnet 9pnet_virtio 9p; do
  [ -f "$KDIR/mods/$m.ko" ] && cp "$KDIR/mods/$m.ko" "$R/mods/"
done
cp "$HERE/init.sh" "$R/init" && chmod 755 "$R/init"
printf '%s\n' "$WORK" >"$R/etc/vmcg2-work"
echo 'root:x:0:0:root:/root:/bin/sh' >"$R/etc/passwd"
(cd "$R" && find . -print0 | /bin/busybox cpio -o -H newc -0 2>/dev/null) >"$WORK/initramfs.cpio"
rm -rf "$R"

# ---------------------------------------------------------------------------------------------------
# 5. boot once
accel=tcg
if [ -r /dev/kvm ] && [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo; then accel=kvm; fi
[ -n "${VMCG2_ACCEL:-}" ] && accel=$VMCG2_ACCEL
khz=$(awk '/^cpu MHz/ { printf "%d", $4 * 1000; exit }' /proc/cpuinfo)
kargs="console=ttyS0 quiet loglevel=3 panic=-1 pci=off cgroup_no_v1=all psi=1 cryptomgr.notests mitigations=off"
kargs+=" rodata=off initcall_blacklist=init_kprobe_trace,crypto_kdf108_init"
# microvm has no HPET/PIT: under TCG the kernel must be told the TSC rate (the host's) and trust it
[ "$accel" = tcg ] && kargs+=" tsc=reliable tsc_early_khz=$khz"
qemu=(qemu-system-x86_64 -no-user-config -nodefaults -M microvm,isa-serial=on -serial stdio
  -accel "$accel" -cpu max -m "$MEM" -smp "$SMP" -display none -monitor none -no-reboot
  -kernel "$KDIR/vmlinux" -initrd "$WORK/initramfs.cpio" -append "$kargs"
  -fsdev "local,id=share,path=$WORK,security_model=none" -device virtio-9p-device,fsdev=share,mount_tag=share
  -fsdev "local,id=hostroot,path=/,security_model=none,readonly=on,multidevs=remap"
  -device virtio-9p-device,fsdev=hostroot,mount_tag=hostroot)
"${qemu[@]}" -accel help 2>/dev/null | grep -qw "$accel" || skip "qemu-system-x86_64 has no $accel accelerator"

say "booting kernel $kver (qemu -M microvm -accel $accel -smp $SMP -m $MEM); load: $(cut -d' ' -f1-3 /proc/loadavg)"
boot_start=$(date +%s.%N)
timeout -k 5 "$TIMEOUT" "${qemu[@]}" </dev/null >"$WORK/serial.log" 2>&1 &
QPID=$!
tail -n +1 -f --pid=$QPID "$WORK/serial.log" 2>/dev/null | tr -d '\r' | sed -u -n 's/^vmcg2: /vm-cgroup2 guest: /p' >&2 &
TPID=$!
wait $QPID
qrc=$?
QPID=
wait $TPID 2>/dev/null
qemu_s=$(awk -v a="$boot_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

if ! grep -q 'vmcg2: init started' "$WORK/serial.log"; then
  tail -20 "$WORK/serial.log" | tr -d '\r' >&2
  if [ "$qrc" = 124 ]; then echo "vm-cgroup2: FAILED: the guest did not reach /init in ${TIMEOUT}s" >&2; exit 1; fi
  skip "qemu could not boot the kernel here (exit $qrc; serial log above)"
fi

# ---------------------------------------------------------------------------------------------------
# 6. the table
rows="$WORK/out/results.tsv"
cat "$rows".* >"$rows" 2>/dev/null # the guest's lanes, in order
passed=0 failed=0 skipped=0
declare -a failures=()
printf '\n%-30s %-34s %-34s %-11s %7s  %s\n' scenario expected got confidence seconds verdict
while IFS=$'\t' read -r name verdict expected got conf secs detail; do
  [ -n "$name" ] || continue
  printf '%-30s %-34s %-34s %-11s %7s  %s\n' "$name" "$expected" "$got" "$conf" "$secs" "$verdict"
  case $verdict in
    PASS) passed=$((passed + 1)) ;;
    SKIP) skipped=$((skipped + 1)); echo "  skipped: $detail" ;;
    *) failed=$((failed + 1)); failures+=("$name: $detail") ;;
  esac
done <"$rows"
if ! grep -q 'vmcg2: guest done' "$WORK/serial.log"; then
  failed=$((failed + 1))
  failures+=("guest: did not finish (qemu exit $qrc after ${qemu_s}s; see $WORK/serial.log)")
fi
# doctor's facts next to the files (facts.mjs --report)
for f in "$WORK"/out/*.facts.txt; do
  [ -f "$f" ] || continue
  echo
  echo "== $(basename "$f" .facts.txt): doctor's cgroup v2 facts against the files read in the guest"
  column -t -s $'\t' "$f" 2>/dev/null || cat "$f"
done
if [ ${#failures[@]} -gt 0 ]; then
  echo
  echo "failed:"
  printf '  %s\n' "${failures[@]}"
  VMCG2_KEEP=1
fi
echo
echo "vm-cgroup2: kernel $kver, qemu $accel, ${SMP} vCPUs; boot to init $(sed -n 's/.*vmcg2: init started at \([0-9.]*\)s.*/\1/p' "$WORK/serial.log" | head -n 1)s guest uptime; qemu ${qemu_s}s"
echo "vm-cgroup2: total $(elapsed)s (host load now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "vm-cgroup2: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
