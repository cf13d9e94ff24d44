# shellcheck shell=bash
# Helpers of the container tier (e2e/containers/run.sh, job.sh, lint.sh): a private Docker daemon and
# the locally built images. Source it; it needs root and Debian's docker.io (dockerd, containerd, runc).
#
#   ct_install             install docker.io (and busybox-static) with apt-get when missing
#   ct_daemon_start        start dockerd on its own socket, data root and exec root; stop it on exit
#   ct_images              build (or reuse) the scenario images: geg-base, geg-noservices, geg-nozoneinfo
#   ct_golang_image T R    build (or reuse) image T (golang:1.24, ...) with the toolchain R and gcc
#   docker ...             the docker client, pointed at our daemon (DOCKER_HOST)
#   ct_standalone NAME     for the parts run on their own (job.sh, lint.sh, facts.sh): skip (77) without
#                          root; start the daemon and build the images unless run.sh already did
#
# Sourcing it also sets CT_DIR, E2E_DIR and REPO and sources e2e/lib/common.sh.
#
# Everything lives under $CT_CACHE (${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/containers): the
# daemon's data root (images survive between runs, so a warm run builds nothing), its exec root, socket,
# pid file and log. Nothing is pulled: images are `docker import`ed from a root filesystem made here
# from the host's own files (busybox-static, the glibc that node links, /etc/services, zoneinfo, CA
# certificates). Node and the Go toolchain are bind-mounted from the host at run time, as a runner mounts
# its externals into a job container.

CT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CT_LIB="$CT_DIR/lib.sh" # by its absolute path: the fingerprints read it after callers change directory
E2E_DIR="$(cd "$CT_DIR/.." && pwd)"
REPO="$(cd "$E2E_DIR/.." && pwd)"
# shellcheck source=../lib/common.sh
source "$E2E_DIR/lib/common.sh"

CT_CACHE=${CT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/containers}
CT_SOCK="$CT_CACHE/docker.sock"
CT_PID=""
export DOCKER_HOST="unix://$CT_SOCK"

# The Debian client matches the daemon (20.10); another docker earlier on PATH (a newer static client)
# would negotiate down, but say which one is used.
CT_DOCKER=/usr/bin/docker
docker() { "$CT_DOCKER" "$@"; }

ct_log() { printf 'containers: %s\n' "$*" >&2; }

# ct_install: Debian's docker.io when dockerd is missing. Returns 1 (with a reason) when it cannot be had.
ct_install() {
  local need=()
  command -v dockerd >/dev/null 2>&1 && [ -x "$CT_DOCKER" ] || need+=(docker.io)
  [ -x /bin/busybox ] || need+=(busybox-static)
  [ ${#need[@]} = 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { CT_REASON="no ${need[*]} and no apt-get"; return 1; }
  ct_log "installing ${need[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >"$CT_CACHE/apt.log" 2>&1 ||
    { apt-get update -qq >>"$CT_CACHE/apt.log" 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >>"$CT_CACHE/apt.log" 2>&1; } ||
    { CT_REASON="apt-get install ${need[*]} failed (see $CT_CACHE/apt.log)"; return 1; }
  command -v dockerd >/dev/null 2>&1 || { CT_REASON="docker.io installed but no dockerd"; return 1; }
}

# ct_daemon_start: our own dockerd (no iptables, no bridge: containers run with --network none). A
# daemon left by a killed run of ours (pid file, process named dockerd) is stopped first. Registers
# ct_daemon_stop with the caller's e2e_on_exit stack. Returns 1 with CT_REASON when it does not come up.
ct_daemon_start() {
  local old n=0
  mkdir -p "$CT_CACHE/data" "$CT_CACHE/exec"
  old=$(cat "$CT_CACHE/dockerd.pid" 2>/dev/null || true)
  if [ -n "$old" ] && [ "$(cat "/proc/$old/comm" 2>/dev/null)" = dockerd ]; then
    ct_log "stopping the daemon a previous run left (pid $old)"
    kill -TERM "$old" 2>/dev/null || true
    while kill -0 "$old" 2>/dev/null && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
  fi
  rm -f "$CT_SOCK" "$CT_CACHE/dockerd.pid"
  dockerd --data-root "$CT_CACHE/data" --exec-root "$CT_CACHE/exec" -H "unix://$CT_SOCK" \
    --pidfile "$CT_CACHE/dockerd.pid" --iptables=false --ip-masq=false --bridge=none \
    --storage-driver=overlay2 >"$CT_CACHE/dockerd.log" 2>&1 &
  CT_PID=$!
  e2e_on_exit 'ct_daemon_stop'
  n=0
  until docker version >/dev/null 2>&1; do
    if ! kill -0 "$CT_PID" 2>/dev/null; then
      CT_REASON="dockerd exited: $(tail -n 3 "$CT_CACHE/dockerd.log" | tr '\n' ' ' | cut -c1-300)"
      CT_PID=""
      return 1
    fi
    n=$((n + 1))
    [ $n -lt 300 ] || { CT_REASON="dockerd did not answer within 30 s"; return 1; }
    sleep 0.1
  done
  ct_log "dockerd $(docker version -f '{{.Server.Version}}' 2>/dev/null) up in $((n / 10)).$((n % 10)) s (pid $CT_PID, $CT_SOCK)"
}

# ct_daemon_stop: stop our daemon by its pid (containers we started are removed first), wait for it.
ct_daemon_stop() {
  local n=0 ids
  [ -n "$CT_PID" ] || return 0
  ids=$(docker ps -aq --filter label=go-env-guard-e2e 2>/dev/null || true)
  # shellcheck disable=SC2086
  [ -n "$ids" ] && docker rm -f $ids >/dev/null 2>&1
  kill -TERM "$CT_PID" 2>/dev/null || true
  while kill -0 "$CT_PID" 2>/dev/null && [ $n -lt 300 ]; do sleep 0.1; n=$((n + 1)); done
  if kill -0 "$CT_PID" 2>/dev/null; then
    ct_log "dockerd (pid $CT_PID) did not stop in 30 s: killed"
    kill -KILL "$CT_PID" 2>/dev/null || true
  else
    ct_log "dockerd (pid $CT_PID) stopped"
  fi
  CT_PID=""
}

# The files node needs (it is bind-mounted from the host): its ELF interpreter and libraries.
_ct_node_libs() {
  ldd "$(readlink -f "$(command -v node)")" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'
}

# _ct_rootfs DIR VARIANT: a minimal root filesystem. base: busybox, glibc (what node links), passwd,
# group, nsswitch.conf, /etc/services, /usr/share/zoneinfo, CA certificates. noservices: without
# /etc/services. nozoneinfo: without /usr/share/zoneinfo. No C compiler in any of them.
_ct_rootfs() {
  local d=$1 variant=$2 f a
  mkdir -p "$d"/{bin,etc,tmp,root,usr/bin,usr/local,usr/share,var/tmp,proc,sys,dev,etc/ssl/certs}
  chmod 1777 "$d/tmp" "$d/var/tmp"
  cp /bin/busybox "$d/bin/busybox"
  for a in sh ash sleep cat ls mkdir rm env id echo true false grep head tail mount ps wc tr sed \
    awk cp mv ln chmod touch stat df du find sort uname date hostname; do
    ln -s busybox "$d/bin/$a"
  done
  ln -s ../../bin/env "$d/usr/bin/env"
  while IFS= read -r f; do
    mkdir -p "$d$(dirname "$f")"
    cp -L "$f" "$d$f"
  done < <(_ct_node_libs)
  # glibc's resolver and NSS modules for files and dns (getaddrinfo in node).
  for f in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
    /lib/x86_64-linux-gnu/libresolv.so.2; do
    [ -e "$f" ] && { mkdir -p "$d$(dirname "$f")"; cp -L "$f" "$d$f"; }
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' >"$d/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$d/etc/group"
  printf 'hosts: files dns\nservices: files\n' >"$d/etc/nsswitch.conf"
  [ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$d/etc/ssl/certs/"
  if [ "$variant" != noservices ]; then cp /etc/services "$d/etc/services"; fi
  if [ "$variant" != nozoneinfo ] && [ -d /usr/share/zoneinfo ]; then
    cp -a /usr/share/zoneinfo "$d/usr/share/zoneinfo"
  fi
}

# The recipe's fingerprint: this file, the node libraries and busybox. Same fingerprint, same image.
_ct_fingerprint() {
  { cat "$CT_LIB"; _ct_node_libs | xargs -r sha256sum; sha256sum /bin/busybox; } | sha256sum | cut -c1-12
}

# ct_images: geg-base, geg-noservices, geg-nozoneinfo tagged with the fingerprint (and :latest). A warm
# run finds them in the cached data root and builds nothing. Sets CT_IMAGES_BUILT to what was built.
ct_images() {
  local fp v tmp
  fp=$(_ct_fingerprint)
  CT_IMAGES_BUILT=""
  for v in base noservices nozoneinfo; do
    if docker image inspect "geg-$v:$fp" >/dev/null 2>&1; then
      docker tag "geg-$v:$fp" "geg-$v:latest"
      continue
    fi
    tmp=$(mktemp -d /tmp/go-env-guard-ct-rootfs.XXXXXX)
    _ct_rootfs "$tmp/root" "$v"
    tar -C "$tmp/root" --numeric-owner -cf - . |
      docker import --change 'ENV PATH=/usr/local/go/bin:/usr/bin:/bin' --change 'ENV HOME=/root' \
        --change 'CMD ["/bin/sh"]' - "geg-$v:$fp" >/dev/null || { rm -rf "$tmp"; return 1; }
    rm -rf "$tmp"
    docker tag "geg-$v:$fp" "geg-$v:latest"
    CT_IMAGES_BUILT="$CT_IMAGES_BUILT geg-$v"
  done
}

# The installed Debian packages a C toolchain needs: gcc and libc6-dev with their Depends and
# Pre-Depends, recursively (of alternatives, the first one installed), as `name=version` lines.
_ct_cc_packages() {
  local -A seen=()
  local q=(gcc libc6-dev) p deps a o n alts ors
  while [ ${#q[@]} -gt 0 ]; do
    p=${q[0]}
    q=("${q[@]:1}")
    [ -n "${seen[$p]:-}" ] && continue
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || continue
    seen[$p]=$(dpkg-query -W -f='${Version}' "$p")
    deps=$(dpkg-query -W -f='${Pre-Depends}, ${Depends}' "$p")
    IFS=',' read -ra alts <<<"$deps"
    for a in "${alts[@]}"; do
      IFS='|' read -ra ors <<<"$a"
      for o in "${ors[@]}"; do
        n=$(sed 's/(.*)//; s/:any//; s/ //g' <<<"$o")
        [ -n "$n" ] || continue
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$n" 2>/dev/null)" = installed ]; then
          q+=("$n")
          break
        fi
      done
    done
  done
  for p in "${!seen[@]}"; do echo "$p=${seen[$p]}"; done | sort
}

# ct_golang_image TAG GOROOT: a local stand-in for the official Debian-based golang image (`docker
# import`, nothing pulled): the base rootfs, the host's gcc and libc6-dev files (the official image
# installs gcc, libc6-dev, so cgo and -race work), the toolchain at /usr/local/go, and the official
# image's environment (GOTOOLCHAIN=local, GOPATH=/go). Tagged TAG (e.g. golang:1.24) and reused while
# lib.sh, the toolchain and the C packages are unchanged.
ct_golang_image() {
  local tag=$1 goroot=$2 fp tmp ver old
  command -v dpkg-query >/dev/null 2>&1 || { CT_REASON="no dpkg-query: cannot copy the host's gcc"; return 1; }
  [ -x "$goroot/bin/go" ] || { CT_REASON="no go in $goroot"; return 1; }
  ver=$("$goroot/bin/go" env GOVERSION 2>/dev/null)
  fp=$({ cat "$CT_LIB"; echo "$ver"; _ct_cc_packages; } | sha256sum | cut -c1-12)
  if [ "$(docker image inspect -f '{{index .Config.Labels "geg.fingerprint"}}' "$tag" 2>/dev/null)" = "$fp" ]; then
    return 0
  fi
  ct_log "building $tag ($ver, gcc from the host's packages)"
  old=$(docker image inspect -f '{{.Id}}' "$tag" 2>/dev/null || true)
  tmp=$(mktemp -d /tmp/go-env-guard-ct-rootfs.XXXXXX)
  _ct_rootfs "$tmp/root" base
  # the packages' files and symlinks, each at its canonical path (/lib is a symlink to usr/lib here)
  _ct_cc_packages | cut -d= -f1 | xargs dpkg -L 2>/dev/null | sort -u |
    grep -vE '^/usr/share/(doc|man|info|locale|lintian)/' |
    while IFS= read -r f; do
      [ -d "$f" ] && continue # directories (and /lib64-style links to them) come with their files
      [ -e "$f" ] || [ -L "$f" ] || continue
      echo "$(readlink -f "$(dirname "$f")")/$(basename "$f")"
    done | sort -u >"$tmp/files"
  tar -cf - --no-recursion -T "$tmp/files" 2>/dev/null | tar -C "$tmp/root" -xf -
  mkdir -p "$tmp/root/usr/local/go" "$tmp/root/go"
  cp -a "$goroot/." "$tmp/root/usr/local/go/"
  tar -C "$tmp/root" --numeric-owner -cf - . |
    docker import --change 'ENV PATH=/go/bin:/usr/local/go/bin:/usr/bin:/bin' --change 'ENV HOME=/root' \
      --change 'ENV GOPATH=/go' --change 'ENV GOTOOLCHAIN=local' --change 'WORKDIR /go' \
      --change "LABEL geg.fingerprint=$fp" --change 'CMD ["/bin/sh"]' - "$tag" >/dev/null ||
    { rm -rf "$tmp"; CT_REASON="docker import of $tag failed"; return 1; }
  rm -rf "$tmp"
  # the image this one replaces (another recipe or toolchain): not kept in the cached data root
  [ -n "$old" ] && docker rmi "$old" >/dev/null 2>&1
  return 0
}

# ct_standalone NAME: the preamble of a part that can also run on its own.
ct_standalone() {
  [ "$(id -u)" = 0 ] || { echo "$1: skipped: needs root"; exit 77; }
  docker version >/dev/null 2>&1 && return 0
  ct_daemon_start || { echo "$1: $CT_REASON"; exit 1; }
  ct_images || exit 1
}
