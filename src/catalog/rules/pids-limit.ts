/**
 * pids-limit: a fork or thread creation failed with EAGAIN because the cgroup's pids.max (Docker
 * --pids-limit, systemd TasksMax, k8s pod pid limit) is reached. Threads count as tasks. Failure
 * catalog 2.4 / 2.5 / 2.6. The runtime's "may need to increase max user processes (ulimit -u)" hint is
 * printed for ANY EAGAIN, so it does not point at RLIMIT_NPROC (reproduced with pids.max as root).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  cgroupPids,
  confidenceFor,
  counterDelta,
  finding,
  firstMatch,
  lowerConfidence,
  matchLines,
  remedyFor
} from '../helpers.js'

/** fork/exec EAGAIN, runtime thread creation EAGAIN, cgo pthread_create EAGAIN. */
export const EAGAIN_SPAWN = [
  /fork\/exec \S+: resource temporarily unavailable/i,
  /runtime: failed to create new OS thread \(have \d+ already; errno=11\)/,
  /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/
]
/**
 * `runtime: failed to create new OS thread (have N already; errno=11)`: N is the failing process's own
 * thread count. At or above RUNAWAY_THREADS the process itself made thousands of threads (Go's own cap is
 * 10000, a test rarely needs 1000): runaway thread creation by the code is at least as likely as a limit
 * that is too low, so the limit rules lower their confidence one step (unless a counter proves the limit
 * was hit) and say so. Small N (lizrice/containers-from-scratch#6, golang/go#15476: 5 and 6) says the
 * limit was already used up by other processes; it does not tell a runaway program from a low limit.
 */
export const RUNAWAY_THREADS = 1000
const HAVE_N = /failed to create new OS thread \(have (\d+) already/

/** The process's own thread count from the runtime's message, when at or above RUNAWAY_THREADS. */
export function runawayThreads(lines: readonly string[]): { n: number; evidence: string } | null {
  const m = firstMatch(lines, HAVE_N)
  const n = m ? Number(m[1]) : 0
  return n >= RUNAWAY_THREADS
    ? {
        n,
        evidence: `the process already had ${n} threads: the code itself may be creating threads without bound (goroutines blocked in syscalls or cgo)`
      }
    : null
}

/** pids.max at or below this is a limit a parallel test run can reach. */
export const PIDS_LOW = 4096

const rule: Rule = defineRule({
  id: 'pids-limit',
  title: 'Process/thread count limit of the cgroup reached (pids.max)',
  environmental: true,
  severity: 'warning',
  triggers: EAGAIN_SPAWN,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN)
    if (matched.length === 0) return null
    const pids = cgroupPids(facts)
    const rejected = counterDelta(facts, 'pidsEventsMax')
    let support: Support = 'unknown'
    // The rejected-fork counter is authoritative when it was read around the run.
    if (rejected && rejected.value > 0) support = 'conclusive'
    else if (rejected && rejected.value === 0) support = 'contradicts'
    else if (pids && pids.value.max === null) support = 'contradicts'
    else if (pids && pids.value.max !== null && pids.value.max <= PIDS_LOW) support = 'corroborates'
    let confidence = confidenceFor('specific', support)
    if (confidence === null || support === 'contradicts') return null
    const runaway = runawayThreads(lines)
    if (runaway && support !== 'conclusive') confidence = lowerConfidence(confidence)
    if (confidence === null) return null
    const evidence = [...matched, pids?.evidence ?? '', rejected?.evidence ?? '', runaway?.evidence ?? '']
    if (matched.some(l => l.includes('errno=11')))
      evidence.push('the runtime prints the "ulimit -u" hint for any EAGAIN, including pids.max')
    return cause('pids-limit', confidence, evidence, pidsRemedy(facts))
  },

  preflight(facts) {
    const pids = cgroupPids(facts)
    if (!pids || pids.value.max === null || pids.value.max > PIDS_LOW) return []
    return [
      finding(rule, {
        severity: pids.value.max < 512 ? 'error' : 'warning',
        message: `The cgroup allows only ${pids.value.max} tasks (processes + threads); Go test binaries run many threads each and go test runs packages in parallel.`,
        evidence: [pids.evidence],
        remedy: pidsRemedy(facts)
      })
    ]
  }
})

function pidsRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'hosted runners set no pids limit: a job container (`container.options: --pids-limit 32768`) or a step wrapper sets it.',
    selfHosted:
      "raise the runner service's `TasksMax=` (systemd drop-in: `[Service]` `TasksMax=infinity`, then restart it), or the pod's pid limit on Kubernetes (ARC).",
    container:
      "raise the container's limit: `--pids-limit 32768` (or `-1`) in `container.options` / `docker run`, `pids_limit:` in compose.",
    always: 'Or lower parallelism: `go test -p 2`, `-parallel 4`.'
  })
}

export default rule
