/**
 * go-thread-cap (look-alike): `runtime: program exceeds N-thread limit` / `fatal error: thread
 * exhaustion` is the Go runtime's own cap (debug.SetMaxThreads, default 10000; runtime/proc.go
 * checkmcount), not an OS limit. Failure catalog 2.7. Reproduced with SetMaxThreads(40).
 */
import { defineRule, type Rule } from '../rule.js'
import { cause, confidenceFor, matchLines } from '../helpers.js'

export const THREAD_CAP = /runtime: program exceeds \d+-thread limit/
const EXHAUSTION = /^fatal error: thread exhaustion/

const rule: Rule = defineRule({
  id: 'go-thread-cap',
  title: "Go runtime's own thread cap exceeded",
  environmental: false,
  severity: 'notice',
  triggers: [THREAD_CAP],

  diagnose(_failure, { lines }) {
    const matched = matchLines(lines, [THREAD_CAP, EXHAUSTION])
    if (!matched.some(l => THREAD_CAP.test(l))) return null
    // The runtime's message names its own limit: no fact can make it an OS limit.
    return cause(
      'go-thread-cap',
      confidenceFor('specific', 'corroborates') ?? 'high',
      [
        ...matched,
        'the cap is debug.SetMaxThreads (default 10000), checked by the runtime, not by the kernel'
      ],
      'Find what blocks thousands of goroutines in system calls or cgo at once (the stack dump shows them); ' +
        'bound the concurrency (a worker pool, a semaphore), or raise the cap deliberately with `debug.SetMaxThreads`. ' +
        'Raising ulimits or sysctls does not help.'
    )
  }
})

export default rule
