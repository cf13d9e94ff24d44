/**
 * ptrace-restricted: attaching a debugger/tracer fails because Yama restricts ptrace
 * (kernel.yama.ptrace_scope: 0 classic, 1 descendants only (Ubuntu default), 2 admin only, 3 none).
 * Failure catalog 2.32. Texts: Delve `Could not attach to pid N: this could be caused by a kernel security
 * setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope`; gdb `ptrace: Operation not permitted.`
 * Attaching to a non-child fails at 1 and above; at 2 only CAP_SYS_PTRACE may attach; at 3 nobody.
 * Not reproducible on this machine (no Yama): the firing cases are the texts quoted above.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  matchLines,
  remedyFor,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const PTRACE = [
  /yama\/ptrace_scope/i,
  /\bptrace: Operation not permitted/i,
  /could not attach to pid \d+/i,
  /\bPTRACE_(?:ATTACH|SEIZE|TRACEME)\b.*(?:operation not permitted|permission denied)/i
]

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    ...sysctlParts('kernel.yama.ptrace_scope', 0),
    container:
      "`kernel.yama.ptrace_scope` is host-wide; in the container add `--cap-add SYS_PTRACE` to `container.options` (Docker's seccomp profile then allows ptrace), or set the sysctl on the host.",
    always:
      'Or start the program under the debugger as a child (`dlv test`, `dlv exec`) instead of attaching: scope 1 allows tracing descendants.'
  })

const rule: Rule = defineRule({
  id: 'ptrace-restricted',
  title: 'ptrace restricted by Yama',
  environmental: true,
  severity: 'notice',
  triggers: PTRACE,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, PTRACE)
    if (matched.length === 0) return null
    const scope = sysctlNumber(facts, 'kernel.yama.ptrace_scope')
    const caps = facts ? valueOf(facts.security?.capabilities) : undefined
    let support: Support = 'unknown'
    if (scope) {
      if (scope.value === 0) support = 'contradicts'
      else if (scope.value >= 2 && caps?.sysPtrace)
        support = scope.value === 3 ? 'corroborates' : 'contradicts'
      else support = 'corroborates'
    }
    // Scope 0 (or 2 with CAP_SYS_PTRACE): Yama allows it, the refusal comes from elsewhere (seccomp, LSM).
    if (support === 'contradicts') return null
    const confidence = confidenceFor('specific', support)
    if (!confidence) return null
    const evidence = [...matched, scope?.evidence ?? '']
    if (caps) evidence.push(`CAP_SYS_PTRACE: ${caps.sysPtrace ? 'yes' : 'no'}`)
    return cause('ptrace-restricted', confidence, evidence, remedy(facts))
  },

  preflight(facts) {
    const scope = sysctlNumber(facts, 'kernel.yama.ptrace_scope')
    if (!scope || scope.value < 2) return []
    return [
      finding(rule, {
        message: `kernel.yama.ptrace_scope is ${scope.value}: ${scope.value === 3 ? 'no process may ptrace another' : 'only CAP_SYS_PTRACE holders may attach'}; debuggers and tracing tests (dlv attach, gdb -p, strace -p) fail.`,
        evidence: [scope.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
