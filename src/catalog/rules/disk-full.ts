/**
 * disk-full: ENOSPC/EDQUOT writing files (the build's $WORK, GOCACHE, GOTMPDIR, the workspace), and
 * cmd/go's misleading `package internal/abi is not in std` when GOCACHE's disk is full. Doc:
 * docs/rules/disk-full.md (ENOSPC that is not a full disk: inotify watches, /dev/shm, namespaces).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import { fmtBytes } from '../../facts/format.js'
import { confidenceFor, type Support } from '../confidence.js'
import { storageSpaces, tempMounts } from '../fact-readers.js'
import { isInotify, isSpawn } from '../signals.js'

export const LOW_BYTES = 1024 ** 3
const LOW_INODES = 0.05

/** ENOSPC from a full file system: not an inotify watch, /dev/shm (shm-size) or a namespace count (fork/exec, unshare). */
export const isDiskFull = (e: Evidence): boolean =>
  e.kind === 'errno' &&
  (e.errno === 'ENOSPC' || e.errno === 'EDQUOT') &&
  !isInotify(e) &&
  !/file watchers/i.test(e.text) &&
  e.role !== 'shm' &&
  !isSpawn(e) &&
  e.op !== 'unshare'

interface Place {
  label: string
  role: string
  avail: number
  total: number | null
  inodesFree: number | null
  inodesTotal: number | null
}

function places(facts: Facts | null): Place[] {
  const out: Place[] = storageSpaces(facts).map(s => ({
    label: `${s.role} ${s.path}`,
    role: s.role,
    avail: s.space.availBytes,
    total: s.space.totalBytes,
    inodesFree: s.space.inodesFree,
    inodesTotal: s.space.inodesTotal
  }))
  for (const t of tempMounts(facts))
    if (t.mount.availBytes !== null)
      out.push({
        label: `${t.role} ${t.path}`,
        role: t.role,
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
  claims: e => isDiskFull(e) || e.kind === 'std-missing',
  fixes: [],
  advice: {
    githubHosted:
      'free space before the tests (`go clean -cache -testcache`; remove unused preinstalled toolchains, e.g. `sudo rm -rf /usr/share/dotnet /usr/local/lib/android`), or point `GOTMPDIR`/`GOCACHE` at a larger volume.',
    selfHosted:
      '`go clean -cache -testcache`, prune old work directories and Docker images (`docker system prune`), or give GOTMPDIR/GOCACHE a larger volume.',
    container:
      'a small tmpfs or overlay: mount a larger volume for `GOTMPDIR`/`GOCACHE` (`-v`, `--tmpfs /tmp:size=2g,exec`).'
  },

  diagnose(m) {
    const full = m.evidence.filter(isDiskFull)
    const ps = places(m.facts)
    const lows = ps.filter(low)
    if (full.length === 0) {
      // `package X is not in std` alone: a full GOCACHE disk shows it, but so does a broken GOROOT.
      const cache = lows.filter(p => p.role === 'GOCACHE')
      if (cache.length === 0) return null
      return m.cause('medium', [
        ...cache.map(describe),
        'cmd/go cannot write its build cache and then reports standard-library packages as missing'
      ])
    }
    let support: Support = 'unknown'
    if (lows.length > 0) support = 'corroborates'
    else if (ps.length > 0) support = 'contradicts'
    // From the log alone low: the disk is full, but the tests' own output may be what filled it.
    const confidence = support === 'unknown' ? 'low' : confidenceFor('specific', support)
    if (confidence === null) return null
    return m.cause(confidence, (lows.length ? lows : ps).slice(0, 3).map(describe), {
      lines: [...new Set(full.map(e => e.text))].slice(0, 4)
    })
  },

  preflight(facts, p) {
    return places(facts)
      .filter(low)
      .map(pl =>
        p.finding({
          severity: pl.avail < 100 * 1024 ** 2 ? 'error' : 'warning',
          message: `${pl.label} has little room left: go test writes test binaries, the build cache and temp files there.`,
          evidence: [describe(pl)]
        })
      )
  }
})

export default rule
