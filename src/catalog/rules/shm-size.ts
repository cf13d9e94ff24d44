/**
 * shm-size: /dev/shm is too small for what the test writes there (shared-memory segments, POSIX
 * semaphores, browsers, databases). Docker gives containers a 64 MiB /dev/shm by default (moby
 * daemon/config DefaultShmSize). Failure catalog 2.24; reproduced in e2e/scenarios/shm-small (a 1 MiB
 * tmpfs): `write /dev/shm/segment-4140838339: no space left on device`.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, fmtBytes, matchLines, remedyFor } from '../helpers.js'

export const SHM_ENOSPC = /\/dev\/shm\/\S*: no space left on device/i
/** Docker's default; at or below it, tests that use shared memory can run out. */
export const DOCKER_DEFAULT = 64 * 1024 * 1024
/** A /dev/shm at least this big makes the size an unlikely cause. */
export const ROOMY = 1024 * 1024 * 1024

function devShm(facts: Facts | null): { size: number | null; avail: number | null; evidence: string } | null {
  const m = facts ? valueOf(facts.mounts?.devShm) : undefined
  if (!m) return null
  const parts = [
    m.sizeBytes !== null ? `size ${fmtBytes(m.sizeBytes)}` : null,
    m.availBytes !== null ? `${fmtBytes(m.availBytes)} free` : null
  ]
  return {
    size: m.sizeBytes,
    avail: m.availBytes,
    evidence: `/dev/shm (${m.fsType}): ${parts.filter(Boolean).join(', ') || 'size unknown'}`
  }
}

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    githubHosted:
      "the runner VM's /dev/shm is half of its RAM; if the tests run in a container, give it `--shm-size=1g` in `container.options`.",
    selfHosted:
      "`sudo mount -o remount,size=2g /dev/shm` (persist with an fstab entry for /dev/shm), or give the runner's container `--shm-size=1g`.",
    container:
      "add `--shm-size=1g` to the job's `container.options` (`docker run --shm-size=1g`; compose: `shm_size: 1gb`)."
  })

const rule: Rule = defineRule({
  id: 'shm-size',
  title: '/dev/shm too small',
  environmental: true,
  severity: 'notice',
  triggers: [SHM_ENOSPC],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, SHM_ENOSPC)
    if (matched.length === 0) return null
    const shm = devShm(facts)
    let support: Support = 'unknown'
    if (shm && shm.size !== null)
      support =
        shm.size <= DOCKER_DEFAULT * 4 ? 'corroborates' : shm.size >= ROOMY ? 'contradicts' : 'unknown'
    // A large /dev/shm that still filled up: something filled it, not its size (disk-full territory).
    if (support === 'contradicts') return null
    const confidence = confidenceFor('specific', support)
    if (!confidence) return null
    return cause('shm-size', confidence, [...matched, shm?.evidence ?? ''], remedy(facts))
  },

  preflight(facts) {
    const shm = devShm(facts)
    if (!shm || shm.size === null || shm.size > DOCKER_DEFAULT) return []
    return [
      finding(rule, {
        message: `/dev/shm is only ${fmtBytes(shm.size)} (Docker's default is 64 MiB): tests that use shared memory (browsers, databases, POSIX semaphores) fail with "no space left on device" or SIGBUS.`,
        evidence: [shm.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
