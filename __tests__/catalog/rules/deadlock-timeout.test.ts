import rule from '../../../src/catalog/rules/deadlock-timeout.js'
import throttle from '../../../src/catalog/rules/cpu-throttling-timeout.js'
import { counters, cpuCg, makeFacts, runRuleCases } from '../harness.js'

// This VM's own cgroup has no CPU quota (cpu.cfs_quota_us = -1) and the deadlock run throttles nothing.
const unconfined = makeFacts(cpuCg({ quotaUs: null }), counters({ cpuNrThrottled: 0 }, { cpuNrThrottled: 0 }))

runRuleCases(rule, {
  fires: [
    {
      name: 'real deadlock hitting -timeout=65s, 1-minute waits in the dump, no quota, no throttling',
      fixture: 'deadlock-timeout-control',
      facts: unconfined,
      confidence: 'high',
      evidence: ['panic: test timed out after 1m5s', '[chan receive, 1 minutes]'],
      outranks: [throttle]
    },
    {
      name: 'minute-long waits without facts: medium',
      fixture: 'deadlock-timeout-control',
      facts: null,
      confidence: 'medium'
    },
    {
      name: 'a bare timeout without facts: low',
      output: 'panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestX (10m0s)\n',
      kind: 'timeout',
      confidence: 'low'
    },
    {
      name: 'dump with minute-long waits and no throttling: high',
      output: 'panic: test timed out after 10m0s\n\ngoroutine 7 [chan receive, 9 minutes]:\nmain.worker()\n',
      kind: 'timeout',
      facts: unconfined,
      confidence: 'high',
      evidence: ['9 minutes']
    },
    {
      name: "Go's own deadlock detector",
      output: 'fatal error: all goroutines are asleep - deadlock!\n',
      kind: 'panic',
      confidence: 'high'
    }
  ],
  silent: [
    {
      name: 'the throttled timeout is cpu-throttling-timeout',
      fixture: 'cpu-throttling-timeout',
      facts: makeFacts(
        cpuCg({ quotaUs: 5000 }),
        counters(
          { cpuNrThrottled: 0, cpuThrottledUsec: 0 },
          { cpuNrThrottled: 115, cpuThrottledUsec: 17139099 }
        )
      )
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: unconfined }
  ]
})
