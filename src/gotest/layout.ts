/**
 * Finds the Go modules of a repository (every go.mod), for mapping import paths to directories.
 * The walk is bounded (depth and directory count), never follows symlinks, and skips what the go
 * command itself ignores (`testdata`, `vendor`, names starting with `.` or `_`) plus node_modules.
 */
import { posix } from 'node:path'
import type { Host } from '../host/host.js'
import type { SourceLayout } from './location.js'

const SKIP = new Set(['.git', 'node_modules', 'vendor', 'testdata'])
const MAX_DIRS = 5000
const MAX_DEPTH = 12

/** The `module` directive of a go.mod, or null. */
export function modulePath(gomod: string): string | null {
  for (const raw of gomod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    const m = /^module\s+("?)([^\s"]+)\1$/.exec(line)
    if (m) return m[2]
  }
  return null
}

export async function discoverLayout(
  host: Host,
  repoRoot: string,
  workingDirectory: string
): Promise<SourceLayout> {
  const root = posix.normalize(repoRoot).replace(/\/+$/, '') || '/'
  let wd = posix.normalize(workingDirectory || '.')
  if (wd.startsWith('/')) wd = wd === root ? '.' : wd.startsWith(root + '/') ? wd.slice(root.length + 1) : '.'
  if (wd === '..' || wd.startsWith('../')) wd = '.'
  const modules: SourceLayout['modules'] = []
  const queue: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }]
  let seen = 0
  while (queue.length > 0 && seen < MAX_DIRS) {
    const { rel, depth } = queue.shift() as { rel: string; depth: number }
    seen++
    const abs = rel === '' ? root : posix.join(root, rel)
    let entries
    try {
      entries = await host.readDir(abs)
    } catch {
      continue
    }
    for (const e of entries) {
      if (e.kind === 'file' && e.name === 'go.mod') {
        try {
          const mp = modulePath(await host.readFile(posix.join(abs, 'go.mod'), 1 << 16))
          if (mp) modules.push({ path: mp, dir: rel })
        } catch {
          // unreadable go.mod: no module here
        }
      } else if (
        e.kind === 'dir' &&
        depth < MAX_DEPTH &&
        !SKIP.has(e.name) &&
        !e.name.startsWith('.') &&
        !e.name.startsWith('_')
      ) {
        queue.push({ rel: rel === '' ? e.name : `${rel}/${e.name}`, depth: depth + 1 })
      }
    }
  }
  // The working directory may itself be inside a skipped folder (testdata): look there and upwards too.
  for (let d = wd === '.' ? '' : wd; ; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') {
    if (!modules.some(m => m.dir === d)) {
      try {
        const st = await host.lstat(posix.join(root, d, 'go.mod'))
        if (st.kind === 'file') {
          const mp = modulePath(await host.readFile(posix.join(root, d, 'go.mod'), 1 << 16))
          if (mp) modules.push({ path: mp, dir: d })
        }
      } catch {
        // none here
      }
    }
    if (d === '') break
  }
  return { repoRoot: root, modules, workingDirectory: wd === '.' ? '' : wd }
}
