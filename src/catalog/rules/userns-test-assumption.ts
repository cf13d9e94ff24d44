/**
 * userns-test-assumption (look-alike): a user-namespace test fails with EPERM although nothing on the
 * runner restricts user namespaces: the test asks for mappings or credentials an unprivileged process
 * may not have. Only facts can tell (every restriction read as off). Doc: docs/rules/userns-test-assumption.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { isRoot, sysctlNumber } from '../fact-readers.js'
import { namespaceView } from '../namespaces.js'
import { restrictUserns } from './apparmor-userns.js'

const rule: Rule = defineRule({
  id: 'userns-test-assumption',
  title: 'The test assumes privileges for its user namespace',
  environmental: false,
  severity: 'notice',
  claims: e => e.kind === 'errno' && e.errno === 'EPERM',
  fixes: [],
  advice: {
    always:
      'Nothing on this runner restricts user namespaces, so the EPERM comes from the request itself: an unprivileged process may only map its own UID and GID (`UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}`, same for GIDs with `GidMappingsEnableSetgroups: false`), and cannot set `Credential` to other IDs. Fix the mappings, or skip the test when `os.Getuid() != 0`.'
  },

  diagnose(m) {
    const facts = m.facts
    if (!facts || isRoot(facts) !== false) return null
    const v = namespaceView(m.failure, m.all, m.lines)
    if (v.create.length === 0) return null
    const max = sysctlNumber(facts, 'user.max_user_namespaces')
    const clone = sysctlNumber(facts, 'kernel.unprivileged_userns_clone')
    const aa = restrictUserns(facts)
    const sc = valueOf(facts.security?.seccomp)
    const userns = valueOf(facts.security?.userns)
    if (!max || max.value === 0 || clone?.value === 0 || aa?.value === 1) return null
    if (!sc || sc.mode !== 'disabled' || (userns && !userns.canCreate)) return null
    return m.cause(
      'medium',
      [
        max.evidence,
        clone
          ? clone.evidence
          : 'kernel.unprivileged_userns_clone absent or unreadable (upstream kernels have no such knob)',
        aa ? aa.evidence : 'no AppArmor user-namespace mediation read',
        'seccomp: disabled',
        'the tests run as a non-root user',
        userns ? `user namespace probe: ${userns.detail}` : null
      ],
      { lines: v.create.map(e => e.text).slice(0, 4) }
    )
  }
})

export default rule
