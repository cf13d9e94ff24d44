/**
 * go-thread-cap (look-alike): the Go runtime's own cap on OS threads (debug.SetMaxThreads, 10000 by
 * default) was exceeded: the code blocked too many goroutines in syscalls or cgo. No OS limit is
 * involved. Doc: docs/rules/go-thread-cap.md.
 */
import { defineRule, type Rule } from '../rule.js'

const rule: Rule = defineRule({
  id: 'go-thread-cap',
  title: "Go runtime's own thread cap exceeded",
  environmental: false,
  severity: 'notice',
  claims: e => e.kind === 'thread-cap',
  fixes: [],
  advice: {
    always:
      'Find what blocks thousands of goroutines in system calls or cgo at once (the stack dump shows them); bound the concurrency (a worker pool, a semaphore), or raise the cap deliberately with `debug.SetMaxThreads`. Raising ulimits or sysctls does not help.'
  },

  diagnose(m) {
    // The runtime's message names its own limit (checkmcount is its only source): no fact can make it an OS limit.
    return m.cause('high', [
      'the cap is debug.SetMaxThreads (default 10000), checked by the runtime, not by the kernel'
    ])
  }
})

export default rule
