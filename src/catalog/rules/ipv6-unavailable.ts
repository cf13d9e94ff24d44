/**
 * ipv6-unavailable: the test listens on or dials the IPv6 loopback, and the runner has none. Failure
 * catalog 2.25 / 2.26, reproduced in e2e/scenarios/ipv6-off (netns with disable_ipv6=1):
 * `listen tcp6 [::1]:0: bind: cannot assign requested address`. With the IPv6 stack absent (ipv6.disable=1)
 * the socket itself fails: `socket: address family not supported by protocol`.
 * `localhost:0` and httptest still work (they use 127.0.0.1), so only explicit IPv6 use fails.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, matchLines, remedyFor, sysctlNumber } from '../helpers.js'

export const IPV6_EADDRNOTAVAIL =
  /(?:listen|dial) (?:tcp6?|udp6?) \[::1?\]:\d+: (?:bind|connect): cannot assign requested address/i
/**
 * EAFNOSUPPORT from socket(AF_INET6): an IPv6 network (`tcp6`, `udp6`, `ip6:...`) with any address,
 * including none (`listen tcp6 :0`, decred/dcrdex#1191), or any network with a bracketed IPv6 literal.
 */
export const AF_INET6_MISSING =
  /(?:listen|dial) (?:(?:tcp6|udp6|ip6(?::\w+)?) \S*|(?:tcp|udp|ip(?::\w+)?) \[[0-9a-f:.%\w]*\]:\d+): socket: address family not supported by protocol/i

function ipv6Support(facts: Facts | null): { support: Support; evidence: string[] } {
  const lo = facts ? valueOf(facts.network?.ipv6Loopback) : undefined
  const evidence: string[] = []
  for (const k of ['net.ipv6.conf.lo.disable_ipv6', 'net.ipv6.conf.all.disable_ipv6'] as const) {
    const v = sysctlNumber(facts, k)
    if (v?.value === 1) evidence.push(v.evidence)
  }
  if (lo) {
    evidence.unshift(
      `IPv6 loopback (::1 on lo): ${lo.present ? 'present' : 'missing'}${lo.detail ? ` (${lo.detail})` : ''}`
    )
    return { support: lo.present ? 'contradicts' : 'corroborates', evidence }
  }
  return { support: evidence.length > 0 ? 'corroborates' : 'unknown', evidence }
}

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    githubHosted:
      'enable it before the tests: `sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0`.',
    selfHosted:
      '`sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0` (persist in /etc/sysctl.d/); if `/proc/net/if_inet6` is missing, the kernel was booted with `ipv6.disable=1`: remove it from the kernel command line.',
    container:
      "these sysctls are per network namespace: add `--sysctl net.ipv6.conf.all.disable_ipv6=0 --sysctl net.ipv6.conf.lo.disable_ipv6=0` to the job's `container.options` (or `docker run`).",
    always: 'Or make IPv6 tests skip when `net.Listen("tcp6", "[::1]:0")` fails.'
  })

const rule: Rule = defineRule({
  id: 'ipv6-unavailable',
  title: 'IPv6 loopback unavailable',
  environmental: true,
  severity: 'notice',
  triggers: [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING])
    if (matched.length === 0) return null
    const s = ipv6Support(facts)
    // ::1 present: the address exists, so the failure is something else (a race on the port, a sandbox).
    if (s.support === 'contradicts') return null
    const confidence = confidenceFor('specific', s.support)
    if (!confidence) return null
    return cause('ipv6-unavailable', confidence, [...matched, ...s.evidence], remedy(facts))
  },

  preflight(facts) {
    const lo = valueOf(facts.network?.ipv6Loopback)
    if (!lo || lo.present) return []
    const s = ipv6Support(facts)
    return [
      finding(rule, {
        message:
          'The loopback interface has no IPv6 address (::1): tests that listen on or dial "[::1]" or "tcp6" fail with "cannot assign requested address".',
        evidence: s.evidence,
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
