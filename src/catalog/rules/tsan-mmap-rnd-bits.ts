/**
 * tsan-mmap-rnd-bits: ThreadSanitizer (cgo code built with -fsanitize=thread, sanitizers in C/C++ test
 * helpers, and possibly `go test -race`) cannot place its shadow memory when ASLR uses more than 30 bits
 * (vm.mmap_rnd_bits=32, the default of Ubuntu kernels >= 6.5; GitHub images set 28 since runner-images
 * PR #9513). Failure catalog 2.31. Texts: `FATAL: ThreadSanitizer: unexpected memory mapping 0x...`;
 * when TSan's re-exec without ASLR is blocked by seccomp: `CHECK failed: ... personality(old_personality |
 * ADDR_NO_RANDOMIZE) ...`; ASan loops on `AddressSanitizer:DEADLYSIGNAL`.
 *
 * No report shows plain `go test -race` (non-PIE on linux/amd64) failing this way, so the rule needs one of
 * the sanitizer texts above and never fires on a generic -race failure. Not reproduced here: mmap_rnd_bits
 * is host-wide and changing it would affect everyone on this machine.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import {
  cause,
  combineSupport,
  confidenceFor,
  finding,
  matchLines,
  remedyFor,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const UNEXPECTED_MAPPING = /FATAL: ThreadSanitizer: unexpected memory mapping/i
export const PERSONALITY_CHECK = /personality\(old_personality \| ADDR_NO_RANDOMIZE\)/
export const ASAN_DEADLYSIGNAL = /AddressSanitizer:DEADLYSIGNAL/
/** The most ASLR bits TSan's x86_64 layout supports (LLVM >= 18.1 re-execs without ASLR above it). */
export const MAX_BITS = 30
const WANT = 28

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    ...sysctlParts('vm.mmap_rnd_bits', WANT),
    always:
      'Outside containers `setarch "$(uname -m)" -R go test -race ...` disables ASLR for that run; a newer LLVM/GCC sanitizer runtime copes by re-executing itself without ASLR.'
  })

const rule: Rule = defineRule({
  id: 'tsan-mmap-rnd-bits',
  title: 'ASLR entropy too high for the thread sanitizer (vm.mmap_rnd_bits)',
  environmental: true,
  severity: 'notice',
  triggers: [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL])
    if (matched.length === 0) return null
    const bits = sysctlNumber(facts, 'vm.mmap_rnd_bits')
    const fromBits: Support =
      bits === null ? 'unknown' : bits.value > MAX_BITS ? 'corroborates' : 'contradicts'
    const evidence = [...matched, bits?.evidence ?? '']
    let support: Support = fromBits
    // The personality CHECK means TSan tried to re-exec without ASLR and a seccomp filter refused it.
    if (matched.some(l => PERSONALITY_CHECK.test(l))) {
      const sc = facts ? valueOf(facts.security?.seccomp) : undefined
      if (sc && sc.mode !== 'disabled') {
        evidence.push(
          `seccomp mode: ${sc.mode} (Docker's profile does not allow personality(ADDR_NO_RANDOMIZE))`
        )
        support = combineSupport(fromBits === 'contradicts' ? 'unknown' : fromBits, 'corroborates')
      }
    }
    // <= 30 bits: TSan's layout fits, so the mapping error has another cause (a 47-bit VA kernel, gVisor).
    if (support === 'contradicts') return null
    const confidence = confidenceFor('specific', support)
    if (!confidence) return null
    return cause('tsan-mmap-rnd-bits', confidence, evidence, remedy(facts))
  },

  preflight(facts) {
    const bits = sysctlNumber(facts, 'vm.mmap_rnd_bits')
    const arch = valueOf(facts.system?.arch)
    if (!bits || bits.value <= MAX_BITS || (arch !== undefined && !/x86_64|amd64/.test(arch))) return []
    return [
      finding(rule, {
        message: `vm.mmap_rnd_bits is ${bits.value}: thread-sanitizer runtimes older than LLVM 18.1 fail with "unexpected memory mapping" above ${MAX_BITS} bits (cgo sanitizer builds; not seen with plain go test -race).`,
        evidence: [bits.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
