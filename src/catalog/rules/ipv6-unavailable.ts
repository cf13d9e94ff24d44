/**
 * ipv6-unavailable: an IPv6 listen or dial fails because the loopback has no ::1 (EADDRNOTAVAIL) or the
 * kernel has no IPv6 stack (EAFNOSUPPORT from socket(AF_INET6)). Doc: docs/rules/ipv6-unavailable.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { sysctlNumber } from '../fact-readers.js'

/** The network or the address says IPv6: `tcp6`, `udp6`, `ip6:...`, or `[::1]:0`. */
export const isV6 = (e: Evidence): boolean => e.family === 6 || /6(?::|$)/.test(e.network ?? '')

export const isIpv6Unavailable = (e: Evidence): boolean =>
  e.kind === 'errno' &&
  e.netOp !== undefined &&
  e.host === undefined && // a DNS query to [::1]:53 is name resolution's failure, not the tests' own socket
  isV6(e) &&
  (e.errno === 'EAFNOSUPPORT' || e.errno === 'EADDRNOTAVAIL')

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

const rule: Rule = defineRule({
  id: 'ipv6-unavailable',
  title: 'IPv6 loopback unavailable',
  environmental: true,
  severity: 'notice',
  claims: isIpv6Unavailable,
  fixes: [
    {
      kind: 'sysctl',
      key: 'net.ipv6.conf.lo.disable_ipv6',
      value: '0',
      better: 'lower',
      causeOnly: true,
      warning: 'enables IPv6 on the loopback interface of this network namespace'
    }
  ],
  advice: {
    selfHosted:
      'Also `net.ipv6.conf.all.disable_ipv6=0`; if `/proc/net/if_inet6` is missing, the kernel was booted with `ipv6.disable=1`: remove it from the kernel command line.',
    always: 'Or make IPv6 tests skip when `net.Listen("tcp6", "[::1]:0")` fails.'
  },

  diagnose(m) {
    const s = ipv6Support(m.facts)
    if (s.support === 'contradicts') return null
    // Every machine with IPv6 has the loopback and the wildcard; another address (link-local on eth0,
    // a global one) missing may be the network's setup or the test's choice: from the log alone, low.
    const local = m.evidence.some(
      e =>
        e.errno === 'EAFNOSUPPORT' ||
        e.address === undefined ||
        /^\[(?:::1?|0:0:0:0:0:0:0:[01])(?:%\w+)?\]:\d+$|^:\d+$/.test(e.address)
    )
    // A connect that cannot get a local address is also what an exhausted ephemeral port range gives
    // (the net package's own tests, matrix std-net-ports-narrow: `dial tcp [::1]:40001: connect: cannot
    // assign requested address` beside the same error for 127.0.0.1). A bind to ::1 is IPv6's alone.
    const connectOnly = m.evidence.every(
      e => e.errno === 'EADDRNOTAVAIL' && (e.syscall === 'connect' || e.syscall === 'connectex')
    )
    if (s.support === 'unknown' && connectOnly)
      return m.cause('low', s.evidence, {
        runnerUp: {
          rule: 'ephemeral-ports',
          check:
            '`cat /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv6/conf/lo/disable_ipv6` on the runner'
        }
      })
    const confidence = s.support === 'unknown' && !local ? 'low' : confidenceFor('specific', s.support)
    return confidence ? m.cause(confidence, s.evidence) : null
  },

  preflight(facts, p) {
    const lo = valueOf(facts.network?.ipv6Loopback)
    if (!lo || lo.present) return []
    return [
      p.finding({
        message:
          'The loopback interface has no IPv6 address (::1): tests that listen on or dial "[::1]" or "tcp6" fail with "cannot assign requested address".',
        evidence: ipv6Support(facts).evidence
      })
    ]
  }
})

export default rule
