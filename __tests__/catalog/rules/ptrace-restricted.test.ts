import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/ptrace-restricted.js'
import type { FactsMod } from '../harness.js'
import { makeFacts, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

// Not reproducible here (this kernel has no Yama). Texts from failure catalog 2.32: Delve's attach error
// (microsoft/vscode-go#3098) and gdb's "ptrace: Operation not permitted.".
const DELVE =
  'Could not attach to pid 4242: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope\n'
const caps =
  (sysPtrace: boolean): FactsMod =>
  f => {
    f.security.capabilities = known({
      hex: '0',
      effective: sysPtrace ? ['cap_sys_ptrace'] : [],
      sysAdmin: false,
      sysResource: false,
      sysPtrace
    })
  }

runRuleCases(rule, {
  fires: [
    {
      name: 'Delve attach with ptrace_scope=1',
      output: DELVE,
      facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 1)),
      confidence: 'high',
      remedy: ['ptrace_scope=0']
    },
    { name: 'gdb, log alone', output: 'ptrace: Operation not permitted.\n', confidence: 'medium' },
    {
      name: 'scope 3 blocks even CAP_SYS_PTRACE',
      output: DELVE,
      facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 3), caps(true)),
      confidence: 'high'
    }
  ],
  silent: [
    { name: 'scope 0: not Yama', output: DELVE, facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 0)) },
    {
      name: 'unrelated EPERM',
      output: 'fork/exec /bin/true: operation not permitted\n',
      facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 1))
    }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'scope 2', facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 2)), severity: 'notice' }],
  silent: [
    { name: 'Ubuntu default 1', facts: makeFacts(sysctl('kernel.yama.ptrace_scope', 1)) },
    { name: 'no Yama (this machine)', facts: makeFacts() }
  ]
})
