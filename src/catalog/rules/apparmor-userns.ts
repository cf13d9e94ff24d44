/**
 * apparmor-userns: Ubuntu's AppArmor (23.10+, on by default in 24.04 and on GitHub's ubuntu-24.04
 * runners) lets an unprivileged process create a user namespace, then denies every capability inside
 * it: writing uid_map or setgroups, creating a network or mount namespace, mounting. Doc:
 * docs/rules/apparmor-userns.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { isRoot, sysctlNumber } from '../fact-readers.js'
import { namespaceView } from '../namespaces.js'

/** The knob's value from the sysctl or the AppArmor fact; null when unknown. */
export function restrictUserns(facts: Facts | null): { value: number; evidence: string } | null {
  const s = sysctlNumber(facts, 'kernel.apparmor_restrict_unprivileged_userns')
  if (s) return s
  const aa = facts ? valueOf(facts.security?.apparmor) : undefined
  if (aa && aa.restrictUnprivilegedUserns !== null)
    return {
      value: aa.restrictUnprivilegedUserns,
      evidence: `kernel.apparmor_restrict_unprivileged_userns = ${aa.restrictUnprivilegedUserns}`
    }
  return null
}

export const USERNS_CHECK =
  '`sysctl kernel.apparmor_restrict_unprivileged_userns kernel.unprivileged_userns_clone user.max_user_namespaces` and `unshare -Ur true` on the runner'

const rule: Rule = defineRule({
  id: 'apparmor-userns',
  title: 'AppArmor restricts unprivileged user namespaces',
  environmental: true,
  severity: 'notice',
  claims: e => e.kind === 'errno' && (e.errno === 'EPERM' || e.errno === 'EACCES'),
  fixes: [
    {
      kind: 'sysctl',
      key: 'kernel.apparmor_restrict_unprivileged_userns',
      value: '0',
      better: 'lower',
      causeOnly: true,
      warning:
        'a security relaxation: turns off AppArmor mediation of unprivileged user namespaces for the whole host; a per-binary AppArmor profile with `userns,` is the narrower fix'
    }
  ],
  advice: {
    selfHosted:
      'Preferably give the binary that needs user namespaces its own AppArmor profile with `userns,` (as runner-images does for podman).',
    container:
      "The restriction is the host kernel's: change it on the host, or run the container with an AppArmor profile that allows `userns`.",
    always: 'Tests that need user namespaces should skip when `unshare -Ur true` fails.'
  },

  diagnose(m) {
    const v = namespaceView(m.failure, m.all, m.lines)
    if (v.create.length === 0 && v.after.length === 0) return null
    const shown = { lines: [...v.after, ...v.create].map(e => e.text).slice(0, 4) }
    const knob = restrictUserns(m.facts)
    if (knob || isRoot(m.facts) !== null) {
      // Unknown or 0: not this cause. Root (CAP_SYS_ADMIN in the initial namespace) is not mediated.
      if (knob?.value !== 1 || isRoot(m.facts) !== false) return null
      return m.cause('medium', [knob.evidence, 'the tests run as a non-root user'], shown)
    }
    // From the log alone: a step after creation was refused, outside a container (whose seccomp filter refuses those too).
    if (v.container && !v.unconfined) return null
    // AppArmor denies with EACCES ("Permission denied"); the Debian knob and seccomp say EPERM.
    const denied = v.create.filter(e => e.errno === 'EACCES')
    if (v.after.length > 0 || (v.apparmor && v.create.length > 0) || denied.length > 0)
      return m.cause(
        'low',
        [
          v.after.length > 0
            ? "the namespace was created, then a privileged step inside it was refused: what AppArmor's unprivileged_userns profile does"
            : denied.length > 0 && !v.apparmor
              ? 'creating the namespace was denied with EACCES, as AppArmor denies it (the Debian knob and seccomp return EPERM)'
              : 'the log names AppArmor or Ubuntu 24.04, which restricts unprivileged user namespaces'
        ],
        { ...shown, runnerUp: { rule: 'userns-disabled', check: USERNS_CHECK } }
      )
    return null
  },

  preflight(facts, p) {
    const knob = restrictUserns(facts)
    if (knob?.value !== 1 || isRoot(facts) !== false) return []
    return [
      p.finding({
        message:
          'AppArmor mediates unprivileged user namespaces here: they can be created, but nothing privileged works inside them (uid_map, setgroups, mount). Tests and tools that rely on rootless namespaces (rootless containers, bwrap, CLONE_NEWUSER with credentials) fail with "operation not permitted".',
        evidence: [knob.evidence, 'the job runs as a non-root user']
      })
    ]
  }
})

export default rule
