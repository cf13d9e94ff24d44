/**
 * apparmor-userns: Ubuntu 23.10+ (default on 24.04, and on GitHub's ubuntu-24.04 image) sets
 * kernel.apparmor_restrict_unprivileged_userns=1. Creating a user namespace still succeeds, but an
 * unconfined process that does so is moved into the `unprivileged_userns` profile, which denies every
 * capability inside it: writing uid_map/setgroups, setgid/setuid, mount and network setup then fail with
 * EPERM/EACCES. Failure catalog 2.19 (apparmor commit text; runner-images#10443).
 *
 * Every error text here has other causes (a test mapping IDs it does not own gets the same EPERM), so the
 * rule needs the knob to read 1 for a non-root user: medium at best, never from the log alone.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { cause, finding, isRoot, matchLines, remedyFor, sysctlNumber } from '../helpers.js'

export const APPARMOR_USERNS = [
  /write \/proc\/(?:self|\d+)\/(?:uid_map|gid_map|setgroups)\b.*: (?:operation not permitted|permission denied)/i,
  /unshare: write failed \/proc\/self\/(?:uid_map|gid_map|setgroups)/i,
  /setting up (?:uid|gid) map: permission denied/i,
  /Error during unshare\(.*\): Operation not permitted/i,
  /fork\/exec \S+: (?:operation not permitted|permission denied)/i
]

/** The knob's value from the AppArmor fact or the sysctl; null when unknown. */
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

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    githubHosted:
      'add a step before the tests: `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (ubuntu-24.04 images turn the restriction on; ubuntu-22.04 does not).',
    selfHosted:
      'preferably give the binary that needs user namespaces its own AppArmor profile with `userns,` (as runner-images does for podman); or, host-wide and weakening security, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` persisted in /etc/sysctl.d/.',
    container:
      "the restriction is the host kernel's: change it on the host (`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`) or run the container with an AppArmor profile that allows `userns`.",
    always: 'Tests that need user namespaces should skip when `unshare -Ur true` fails.'
  })

const rule: Rule = defineRule({
  id: 'apparmor-userns',
  title: 'AppArmor restricts unprivileged user namespaces',
  environmental: true,
  severity: 'notice',
  triggers: APPARMOR_USERNS,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, APPARMOR_USERNS)
    if (matched.length === 0) return null
    const knob = restrictUserns(facts)
    // Unknown or 0: not this cause. Root (CAP_SYS_ADMIN in the initial namespace) is not mediated.
    if (knob?.value !== 1 || isRoot(facts) !== false) return null
    return cause(
      'apparmor-userns',
      'medium',
      [...matched, knob.evidence, 'the tests run as a non-root user'],
      remedy(facts)
    )
  },

  preflight(facts) {
    const knob = restrictUserns(facts)
    if (knob?.value !== 1 || isRoot(facts) !== false) return []
    return [
      finding(rule, {
        message:
          'AppArmor mediates unprivileged user namespaces here: they can be created, but nothing privileged works inside them (uid_map, setgroups, mount). Tests and tools that rely on rootless namespaces (rootless containers, bwrap, CLONE_NEWUSER with credentials) fail with "operation not permitted".',
        evidence: [knob.evidence, 'the job runs as a non-root user'],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
