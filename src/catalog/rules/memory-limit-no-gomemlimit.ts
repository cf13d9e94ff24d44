/**
 * memory-limit-no-gomemlimit (preflight): the job runs under a cgroup memory limit but GOMEMLIMIT is not
 * set. No Go release derives GOMEMLIMIT from the cgroup (proposal golang/go#75164 is open; runtime
 * cgroup_linux.go handles CPU only), so the GC lets the heap grow to GOGC's target and the kernel kills
 * the test binary first (oom-kill). Failure catalog 1.g / 2.1.
 */
import { defineRule, type Rule } from '../rule.js'
import {
  cgroupMemory,
  finding,
  fmtBytes,
  GOMEMLIMIT_PERCENT,
  gomemlimitMiB,
  goEnv,
  remedyFor
} from '../helpers.js'
import { valueOf } from '../../facts/types.js'

const rule: Rule = defineRule({
  id: 'memory-limit-no-gomemlimit',
  title: 'Memory limit without GOMEMLIMIT',
  environmental: true,
  severity: 'warning',

  preflight(facts) {
    const mem = cgroupMemory(facts)
    if (!mem || mem.value.max === null) return []
    const total = valueOf(facts.system?.memory)?.totalBytes
    // A "limit" at or above the machine's RAM limits nothing.
    if (total !== undefined && mem.value.max >= total) return []
    const gomem = goEnv(facts, 'GOMEMLIMIT')
    if (gomem === undefined || gomem !== null) return []
    const mib = gomemlimitMiB(mem.value.max)
    return [
      finding(rule, {
        message: `The tests run under a ${fmtBytes(mem.value.max)} memory limit and GOMEMLIMIT is unset: Go does not read the cgroup limit, so a test's heap can grow past it and be OOM-killed.`,
        evidence: [mem.evidence, 'GOMEMLIMIT is not set in the environment'],
        remedy: remedyFor(facts, {
          always: `Set \`GOMEMLIMIT=${mib}MiB\` (${GOMEMLIMIT_PERCENT} of the limit) in the job env (\`env:\` in the workflow), and keep \`go test -p\` low enough that the packages' binaries fit together.`
        })
      })
    ]
  }
})

export default rule
