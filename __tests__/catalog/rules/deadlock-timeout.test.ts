import rule from '../../../src/catalog/rules/deadlock-timeout.js'
import throttle from '../../../src/catalog/rules/cpu-throttling-timeout.js'
import { counters, cpuCg, makeFacts, runRuleCases } from '../harness.js'

// This VM's own cgroup has no CPU quota (cpu.cfs_quota_us = -1) and the deadlock run throttles nothing.
const unconfined = makeFacts(cpuCg({ quotaUs: null }), counters({ cpuNrThrottled: 0 }, { cpuNrThrottled: 0 }))

runRuleCases(rule, {
  fires: [
    {
      // fluxcd/flux#2672 and ovumcy/ovumcy-web#493: -timeout too short for the suite, no hang.
      name: 'a bare timeout without a dump: nothing shows a hang',
      output: 'panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestX (10m0s)\n',
      kind: 'timeout',
      confidence: 'low'
    },
    {
      // Verbatim head of trufnetwork/kwil-db#401 (a mutex deadlock in the code, fixed in PR #407).
      name: 'one test ran the whole timeout with the code blocked on a mutex (kwil-db#401)',
      output:
        'panic: test timed out after 10m0s\nrunning tests:\n\tTest_RunningReadersClose (9m59s)\n\ngoroutine 144 [running]:\ntesting.(*M).startAlarm.func1()\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/testing/testing.go:2259 +0x3b9\n\ngoroutine 87 [sync.Mutex.Lock]:\nsync.runtime_SemacquireMutex(0xc00023e000?, 0x0?, 0x0?)\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/runtime/sema.go:77 +0x25\n',
      kind: 'timeout',
      confidence: 'low',
      evidence: ['one test had run 599s of the 600s timeout'],
      runnerUp: 'cpu-throttling-timeout'
    },
    {
      name: 'a bare timeout on an unconfined machine: nothing slowed it, so a hang (medium)',
      output: 'panic: test timed out after 1m0s\n',
      kind: 'timeout',
      facts: unconfined,
      confidence: 'medium'
    },
    {
      // thejerf/suture#66: the runtime names the deadlock itself; no environmental rule shares the text.
      name: "Go's own deadlock detector is not a timeout look-alike",
      output: 'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n',
      kind: 'panic',
      confidence: 'high'
    },
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
      name: 'dump with minute-long waits and no throttling: high',
      output: 'panic: test timed out after 10m0s\n\ngoroutine 7 [chan receive, 9 minutes]:\nmain.worker()\n',
      kind: 'timeout',
      facts: unconfined,
      confidence: 'high',
      evidence: ['9 minutes']
    },
    {
      name: 'Go >= 1.23 header with gp=/m= and a mutex wait (GOTRACEBACK=system)',
      output:
        'panic: test timed out after 2m0s\n\ngoroutine 21 gp=0xc000102fc0 m=nil [sync.Mutex.Lock, 1 minutes]:\nsync.runtime_SemacquireMutex(0xc00001c0e8?, 0x0?, 0x0?)\n',
      kind: 'timeout',
      confidence: 'medium',
      evidence: ['sync.Mutex.Lock, 1 minutes']
    }
  ],
  silent: [
    {
      // Real (e2e/vm-cgroup2, memory-high): no CPU quota and no throttling, but the cgroup was held at
      // memory.high all along (memory.events high rose): "nothing slowed the machine" would be wrong.
      name: 'no CPU quota, but memory.events high rose during the run: memory-high-throttling speaks',
      output:
        'panic: test timed out after 15s\n\trunning tests:\n\t\tTestBuildIndexOverHigh (15s)\n\ngoroutine 33 [running]:\n',
      kind: 'timeout',
      facts: makeFacts(
        cpuCg({ quotaUs: null }),
        counters({ cpuNrThrottled: 0, memoryHigh: 0 }, { cpuNrThrottled: 0, memoryHigh: 2304 })
      )
    },
    {
      // Idle goroutines wait for minutes in every long test (os/signal.loop, servers in IO wait).
      name: 'only idle waits (syscall, IO wait) for minutes',
      output:
        'panic: test timed out after 10m0s\n\ngoroutine 7 [syscall, 9 minutes]:\nos/signal.signal_recv()\n\ngoroutine 9 [IO wait, 9 minutes]:\ninternal/poll.runtime_pollWait()\n',
      kind: 'timeout'
    },

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
