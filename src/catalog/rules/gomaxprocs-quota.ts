/**
 * gomaxprocs-quota (preflight): a CPU quota below the CPUs Go sizes GOMAXPROCS from (Go < 1.25, or a
 * go.mod `go` line before 1.25, or GOMAXPROCS/GODEBUG set). Doc: docs/rules/gomaxprocs-quota.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { goDefaultAtLeast } from '../go-versions.js'
import { cgroupCpu, goEnv, goInfo } from '../fact-readers.js'
import { valueOf } from '../../facts/types.js'

const rule: Rule = defineRule({
  id: 'gomaxprocs-quota',
  title: 'CPU quota below GOMAXPROCS',
  environmental: true,
  severity: 'warning',
  fixes: [{ kind: 'env', name: 'GOMAXPROCS', value: 'cpu-quota' }],

  preflight(facts, p) {
    const cpu = cgroupCpu(facts)
    // The tightest quota of the cgroup and its ancestors (a pod's limit sits above the container's).
    const limit = cpu ? (cpu.value.effectiveLimitCpus ?? cpu.value.limitCpus) : null
    if (!cpu || limit === null) return []
    const c = valueOf(facts.system?.cpus)
    const cpus = c ? (c.affinity ?? c.online) : null
    if (cpus === null || limit >= cpus) return []
    const g = goInfo(facts)
    if (!g) return []
    const want = Math.max(1, Math.ceil(limit))
    const env = goEnv(facts, 'GOMAXPROCS')
    const godebug = goEnv(facts, 'GODEBUG') ?? ''
    const evidence = [
      cpu.evidence,
      `${cpus} CPUs available to the process`,
      `Go ${g.version}, go.mod go line ${g.goModGo ?? 'unknown'}`
    ]
    let procs: number
    let why: string
    if (env !== null && env !== undefined) {
      procs = Number.parseInt(env, 10)
      if (!Number.isFinite(procs) || procs <= Math.max(2, want)) return []
      why = `GOMAXPROCS=${env} is set in the environment`
      evidence.push(why)
    } else {
      const aware = goDefaultAtLeast(facts, '1.25')
      // Go 1.25: containermaxprocs=0 turns the cgroup-aware default off; updatemaxprocs=0 only stops
      // the periodic re-reading (https://go.dev/doc/godebug#go-125).
      const off = /(^|,)\s*containermaxprocs=0/.test(godebug)
      if (aware === true && !off) return []
      if (aware === null && !off) return [] // cannot tell: say nothing rather than guess
      procs = cpus
      why = off
        ? `GODEBUG=${godebug} turns the cgroup-aware default off`
        : 'the Go toolchain or the go.mod go line is older than 1.25, so GOMAXPROCS ignores the quota'
      evidence.push(why)
    }
    // Go 1.25 keeps at least 2 for quotas under 2 CPUs; below that the mismatch is small.
    if (procs <= Math.max(2, want)) return []
    return [
      p.finding({
        message: `GOMAXPROCS will be ${procs} under a CPU quota of ${limit.toFixed(2)} CPUs: ${why}. The runtime burns the quota in bursts and is throttled, which slows tests towards their timeouts.`,
        evidence,
        remedy: `Set \`GOMAXPROCS=${want}\` in the job env, or use Go >= 1.25 with \`go 1.25\` (or later) in go.mod (or \`godebug containermaxprocs=1\`) so that GOMAXPROCS follows the quota.`
      })
    ]
  }
})

export default rule
