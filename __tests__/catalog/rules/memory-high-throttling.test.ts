import rule from '../../../src/catalog/rules/memory-high-throttling.js'
import deadlock from '../../../src/catalog/rules/deadlock-timeout.js'
import { counters, cpuCg, makeFacts, memoryCg, runRuleCases, withCounters } from '../harness.js'

// __tests__/fixtures/real/memory-high-v2: captured on a real cgroup v2 kernel (e2e/vm-cgroup2, Debian 6.1
// under QEMU): 256 MiB touched under memory.high 80M, memory.max unlimited, no swap, -timeout=15s; the
// cgroup's memory.events before and after the run are in CAPTURED.md (high 0 -> 867, oom_kill 0 -> 0).
const HIGH_AFTER = 867

const overHigh = makeFacts(
  memoryCg({ max: null, high: 83886080, dir: '/sys/fs/cgroup/vmcg2-high' }),
  cpuCg({ quotaUs: null }),
  counters(
    { memoryHigh: 0, memoryOomKill: 0, cpuNrThrottled: 0, cpuThrottledUsec: 0 },
    { memoryHigh: 2304, memoryOomKill: 0, cpuNrThrottled: 0, cpuThrottledUsec: 0 }
  )
)
const TIMEOUT =
  'panic: test timed out after 15s\n\trunning tests:\n\t\tTestBuildIndexOverHigh (15s)\n\ngoroutine 33 [running]:\n'

runRuleCases(rule, {
  fires: [
    {
      name: 'the real memory.high timeout with the counters of its run',
      fixture: 'memory-high-v2',
      facts: captured =>
        withCounters(
          captured ?? overHigh,
          { memoryHigh: 0, memoryOomKill: 0, cpuNrThrottled: 0, cpuThrottledUsec: 0 },
          { memoryHigh: HIGH_AFTER, memoryOomKill: 0, cpuNrThrottled: 0, cpuThrottledUsec: 0 }
        ),
      confidence: 'high',
      evidence: [
        'panic: test timed out after 15s',
        `memory.events high (throttled over memory.high): 0 before the tests, ${HIGH_AFTER} after`
      ],
      outranks: [deadlock]
    },
    {
      name: 'a timeout with memory.events high rising (no CPU quota: nothing else slowed it)',
      output: TIMEOUT,
      kind: 'timeout',
      facts: overHigh,
      confidence: 'high',
      evidence: [/went over its memory.high 2304 times/, 'memory.high 80 MiB'],
      remedy: ['GOMEMLIMIT', 'MemoryHigh=']
    },
    {
      name: "a test's own timing assertion while throttled at memory.high: medium",
      output: '    index_test.go:40: indexing took 41.2s, want under 5s\n--- FAIL: TestIndex (41.20s)\n',
      facts: overHigh,
      confidence: 'medium'
    }
  ],
  silent: [
    {
      name: 'memory.events high unchanged during the run',
      output: TIMEOUT,
      kind: 'timeout',
      facts: makeFacts(memoryCg({ high: 83886080 }), counters({ memoryHigh: 5 }, { memoryHigh: 5 }))
    },
    {
      name: 'no counters (log alone)',
      output: TIMEOUT,
      kind: 'timeout',
      facts: null
    },
    {
      name: 'an OOM kill in the same run: oom-kill speaks',
      output: TIMEOUT,
      kind: 'timeout',
      facts: makeFacts(counters({ memoryHigh: 0, memoryOomKill: 0 }, { memoryHigh: 40, memoryOomKill: 1 }))
    },
    {
      name: 'an assertion failure, not a timeout',
      output: '    x_test.go:9: got 1, want 2\n--- FAIL: TestX (0.00s)\n',
      facts: overHigh
    }
  ]
})
