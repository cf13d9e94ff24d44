/**
 * deadlock-timeout (look-alike): `panic: test timed out` with no CPU quota or no throttling during the
 * run, or with goroutines blocked for minutes in the dump (`[chan receive, 9 minutes]`), or Go's own
 * `all goroutines are asleep - deadlock!`. Failure catalog 2.28 and section 5. Reproduced with a
 * lock-order deadlock and -timeout=65s (e2e/scenarios/deadlock-timeout-control).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, matchLines } from '../helpers.js'
import { LONG_WAIT, TIMEOUT, throttling, timeoutSeconds } from './cpu-throttling-timeout.js'

const ALL_ASLEEP = /^fatal error: all goroutines are asleep - deadlock!$/

const rule: Rule = defineRule({
  id: 'deadlock-timeout',
  title: 'Test hung (deadlock or missing timeout), not the machine',
  environmental: false,
  severity: 'notice',
  triggers: [...TIMEOUT, ALL_ASLEEP],

  diagnose(_failure, { facts, lines }) {
    const asleep = matchLines(lines, ALL_ASLEEP)
    if (asleep.length) return cause('deadlock-timeout', 'high', asleep, remedy)
    const matched = matchLines(lines, TIMEOUT)
    if (matched.length === 0) return null
    const waits = matchLines(lines, LONG_WAIT, 2)
    const t = throttling(facts, timeoutSeconds(lines))
    // Inverse of cpu-throttling-timeout: no throttling supports a hang; throttling contradicts it.
    let support: Support =
      t.support === 'contradicts' ? 'corroborates' : t.support === 'unknown' ? 'unknown' : 'contradicts'
    // Minute-long waits are the hang's own signature: only conclusive throttling outweighs them.
    if (waits.length > 0 && support === 'contradicts' && t.support !== 'conclusive') support = 'unknown'
    const confidence = confidenceFor(waits.length > 0 ? 'specific' : 'generic', support)
    if (confidence === null || (support === 'contradicts' && waits.length === 0)) return null
    return cause('deadlock-timeout', confidence, [...matched, ...waits, ...t.evidence], remedy)
  }
})

const remedy =
  'Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a ' +
  'goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with ' +
  'deadlines to calls that can block.'

export default rule
