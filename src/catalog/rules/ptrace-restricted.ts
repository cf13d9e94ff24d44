/**
 * ptrace-restricted: a debugger or tracing test cannot attach to a process it did not start, because
 * Yama's kernel.yama.ptrace_scope forbids it. Doc: docs/rules/ptrace-restricted.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { sysctlNumber } from '../fact-readers.js'
import { around } from '../signals.js'

const rule: Rule = defineRule({
  id: 'ptrace-restricted',
  title: 'ptrace restricted by Yama',
  environmental: true,
  severity: 'notice',
  claims: e =>
    (e.kind === 'hint' && /ptrace_scope|could not attach to pid/.test(e.detail ?? '')) ||
    (e.kind === 'errno' &&
      (e.errno === 'EPERM' || e.errno === 'EACCES') &&
      /\bptrace|ptrace_(?:attach|seize|traceme)|\battach\b/i.test(around(e))),
  fixes: [],
  advice: {
    githubHosted:
      'add a step before the tests: `sudo sysctl -w kernel.yama.ptrace_scope=0` (a security setting: prefer starting the tracee as a child).',
    selfHosted:
      'on the host: `sudo sysctl -w kernel.yama.ptrace_scope=0` (a security setting: prefer starting the tracee as a child).',
    container:
      "`kernel.yama.ptrace_scope` is host-wide; in the container add `--cap-add SYS_PTRACE` to `container.options` (Docker's seccomp profile then allows ptrace), or set the sysctl on the host.",
    always:
      'Or start the program under the debugger as a child (`dlv test`, `dlv exec`) instead of attaching: scope 1 allows tracing descendants.'
  },

  diagnose(m) {
    const scope = sysctlNumber(m.facts, 'kernel.yama.ptrace_scope')
    const caps = m.facts ? valueOf(m.facts.security?.capabilities) : undefined
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
    return confidence
      ? m.cause(confidence, [
          scope?.evidence,
          caps ? `CAP_SYS_PTRACE: ${caps.sysPtrace ? 'yes' : 'no'}` : null
        ])
      : null
  },

  preflight(facts, p) {
    const scope = sysctlNumber(facts, 'kernel.yama.ptrace_scope')
    if (!scope || scope.value < 2) return []
    return [
      p.finding({
        message: `kernel.yama.ptrace_scope is ${scope.value}: ${scope.value === 3 ? 'no process may ptrace another' : 'only CAP_SYS_PTRACE holders may attach'}; debuggers and tracing tests (dlv attach, gdb -p, strace -p) fail.`,
        evidence: [scope.evidence]
      })
    ]
  }
})

export default rule
