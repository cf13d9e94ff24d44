/**
 * oom-kill: the kernel's out-of-memory killer ended the test binary or the compiler/linker (`signal:
 * killed`, exit 137, or a binary that ended without a result). Doc: docs/rules/oom-kill.md.
 */
import { valueOf, type Facts } from '../../facts/types.js'
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import { fmtBytes } from '../../facts/format.js'
import { confidenceFor, type Support } from '../confidence.js'
import { cgroupMemory, counterAfter, counterDelta } from '../fact-readers.js'

export const isKilled = (e: Evidence): boolean =>
  (e.kind === 'signal' && e.detail === 'killed') || (e.kind === 'exit' && e.number === 137)

/**
 * The memory high-water mark: the one read after the tests when there is one (how close the run came
 * to the limit); else the one the probes read before them, said as such (in a fresh container it is
 * only the probe's own few MiB, which is no sign either way).
 */
function peakEvidence(facts: Facts | null, before: number | null): string | null {
  const after = counterAfter(facts, 'memoryPeak')
  if (after !== null) return `memory peak ${fmtBytes(after)} after the tests`
  return before !== null ? `memory peak ${fmtBytes(before)} before the tests` : null
}

const rule: Rule = defineRule({
  id: 'oom-kill',
  title: 'Killed by the out-of-memory killer',
  environmental: true,
  severity: 'warning',
  claims: isKilled,
  // A binary killed without printing anything (kind `killed`) must still reach the rule.
  kinds: ['killed'],
  fixes: [{ kind: 'env', name: 'GOMEMLIMIT', value: 'memory-limit' }],
  advice: {
    githubHosted: 'use a larger runner, or run fewer packages at once.',
    selfHosted: 'give the runner (or its service, `MemoryMax=`) more memory, or run fewer jobs per host.',
    container:
      "raise the container's `--memory` in `container.options` / `docker run` (`mem_limit:` in compose).",
    always:
      'Lower parallelism: `go test -p 1` (packages) or `-parallel 2`; GOMEMLIMIT makes the GC work before the limit. ' +
      'Do not use GODEBUG=madvdontneed: it has been the default since Go 1.16.'
  },

  diagnose(m) {
    const claimed = m.evidence
    const cg = counterDelta(m.facts, 'memoryOomKill')
    const host = counterDelta(m.facts, 'vmstatOomKill')
    const mem = cgroupMemory(m.facts)
    let support: Support = 'unknown'
    if ((cg && cg.value > 0) || (host && host.value > 0)) support = 'conclusive'
    else if (cg || host) support = 'contradicts'
    else if (mem && mem.value.max !== null) {
      // A limit below the machine's RAM makes an OOM kill plausible (generic + corroborates = medium).
      const total = valueOf(m.facts?.system?.memory)?.totalBytes
      support = total === undefined || mem.value.max < total ? 'corroborates' : 'unknown'
    }
    // A killed binary whose counters did not move was killed by something else (a timeout, a runner).
    let confidence = confidenceFor('generic', support)
    if (claimed.length === 0) {
      // No `signal: killed` at all: only a counter proves a kill; a limit alone is a weak hint.
      if (support === 'conclusive') confidence = 'high'
      else if (support === 'corroborates') confidence = 'low'
      else return null
    }
    if (confidence === null) return null
    const tool = claimed.some(e => e.tool && e.tool !== 'shell')
    return m.cause(
      confidence,
      [
        claimed.length ? null : 'the test binary ended without a result (killed)',
        tool && 'the compiler or linker was killed: building many packages at once needs the most memory',
        cg?.evidence,
        host?.evidence,
        mem?.evidence,
        peakEvidence(m.facts, mem?.value.peak ?? null)
      ],
      tool
        ? {
            advice: {
              always:
                'The compiler/linker were killed: build fewer packages at once (`go test -p 1`, `GOFLAGS=-p=2`).'
            }
          }
        : support === 'unknown'
          ? {
              advice: {
                always:
                  'Check that it was the OOM killer: `grep oom_kill /sys/fs/cgroup/memory.events` (or `sudo dmesg | grep -i oom`) after the run; a CI timeout or a cancelled job kills the same way.'
              }
            }
          : {}
    )
  }
})

export default rule
