/**
 * shm-size: /dev/shm fills up (Docker gives containers 64 MiB): ENOSPC writing under /dev/shm. Doc:
 * docs/rules/shm-size.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { fmtBytes } from '../../facts/format.js'
import { confidenceFor, type Support } from '../confidence.js'

/** Docker's default; at or below it, tests that use shared memory can run out. */
export const DOCKER_DEFAULT = 64 * 1024 * 1024
/** A /dev/shm at least this big makes the size an unlikely cause. */
export const ROOMY = 1024 * 1024 * 1024

function devShm(facts: Facts | null): { size: number | null; evidence: string } | null {
  const m = facts ? valueOf(facts.mounts?.devShm) : undefined
  if (!m) return null
  const parts = [
    m.sizeBytes !== null ? `size ${fmtBytes(m.sizeBytes)}` : null,
    m.availBytes !== null ? `${fmtBytes(m.availBytes)} free` : null
  ]
  return {
    size: m.sizeBytes,
    evidence: `/dev/shm (${m.fsType}): ${parts.filter(Boolean).join(', ') || 'size unknown'}`
  }
}

const rule: Rule = defineRule({
  id: 'shm-size',
  title: '/dev/shm too small',
  environmental: true,
  severity: 'notice',
  claims: e => e.kind === 'errno' && e.errno === 'ENOSPC' && e.role === 'shm',
  fixes: [{ kind: 'container', option: '--shm-size=1g' }],
  advice: {
    githubHosted:
      "the runner VM's /dev/shm is half of its RAM; if the tests run in a container, give it `--shm-size=1g` in `container.options`.",
    selfHosted: '`sudo mount -o remount,size=2g /dev/shm` (persist with an fstab entry for /dev/shm).',
    container: 'compose: `shm_size: 1gb`.'
  },

  diagnose(m) {
    const shm = devShm(m.facts)
    let support: Support = 'unknown'
    if (shm && shm.size !== null)
      support =
        shm.size <= DOCKER_DEFAULT * 4 ? 'corroborates' : shm.size >= ROOMY ? 'contradicts' : 'unknown'
    // A large /dev/shm that still filled up: something filled it, not its size (disk-full territory).
    if (support === 'contradicts') return null
    const confidence = confidenceFor('specific', support)
    return confidence ? m.cause(confidence, [shm?.evidence]) : null
  },

  preflight(facts, p) {
    const shm = devShm(facts)
    if (!shm || shm.size === null || shm.size > DOCKER_DEFAULT) return []
    return [
      p.finding({
        message: `/dev/shm is only ${fmtBytes(shm.size)} (Docker's default is 64 MiB): tests that use shared memory (browsers, databases, POSIX semaphores) fail with "no space left on device" or SIGBUS.`,
        evidence: [shm.evidence]
      })
    ]
  }
})

export default rule
