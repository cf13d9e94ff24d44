/**
 * cpu-throttling-timeout: a test hit its timeout because the machine was slow (a CPU quota under
 * GOMAXPROCS, an oversubscribed or emulated runner), not because it hung. The goroutine dump and the
 * cgroup's throttling counters tell the two apart. Doc: docs/rules/cpu-throttling-timeout.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence, FailureEvidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import type { Support } from '../confidence.js'
import { cgroupCpu, counterDelta } from '../fact-readers.js'

/** Wait reasons of goroutines blocked on something another goroutine must release (runtime2.go waitReasonStrings). */
const BLOCKED =
  /^(?:chan (?:receive|send)|select|semacquire|sync\.[\w.]+|synctest\.\w+|sleep)$|^(?:chan (?:receive|send)|select) \(/
/** Work in progress: the goroutine was running or about to, or in the kernel. */
const WORKING = /^(?:running|runnable|syscall|IO wait)$/
/** The testing package's own goroutines: the alarm that panics, and T.Run/M.Run waiting for the test. */
const FRAMEWORK = /^testing\.|^main\.main$|^os\/signal\./
/** Architectures whose builders are slow or emulated (Go's own slow builders; QEMU). */
const SLOW_ARCH =
  /(?:^|[/_\s-])(?:arm64|armv[67]l?|arm|riscv64|mips(?:64)?(?:le)?|loong64|s390x|ppc64(?:le)?)(?:[/_\s-]|$)|qemu/i

export interface TimeoutView {
  timeouts: Evidence[]
  seconds: number | null
  /** Goroutines of the code (not the testing package) blocked for minutes. */
  stuck: Evidence[]
  /** Goroutines of the code blocked on another goroutine (any time). */
  blocked: Evidence[]
  /** Goroutines of the code that were working. */
  working: Evidence[]
  /** Whether the dump shows any goroutine of the code at all. */
  seen: boolean
  slowArch: boolean
  /**
   * Goroutines of the code are in the dump, none has waited a minute (the runtime prints the wait's
   * minutes from one minute on), and the timeout was minutes long: they were making progress when time
   * ran out, so the run was slow rather than stuck.
   */
  progressing: boolean
  /**
   * How long the longest of the tests the timeout panic lists as running had run (seconds), or null
   * when the log has no such list (Go < 1.21, a fragment).
   */
  longestRunning: number | null
  /**
   * The list says no test had run even half the timeout: the time went into the tests that had
   * already finished, so the package as a whole outgrew its timeout; nothing was hanging for long.
   */
  outgrown: boolean
  /** The list says one test had run (nearly) the whole timeout: that test hung, or is that slow. */
  oneTestAllAlong: boolean
}

export function timeoutView(all: FailureEvidence, lines: readonly string[]): TimeoutView {
  const timeouts = all.items.filter(e => e.kind === 'timeout')
  const code = all.items.filter(e => e.kind === 'goroutine' && !FRAMEWORK.test(e.frame ?? ''))
  const seconds = timeouts.find(t => t.number !== undefined)?.number ?? null
  const running = all.items.filter(e => e.kind === 'running-test' && e.number !== undefined)
  const longestRunning = running.length > 0 ? Math.max(...running.map(e => e.number!)) : null
  const minutes = seconds !== null ? seconds / 60 : null
  // Blocked for at least half the timeout (or a minute when the timeout is unknown): stuck, not slow.
  const needed = minutes !== null ? Math.max(1, Math.floor(minutes / 2)) : 1
  return {
    timeouts,
    seconds,
    stuck: code.filter(
      e => BLOCKED.test(e.detail ?? '') && e.detail !== 'sleep' && (e.number ?? 0) >= needed
    ),
    blocked: code.filter(e => BLOCKED.test(e.detail ?? '') && e.detail !== 'sleep'),
    working: code.filter(e => WORKING.test(e.detail ?? '')),
    seen: code.length > 0,
    progressing:
      code.length > 0 && code.every(e => e.number === undefined) && seconds !== null && seconds >= 120,
    longestRunning,
    // A minute of margin: a short timeout (-timeout 30s) leaves too little to tell a start-up from a run.
    outgrown: longestRunning !== null && seconds !== null && seconds >= 60 && longestRunning < seconds / 2,
    oneTestAllAlong: longestRunning !== null && seconds !== null && longestRunning >= 0.9 * seconds,
    slowArch: lines
      .slice(0, 400)
      .some(l => SLOW_ARCH.test(l) && /\/go\/|GOARCH|go\d|pkg\/tool|linux_|builder/.test(l))
  }
}

/** What the facts say about throttling during the run: conclusive / corroborates / contradicts / unknown. */
export function throttling(
  facts: Facts | null,
  timeout: number | null
): { support: Support; evidence: string[] } {
  const cpu = cgroupCpu(facts)
  const n = counterDelta(facts, 'cpuNrThrottled')
  const us = counterDelta(facts, 'cpuThrottledUsec')
  const evidence = [cpu?.evidence ?? '', n?.evidence ?? '', us?.evidence ?? ''].filter(Boolean)
  const quota = cpu && cpu.value.quotaUs !== null
  if (us && timeout && us.value / 1e6 >= 0.25 * timeout) return { support: 'conclusive', evidence }
  if (n && n.value > 0) return { support: 'corroborates', evidence }
  if (n && n.value === 0) return { support: 'contradicts', evidence }
  if (cpu && !quota) return { support: 'contradicts', evidence }
  if (quota) return { support: 'corroborates', evidence }
  return { support: 'unknown', evidence }
}

export const THROTTLE_CHECK =
  '`cat /sys/fs/cgroup/cpu.stat` before and after the tests (nr_throttled rising: throttled), and whether the test passes locally with `-timeout 30m`'

const rule: Rule = defineRule({
  id: 'cpu-throttling-timeout',
  title: 'Test timed out on a slow or CPU-throttled machine',
  environmental: true,
  severity: 'warning',
  claims: e => e.kind === 'timeout' || e.kind === 'timing',
  fixes: [{ kind: 'env', name: 'GOMAXPROCS', value: 'cpu-quota' }],
  advice: {
    githubHosted: "hosted VMs have no CPU quota: a job container's `--cpus` does; raise it or drop it.",
    selfHosted:
      'raise the CPU limit of the runner pod/service (Kubernetes ARC `resources.limits.cpu`, systemd `CPUQuota=`), or run fewer jobs per host.',
    container: 'raise `--cpus` in `container.options` / `docker run`.',
    always:
      'With Go >= 1.25 and `go 1.25` (or later) in go.mod GOMAXPROCS follows the cgroup quota. Give slow packages a realistic `-timeout` and lower `-parallel`.'
  },

  diagnose(m) {
    const v = timeoutView(m.all, m.lines)
    const t = throttling(m.facts, v.seconds)
    if (v.timeouts.length === 0) {
      // A test's own timing assertion failed (a deadline it set, a duration it measured), with no
      // network error that would explain the wait: the machine was slower than the test assumed.
      const timing = m.evidence.filter(e => e.kind === 'timing')
      // Any concrete error of the system (a kill, an errno, a runtime failure) explains the failure
      // better than a stretched timing: the timing is then its symptom.
      const net = m.all.items.some(
        e =>
          e.kind === 'dns' ||
          e.kind === 'signal' ||
          e.kind === 'exit' ||
          e.kind === 'runtime-oom' ||
          e.kind === 'thread' ||
          (e.kind === 'errno' && e.errno !== 'ETIMEDOUT')
      )
      if (
        timing.length === 0 ||
        net ||
        /^(?:timeout|build|panic)$/.test(m.failure.kind) ||
        t.support === 'contradicts'
      )
        return null
      return m.cause(
        t.support === 'unknown' ? 'low' : t.support === 'conclusive' ? 'high' : 'medium',
        [
          "the test's own timing assertion failed: on a slow, overloaded or throttled runner timings stretch",
          ...t.evidence
        ],
        {
          advice: {
            always:
              'Give the assertion a margin that holds on a loaded runner (or poll with a deadline), and check the runner: ' +
              THROTTLE_CHECK +
              '.'
          }
        }
      )
    }
    if (t.support === 'conclusive') return m.cause('high', t.evidence)
    // Goroutines blocked for most of the run point at a hang even on a throttled machine.
    if (v.stuck.length > 0) return null
    if (t.support === 'contradicts') return null
    if (t.support === 'corroborates') return m.cause('medium', t.evidence)
    // From the log alone. The running-tests list first: no test near the timeout is a package that
    // outgrew it.
    if (v.outgrown)
      return m.cause(
        'low',
        [
          `the longest-running test had run ${v.longestRunning}s of the ${v.seconds}s timeout: no test hung; the package's tests together took longer than the timeout on this machine`
        ],
        {
          advice: {
            always:
              "Compare the package's time in earlier green runs (`ok  <pkg>  540.2s`): near the timeout everywhere, the suite outgrew it (raise `-timeout` or split the package); far below it, this runner was slow: " +
              THROTTLE_CHECK +
              '.'
          }
        }
      )
    // One test ran the whole timeout and no goroutine of the code was working: a hang is the likelier
    // reading (deadlock-timeout speaks). Working goroutines (a CPU-bound test on a throttled machine) stay slow.
    if (v.oneTestAllAlong && v.working.length === 0 && !v.slowArch) return null
    // Then only a dump that shows the code working, or a slow builder, says "slow". (A timeout shorter
    // than the default is no sign: of the corpus's short timeouts most were hangs.)
    if (v.working.length > 0 || v.slowArch || v.progressing)
      return m.cause(
        'low',
        [
          v.progressing && v.working.length === 0
            ? `after ${v.seconds}s no goroutine of the code had waited even a minute: they were making progress, so the run was slow rather than stuck`
            : v.working.length > 0
              ? `the dump shows the test's goroutines ${[...new Set(v.working.map(e => e.detail))].join(', ')}, none blocked for minutes: the test was still working when time ran out`
              : 'the log comes from a slow or emulated architecture, where tests run several times slower'
        ],
        { runnerUp: { rule: 'deadlock-timeout', check: THROTTLE_CHECK } }
      )
    return null
  }
})

export default rule
