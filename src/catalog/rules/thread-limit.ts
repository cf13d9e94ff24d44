/**
 * thread-limit: fork/exec or thread creation fails with EAGAIN under RLIMIT_NPROC (`ulimit -u`, per
 * user and counting threads) or kernel.threads-max. Doc: docs/rules/thread-limit.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { combineSupport, confidenceFor, lowerConfidence, type Support } from '../confidence.js'
import { fmtLimit, isRoot, rlimit, sysctlNumber } from '../fact-readers.js'
import { isSpawnRefused, nprocLog, runaway, SPAWN_CHECK } from './pids-limit.js'

/** RLIMIT_NPROC below this is reachable by one user's parallel test binaries (catalog 2.4). */
export const NPROC_LOW = 4096
export const THREADS_MAX_LOW = 10000

/** What limits processes and threads where there are no cgroups (the log shows the platform). */
const OFF_LINUX = {
  darwin: {
    os: 'macOS',
    limits:
      'the user-process limit (`ulimit -u`, `launchctl limit maxproc`) or the per-process thread cap (`sysctl kern.num_taskthreads`)'
  },
  bsd: { os: 'a BSD', limits: 'the user-process limit (`ulimit -u`) or the per-process thread cap' }
} as const

const rule: Rule = defineRule({
  id: 'thread-limit',
  title: 'Process/thread limit reached (ulimit -u, threads-max)',
  environmental: true,
  severity: 'warning',
  claims: isSpawnRefused,
  fixes: [
    { kind: 'rlimit', name: 'nproc', value: 65535 },
    { kind: 'sysctl', key: 'kernel.threads-max', value: '4194304', better: 'higher' },
    { kind: 'sysctl', key: 'kernel.pid_max', value: '4194304', better: 'higher' }
  ],
  advice: {
    container: 'RLIMIT_NPROC is per UID on the host: other containers with the same UID share it.',
    always: 'Or lower parallelism: `go test -p 2`, `-parallel 4`.'
  },

  diagnose(m) {
    const nproc = rlimit(m.facts, 'nproc')
    const root = isRoot(m.facts)
    const tmax = sysctlNumber(m.facts, 'kernel.threads-max')
    const evidence: (string | null)[] = []
    const s: Support[] = []
    if (nproc && root === false) {
      evidence.push(nproc.evidence)
      s.push(nproc.value.soft < NPROC_LOW ? 'corroborates' : 'unknown')
    } else if (root === true) evidence.push('running as root: RLIMIT_NPROC is not enforced')
    if (tmax && tmax.value < THREADS_MAX_LOW) {
      s.push('corroborates')
      evidence.push(tmax.evidence)
    }
    let support = combineSupport(...s)
    // Root with an ample threads-max: nothing this rule knows of can refuse the fork.
    if (support === 'unknown' && root === true && tmax && tmax.value >= THREADS_MAX_LOW)
      support = 'contradicts'
    if (support === 'contradicts') return null
    const run = runaway(m.evidence)
    // From the log alone (or facts that say nothing) RLIMIT_NPROC and a cgroup limit print the same.
    if (support === 'unknown') {
      // Off Linux there are no cgroups: the per-user process limit (or macOS's per-process thread
      // cap) is what is left, and it leads.
      const off = m.all.platform === 'darwin' || m.all.platform === 'bsd' ? OFF_LINUX[m.all.platform] : null
      if (off)
        return m.cause('low', [
          ...evidence,
          run,
          `the log shows ${off.os}, which has no cgroup pids limit: ${off.limits} refused the new thread or process`
        ])
      // pids-limit leads from the log alone unless the log names RLIMIT_NPROC (see pids-limit).
      if (!nprocLog(m.lines)) return null
      return m.cause('low', [...evidence, run, 'the log names the user-process limit (ulimit -u)'], {
        runnerUp: { rule: 'pids-limit', check: SPAWN_CHECK }
      })
    }
    let confidence = confidenceFor('specific', support)
    if (run && confidence) confidence = lowerConfidence(confidence)
    if (confidence === null) return null
    return m.cause(confidence, [...evidence, run], {
      fixes: rule.fixes.filter(
        f => f.kind === 'rlimit' || (tmax && tmax.value < THREADS_MAX_LOW && f.kind === 'sysctl')
      )
    })
  },

  preflight(facts, p) {
    const out = []
    const nproc = rlimit(facts, 'nproc')
    if (nproc && isRoot(facts) === false && nproc.value.soft < NPROC_LOW)
      out.push(
        p.finding({
          message: `RLIMIT_NPROC is ${fmtLimit(nproc.value.soft)} for a non-root user; it counts every thread of that user, and Go test binaries run tens of threads each.`,
          evidence: [nproc.evidence],
          fixes: rule.fixes.filter(f => f.kind === 'rlimit')
        })
      )
    const tmax = sysctlNumber(facts, 'kernel.threads-max')
    if (tmax && tmax.value < THREADS_MAX_LOW)
      out.push(
        p.finding({
          message: `kernel.threads-max is ${tmax.value}: the whole host can run only that many threads.`,
          evidence: [tmax.evidence],
          fixes: rule.fixes.filter(f => f.kind === 'sysctl')
        })
      )
    return out
  }
})

export default rule
