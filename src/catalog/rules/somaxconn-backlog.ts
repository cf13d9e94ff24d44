/**
 * somaxconn-backlog: a burst of connections to a local listener overflows its accept queue (Go uses
 * net.core.somaxconn as the backlog): TCP dials time out, Unix-socket dials fail with EAGAIN. Doc:
 * docs/rules/somaxconn-backlog.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import { combineSupport, confidenceFor, type Support } from '../confidence.js'
import { counterDelta, sysctlNumber } from '../fact-readers.js'

/** Below this the backlog is suspicious (failure catalog 2.12; the default is 4096 since Linux 5.4, 128 before). */
export const LOW = 128
const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost):\d+$/

const isUnixEagain = (e: Evidence): boolean =>
  e.kind === 'errno' && e.errno === 'EAGAIN' && e.netOp === 'dial' && /^unix/.test(e.network ?? '')
const isLoopbackTimeout = (e: Evidence): boolean =>
  e.kind === 'errno' &&
  e.errno === 'ETIMEDOUT' &&
  e.netOp === 'dial' &&
  /^tcp/.test(e.network ?? '') &&
  LOOPBACK.test(e.address ?? '')

const rule: Rule = defineRule({
  id: 'somaxconn-backlog',
  title: 'Listen backlog (net.core.somaxconn) too small',
  environmental: true,
  severity: 'warning',
  claims: e => isUnixEagain(e) || isLoopbackTimeout(e),
  fixes: [{ kind: 'sysctl', key: 'net.core.somaxconn', value: '4096', better: 'higher' }],
  advice: {
    always:
      'Also check that the test server keeps calling Accept: a handler that stops accepting fills the queue at any backlog.'
  },

  diagnose(m) {
    const unix = m.evidence.filter(isUnixEagain)
    const som = sysctlNumber(m.facts, 'net.core.somaxconn')
    const overflows = counterDelta(m.facts, 'listenOverflows')
    const fromSysctl: Support = som === null ? 'unknown' : som.value < LOW ? 'corroborates' : 'contradicts'
    const fromCounter: Support =
      overflows === null ? 'unknown' : overflows.value > 0 ? 'conclusive' : 'unknown'
    const support = combineSupport(fromSysctl, fromCounter)
    // EAGAIN on a Unix-socket connect only comes from a full backlog; a loopback timeout does not, so
    // without a fact behind it the TCP text alone is not worth a cause.
    if (unix.length === 0 && support === 'unknown') return null
    // From the log alone low: a server that stops calling Accept fills any backlog.
    const confidence =
      support === 'unknown' ? 'low' : confidenceFor(unix.length > 0 ? 'specific' : 'generic', support)
    return confidence ? m.cause(confidence, [som?.evidence, overflows?.evidence]) : null
  },

  preflight(facts, p) {
    const som = sysctlNumber(facts, 'net.core.somaxconn')
    if (!som || som.value >= LOW) return []
    return [
      p.finding({
        message: `net.core.somaxconn is ${som.value}: Go listeners get that backlog, and a burst of connections beyond it times out ("i/o timeout") instead of being accepted.`,
        evidence: [som.evidence]
      })
    ]
  }
})

export default rule
