/**
 * memory-limit-no-gomemlimit (preflight): a cgroup memory limit with GOMEMLIMIT unset; Go never derives
 * it from the cgroup. Doc: docs/rules/memory-limit-no-gomemlimit.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { fmtBytes } from '../../facts/format.js'
import { GOMEMLIMIT_PERCENT, gomemlimitMiB } from '../gomemlimit.js'
import { cgroupMemory, goEnv } from '../fact-readers.js'
import { valueOf } from '../../facts/types.js'

const rule: Rule = defineRule({
  id: 'memory-limit-no-gomemlimit',
  title: 'Memory limit without GOMEMLIMIT',
  environmental: true,
  severity: 'warning',
  fixes: [{ kind: 'env', name: 'GOMEMLIMIT', value: 'memory-limit' }],

  preflight(facts, p) {
    const mem = cgroupMemory(facts)
    if (!mem || mem.value.max === null) return []
    const total = valueOf(facts.system?.memory)?.totalBytes
    // A "limit" at or above the machine's RAM limits nothing.
    if (total !== undefined && mem.value.max >= total) return []
    const gomem = goEnv(facts, 'GOMEMLIMIT')
    if (gomem === undefined || gomem !== null) return []
    const mib = gomemlimitMiB(mem.value.max)
    return [
      p.finding({
        message: `The tests run under a ${fmtBytes(mem.value.max)} memory limit and GOMEMLIMIT is unset: Go does not read the cgroup limit, so a test's heap can grow past it and be OOM-killed.`,
        evidence: [mem.evidence, 'GOMEMLIMIT is not set in the environment'],
        remedy: `Set \`GOMEMLIMIT=${mib}MiB\` (${GOMEMLIMIT_PERCENT} of the limit) in the job env (\`env:\` in the workflow), and keep \`go test -p\` low enough that the packages' binaries fit together.`
      })
    ]
  }
})

export default rule
