import { errorCode, type Host } from '../host/host.js'
import {
  known,
  unknown,
  type Fact,
  type Facts,
  type MountFact,
  type SpaceFact,
  type StorageRole,
  type TempRole
} from '../facts/types.js'
import { findMount, type MountEntry } from '../facts/parse-mountinfo.js'
import { errText } from './util.js'

function parentOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i <= 0 ? '/' : p.slice(0, i)
}

/**
 * realpath of the path, or of its nearest existing ancestor (a cache directory may not exist yet:
 * what matters is the file system it will be created on). Returns the resolved path and whether it
 * was an ancestor.
 */
async function resolveExisting(
  host: Host,
  path: string
): Promise<{ real: string; ancestor: boolean } | { error: string }> {
  let p = path
  for (let i = 0; i < 64; i++) {
    try {
      return { real: await host.realpath(p), ancestor: p !== path }
    } catch (e) {
      if (errorCode(e) !== 'ENOENT' || p === '/') return { error: errText(e) }
      p = parentOf(p)
    }
  }
  return { error: `${path} is nested too deeply` }
}

/** The mount containing a path (longest mount point after realpath), with size from statfs. */
export async function mountFor(
  host: Host,
  mounts: MountEntry[] | null,
  mountsReason: string | null,
  path: string
): Promise<Fact<MountFact>> {
  if (!path.startsWith('/')) return unknown(`${path} is not an absolute path`)
  let real: string
  try {
    real = await host.realpath(path)
  } catch (e) {
    return unknown(errText(e))
  }
  if (!mounts)
    return unknown(`cannot tell which mount holds ${path}: ${mountsReason ?? 'mountinfo unavailable'}`)
  const m = findMount(mounts, real)
  if (!m) return unknown(`no mount in /proc/self/mountinfo contains ${real}`)
  let sizeBytes: number | null = null
  let availBytes: number | null = null
  try {
    const s = await host.statfs(real)
    sizeBytes = s.blocks * s.bsize
    availBytes = s.bavail * s.bsize
  } catch {
    // size unknown; the mount options are still useful
  }
  return known({
    path: real,
    mountPoint: m.mountPoint,
    fsType: m.fsType,
    options: m.options,
    noexec: m.options.includes('noexec'),
    readOnly: m.options.includes('ro'),
    sizeBytes,
    availBytes
  })
}

export async function spaceFor(host: Host, path: string): Promise<Fact<SpaceFact>> {
  if (!path.startsWith('/')) return unknown(`${path} is not an absolute path`)
  const res = await resolveExisting(host, path)
  if ('error' in res) return unknown(res.error)
  try {
    const s = await host.statfs(res.real)
    return known({
      path: res.real,
      availBytes: s.bavail * s.bsize,
      totalBytes: s.blocks * s.bsize,
      // Some file systems (btrfs, some FUSE) report no inode counts: files == 0.
      inodesFree: s.files > 0 ? s.ffree : null,
      inodesTotal: s.files > 0 ? s.files : null
    })
  } catch (e) {
    return unknown(`statfs ${res.real}: ${errText(e)}`)
  }
}

export interface MountInputs {
  gotmpdir: string | null
  gocache: string | null
  gomodcache: string | null
  workspace: string
}

export async function probeMounts(
  host: Host,
  mounts: MountEntry[] | null,
  mountsReason: string | null,
  inp: MountInputs
): Promise<Facts['mounts']> {
  const temps: { role: TempRole; path: string }[] = []
  if (inp.gotmpdir) temps.push({ role: 'GOTMPDIR', path: inp.gotmpdir })
  const tmpdir = host.env.TMPDIR
  if (tmpdir) temps.push({ role: 'TMPDIR', path: tmpdir })
  temps.push({ role: '/tmp', path: '/tmp' })
  // Go's os.TempDir: $TMPDIR, else /tmp; go build's work dir: $GOTMPDIR, else os.TempDir.
  const tempDir = tmpdir || '/tmp'
  const storage: { role: StorageRole; path: string }[] = []
  if (inp.gocache && inp.gocache !== 'off') storage.push({ role: 'GOCACHE', path: inp.gocache })
  if (inp.gomodcache) storage.push({ role: 'GOMODCACHE', path: inp.gomodcache })
  storage.push({ role: 'temp', path: inp.gotmpdir || tempDir })
  storage.push({ role: 'workspace', path: inp.workspace })

  const [tempFacts, devShm, spaceFacts] = await Promise.all([
    Promise.all(temps.map(t => mountFor(host, mounts, mountsReason, t.path))),
    mountFor(host, mounts, mountsReason, '/dev/shm'),
    Promise.all(storage.map(s => spaceFor(host, s.path)))
  ])
  return {
    tempDirs: temps.map((t, i) => ({ ...t, mount: tempFacts[i] })),
    devShm,
    storage: storage.map((s, i) => ({ ...s, space: spaceFacts[i] }))
  }
}
