/**
 * max-map-count: the process's number of memory mappings reached vm.max_map_count (default 65530): mmap
 * returns ENOMEM (`cannot allocate memory`), bbolt reports `mmap allocate error`, TSan's clock allocator
 * fails with error code 12, cgo threads fail in pthread_create. Failure catalog 2.13 / 2.5. Reproduced
 * with 12000 mappings under vm.max_map_count=8000 (e2e/scenarios/max-map-count).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  matchLines,
  remedyFor,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const MAP_SIGNATURES = [
  /mmap allocate error: cannot allocate memory/i,
  /\bmmap\b.*cannot allocate memory/i,
  /ThreadSanitizer failed to allocate .*clock allocator.*\((errno|error code): 12\)/
]
const CGO_EAGAIN = /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/
/** The kernel default; GitHub-hosted images set 262144. */
export const MAP_DEFAULT = 65530
const WANT = 262144

const rule: Rule = defineRule({
  id: 'max-map-count',
  title: 'Memory-mapping count limit reached (vm.max_map_count)',
  environmental: true,
  severity: 'warning',
  triggers: [...MAP_SIGNATURES, CGO_EAGAIN],

  diagnose(_failure, { facts, lines }) {
    const direct = matchLines(lines, MAP_SIGNATURES)
    const cgo = matchLines(lines, CGO_EAGAIN)
    if (direct.length === 0 && cgo.length === 0) return null
    const mmc = sysctlNumber(facts, 'vm.max_map_count')
    let support: Support = 'unknown'
    if (mmc)
      support = mmc.value < MAP_DEFAULT ? 'corroborates' : mmc.value >= WANT ? 'contradicts' : 'unknown'
    // pthread_create EAGAIN is mostly pids/nproc: only a lowered max_map_count makes it this rule.
    if (direct.length === 0 && support !== 'corroborates') return null
    const confidence = confidenceFor(direct.length ? 'specific' : 'generic', support)
    // At the hosted value (262144) mappings are not the limit: mmap-enomem or real exhaustion instead.
    if (confidence === null || support === 'contradicts') return null
    return cause(
      'max-map-count',
      confidence,
      [...direct, ...cgo, mmc?.evidence ?? ''],
      remedyFor(facts, sysctlParts('vm.max_map_count', WANT))
    )
  },

  preflight(facts) {
    const mmc = sysctlNumber(facts, 'vm.max_map_count')
    if (!mmc || mmc.value >= MAP_DEFAULT) return []
    return [
      finding(rule, {
        message: `vm.max_map_count is ${mmc.value}, below the kernel default ${MAP_DEFAULT}: memory-mapped stores, cgo threads and the race detector run out of mappings.`,
        evidence: [mmc.evidence],
        remedy: remedyFor(facts, sysctlParts('vm.max_map_count', WANT))
      })
    ]
  }
})

export default rule
