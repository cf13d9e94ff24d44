/**
 * pids-limit: fork/exec or thread creation fails with EAGAIN under the cgroup's pids.max (Docker
 * `--pids-limit`, systemd `TasksMax=`, a Kubernetes pod limit). Doc: docs/rules/pids-limit.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import { confidenceFor, lowerConfidence, type Support } from '../confidence.js'
import { cgroupPids, counterDelta } from '../fact-readers.js'
import { isSpawn } from '../signals.js'

/**
 * `have N already` at or above this: the process itself made thousands of threads (Go's own cap is
 * 10000): runaway thread creation by the code is at least as likely as a low limit.
 */
export const RUNAWAY_THREADS = 1000
/** pids.max at or below this is a limit a parallel test run can reach. */
export const PIDS_LOW = 4096

/** EAGAIN creating a process or a thread (newosproc, pthread_create, fork/exec). */
export const isSpawnEagain = (e: Evidence): boolean =>
  e.errno === 'EAGAIN' && ((e.kind === 'thread' && e.op !== 'hint') || (e.kind === 'errno' && isSpawn(e)))

/** isSpawnEagain, or the runtime's bare thread failure (macOS's form, which prints no errno). */
export const isSpawnRefused = (e: Evidence): boolean =>
  isSpawnEagain(e) || (e.kind === 'thread' && e.detail === 'no-errno')

export function runaway(claimed: readonly Evidence[]): string | null {
  const n = Math.max(0, ...claimed.map(e => (e.kind === 'thread' ? (e.number ?? 0) : 0)))
  return n >= RUNAWAY_THREADS
    ? `the process already had ${n} threads: the code itself may be creating threads without bound (goroutines blocked in syscalls or cgo)`
    : null
}

const CONTAINER_WORDS =
  /\bdocker\b|containerd|kubepods|kubernetes|\bk8s\b|\bpodman\b|in a container|--pids-limit|pids_limit:|\bpod\b/i

/** Whether the log shows the tests ran in a container (where pids limits are the usual cap). */
export const inContainerLog = (lines: readonly string[]): boolean =>
  lines.slice(0, 400).some(l => CONTAINER_WORDS.test(l))

/**
 * The log names RLIMIT_NPROC itself (a `ulimit -u` the job set, `max user processes` read out, a
 * limits.conf `hard nproc` line, `prlimit --nproc=`); not the coreutils `nproc` of `make -j$(nproc)`.
 */
const NPROC_WORDS =
  /\bulimit -u \d|\bulimit -Hu\b|max user processes\s+\(-u\)|RLIMIT_NPROC|LimitNPROC=|\b(?:soft|hard)\s+nproc\b|--nproc[= ]\d/
export const nprocLog = (lines: readonly string[]): boolean =>
  lines.slice(0, 400).some(l => NPROC_WORDS.test(l))

export const SPAWN_CHECK =
  '`cat /sys/fs/cgroup/pids.max /sys/fs/cgroup/pids.events` and `ulimit -u` in the test step'
const HINT = 'the runtime prints the "ulimit -u" hint for any EAGAIN, including pids.max'

const rule: Rule = defineRule({
  id: 'pids-limit',
  title: 'Process/thread count limit of the cgroup reached (pids.max)',
  environmental: true,
  severity: 'warning',
  claims: isSpawnEagain,
  fixes: [{ kind: 'pids', min: 32768 }],
  advice: {
    githubHosted:
      'hosted runners set no pids limit: a job container (`container.options: --pids-limit 32768`) or a step wrapper sets it.',
    always: 'Or lower parallelism: `go test -p 2`, `-parallel 4`.'
  },

  diagnose(m) {
    // cgroups are Linux's: on macOS, the BSDs and Windows no pids.max refused the thread.
    if (m.all.platform !== null && m.all.platform !== 'linux') return null
    const pids = cgroupPids(m.facts)
    const rejected = counterDelta(m.facts, 'pidsEventsMax')
    let support: Support = 'unknown'
    // The rejected-fork counter is authoritative when it was read around the run.
    if (rejected && rejected.value > 0) support = 'conclusive'
    else if (rejected && rejected.value === 0) support = 'contradicts'
    else if (pids && pids.value.max === null) support = 'contradicts'
    else if (pids && pids.value.max !== null && pids.value.max <= PIDS_LOW) support = 'corroborates'
    if (support === 'contradicts') return null
    const run = runaway(m.evidence)
    const hint = m.evidence.some(e => e.kind === 'thread') ? HINT : null
    if (support === 'unknown') {
      // From the log alone a cgroup limit and RLIMIT_NPROC print the same. Containers, Kubernetes pods
      // and systemd services (TasksMax) set pids limits, and most CI runs in one of them: in the wild
      // corpus pids limits outnumber RLIMIT_NPROC three to one. So pids-limit leads, low, with the check,
      // unless the log names the user-process limit (`ulimit -u` set, `max user processes`).
      if (nprocLog(m.lines)) return null
      return m.cause(
        'low',
        [
          run,
          hint,
          inContainerLog(m.lines) ? 'the log shows a container, where a pids limit is the usual cap' : null
        ],
        {
          runnerUp: { rule: 'thread-limit', check: SPAWN_CHECK }
        }
      )
    }
    let confidence = confidenceFor('specific', support)
    if (run && support !== 'conclusive' && confidence) confidence = lowerConfidence(confidence)
    if (confidence === null) return null
    return m.cause(confidence, [pids?.evidence, rejected?.evidence, run, hint])
  },

  preflight(facts, p) {
    const pids = cgroupPids(facts)
    if (!pids || pids.value.max === null || pids.value.max > PIDS_LOW) return []
    return [
      p.finding({
        severity: pids.value.max < 512 ? 'error' : 'warning',
        message: `The cgroup allows only ${pids.value.max} tasks (processes + threads); Go test binaries run many threads each and go test runs packages in parallel.`,
        evidence: [pids.evidence]
      })
    ]
  }
})

export default rule
