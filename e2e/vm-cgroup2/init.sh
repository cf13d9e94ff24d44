#!/bin/sh
# /init of the vm-cgroup2 guest (busybox sh as PID 1). Mounts what a runner has (cgroup2 at
# /sys/fs/cgroup with systemd's options), the two 9p shares, then runs guest.sh with the host's bash,
# chrooted into the host's / (read-only) with the work directory bound read-write at its host path.
export PATH=/bin HOME=/root
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
ln -s /proc/self/fd /dev/fd # bash's <(...)
mount -t tmpfs tmpfs /tmp
mount -t cgroup2 -o nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot cgroup2 /sys/fs/cgroup
echo "vmcg2: init started at $(cut -d' ' -f1 /proc/uptime)s (kernel $(uname -r), $(nproc) CPUs)"
for m in virtio_ring virtio virtio_mmio netfs fscache 9pnet 9pnet_virtio 9p; do
  [ -f /mods/$m.ko ] && insmod /mods/$m.ko
done
WORK=$(cat /etc/vmcg2-work)
HR=/mnt/hostroot
fail() { echo "vmcg2: FATAL: $*"; sync; poweroff -f; }
mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000,ro,cache=loose hostroot $HR || fail "mount hostroot"
mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000 share /mnt/share || fail "mount share"
mount -t proc proc $HR/proc
mount -o rbind /sys $HR/sys
mount -o rbind /dev $HR/dev
REPO=$(sed -n 's/^REPO=//p' /mnt/share/guest.env)
# The chroot gets its own /tmp and /run; a checkout under them (CI clones into /tmp) is bound back over.
mkdir -p /mnt/repo && mount -o bind "$HR$REPO" /mnt/repo || fail "bind the checkout $REPO"
mount -t tmpfs -o mode=1777 tmpfs $HR/tmp
mount -t tmpfs tmpfs $HR/run
mkdir -p "$HR$REPO" 2>/dev/null
mount -o bind /mnt/repo "$HR$REPO" || fail "bind the checkout back at $REPO"
mount -o bind /mnt/share "$HR$WORK"
# Every controller for the scenarios' cgroups (the root cgroup may hold processes and delegate).
echo "+memory +pids +cpu" >/sys/fs/cgroup/cgroup.subtree_control
chroot $HR /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp \
  TERM=dumb /bin/bash "$REPO/e2e/vm-cgroup2/guest.sh" "$WORK" 2>&1
echo "vmcg2: guest.sh exit $? at $(cut -d' ' -f1 /proc/uptime)s"
sync
umount /mnt/share "$HR$WORK" "$HR$REPO" /mnt/repo 2>/dev/null
poweroff -f
