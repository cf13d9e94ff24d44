/**
 * The workspace jail: every path the action reads because a workflow input or a pull request named it
 * (`results`, `working-directory`, the files the container lint finds) goes through `admit` first.
 *
 * A pull request controls the files in the workspace, symlinks included, and in `results` mode its own
 * tests run before the post step reads their output. So a path is judged by where it really leads:
 * its real path (every link resolved) must stay inside one of the jail's roots, and neither the path as
 * written nor the real one may pass through `.git` (actions/checkout keeps the token in `.git/config`
 * as `http.<url>.extraheader`) or name a credential file. What is admitted is then read through the
 * real path with the identity (`dev`/`ino`) the check saw, so a link swapped in afterwards is not
 * followed (NodeHost opens it with O_NOFOLLOW and compares).
 */
import { posix } from 'node:path'
import type { Host, PathStat } from './host.js'
import { errorCode } from './host.js'

/** Directory names whose contents are never read, at any depth. */
const DENIED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.ssh',
  '.gnupg',
  '.aws',
  '.azure',
  '.kube',
  '.docker'
])

/** File names that hold credentials wherever they are. */
const DENIED_FILES: ReadonlySet<string> = new Set([
  '.git-credentials',
  '.netrc',
  '_netrc',
  '.npmrc',
  '.pypirc',
  '.pgpass',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519'
])

export interface JailRoot {
  /** How reports name it: "the workspace", "RUNNER_TEMP". */
  label: string
  path: string
}

export type Admission =
  { ok: true; real: string; stat: PathStat } | { ok: false; path: string; reason: string; code: string }

/** The `.git/` or credential name that `path` passes through, or null. */
export function deniedSegment(path: string): string | null {
  for (const seg of path.split('/')) {
    if (DENIED_DIRS.has(seg)) return `${seg}/`
    if (DENIED_FILES.has(seg)) return seg
  }
  return null
}

function inside(root: string, real: string): boolean {
  return root === '/' || real === root || real.startsWith(root + '/')
}

export class Jail {
  private constructor(
    private readonly host: Host,
    private readonly roots: readonly { label: string; real: string }[]
  ) {}

  /** A jail over the roots that exist; a root that cannot be resolved admits nothing. */
  static async of(host: Host, roots: readonly JailRoot[]): Promise<Jail> {
    const real: { label: string; real: string }[] = []
    for (const r of roots) {
      if (!r.path.startsWith('/')) continue
      const p = await host.realpath(r.path).catch(() => null)
      if (p) real.push({ label: r.label, real: p.replace(/\/+$/, '') || '/' })
    }
    return new Jail(host, real)
  }

  /** The first root, the one relative paths are resolved against. */
  get base(): string | null {
    return this.roots[0]?.real ?? null
  }

  describe(): string {
    return this.roots.map(r => `${r.label} (${r.real})`).join(' or ') || 'no readable root'
  }

  /**
   * Whether `path` (relative paths resolved against `base`) may be read as a `kind`. Never throws.
   */
  async admit(path: string, kind: 'file' | 'dir', base = this.base ?? '/'): Promise<Admission> {
    const refuse = (reason: string, code = 'EJAIL'): Admission => ({ ok: false, path, reason, code })
    const abs = posix.resolve(base, path)
    const written = deniedSegment(abs)
    if (written) return refuse(`${path} is inside ${written}, which is never read`)
    let real: string
    try {
      real = await this.host.realpath(abs)
    } catch (e) {
      const code = errorCode(e)
      const link = await this.host.lstat(abs).catch(() => null)
      if (link?.kind === 'symlink') return refuse(`${path} is a symlink that leads nowhere (${code})`, code)
      return refuse(
        code === 'ENOENT' ? `${path} does not exist` : `${path} cannot be resolved (${code})`,
        code
      )
    }
    const root = this.roots.find(r => inside(r.real, real))
    if (!root) return refuse(`${path} resolves to ${real}, outside ${this.describe()}`)
    const hidden = deniedSegment(real.slice(root.real.length))
    if (hidden) return refuse(`${path} resolves to ${real}, inside ${hidden}, which is never read`)
    let stat: PathStat
    try {
      stat = await this.host.lstat(real)
    } catch (e) {
      return refuse(`${path} cannot be read (${errorCode(e)})`, errorCode(e))
    }
    if (kind === 'file' && stat.kind !== 'file')
      return refuse(
        stat.kind === 'dir'
          ? `${path} is a directory, not a file`
          : `${path} is not a regular file (a FIFO, socket or device is never read)`,
        'ENOTFILE'
      )
    if (kind === 'dir' && stat.kind !== 'dir') return refuse(`${path} is not a directory`, 'ENOTDIR')
    return { ok: true, real, stat }
  }
}

/** The jail for what a workflow input names: the workspace (GITHUB_WORKSPACE, else `fallback`). */
export function workspaceJail(host: Host, fallback: string): Promise<Jail> {
  return Jail.of(host, [{ label: 'the workspace', path: host.env.GITHUB_WORKSPACE || fallback }])
}
