/**
 * somaxconn-backlog: the listener's accept queue is full. Go passes net.core.somaxconn as the listen
 * backlog (golang/go src/net/sock_linux.go). On Linux a full TCP queue drops the SYN and the client
 * retries until its deadline, so the error is `dial tcp 127.0.0.1:N: i/o timeout`, NEVER "connection
 * refused" (failure catalog 2.12, myth d; reproduced in e2e/scenarios/somaxconn-tiny: somaxconn=2, 26 of
 * 30 dials timed out, and the control somaxconn-refused-control stays silent). For AF_UNIX a full backlog
 * gives `dial unix ...: connect: resource temporarily unavailable` at once.
 *
 * "i/o timeout" on loopback has many causes (a server that is not up, a deadlocked handler), so the TCP
 * text alone is generic; TcpExtListenOverflows growing during the run is conclusive.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  combineSupport,
  confidenceFor,
  counterDelta,
  finding,
  matchLines,
  remedyFor,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const TCP_LOOPBACK_TIMEOUT =
  /dial tcp (?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost):\d+: (?:i\/o timeout|connect: connection timed out)/i
export const UNIX_EAGAIN = /dial unix \S+: connect: resource temporarily unavailable/i
/** Below this the backlog is suspicious (failure catalog 2.12; the default is 4096 since Linux 5.4, 128 before). */
export const LOW = 128
const WANT = 4096

const remedy = (facts: Parameters<typeof remedyFor>[0]): string =>
  remedyFor(facts, {
    ...sysctlParts('net.core.somaxconn', WANT),
    always:
      'Also check that the test server keeps calling Accept: a handler that stops accepting fills the queue at any backlog.'
  })

const rule: Rule = defineRule({
  id: 'somaxconn-backlog',
  title: 'Listen backlog (net.core.somaxconn) too small',
  environmental: true,
  severity: 'warning',
  triggers: [TCP_LOOPBACK_TIMEOUT, UNIX_EAGAIN],

  diagnose(_failure, { facts, lines }) {
    const tcp = matchLines(lines, TCP_LOOPBACK_TIMEOUT)
    const unix = matchLines(lines, UNIX_EAGAIN)
    if (tcp.length === 0 && unix.length === 0) return null
    const som = sysctlNumber(facts, 'net.core.somaxconn')
    const overflows = counterDelta(facts, 'listenOverflows')
    const fromSysctl: Support = som === null ? 'unknown' : som.value < LOW ? 'corroborates' : 'contradicts'
    const fromCounter: Support =
      overflows === null ? 'unknown' : overflows.value > 0 ? 'conclusive' : 'unknown'
    const support = combineSupport(fromSysctl, fromCounter)
    // EAGAIN on a Unix-socket connect only comes from a full backlog; a loopback timeout does not, so
    // without a fact behind it the TCP text alone is not worth a cause.
    if (unix.length === 0 && support === 'unknown') return null
    const confidence = confidenceFor(unix.length > 0 ? 'specific' : 'generic', support)
    if (!confidence) return null
    return cause(
      'somaxconn-backlog',
      confidence,
      [...unix, ...tcp, som?.evidence ?? '', overflows?.evidence ?? ''],
      remedy(facts)
    )
  },

  preflight(facts) {
    const som = sysctlNumber(facts, 'net.core.somaxconn')
    if (!som || som.value >= LOW) return []
    return [
      finding(rule, {
        message: `net.core.somaxconn is ${som.value}: Go listeners get that backlog, and a burst of connections beyond it times out ("i/o timeout") instead of being accepted.`,
        evidence: [som.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
