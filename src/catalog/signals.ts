/**
 * Evidence predicates several rules share (which errno from which operation means what). Pure.
 */
import type { Evidence } from '../evidence/model.js'

/** The operation and its context words as one lower-case text. */
export const around = (e: Evidence): string => [e.op ?? '', e.syscall ?? '', ...(e.context ?? [])].join(' ')

/**
 * An inotify call or a file watcher: `inotify_init1`, `inotify_add_watch`, fsnotify's `addWatch` and `NewWatcher`, or
 * the words of a wrapper (`create inotify watcher`, `failed to watch /x`). Read from the operation and
 * its context only, never from a file or test name.
 */
export const INOTIFY = /inotify|fsnotify|\baddwatch|\bnewwatcher|\bwatch(?:er|ers|es|ing)?\b/
/** The line without file:line locations and without the path the error names (a file name is no operation). */
const wordsOf = (e: Evidence): string => {
  let t = e.text.replace(/(?:^|\s)[\w./\\-]+\.go:\d+(?::\d+)?:?/g, ' ')
  if (e.path) t = t.split(e.path).join(' ')
  return t.toLowerCase()
}
/** In the rest of the line only the library names count (and Node's `EMFILE: ..., watch '/x'`). */
const INOTIFY_IN_LINE = /inotify|fsnotify|, watch '|file watchers/
export const isInotify = (e: Evidence): boolean => INOTIFY.test(around(e)) || INOTIFY_IN_LINE.test(wordsOf(e))

/** The same errno from a process or thread that could not be created. */
export const isSpawn = (e: Evidence): boolean => e.op === 'fork/exec' || e.op === 'exec' || e.op === 'clone'

/** A numeric count in the context (`listener 58`, `after 16 starts`, `config 19993`): how far the test got. */
export function countIn(e: Evidence): number | null {
  let best: number | null = null
  for (const c of e.context ?? []) {
    for (const m of c.matchAll(/\b(\d{1,7})\b/g)) {
      const n = Number(m[1])
      if (best === null || n > best) best = n
    }
  }
  return best
}

/** Words of a test or wrapper that says it works with user namespaces. */
export const USERNS_WORDS =
  /user_?ns|user[ _-]?namespace|newuser|clone_newuser|unshare|rootless|uid_?map|setgroups/i

/** The user-namespace operations whose EPERM/ENOSPC the userns rules read. */
export const isUsernsOp = (e: Evidence): boolean =>
  e.op === 'unshare' ||
  e.op === 'clone' ||
  /uid_map|gid_map|setgroups/.test(e.path ?? '') ||
  USERNS_WORDS.test((e.context ?? []).join(' '))
