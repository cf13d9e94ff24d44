import rule from '../../../src/catalog/rules/cpu-throttling-timeout.js'
import deadlock from '../../../src/catalog/rules/deadlock-timeout.js'
import { counters, cpuCg, go, inContainer, makeFacts, runRuleCases, withCounters } from '../harness.js'

// e2e/scenarios/cpu-throttling-timeout: v1 cpu.cfs_quota_us=5000 per 100000; run.sh printed
// `nr_throttled 115 throttled_time 17139099195` (ns) after the -json run (CAPTURED.md), from a fresh cgroup.
const scenarioFacts = makeFacts(
  cpuCg({ quotaUs: 5000, periodUs: 100000 }),
  counters({ cpuNrThrottled: 0, cpuThrottledUsec: 0 }, { cpuNrThrottled: 115, cpuThrottledUsec: 17139099 }),
  go('go1.26.8', '1.22')
)

runRuleCases(rule, {
  fires: [
    {
      // Verbatim from nuonco/nuon#1914: Temporal's test environment flags workflow code that did not
      // yield within one second; on a loaded runner the watchdog trips (fixed there by a longer timeout).
      name: "Temporal's one-second deadlock watchdog (TMPRL1101)",
      output: '[TMPRL1101] Potential deadlock detected\n',
      facts: null,
      confidence: 'low'
    },
    {
      // Failure catalog 2.28 / section 5: a timeout is not environmental by default; the log alone
      // cannot show throttling (the same real timeout, diagnosed without facts).
      name: 'the real throttled timeout without facts: no throttling evidence, no cause',
      fixture: 'cpu-throttling-timeout',
      facts: null,
      confidence: 'low'
    },
    {
      name: 'quota and counters unknown (facts probed, cgroup unreadable)',
      fixture: 'cpu-throttling-timeout',
      facts: makeFacts(go('go1.26.8', '1.22')),
      confidence: 'low'
    },
    {
      name: 'real timeout under a 5% quota, 17 s throttled during a 5 s timeout',
      fixture: 'cpu-throttling-timeout',
      // Counters of the captured run (CAPTURED.md: nr_throttled 123, throttled_time 19223420959 ns).
      facts: captured =>
        captured
          ? withCounters(
              captured,
              { cpuNrThrottled: 0, cpuThrottledUsec: 0 },
              { cpuNrThrottled: 123, cpuThrottledUsec: 19223420 }
            )
          : scenarioFacts,
      confidence: 'high',
      evidence: ['panic: test timed out after 5s', 'nr_throttled: 0 before the tests, 123 after'],
      outranks: [deadlock]
    },
    {
      name: 'quota known, no counters: medium; container remedy',
      fixture: 'cpu-throttling-timeout',
      facts: makeFacts(cpuCg({ quotaUs: 50000 }), inContainer()),
      confidence: 'medium',
      remedy: ['--cpus', 'GOMAXPROCS=1']
    },
    {
      name: "cmd/go's backstop kill with throttling counted",
      output: '*** Test killed with quit: ran too long (11m0s).\n',
      kind: 'timeout',
      facts: makeFacts(cpuCg({ quotaUs: 100000 }), counters({ cpuNrThrottled: 10 }, { cpuNrThrottled: 900 })),
      confidence: 'medium'
    }
  ],
  silent: [
    {
      name: 'no quota and no throttling (this machine unconfined)',
      fixture: 'cpu-throttling-timeout',
      facts: makeFacts(cpuCg({ quotaUs: null }), counters({ cpuNrThrottled: 0 }, { cpuNrThrottled: 0 }))
    },
    {
      name: 'goroutines blocked for minutes: a deadlock even with a quota',
      output:
        'panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestX (10m0s)\n\ngoroutine 7 [chan receive, 9 minutes]:\n',
      kind: 'timeout',
      facts: makeFacts(cpuCg({ quotaUs: 50000 }))
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})
