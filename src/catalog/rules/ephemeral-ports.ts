/**
 * ephemeral-ports: no local port is free for a new socket: a client connect fails with EADDRNOTAVAIL
 * (Windows: WSAENOBUFS), or a bind to port 0, which asks the kernel for any free port, fails with
 * EADDRINUSE. Doc: docs/rules/ephemeral-ports.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { isV6 } from './ipv6-unavailable.js'

/** Below this many ports a parallel test suite can run out (failure catalog 2.27; the default is 28232). */
export const NARROW = 4096
/** At or above this, exhaustion is the tests' churn rather than the setting. */
export const WIDE = 16384

export const isPortZeroInUse = (e: Evidence): boolean =>
  e.kind === 'errno' &&
  e.errno === 'EADDRINUSE' &&
  e.port === 0 &&
  (e.netOp === 'listen' || e.syscall === 'bind')

export const isEphemeral = (e: Evidence): boolean =>
  e.kind === 'errno' &&
  e.host === undefined && // a DNS query's socket: dns-hosts'
  ((e.errno === 'EADDRNOTAVAIL' && e.netOp === 'dial' && !isV6(e) && e.family !== null) ||
    (e.errno === 'ENOBUFS' && (e.netOp === 'dial' || e.syscall === 'connect' || e.syscall === 'connectex')) ||
    // A client's dial that cannot get a local port (Windows binds before it connects: `dial tcp ...:
    // bind: Only one usage of each socket address`).
    (e.errno === 'EADDRINUSE' && e.netOp === 'dial') ||
    isPortZeroInUse(e))

function portRange(facts: Facts | null): { width: number; evidence: string } | null {
  const r = facts ? valueOf(facts.network?.portRange) : undefined
  if (!r) return null
  return { width: r.width, evidence: `net.ipv4.ip_local_port_range = ${r.low} ${r.high} (${r.width} ports)` }
}

const rule: Rule = defineRule({
  id: 'ephemeral-ports',
  title: 'Ephemeral port range exhausted',
  environmental: true,
  severity: 'warning',
  claims: isEphemeral,
  fixes: [
    {
      kind: 'sysctl',
      key: 'net.ipv4.ip_local_port_range',
      value: '1024 65535',
      better: 'wider',
      warning:
        'ports from 1024 up can now be handed out as ephemeral ports: a service started later on a fixed port in that range may find it taken (reserve it with net.ipv4.ip_local_reserved_ports)'
    }
  ],
  advice: {
    always:
      'In the tests, reuse connections (one http.Client/Transport, read bodies to EOF and close them) instead of dialing per request: closed client sockets hold their port in TIME_WAIT for 60 s.'
  },

  diagnose(m) {
    const r = portRange(m.facts)
    const support: Support =
      r === null ? 'unknown' : r.width < NARROW ? 'corroborates' : r.width >= WIDE ? 'contradicts' : 'unknown'
    // From the log alone the range is unknown, and churn (a client per request) exhausts a wide one too.
    const confidence = support === 'unknown' ? 'low' : confidenceFor('specific', support)
    if (!confidence) return null
    const zero = m.evidence.some(isPortZeroInUse)
    return m.cause(confidence, [
      r?.evidence,
      zero && 'a bind to port 0 asks for any free port: "address already in use" there means none was left'
    ])
  },

  preflight(facts, p) {
    const r = portRange(facts)
    if (!r || r.width >= NARROW) return []
    return [
      p.finding({
        message: `Only ${r.width} local ports are available for outgoing connections; tests that open many connections fail with "connect: cannot assign requested address".`,
        evidence: [r.evidence]
      })
    ]
  }
})

export default rule
