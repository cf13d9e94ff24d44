/**
 * cpu-throttling-timeout: a test timed out because its cgroup's CPU quota throttled it: GOMAXPROCS above
 * the quota (Go < 1.25, go.mod `go` < 1.25, or an explicit GOMAXPROCS) burns the quota in bursts and
 * stalls. Failure catalog 2.28. Not environmental by default (2.28 and section 5): a timeout is only
 * blamed on the CPU when the facts show a quota or throttling during the run. From the log alone (or
 * with the quota unknown) a bare timeout gets no environmental cause: it is most often the code, a
 * suite that outgrew go test's default 10-minute `-timeout`, or a project `-timeout` set too short
 * (accuracy corpus: fluxcd/flux#2672, ovumcy/ovumcy-web#493). deadlock-timeout speaks only when the
 * goroutine dump shows minute-long waits. Reproduced under a 5% v1 CFS quota
 * (e2e/scenarios/cpu-throttling-timeout).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  cgroupCpu,
  confidenceFor,
  counterDelta,
  firstMatch,
  matchLines,
  parseGoDuration,
  remedyFor
} from '../helpers.js'

export const TIMEOUT = [
  /^panic: test timed out after (\S+)$/,
  /^\*\*\* Test killed( with \w+)?: ran too long \((\S+)\)\.?$/
]
/**
 * A goroutine blocked for minutes in the dump on something another goroutine must release:
 * `goroutine 7 [chan receive, 9 minutes]:`, `[sync.Mutex.Lock, 1 minutes]`, `[select, 5 minutes]`,
 * `[semacquire, 3 minutes]`, `[sync.WaitGroup.Wait, 2 minutes]`, `[chan receive (nil chan), ...]` (the
 * blocking wait reasons of waitReasonStrings in golang/go src/runtime/runtime2.go). The header may carry `gp=0x... m=...` (GOTRACEBACK=system,
 * Go >= 1.23) and `, locked to thread`. Idle states (`syscall`, `IO wait`, `sleep`, GC and finalizer
 * workers) are left out: `os/signal.loop` sits `[syscall, N minutes]` in every healthy long test.
 */
export const LONG_WAIT =
  /^goroutine \d+(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[(?:chan (?:receive|send)(?: \([\w ]+\))?|select(?: \(no cases\))?|semacquire|sync\.[\w.]+|synctest\.\w+), (\d+) minutes?(?:, [^\]]+)?\]:$/

export function timeoutSeconds(lines: readonly string[]): number | null {
  const m = firstMatch(lines, TIMEOUT[0] as RegExp) ?? firstMatch(lines, TIMEOUT[1] as RegExp)
  const d = m ? (m[2] && m[0].startsWith('***') ? m[2] : m[1]) : undefined
  return d ? parseGoDuration(d) : null
}

/** What the facts say about throttling during the run: conclusive / corroborates / contradicts / unknown. */
export function throttling(
  facts: Parameters<typeof cgroupCpu>[0],
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

const rule: Rule = defineRule({
  id: 'cpu-throttling-timeout',
  title: 'Test timed out under CPU throttling',
  environmental: true,
  severity: 'warning',
  triggers: TIMEOUT,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT)
    if (matched.length === 0) return null
    const t = throttling(facts, timeoutSeconds(lines))
    let support = t.support
    // Goroutines blocked for minutes point at a deadlock even on a throttled machine.
    const waits = matchLines(lines, LONG_WAIT, 2)
    if (waits.length > 0 && support !== 'conclusive') support = 'contradicts'
    // No quota and no throttling read: nothing points at the CPU (catalog 2.28, "not environmental by default").
    if (support === 'unknown') return null
    const confidence = confidenceFor('generic', support)
    if (confidence === null) return null
    const cpu = cgroupCpu(facts)
    const n = cpu?.value.limitCpus ? Math.max(1, Math.ceil(cpu.value.limitCpus)) : null
    return cause(
      'cpu-throttling-timeout',
      confidence,
      [...matched, ...t.evidence],
      remedyFor(facts, {
        githubHosted: "hosted VMs have no CPU quota: a job container's `--cpus` does; raise it or drop it.",
        selfHosted:
          'raise the CPU limit of the runner pod/service (Kubernetes ARC `resources.limits.cpu`, systemd `CPUQuota=`).',
        container: 'raise `--cpus` in `container.options` / `docker run`.',
        always:
          `Match GOMAXPROCS to the quota: \`GOMAXPROCS=${n ?? '<CPUs of the quota>'}\` in the job env, or \`go 1.25\` (or later) in go.mod with Go >= 1.25, which sizes GOMAXPROCS from the cgroup. ` +
          'Give slow packages a realistic `-timeout` and lower `-parallel`.'
      })
    )
  }
})

export default rule
