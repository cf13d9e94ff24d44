/**
 * userns-disabled: a test that creates a user namespace (exec.Cmd with CLONE_NEWUSER, unshare -U) fails
 * because the kernel knob forbids it. Failure catalog 2.17 / 2.18.
 *
 * - user.max_user_namespaces=0 (upstream since Linux 4.9): clone/unshare fail with ENOSPC, which Go prints
 *   as `fork/exec /bin/true: no space left on device` (reproduced: e2e/scenarios/userns-max-zero).
 * - kernel.unprivileged_userns_clone=0 (a Debian/Ubuntu kernel patch only; absent upstream): EPERM for
 *   unprivileged callers, `fork/exec ...: operation not permitted`. Go's own tests skip on it
 *   (golang/go src/syscall/exec_linux_test.go, skipUnprivilegedUserClone). Root is not affected.
 * The EPERM text has other causes (seccomp-blocked, apparmor-userns, userns-test-assumption), so it only
 * fires when the knob reads 0 for a non-root user.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  isRoot,
  matchLines,
  remedyFor,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

/** ENOSPC from clone(CLONE_NEWUSER) / unshare(2): a namespace count limit, not a full disk. */
export const USERNS_ENOSPC = [
  /fork\/exec \S+: no space left on device/i,
  /unshare(?: failed)?: no space left on device/i
]
/** EPERM from the same calls. */
export const USERNS_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /unshare(?: failed)?: operation not permitted/i
]

const enospcRemedy = (facts: Parameters<typeof remedyFor>[0]) =>
  remedyFor(facts, {
    ...sysctlParts('user.max_user_namespaces', 15000),
    container:
      '`user.max_user_namespaces` is set on the host (it needs CAP_SYS_RESOURCE; a container cannot raise it): `sudo sysctl -w user.max_user_namespaces=15000` there.',
    always: 'Or make the tests skip when creating a user namespace fails with ENOSPC.'
  })

const epermRemedy = (facts: Parameters<typeof remedyFor>[0]) =>
  remedyFor(facts, {
    ...sysctlParts('kernel.unprivileged_userns_clone', 1),
    always:
      "Or make the tests skip when an unprivileged user namespace cannot be created (as Go's own syscall tests do)."
  })

const rule: Rule = defineRule({
  id: 'userns-disabled',
  title: 'User namespaces disabled by a kernel knob',
  environmental: true,
  severity: 'warning',
  triggers: [...USERNS_ENOSPC, ...USERNS_EPERM],

  diagnose(_failure, { facts, lines }) {
    const enospc = matchLines(lines, USERNS_ENOSPC)
    if (enospc.length > 0) {
      const max = sysctlNumber(facts, 'user.max_user_namespaces')
      // 0 disables them; a positive value makes the count limit an unlikely (but possible) cause.
      const support: Support = max === null ? 'unknown' : max.value === 0 ? 'corroborates' : 'contradicts'
      const confidence = confidenceFor('specific', support)
      if (!confidence) return null
      return cause('userns-disabled', confidence, [...enospc, max?.evidence ?? ''], enospcRemedy(facts))
    }
    const eperm = matchLines(lines, USERNS_EPERM)
    if (eperm.length === 0) return null
    const clone = sysctlNumber(facts, 'kernel.unprivileged_userns_clone')
    // The knob only restricts unprivileged callers; EPERM without it reading 0 belongs to other rules.
    if (clone?.value !== 0 || isRoot(facts) !== false) return null
    return cause(
      'userns-disabled',
      confidenceFor('generic', 'corroborates') ?? 'medium',
      [...eperm, clone.evidence, 'the tests run as a non-root user'],
      epermRemedy(facts)
    )
  },

  preflight(facts) {
    const out = []
    const max = sysctlNumber(facts, 'user.max_user_namespaces')
    if (max?.value === 0)
      out.push(
        finding(rule, {
          message:
            'user.max_user_namespaces is 0: creating a user namespace fails with "no space left on device" (ENOSPC), even for root. Tests that use CLONE_NEWUSER, rootless containers or sandboxes will fail.',
          evidence: [max.evidence],
          remedy: enospcRemedy(facts)
        })
      )
    const clone = sysctlNumber(facts, 'kernel.unprivileged_userns_clone')
    if (clone?.value === 0 && isRoot(facts) === false)
      out.push(
        finding(rule, {
          message:
            'kernel.unprivileged_userns_clone is 0 (Debian/Ubuntu kernel patch): an unprivileged user cannot create a user namespace ("operation not permitted").',
          evidence: [clone.evidence, 'the job runs as a non-root user'],
          remedy: epermRemedy(facts)
        })
      )
    return out
  }
})

export default rule
