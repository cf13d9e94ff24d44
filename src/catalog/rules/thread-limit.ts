/**
 * thread-limit: fork or thread creation failed with EAGAIN because RLIMIT_NPROC (per real UID, counts
 * threads; not enforced for root or CAP_SYS_ADMIN/CAP_SYS_RESOURCE), kernel.threads-max or
 * kernel.pid_max is reached. Failure catalog 2.4-2.6. The cgroup's pids.max is pids-limit.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  combineSupport,
  confidenceFor,
  finding,
  fmtLimit,
  isRoot,
  lowerConfidence,
  matchLines,
  remedyFor,
  rlimit,
  sysctlNumber
} from '../helpers.js'
import { EAGAIN_SPAWN, runawayThreads } from './pids-limit.js'

/** RLIMIT_NPROC below this is reachable by one user's parallel test binaries (catalog 2.4). */
export const NPROC_LOW = 4096
export const THREADS_MAX_LOW = 10000

const rule: Rule = defineRule({
  id: 'thread-limit',
  title: 'Process/thread limit reached (ulimit -u, threads-max)',
  environmental: true,
  severity: 'warning',
  triggers: EAGAIN_SPAWN,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN)
    if (matched.length === 0) return null
    const nproc = rlimit(facts, 'nproc')
    const root = isRoot(facts)
    const tmax = sysctlNumber(facts, 'kernel.threads-max')
    const evidence = [...matched]
    const s: Support[] = []
    if (nproc && root === false) {
      evidence.push(nproc.evidence)
      s.push(nproc.value.soft < NPROC_LOW ? 'corroborates' : 'unknown')
    } else if (root === true) evidence.push('running as root: RLIMIT_NPROC is not enforced')
    if (tmax) {
      if (tmax.value < THREADS_MAX_LOW) {
        s.push('corroborates')
        evidence.push(tmax.evidence)
      }
    }
    let support = combineSupport(...s)
    // Root with an ample threads-max: nothing this rule knows of can refuse the fork.
    if (support === 'unknown' && root === true && tmax && tmax.value >= THREADS_MAX_LOW)
      support = 'contradicts'
    let confidence = confidenceFor('specific', support)
    if (confidence === null || support === 'contradicts') return null
    // Thousands of threads in the failing process: the code may be the runaway (see pids-limit.ts).
    const runaway = runawayThreads(lines)
    if (runaway) {
      confidence = lowerConfidence(confidence)
      evidence.push(runaway.evidence)
    }
    if (confidence === null) return null
    return cause('thread-limit', confidence, evidence, nprocRemedy(facts))
  },

  preflight(facts) {
    const out = []
    const nproc = rlimit(facts, 'nproc')
    if (nproc && isRoot(facts) === false && nproc.value.soft < NPROC_LOW)
      out.push(
        finding(rule, {
          message: `RLIMIT_NPROC is ${fmtLimit(nproc.value.soft)} for a non-root user; it counts every thread of that user, and Go test binaries run tens of threads each.`,
          evidence: [nproc.evidence],
          remedy: nprocRemedy(facts)
        })
      )
    const tmax = sysctlNumber(facts, 'kernel.threads-max')
    if (tmax && tmax.value < THREADS_MAX_LOW)
      out.push(
        finding(rule, {
          message: `kernel.threads-max is ${tmax.value}: the whole host can run only that many threads.`,
          evidence: [tmax.evidence],
          remedy: remedyFor(facts, {
            selfHosted: '`sudo sysctl -w kernel.threads-max=4194304` on the host.',
            githubHosted: '`sudo sysctl -w kernel.threads-max=4194304`.',
            container: 'kernel.threads-max is host-wide: raise it on the host.'
          })
        })
      )
    return out
  }
})

function nprocRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'raise it in the step that runs the tests: `ulimit -u unlimited` (up to the hard limit; `sudo prlimit --pid $$ --nproc=unlimited` beyond it).',
    selfHosted:
      "raise the runner service's `LimitNPROC=` (systemd drop-in, then restart), or `nproc` in /etc/security/limits.d for the runner user.",
    container:
      '`--ulimit nproc=65535:65535` in `container.options` / `docker run` (RLIMIT_NPROC is per UID on the host: other containers with the same UID share it).',
    always: 'Or lower parallelism: `go test -p 2`, `-parallel 4`.'
  })
}

export default rule
