/**
 * memory-high-throttling: a test timed out (or missed its own deadline) because its cgroup was held at
 * memory.high: past that soft limit the kernel reclaims and puts the allocating task to sleep (up to
 * 2 s at a time) instead of OOM-killing it, and memory.events `high` counts each time. With no swap,
 * anonymous memory cannot be reclaimed, so the test crawls. cgroup v2 only (v1 has no memory.high).
 * Doc: docs/rules/memory-high-throttling.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { fmtBytes } from '../../facts/format.js'
import { cgroupMemory, counterDelta } from '../fact-readers.js'

const rule: Rule = defineRule({
  id: 'memory-high-throttling',
  title: 'Test slowed to a timeout by memory.high throttling',
  environmental: true,
  severity: 'warning',
  claims: e => e.kind === 'timeout' || e.kind === 'timing',
  fixes: [],
  advice: {
    githubHosted: "hosted VMs set no memory.high: a job container's or service's limit does.",
    selfHosted:
      'raise or remove the soft limit of the runner service or pod (systemd `MemoryHigh=`, Kubernetes MemoryQoS sets memory.high from the memory limit), or give the job more memory.',
    container:
      'a container runtime sets memory.high only when asked (Kubernetes MemoryQoS, systemd `MemoryHigh=` on the unit): raise the memory limit it is derived from.',
    always:
      'Set `GOMEMLIMIT` below memory.high so that the Go GC collects before the kernel throttles, and lower `go test -p`/`-parallel` so that fewer test binaries share the cgroup.'
  },

  diagnose(m) {
    const high = counterDelta(m.facts, 'memoryHigh')
    if (!high || high.value === 0) return null
    // An OOM kill during the run is the louder event: oom-kill speaks.
    const oom = counterDelta(m.facts, 'memoryOomKill')
    if (oom && oom.value > 0) return null
    const mem = cgroupMemory(m.facts)
    const limit = mem && mem.value.high !== null ? `memory.high ${fmtBytes(mem.value.high)}` : null
    const timeout = m.evidence.some(e => e.kind === 'timeout')
    return m.cause(timeout ? 'high' : 'medium', [
      `the cgroup went over its memory.high ${high.value} times during the run: the kernel throttled its allocations (reclaim and sleeps), it does not OOM-kill at memory.high`,
      high.evidence,
      limit ? `cgroup ${limit}${mem ? ` (${mem.value.dir})` : ''}` : null,
      mem && mem.value.peak !== null ? `memory peak ${fmtBytes(mem.value.peak)}` : null
    ])
  }
})

export default rule
