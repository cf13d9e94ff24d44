/**
 * mmap-enomem: the Go heap (or a sanitizer's shadow memory) could not be reserved: mmap returned ENOMEM
 * under an address-space limit (`ulimit -v`) or strict overcommit (vm.overcommit_memory=2). This is not
 * the OOM killer. Doc: docs/rules/mmap-enomem.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import { fmtBytes } from '../../facts/format.js'
import { combineSupport, confidenceFor, type Support } from '../confidence.js'
import { rlimit, sysctlNumber } from '../fact-readers.js'

const isReservationEnomem = (e: Evidence): boolean =>
  e.kind === 'runtime-oom' ||
  // fork(2) copies the address space's commitment: refused under strict overcommit or ulimit -v.
  (e.kind === 'errno' && e.errno === 'ENOMEM' && e.op === 'fork/exec') ||
  (e.kind === 'tsan' && e.detail === 'alloc' && e.errno === 'ENOMEM' && !/clock allocator/.test(e.text))

const WINDOWS = {
  evidence: 'Windows refused to commit memory: the commit limit (RAM plus paging file) is reached',
  advice: {
    always:
      'On Windows, enlarge the paging file (or give the worker more memory) and lower parallelism (`go test -p 1`); a CI image with a fixed small paging file fails every large -race run.'
  }
}

const rule: Rule = defineRule({
  id: 'mmap-enomem',
  title: 'Address-space limit or overcommit refused memory (mmap ENOMEM)',
  environmental: true,
  severity: 'warning',
  claims: isReservationEnomem,
  fixes: [],
  advice: {
    githubHosted:
      'remove the `ulimit -v` from the job (or run `ulimit -v unlimited` in the step before `go test`).',
    selfHosted:
      'remove `LimitAS=` from the runner service and `as` from /etc/security/limits.d; `ulimit -v unlimited` in the step.',
    container:
      'remove `--ulimit as=...` from `container.options`; if vm.overcommit_memory is 2, set it to 0 on the host.',
    always: 'If no limit is set, the host is out of memory: lower parallelism (`go test -p 1`).'
  },

  diagnose(m) {
    const as = rlimit(m.facts, 'as')
    const over = sysctlNumber(m.facts, 'vm.overcommit_memory')
    const s: Support[] = []
    if (as) s.push(Number.isFinite(as.value.soft) ? 'corroborates' : 'unknown')
    if (over?.value === 2) s.push('corroborates')
    let support = combineSupport(...s)
    // Neither a limit nor strict overcommit: genuine exhaustion or max_map_count; keep it but say low.
    if (support === 'unknown' && as && !Number.isFinite(as.value.soft) && over && over.value !== 2)
      support = 'contradicts'
    // From the log alone: a test that asks for an absurd amount (a corrupt length) fails the same way.
    const confidence = support === 'unknown' ? 'low' : confidenceFor('specific', support)
    if (!confidence) return null
    // Windows has no ulimit -v or overcommit setting: the commit limit is RAM plus the paging file.
    if (m.all.platform === 'windows')
      return m.cause(confidence, [WINDOWS.evidence], { advice: WINDOWS.advice })
    return m.cause(confidence, [as?.evidence, over?.evidence])
  },

  preflight(facts, p) {
    const out = []
    const as = rlimit(facts, 'as')
    if (as && Number.isFinite(as.value.soft))
      out.push(
        p.finding({
          message: `The address-space limit (ulimit -v) is ${fmtBytes(as.value.soft)}: Go reserves large address ranges up front and the race detector needs terabytes of virtual space.`,
          evidence: [as.evidence]
        })
      )
    const over = sysctlNumber(facts, 'vm.overcommit_memory')
    if (over?.value === 2)
      out.push(
        p.finding({
          severity: 'notice',
          message:
            "vm.overcommit_memory = 2 (strict): large reservations such as the race detector's shadow memory can fail.",
          evidence: [over.evidence],
          remedy: 'On the host: `sudo sysctl -w vm.overcommit_memory=0` (a container cannot change it).'
        })
      )
    return out
  }
})

export default rule
