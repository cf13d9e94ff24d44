/**
 * userns-test-assumption (look-alike, environmental: false): `fork/exec ...: operation not permitted`
 * from a test that creates a user namespace, on a runner where nothing restricts user namespaces. Then the
 * EPERM comes from what the test asks for: mapping host IDs other than its own (UID/GID 0) or setting
 * credentials without privilege. Failure catalog section 5 ("a wrong UID/GID assumption"). Reproduced in
 * e2e/scenarios/userns-uid-assumption (uid 65534 mapping host UID 0: EPERM while max_user_namespaces is
 * 96365, no seccomp, no AppArmor mediation).
 *
 * It needs facts that rule out every restriction the other rules diagnose (userns-disabled,
 * apparmor-userns, seccomp-blocked); with any of them unknown it stays silent.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { cause, isRoot, matchLines, sysctlNumber } from '../helpers.js'
import { restrictUserns } from './apparmor-userns.js'

export const FORK_EPERM = /fork\/exec \S+: operation not permitted/i

const rule: Rule = defineRule({
  id: 'userns-test-assumption',
  title: 'The test assumes privileges for its user namespace',
  environmental: false,
  severity: 'notice',
  triggers: [FORK_EPERM],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, FORK_EPERM)
    if (matched.length === 0 || !facts) return null
    if (isRoot(facts) !== false) return null
    const max = sysctlNumber(facts, 'user.max_user_namespaces')
    const clone = sysctlNumber(facts, 'kernel.unprivileged_userns_clone')
    const aa = restrictUserns(facts)
    const sc = valueOf(facts.security?.seccomp)
    const userns = valueOf(facts.security?.userns)
    if (!max || max.value === 0) return null
    if (clone?.value === 0) return null
    if (aa?.value === 1) return null
    if (!sc || sc.mode !== 'disabled') return null
    if (userns && !userns.canCreate) return null
    const evidence = [
      ...matched,
      max.evidence,
      clone
        ? clone.evidence
        : 'kernel.unprivileged_userns_clone absent or unreadable (upstream kernels have no such knob)',
      aa ? aa.evidence : 'no AppArmor user-namespace mediation read',
      'seccomp: disabled',
      'the tests run as a non-root user'
    ]
    if (userns) evidence.push(`user namespace probe: ${userns.detail}`)
    return cause(
      'userns-test-assumption',
      'medium',
      evidence,
      'Nothing on this runner restricts user namespaces, so the EPERM comes from the request itself: an unprivileged process may only map its own UID and GID (`UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}`, same for GIDs with `GidMappingsEnableSetgroups: false`), and cannot set `Credential` to other IDs. Fix the mappings, or skip the test when `os.Getuid() != 0`.'
    )
  }
})

export default rule
