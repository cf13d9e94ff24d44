/**
 * userns-disabled: a test that creates a user namespace (exec.Cmd with CLONE_NEWUSER, unshare -U) fails
 * because the kernel knob forbids it. Failure catalog 2.17 / 2.18.
 *
 * - user.max_user_namespaces=0 (upstream since Linux 4.9): clone/unshare fail with ENOSPC, which Go prints
 *   as `fork/exec /bin/true: no space left on device` (reproduced: e2e/scenarios/userns-max-zero).
 * - kernel.unprivileged_userns_clone=0 (a Debian/Ubuntu kernel patch only; absent upstream): EPERM for
 *   unprivileged callers, `fork/exec ...: operation not permitted`. Go's own tests skip on it
 *   (golang/go src/syscall/exec_linux_test.go, skipUnprivilegedUserClone). Root is not affected.
 * The EPERM text has other causes (seccomp-blocked, apparmor-userns, userns-test-assumption), so with
 * facts it fires only when the knob reads 0 for a non-root user (medium).
 *
 * From the log alone (facts null, or none of those facts known), an EPERM from a test that is about user
 * namespaces (its name or output says userns / user namespace / CLONE_NEWUSER) is reported at LOW
 * confidence: of the causes of that EPERM, the kernel knob (Debian, Arch and older Ubuntu kernels) is the
 * one a runner most often has, but the log cannot tell it from the others, so the remedy says how to check
 * (madlambda/nash#252: Arch Linux, `sysctl -w kernel.unprivileged_userns_clone=1` fixed it). Any fact
 * that rules the knob out or points at another rule (root, the knob absent or 1, AppArmor's restriction
 * on, a seccomp filter, a user-namespace probe that succeeded) silences this path.
 */
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Failure } from '../../gotest/model.js'
import type { Cause } from '../../report/model.js'
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
import { restrictUserns } from './apparmor-userns.js'

/** ENOSPC from clone(CLONE_NEWUSER) / unshare(2): a namespace count limit, not a full disk. */
export const USERNS_ENOSPC = [
  /fork\/exec \S+: no space left on device/i,
  /unshare(?: failed)?: no space left on device/i
]
/** A test about user namespaces: its name, or the output naming the feature. */
export const USERNS_CONTEXT = /user_?ns|user[ _-]?namespace|CLONE_NEWUSER|unshare/i

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

/**
 * The EPERM of a user-namespace test when neither the knob nor the user is known: low, and only when no
 * other fact points elsewhere (see the header).
 */
function fromLogAlone(
  failure: Failure,
  facts: Facts | null,
  lines: readonly string[],
  eperm: string[]
): Cause | null {
  const context =
    (failure.test !== null && USERNS_CONTEXT.test(failure.test)) ||
    matchLines(lines, USERNS_CONTEXT, 1).length > 0
  if (!context) return null
  if (facts) {
    if (restrictUserns(facts)?.value === 1) return null
    if (valueOf(facts.security?.seccomp)?.mode === 'filter') return null
    if (valueOf(facts.security?.userns)?.canCreate === true) return null
  }
  return cause(
    'userns-disabled',
    'low',
    [
      ...eperm,
      failure.test !== null && USERNS_CONTEXT.test(failure.test)
        ? `${failure.test} creates a user namespace`
        : '',
      'kernel.unprivileged_userns_clone and the user the tests ran as are unknown'
    ],
    remedyFor(facts, {
      ...sysctlParts('kernel.unprivileged_userns_clone', 1),
      always:
        'Check first: `cat /proc/sys/kernel/unprivileged_userns_clone` (0 = disabled; absent on upstream kernels) and ' +
        '`unshare -Ur true`. If the knob is 1 or absent, look at AppArmor (`kernel.apparmor_restrict_unprivileged_userns`), ' +
        "a container's seccomp profile, or the test's own UID/GID mappings instead. Tests should skip when an unprivileged " +
        'user namespace cannot be created.'
    })
  )
}

const rule: Rule = defineRule({
  id: 'userns-disabled',
  title: 'User namespaces disabled by a kernel knob',
  environmental: true,
  severity: 'warning',
  triggers: [...USERNS_ENOSPC, ...USERNS_EPERM],

  diagnose(failure, { facts, lines }) {
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
    if (clone === null && isRoot(facts) === null) return fromLogAlone(failure, facts, lines, eperm)
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
