/**
 * oom-kill: the test binary (or the compiler/linker) was SIGKILLed by the kernel OOM killer under a
 * cgroup memory limit or host memory exhaustion. Failure catalog 2.1 / 2.2. go test prints
 * `signal: killed` (Go 1.26.8 under a 128 MiB v1 memory cgroup, captured: e2e/scenarios/oom-kill; older
 * cmd/go printed it only when the binary had printed nothing). A CI timeout's SIGKILL looks the same,
 * so the oom_kill counter before/after the run decides.
 *
 * A failure of kind `killed` without that text (a binary that ended without a result) is NOT evidence on
 * its own: pasted or truncated logs end mid-test all the time (accuracy corpus: decred/dcrdex#1191,
 * madlambda/nash#252, ciao-project/ciao#350 were all "killed" only because the excerpt stopped). Such a
 * failure is blamed on the OOM killer only when an oom_kill counter moved during the run (high), or at
 * low confidence when a memory limit below the machine's RAM corroborates it; otherwise nothing.
 *
 * Toolchain kills (failure catalog 2.2): `compile`, `link`, `asm`, `cgo`, `vet`, and the Go <= 1.4 tool
 * names `[5689][gacl]` (`.../pkg/tool/netbsd_386/8g: signal: killed`, golang/go#10550), with or without
 * the directory (`compile: signal: killed`).
 */
import { valueOf } from '../../facts/types.js'
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  cgroupMemory,
  confidenceFor,
  counterDelta,
  fmtBytes,
  matchLines,
  remedyFor,
  GOMEMLIMIT_PERCENT,
  gomemlimitMiB
} from '../helpers.js'

export const SIGNAL_KILLED = /^signal: killed$/
export const TOOL_KILLED = /(?:^|[\s/])(compile|link|asm|cgo|vet|[5689][acgl])(\.exe)?: signal: killed$/

const rule: Rule = defineRule({
  id: 'oom-kill',
  title: 'Killed by the out-of-memory killer',
  environmental: true,
  severity: 'warning',
  triggers: [SIGNAL_KILLED, TOOL_KILLED],
  // A binary killed without printing anything (kind `killed`) must still reach the rule.
  kinds: ['killed'],

  diagnose(failure, { facts, lines }) {
    const matched = matchLines(lines, [SIGNAL_KILLED, TOOL_KILLED])
    if (matched.length === 0 && failure.kind !== 'killed') return null
    const cg = counterDelta(facts, 'memoryOomKill')
    const host = counterDelta(facts, 'vmstatOomKill')
    const mem = cgroupMemory(facts)
    let support: Support = 'unknown'
    if ((cg && cg.value > 0) || (host && host.value > 0)) support = 'conclusive'
    else if (cg || host) support = 'contradicts'
    else if (mem && mem.value.max !== null) {
      // A limit below the machine's RAM makes an OOM kill plausible (generic + corroborates = medium).
      const total = valueOf(facts?.system?.memory)?.totalBytes
      support = total === undefined || mem.value.max < total ? 'corroborates' : 'unknown'
    }
    // A killed binary whose counters did not move was killed by something else (a timeout, a runner).
    let confidence = confidenceFor('generic', support)
    if (matched.length === 0) {
      // No `signal: killed` at all: only a counter proves a kill; a limit alone is a weak hint.
      if (support === 'conclusive') confidence = 'high'
      else if (support === 'corroborates') confidence = 'low'
      else return null
    }
    if (confidence === null) return null
    const evidence = [...(matched.length ? matched : ['the test binary ended without a result (killed)'])]
    for (const r of [cg, host]) if (r) evidence.push(r.evidence)
    if (mem) evidence.push(mem.evidence)
    if (mem && mem.value.peak !== null) evidence.push(`memory peak ${fmtBytes(mem.value.peak)}`)
    const limit = mem?.value.max ?? null
    const gomem =
      limit !== null
        ? `GOMEMLIMIT=${gomemlimitMiB(limit)}MiB`
        : `GOMEMLIMIT to ${GOMEMLIMIT_PERCENT} of the memory limit`
    const tool = matched.some(l => TOOL_KILLED.test(l))
    return cause(
      'oom-kill',
      confidence,
      evidence,
      remedyFor(facts, {
        githubHosted: 'use a larger runner, or run fewer packages at once.',
        selfHosted: 'give the runner (or its service, `MemoryMax=`) more memory, or run fewer jobs per host.',
        container:
          "raise the container's `--memory` in `container.options` / `docker run` (`mem_limit:` in compose).",
        always:
          `Lower parallelism: \`go test -p 1\` (packages${tool ? '; the compiler/linker were killed' : ''}) or \`-parallel 2\`; ` +
          `set \`${gomem}\` in the job env so the GC works before the limit (Go never derives it from the cgroup). ` +
          'Do not use GODEBUG=madvdontneed: it has been the default since Go 1.16.'
      })
    )
  }
})

export default rule
