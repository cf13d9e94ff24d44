/**
 * mmap-enomem: the Go runtime's mmap returned ENOMEM: RLIMIT_AS (`ulimit -v`), vm.overcommit_memory=2
 * with a low commit limit, or exhausted address space. Not the OOM killer. Failure catalog 2.3 / 2.30.
 * Go 1.26.8 prints `runtime: out of memory: cannot allocate N-byte block (M in use)` then
 * `fatal error: out of memory` (captured under prlimit --as=4GiB: e2e/scenarios/mmap-enomem); older
 * releases printed `fatal error: runtime: out of memory`.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  combineSupport,
  confidenceFor,
  finding,
  fmtBytes,
  matchLines,
  remedyFor,
  rlimit,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const RUNTIME_OOM = [
  /^runtime: out of memory: cannot allocate \d+-byte block/,
  /^fatal error: (runtime: )?out of memory$/,
  /^fatal error: runtime: cannot allocate memory$/,
  // The sanitizers' shadow/heap reservation refused with ENOMEM (12): TSan (`go test -race`), and MSan /
  // ASan in cgo sanitizer tests (golang/go#17689: `MemorySanitizer failed to allocate 0xf0000000000 ...
  // (errno: 12)` under vm.overcommit_memory=2). TSan's clock allocator is max-map-count's.
  /(?:Thread|Memory|Address)Sanitizer failed to allocate 0x[0-9a-f]+ \(\d+\) bytes(?!.*clock allocator).*\((errno|error code): 12\)/
]

const rule: Rule = defineRule({
  id: 'mmap-enomem',
  title: 'Address-space limit or overcommit refused memory (mmap ENOMEM)',
  environmental: true,
  severity: 'warning',
  triggers: RUNTIME_OOM,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, RUNTIME_OOM)
    if (matched.length === 0) return null
    const as = rlimit(facts, 'as')
    const over = sysctlNumber(facts, 'vm.overcommit_memory')
    const s: Support[] = []
    const evidence = [...matched]
    if (as) {
      evidence.push(as.evidence)
      s.push(Number.isFinite(as.value.soft) ? 'corroborates' : 'unknown')
    }
    if (over) {
      evidence.push(over.evidence)
      if (over.value === 2) s.push('corroborates')
    }
    let support = combineSupport(...s)
    // Neither a limit nor strict overcommit: genuine exhaustion or max_map_count; keep it but say low.
    if (support === 'unknown' && as && !Number.isFinite(as.value.soft) && over && over.value !== 2)
      support = 'contradicts'
    const confidence = confidenceFor('specific', support)
    if (confidence === null) return null
    return cause('mmap-enomem', confidence, evidence, asRemedy(facts))
  },

  preflight(facts) {
    const out = []
    const as = rlimit(facts, 'as')
    if (as && Number.isFinite(as.value.soft))
      out.push(
        finding(rule, {
          message: `The address-space limit (ulimit -v) is ${fmtBytes(as.value.soft)}: Go reserves large address ranges up front and the race detector needs terabytes of virtual space.`,
          evidence: [as.evidence],
          remedy: asRemedy(facts)
        })
      )
    const over = sysctlNumber(facts, 'vm.overcommit_memory')
    if (over && over.value === 2)
      out.push(
        finding(rule, {
          severity: 'notice',
          message:
            "vm.overcommit_memory = 2 (strict): large reservations such as the race detector's shadow memory can fail.",
          evidence: [over.evidence],
          remedy: remedyFor(facts, sysctlParts('vm.overcommit_memory', 0))
        })
      )
    return out
  }
})

function asRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'remove the `ulimit -v` from the job (or run `ulimit -v unlimited` in the step before `go test`).',
    selfHosted:
      'remove `LimitAS=` from the runner service and `as` from /etc/security/limits.d; `ulimit -v unlimited` in the step.',
    container:
      'remove `--ulimit as=...` from `container.options`; if vm.overcommit_memory is 2, set it to 0 on the host.',
    always: 'If no limit is set, the host is out of memory: lower parallelism (`go test -p 1`).'
  })
}

export default rule
