/**
 * Finds the files to lint under the workspace root, through the Host only. Skips `.git`,
 * `node_modules`, `vendor` and `testdata` (the go tool ignores testdata directories: container files
 * there are fixtures, not how the project's tests run); never descends into a symlinked directory; a symlinked file is
 * linted only when its real path stays inside the root (otherwise it is reported and skipped).
 * readDir calls run with bounded concurrency, and the walk stops (with a finding) past maxEntries.
 */
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { deniedSegment } from '../host/jail.js'
import type { Finding } from '../core/model.js'
import { GlobSet } from './glob.js'
import { skipped } from './findings.js'

export const SKIP_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules', 'vendor', 'testdata'])

export interface DiscoveredFile {
  /** Relative to the root, `/`-separated. */
  path: string
  /** Absolute path to read (the symlink's target for a symlink inside the root). */
  abs: string
}

export interface DiscoverOptions {
  concurrency?: number
  /** Directory entries visited before giving up (a finding says so). Default 2,000,000. */
  maxEntries?: number
  /** Matched files kept. Default 5,000. */
  maxFiles?: number
}

export interface DiscoverResult {
  files: DiscoveredFile[]
  errors: Finding[]
  /** Directory entries visited. */
  entries: number
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

function absJoin(root: string, rel: string): string {
  if (rel === '') return root
  return root.endsWith('/') ? root + rel : `${root}/${rel}`
}

function inside(root: string, real: string): boolean {
  if (root === '/') return true
  return real === root || real.startsWith(root.endsWith('/') ? root : root + '/')
}

export async function discoverFiles(
  host: Host,
  root: string,
  globs: readonly string[],
  opts: DiscoverOptions = {}
): Promise<DiscoverResult> {
  const set = new GlobSet(globs)
  const concurrency = Math.max(1, opts.concurrency ?? 16)
  const maxEntries = opts.maxEntries ?? 2_000_000
  const maxFiles = opts.maxFiles ?? 5_000
  const files: DiscoveredFile[] = []
  const errors: Finding[] = []
  let entries = 0
  let stopped = false

  let realRoot: string
  try {
    realRoot = await host.realpath(root)
  } catch (e) {
    const code = errorCode(e)
    errors.push(
      skipped(
        root,
        `the workspace root cannot be read (${code})`,
        'Check `working-directory` and the checkout step.'
      )
    )
    return { files, errors, entries }
  }

  const symlinks: string[] = []
  const queue: string[] = ['']
  let active = 0

  const visit = async (dir: string): Promise<void> => {
    let list
    try {
      list = await host.readDir(absJoin(root, dir))
    } catch (e) {
      const code = errorCode(e)
      if (errors.length < 100) {
        errors.push(
          skipped(
            dir || '.',
            `directory not readable (${code}); files under it were not linted`,
            'Make the directory readable by the runner user, or exclude it.'
          )
        )
      }
      return
    }
    for (const ent of list) {
      if (++entries > maxEntries) {
        if (!stopped) {
          stopped = true
          errors.push(
            skipped(
              dir || '.',
              `stopped after ${maxEntries} directory entries; the rest of the tree was not linted`,
              'Narrow the `dockerfiles` globs to the directories that hold container files.'
            )
          )
        }
        return
      }
      const rel = join(dir, ent.name)
      if (ent.kind === 'dir') {
        if (!SKIP_DIRS.has(ent.name)) queue.push(rel)
      } else if (ent.kind === 'file') {
        if (set.matches(rel)) files.push({ path: rel, abs: absJoin(root, rel) })
      } else if (ent.kind === 'symlink') {
        if (set.matches(rel)) symlinks.push(rel)
      }
    }
  }

  await new Promise<void>(resolve => {
    const pump = (): void => {
      while (active < concurrency && queue.length > 0 && !stopped) {
        const dir = queue.pop() as string
        active++
        void visit(dir).finally(() => {
          active--
          pump()
        })
      }
      if (active === 0 && (queue.length === 0 || stopped)) resolve()
    }
    pump()
  })

  // Symlinked files: follow only when the real path is inside the root and is a regular file.
  for (const rel of symlinks) {
    const abs = absJoin(root, rel)
    let real: string
    try {
      real = await host.realpath(abs)
    } catch (e) {
      const code = errorCode(e)
      errors.push(
        skipped(
          rel,
          `symlink cannot be resolved (${code}); not linted`,
          'Fix or remove the dangling symlink.'
        )
      )
      continue
    }
    if (!inside(realRoot, real)) {
      errors.push(
        skipped(
          rel,
          `symlink points outside the workspace (${real}); not followed`,
          'Lint the target where it lives, or replace the symlink with the file.'
        )
      )
      continue
    }
    const denied = deniedSegment(real.slice(realRoot.length))
    if (denied) {
      errors.push(
        skipped(rel, `symlink points into ${denied} (${real}), which is never read`, 'Remove the symlink.')
      )
      continue
    }
    try {
      const st = await host.lstat(real)
      if (st.kind === 'file') files.push({ path: rel, abs: real })
    } catch {
      // Raced away: nothing to lint.
    }
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  if (files.length > maxFiles) {
    errors.push(
      skipped(
        '.',
        `${files.length} files matched; only the first ${maxFiles} were linted`,
        'Narrow the `dockerfiles` globs.'
      )
    )
    files.length = maxFiles
  }
  return { files, errors, entries }
}
