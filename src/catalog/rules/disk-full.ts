/**
 * disk-full: `no space left on device` (ENOSPC) on the file system of GOTMPDIR/TMPDIR, GOCACHE,
 * GOMODCACHE or the workspace, or inodes exhausted. Failure catalog 2.15; reproduced with GOTMPDIR on a
 * 256 KiB tmpfs: `link: mapping output file failed: no space left on device` + `[build failed]`
 * (e2e/scenarios/disk-full). ENOSPC from inotify_add_watch, /dev/shm or CLONE_NEWUSER is another rule's.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  fmtBytes,
  matchLines,
  remedyFor,
  storageSpaces,
  tempMounts
} from '../helpers.js'

export const ENOSPC = /no space left on device/i
/**
 * ENOSPC that is not a full file system. `fork/exec X: no space left on device` anywhere on the line
 * (t.Errorf prefixes it with `file_test.go:19: ...`): execve(2) never returns ENOSPC, clone(2) does for
 * a namespace count limit (user.max_user_namespaces), which is userns-disabled's.
 */
const OTHER_ENOSPC =
  /inotify_add_watch|fsnotify|\bwatch(er)? \S+: no space|\/dev\/shm|\bfork\/exec \S+: no space left on device/i
export const LOW_BYTES = 1024 ** 3
const LOW_INODES = 0.05

interface Place {
  label: string
  avail: number
  total: number | null
  inodesFree: number | null
  inodesTotal: number | null
}

function places(facts: Parameters<typeof storageSpaces>[0]): Place[] {
  const out: Place[] = storageSpaces(facts).map(s => ({
    label: `${s.role} ${s.path}`,
    avail: s.space.availBytes,
    total: s.space.totalBytes,
    inodesFree: s.space.inodesFree,
    inodesTotal: s.space.inodesTotal
  }))
  for (const t of tempMounts(facts))
    if (t.mount.availBytes !== null)
      out.push({
        label: `${t.role} ${t.path}`,
        avail: t.mount.availBytes,
        total: t.mount.sizeBytes,
        inodesFree: null,
        inodesTotal: null
      })
  return out
}

const low = (p: Place): boolean =>
  p.avail < LOW_BYTES ||
  (p.inodesFree !== null && !!p.inodesTotal && p.inodesFree / p.inodesTotal < LOW_INODES)
const describe = (p: Place): string =>
  `${p.label}: ${fmtBytes(p.avail)} free${p.total ? ` of ${fmtBytes(p.total)}` : ''}` +
  (p.inodesFree !== null && p.inodesTotal ? `, ${p.inodesFree} of ${p.inodesTotal} inodes free` : '')

const rule: Rule = defineRule({
  id: 'disk-full',
  title: 'Disk or inodes full',
  environmental: true,
  severity: 'warning',
  triggers: [ENOSPC],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, ENOSPC).filter(l => !OTHER_ENOSPC.test(l))
    if (matched.length === 0) return null
    const ps = places(facts)
    const lows = ps.filter(low)
    let support: Support = 'unknown'
    if (lows.length > 0) support = 'corroborates'
    else if (ps.length > 0) support = 'contradicts'
    const confidence = confidenceFor('specific', support)
    if (confidence === null) return null
    return cause(
      'disk-full',
      confidence,
      [...matched, ...(lows.length ? lows : ps).slice(0, 3).map(describe)],
      diskRemedy(facts)
    )
  },

  preflight(facts) {
    return places(facts)
      .filter(low)
      .map(p =>
        finding(rule, {
          severity: p.avail < 100 * 1024 ** 2 ? 'error' : 'warning',
          message: `${p.label} has little room left: go test writes test binaries, the build cache and temp files there.`,
          evidence: [describe(p)],
          remedy: diskRemedy(facts)
        })
      )
  }
})

function diskRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'free space before the tests (`go clean -cache -testcache`; remove unused preinstalled toolchains, e.g. `sudo rm -rf /usr/share/dotnet /usr/local/lib/android`), or point `GOTMPDIR`/`GOCACHE` at a larger volume.',
    selfHosted:
      '`go clean -cache -testcache`, prune old work directories and Docker images (`docker system prune`), or give GOTMPDIR/GOCACHE a larger volume.',
    container:
      'a small tmpfs or overlay: mount a larger volume for `GOTMPDIR`/`GOCACHE` (`-v`, `--tmpfs /tmp:size=2g,exec`).'
  })
}

export default rule
