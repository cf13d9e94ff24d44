/**
 * max-map-count: a process ran out of memory mappings (vm.max_map_count, 65530 by default): mmap
 * ENOMEM from memory-mapped stores, TSan's clock allocator, and, when the sysctl was lowered, cgo
 * thread stacks and the runtime's own mappings. Doc: docs/rules/max-map-count.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import { confidenceFor, type Support } from '../confidence.js'
import { sysctlNumber } from '../fact-readers.js'
import { around } from '../signals.js'

/** The kernel default; GitHub-hosted images set 262144. */
export const MAP_DEFAULT = 65530
const WANT = 262144

const isMmapEnomem = (e: Evidence): boolean =>
  (e.kind === 'errno' && e.errno === 'ENOMEM' && /\bmmap|\bmremap|\bmunmap/.test(around(e))) ||
  (e.kind === 'tsan' && e.detail === 'alloc' && /clock allocator/.test(e.text))
const isIndirect = (e: Evidence): boolean =>
  (e.kind === 'thread' && e.op === 'pthread_create' && e.errno === 'EAGAIN') || e.kind === 'runtime-oom'

const rule: Rule = defineRule({
  id: 'max-map-count',
  title: 'Memory-mapping count limit reached (vm.max_map_count)',
  environmental: true,
  severity: 'warning',
  claims: e => isMmapEnomem(e) || isIndirect(e),
  fixes: [{ kind: 'sysctl', key: 'vm.max_map_count', value: String(WANT), better: 'higher' }],

  diagnose(m) {
    const direct = m.evidence.filter(isMmapEnomem)
    const mmc = sysctlNumber(m.facts, 'vm.max_map_count')
    let support: Support = 'unknown'
    if (mmc)
      support = mmc.value < MAP_DEFAULT ? 'corroborates' : mmc.value >= WANT ? 'contradicts' : 'unknown'
    // pthread_create EAGAIN and the runtime's own ENOMEM are mostly other limits: only a lowered
    // max_map_count makes them this rule.
    if (direct.length === 0 && support !== 'corroborates') return null
    // At the hosted value (262144) mappings are not the limit: mmap-enomem or real exhaustion instead.
    if (support === 'contradicts') return null
    // From the log alone low: code that maps without unmapping runs out the same way.
    const confidence =
      support === 'unknown' ? 'low' : confidenceFor(direct.length ? 'specific' : 'generic', support)
    return confidence ? m.cause(confidence, [mmc?.evidence]) : null
  },

  preflight(facts, p) {
    const mmc = sysctlNumber(facts, 'vm.max_map_count')
    if (!mmc || mmc.value >= MAP_DEFAULT) return []
    return [
      p.finding({
        message: `vm.max_map_count is ${mmc.value}, below the kernel default ${MAP_DEFAULT}: memory-mapped stores, cgo threads and the race detector run out of mappings.`,
        evidence: [mmc.evidence]
      })
    ]
  }
})

export default rule
