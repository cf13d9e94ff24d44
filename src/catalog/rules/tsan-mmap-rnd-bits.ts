/**
 * tsan-mmap-rnd-bits: the thread sanitizer cannot lay out its shadow memory with 32 bits of ASLR
 * entropy (vm.mmap_rnd_bits, Ubuntu >= 6.5 kernels): `FATAL: ThreadSanitizer: unexpected memory
 * mapping`. Doc: docs/rules/tsan-mmap-rnd-bits.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { combineSupport, confidenceFor, type Support } from '../confidence.js'
import { sysctlNumber } from '../fact-readers.js'

/** The most ASLR bits TSan's x86_64 layout supports (LLVM >= 18.1 re-execs without ASLR above it). */
export const MAX_BITS = 30

const rule: Rule = defineRule({
  id: 'tsan-mmap-rnd-bits',
  title: 'ASLR entropy too high for the thread sanitizer (vm.mmap_rnd_bits)',
  environmental: true,
  severity: 'notice',
  claims: e =>
    e.kind === 'tsan' &&
    (e.detail === 'mapping' || e.detail === 'personality' || e.detail === 'asan-deadlysignal'),
  fixes: [
    {
      kind: 'sysctl',
      key: 'vm.mmap_rnd_bits',
      value: '28',
      better: 'lower',
      causeOnly: true,
      warning:
        'lowers ASLR entropy for every new process on the host (28 is what GitHub-hosted images use); applied only when a failing test printed the ThreadSanitizer mapping error'
    }
  ],
  advice: {
    always:
      'Outside containers `setarch "$(uname -m)" -R go test -race ...` disables ASLR for that run; a newer LLVM/GCC sanitizer runtime copes by re-executing itself without ASLR.'
  },

  diagnose(m) {
    const bits = sysctlNumber(m.facts, 'vm.mmap_rnd_bits')
    const fromBits: Support =
      bits === null ? 'unknown' : bits.value > MAX_BITS ? 'corroborates' : 'contradicts'
    let support: Support = fromBits
    let note: string | null = null
    // The personality CHECK means TSan tried to re-exec without ASLR and a seccomp filter refused it.
    if (m.evidence.some(e => e.detail === 'personality')) {
      const sc = m.facts ? valueOf(m.facts.security?.seccomp) : undefined
      if (sc && sc.mode !== 'disabled') {
        note = `seccomp mode: ${sc.mode} (Docker's profile does not allow personality(ADDR_NO_RANDOMIZE))`
        support = combineSupport(fromBits === 'contradicts' ? 'unknown' : fromBits, 'corroborates')
      }
    }
    // <= 30 bits: TSan's layout fits, so the mapping error has another cause (a 47-bit VA kernel, gVisor).
    if (support === 'contradicts') return null
    const confidence = confidenceFor('specific', support)
    return confidence ? m.cause(confidence, [bits?.evidence, note]) : null
  },

  preflight(facts, p) {
    const bits = sysctlNumber(facts, 'vm.mmap_rnd_bits')
    const arch = valueOf(facts.system?.arch)
    if (!bits || bits.value <= MAX_BITS || (arch !== undefined && !/x86_64|amd64/.test(arch))) return []
    return [
      p.finding({
        message: `vm.mmap_rnd_bits is ${bits.value}: thread-sanitizer runtimes older than LLVM 18.1 fail with "unexpected memory mapping" above ${MAX_BITS} bits (cgo sanitizer builds; not seen with plain go test -race).`,
        evidence: [bits.evidence]
      })
    ]
  }
})

export default rule
