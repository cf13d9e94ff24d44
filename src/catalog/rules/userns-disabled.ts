/**
 * userns-disabled: creating a user namespace fails because a kernel knob forbids it:
 * user.max_user_namespaces=0 (ENOSPC, `fork/exec /bin/true: no space left on device`) or Debian's
 * kernel.unprivileged_userns_clone=0 (EPERM for unprivileged callers). Doc: docs/rules/userns-disabled.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { isRoot, sysctlNumber } from '../fact-readers.js'
import { namespaceView } from '../namespaces.js'
import { USERNS_WORDS } from '../signals.js'
import { restrictUserns, USERNS_CHECK } from './apparmor-userns.js'

const RELAX =
  'a security relaxation: unprivileged user namespaces widen the kernel attack surface; applied only because a failing test needs it, and restored after the job'

const rule: Rule = defineRule({
  id: 'userns-disabled',
  title: 'User namespaces disabled by a kernel knob',
  environmental: true,
  severity: 'warning',
  claims: e =>
    (e.kind === 'errno' && (e.errno === 'EPERM' || e.errno === 'EACCES' || e.errno === 'ENOSPC')) ||
    (e.kind === 'hint' &&
      /not enabled|max_user_namespaces|unprivileged_userns_clone|kernel prohibits/.test(e.detail ?? '')),
  fixes: [
    {
      kind: 'sysctl',
      key: 'user.max_user_namespaces',
      value: '15000',
      better: 'higher',
      causeOnly: true,
      warning: RELAX,
      when: /max_user_namespaces|no space left|ENOSPC/i
    },
    {
      kind: 'sysctl',
      key: 'kernel.unprivileged_userns_clone',
      value: '1',
      better: 'higher',
      causeOnly: true,
      warning: RELAX,
      when: /unprivileged_userns_clone|not permitted|EPERM/i
    }
  ],
  advice: {
    container:
      "These knobs are the host kernel's (user.max_user_namespaces needs CAP_SYS_RESOURCE): a container cannot change them.",
    always:
      "Check first: `cat /proc/sys/kernel/unprivileged_userns_clone` (0 = disabled; absent on upstream kernels) and `unshare -Ur true`. Or make the tests skip when an unprivileged user namespace cannot be created (as Go's own syscall tests do)."
  },

  diagnose(m) {
    const v = namespaceView(m.failure, m.all, m.lines)
    if (v.enospc.length > 0) {
      const max = sysctlNumber(m.facts, 'user.max_user_namespaces')
      const support: Support = max === null ? 'unknown' : max.value === 0 ? 'corroborates' : 'contradicts'
      const confidence = confidenceFor('specific', support)
      if (!confidence || support === 'contradicts') return null
      return m.cause(
        confidence,
        [max?.evidence, 'ENOSPC from creating a namespace is the namespace count limit, not a full disk'],
        {
          lines: v.enospc.map(e => e.text),
          fixes: rule.fixes.filter(f => f.kind === 'sysctl' && f.key === 'user.max_user_namespaces')
        }
      )
    }
    const named = m.evidence.filter(e => e.kind === 'hint')
    if (v.create.length === 0) {
      // The program says so itself (podman, rootlesskit: `user namespaces are not enabled in
      // /proc/sys/user/max_user_namespaces`).
      if (named.length === 0) return null
      const max = sysctlNumber(m.facts, 'user.max_user_namespaces')
      if (max && max.value > 0 && !/unprivileged_userns_clone/.test(named[0]!.detail ?? '')) return null
      return m.cause('medium', [max?.evidence], { lines: named.map(e => e.text) })
    }
    const shown = {
      lines: v.create.map(e => e.text).slice(0, 4),
      fixes: rule.fixes.filter(f => f.kind === 'sysctl' && f.key === 'kernel.unprivileged_userns_clone')
    }
    const clone = sysctlNumber(m.facts, 'kernel.unprivileged_userns_clone')
    const root = isRoot(m.facts)
    if (clone || root !== null) {
      // The knob binds unprivileged callers only: root unknown is still the knob's likeliest victim.
      if (clone?.value !== 0 || root === true) return null
      return m.cause(
        'medium',
        [clone.evidence, root === false ? 'the tests run as a non-root user' : null],
        shown
      )
    }
    // Facts that point elsewhere silence the log-only path.
    if (
      m.facts &&
      (restrictUserns(m.facts)?.value === 1 ||
        valueOf(m.facts.security?.seccomp)?.mode === 'filter' ||
        valueOf(m.facts.security?.userns)?.canCreate === true)
    )
      return null
    if (!v.about) return null
    if (v.knob || v.unconfined)
      return m.cause(
        // Still low: a test that asks for what no unprivileged process may do fails the same way.
        'low',
        [
          v.knob
            ? 'the log names the kernel knob that forbids user namespaces'
            : 'seccomp was off (unconfined or privileged), so a kernel knob refused the clone'
        ],
        shown
      )
    // A container's seccomp filter and Ubuntu's AppArmor refuse the same call: those rules speak.
    if ((v.container && !v.unconfined) || v.apparmor || v.after.length > 0) return null
    // EACCES is AppArmor's answer; the knob's is EPERM.
    if (v.create.every(e => e.errno === 'EACCES')) return null
    return m.cause(
      'low',
      [
        m.failure.test !== null && USERNS_WORDS.test(m.failure.test)
          ? `${m.failure.test} creates a user namespace`
          : null,
        'creating the user namespace itself was refused; the knob, and the user the tests ran as, are unknown'
      ],
      {
        ...shown,
        runnerUp: { rule: 'apparmor-userns', check: USERNS_CHECK }
      }
    )
  },

  preflight(facts, p) {
    const out = []
    const max = sysctlNumber(facts, 'user.max_user_namespaces')
    if (max?.value === 0)
      out.push(
        p.finding({
          message:
            'user.max_user_namespaces is 0: creating a user namespace fails with "no space left on device" (ENOSPC), even for root. Tests that use CLONE_NEWUSER, rootless containers or sandboxes will fail.',
          evidence: [max.evidence],
          fixes: rule.fixes.filter(f => f.kind === 'sysctl' && f.key === 'user.max_user_namespaces')
        })
      )
    const clone = sysctlNumber(facts, 'kernel.unprivileged_userns_clone')
    if (clone?.value === 0 && isRoot(facts) === false)
      out.push(
        p.finding({
          message:
            'kernel.unprivileged_userns_clone is 0 (Debian/Ubuntu kernel patch): an unprivileged user cannot create a user namespace ("operation not permitted").',
          evidence: [clone.evidence, 'the job runs as a non-root user'],
          fixes: rule.fixes.filter(f => f.kind === 'sysctl' && f.key === 'kernel.unprivileged_userns_clone')
        })
      )
    return out
  }
})

export default rule
