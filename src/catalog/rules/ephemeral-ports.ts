/**
 * ephemeral-ports: a client connection to an IPv4 address fails with EADDRNOTAVAIL because no local port
 * is free: `dial tcp 127.0.0.1:40001: connect: cannot assign requested address` (reproduced in
 * e2e/scenarios/ephemeral-ports-narrow, a netns with ip_local_port_range "40000 40001"). Failure catalog
 * 2.27. An IPv6 literal with the same text is ipv6-unavailable.
 *
 * With the default range (32768-60999, about 28k ports) exhaustion comes from the tests' own connection
 * churn (TIME_WAIT lasts 60 s), so a wide range contradicts the environmental reading.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, matchLines, remedyFor, sysctlParts } from '../helpers.js'

export const IPV4_EADDRNOTAVAIL =
  /dial tcp (?:\d{1,3}\.){3}\d{1,3}:\d+: connect: cannot assign requested address/i
/** Below this many ports a parallel test suite can run out (failure catalog 2.27; the default is 28232). */
export const NARROW = 4096
/** At or above this, exhaustion is the tests' churn rather than the setting. */
export const WIDE = 16384

const RANGE = '1024 65535'

function portRange(facts: Facts | null): { width: number; evidence: string } | null {
  const r = facts ? valueOf(facts.network?.portRange) : undefined
  if (!r) return null
  return { width: r.width, evidence: `net.ipv4.ip_local_port_range = ${r.low} ${r.high} (${r.width} ports)` }
}

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    ...sysctlParts('net.ipv4.ip_local_port_range', `"${RANGE}"`),
    always:
      'In the tests, reuse connections (one http.Client/Transport, read bodies to EOF and close them) instead of dialing per request: closed client sockets hold their port in TIME_WAIT for 60 s.'
  })

const rule: Rule = defineRule({
  id: 'ephemeral-ports',
  title: 'Ephemeral port range exhausted',
  environmental: true,
  severity: 'warning',
  triggers: [IPV4_EADDRNOTAVAIL],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, IPV4_EADDRNOTAVAIL)
    if (matched.length === 0) return null
    const r = portRange(facts)
    const support: Support =
      r === null ? 'unknown' : r.width < NARROW ? 'corroborates' : r.width >= WIDE ? 'contradicts' : 'unknown'
    const confidence = confidenceFor('specific', support)
    if (!confidence) return null
    return cause('ephemeral-ports', confidence, [...matched, r?.evidence ?? ''], remedy(facts))
  },

  preflight(facts) {
    const r = portRange(facts)
    if (!r || r.width >= NARROW) return []
    return [
      finding(rule, {
        message: `Only ${r.width} local ports are available for outgoing connections; tests that open many connections fail with "connect: cannot assign requested address".`,
        evidence: [r.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
