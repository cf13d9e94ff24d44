/**
 * deadlock-timeout (look-alike): `panic: test timed out` (or cmd/go's `*** Test killed ...: ran too
 * long`) whose goroutine dump shows goroutines blocked for minutes on channels, locks or selects
 * (`goroutine 7 [chan receive, 9 minutes]:`): the test hung, the machine did not. Failure catalog 2.28
 * and section 5. Reproduced with a lock-order deadlock and -timeout=65s
 * (e2e/scenarios/deadlock-timeout-control).
 *
 * It speaks only when the dump shows the hang. A bare timeout (no dump, or no minute-long waits) is
 * most often a suite that outgrew `-timeout` (the default is 10m per test binary) or a project
 * `-timeout` set too short: fluxcd/flux#2672 (`-timeout 60s` taken for a per-test budget) and
 * ovumcy/ovumcy-web#493 (a package needing ~605 s) in the accuracy corpus. Calling those a deadlock
 * would send the reader hunting for a bug that is not there, so nothing is reported.
 *
 * Go's own `fatal error: all goroutines are asleep - deadlock!` is not this rule's: the runtime has
 * already named the cause, no environmental rule shares the text, so a look-alike adds nothing
 * (thejerf/suture#66 in the corpus expects no cause).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, matchLines } from '../helpers.js'
import { LONG_WAIT, TIMEOUT, throttling, timeoutSeconds } from './cpu-throttling-timeout.js'

const rule: Rule = defineRule({
  id: 'deadlock-timeout',
  title: 'Test hung (deadlock or missing timeout), not the machine',
  environmental: false,
  severity: 'notice',
  triggers: TIMEOUT,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT)
    if (matched.length === 0) return null
    const waits = matchLines(lines, LONG_WAIT, 2)
    // No minute-long wait in the dump: nothing shows a hang (see the header).
    if (waits.length === 0) return null
    const t = throttling(facts, timeoutSeconds(lines))
    // Inverse of cpu-throttling-timeout: no throttling supports a hang; throttling contradicts it.
    let support: Support =
      t.support === 'contradicts' ? 'corroborates' : t.support === 'unknown' ? 'unknown' : 'contradicts'
    // Minute-long waits are the hang's own signature: only conclusive throttling outweighs them.
    if (support === 'contradicts' && t.support !== 'conclusive') support = 'unknown'
    const confidence = confidenceFor('specific', support)
    if (confidence === null) return null
    return cause('deadlock-timeout', confidence, [...matched, ...waits, ...t.evidence], remedy)
  }
})

const remedy =
  'Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a ' +
  'goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with ' +
  'deadlines to calls that can block.'

export default rule
