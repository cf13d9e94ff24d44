/**
 * /proc/<pid>/mountinfo (proc_pid_mountinfo(5), fs/proc_namespace.c show_mountinfo):
 *   36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
 *   (1)(2)(3)   (4)   (5)      (6)      (7)   (8) (9)   (10)         (11)
 * Paths escape space, tab, newline and backslash as octal (\040, \011, \012, \134).
 */
export interface MountEntry {
  id: number
  parentId: number
  majorMinor: string
  /** Root of the mount within its filesystem (for cgroup mounts: relative to our cgroup namespace). */
  root: string
  mountPoint: string
  /** Per-mount options (field 6): rw/ro, noexec, nosuid... */
  options: string[]
  optional: string[]
  fsType: string
  source: string
  /** Per-superblock options (field 11): for cgroup v1 the controllers, e.g. `rw,cpu,cpuacct`. */
  superOptions: string[]
}

const MAX_LINES = 20000

export function unescapeMountPath(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)))
}

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = []
  const lines = text.split('\n')
  for (const line of lines.slice(0, MAX_LINES)) {
    if (!line.trim()) continue
    const sep = line.indexOf(' - ')
    if (sep < 0) continue
    const left = line.slice(0, sep).split(' ')
    const right = line.slice(sep + 3).split(' ')
    if (left.length < 6 || right.length < 2) continue
    const [id, parentId, majorMinor, root, mountPoint, options, ...optional] = left
    if (!/^\d+$/.test(id) || !/^\d+$/.test(parentId)) continue
    out.push({
      id: Number(id),
      parentId: Number(parentId),
      majorMinor,
      root: unescapeMountPath(root),
      mountPoint: unescapeMountPath(mountPoint),
      options: options.split(','),
      optional,
      fsType: right[0],
      source: unescapeMountPath(right[1]),
      superOptions: (right[2] ?? '').split(',').filter(Boolean)
    })
  }
  return out
}

/** True when `p` is `prefix` or lies under it, at a path-component boundary. */
export function hasPathPrefix(p: string, prefix: string): boolean {
  if (prefix === '/') return p.startsWith('/')
  return p === prefix || p.startsWith(prefix + '/')
}

/**
 * The mount that contains an absolute, already-resolved path: the longest mount point that is a
 * path prefix; among mounts on the same point the last one listed is on top (mounts are listed in
 * the order they were made, and a later mount over the same point hides the earlier one).
 */
export function findMount(entries: readonly MountEntry[], path: string): MountEntry | undefined {
  let best: MountEntry | undefined
  for (const e of entries) {
    if (!hasPathPrefix(path, e.mountPoint)) continue
    if (!best || e.mountPoint.length >= best.mountPoint.length) best = e
  }
  return best
}
