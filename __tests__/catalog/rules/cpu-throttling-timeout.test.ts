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
      // Verbatim from atqamz/hand#430 (Windows runner, measured 3.1x slower than Linux in #416): the
      // test running when the 10-minute alarm fired had run 2 s, so no test hung: the package outgrew it.
      name: 'the running-tests list shows no test ran even half the timeout (atqamz/hand#430)',
      output:
        'panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestSpawnRefusedAtTheTrustPromptUnwindsAndSpawnsAgain (2s)\n...\nFAIL\tgithub.com/atqamz/hand/cmd\t600.214s\n',
      kind: 'timeout',
      facts: null,
      confidence: 'low',
      evidence: ['had run 2s of the 600s timeout'],
      remedy: ['outgrew it', 'cpu.stat']
    },
    {
      // Verbatim from MikkoParkkola/trvl#577: a subprocess helper's deadline fired on a loaded machine.
      name: "a test's log line that says a helper timed out (trvl#577)",
      output:
        '--- FAIL: TestResolveCredential_NegativeCacheSuppressesRespawn (9.63s)\n    auth_test.go:246: call 0: expected ErrNoCredential, got credential helper timed out\n',
      kind: 'test',
      facts: null,
      confidence: 'low'
    },
    {
      // Verbatim from cajasmota/grafel#6373: a 1-second wall-clock assertion failed at 1.03 s on Windows.
      name: 'an assertion that something did not return immediately (grafel#6373)',
      output:
        '--- FAIL: TestRebuild_SplitMode_FireAndForget_ReturnsImmediately (1.03s)\n    rebuild_wait_test.go:234: fire-and-forget Rebuild did not return immediately\n',
      kind: 'test',
      facts: null,
      confidence: 'low'
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
    {
      // Verbatim head of trufnetwork/kwil-db#401 (a mutex deadlock, fixed in the code): one test had run
      // 9m59s of the 10m timeout and no goroutine of the code was working.
      name: 'one test ran the whole timeout, the code blocked on a mutex (kwil-db#401)',
      output:
        'panic: test timed out after 10m0s\nrunning tests:\n\tTest_RunningReadersClose (9m59s)\n\ngoroutine 144 [running]:\ntesting.(*M).startAlarm.func1()\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/testing/testing.go:2259 +0x3b9\ncreated by time.goFunc\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/time/sleep.go:176 +0x2d\n\ngoroutine 1 [chan receive]:\ntesting.(*T).Run(0xc0001aa1a0, {0x838132?, 0x4e519c?}, 0x8869a8)\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/testing/testing.go:1649 +0x3c8\nmain.main()\n\t_testmain.go:61 +0x19c\n\ngoroutine 87 [sync.Mutex.Lock]:\nsync.runtime_SemacquireMutex(0xc00023e000?, 0x0?, 0x0?)\n\t/opt/hostedtoolcache/go/1.21.4/x64/src/runtime/sema.go:77 +0x25\n',
      kind: 'timeout',
      facts: null
    },
    {
      // The errno ETIMEDOUT is a network failure, not a timing assertion.
      name: 'connection timed out in a test line is not a timing assertion',
      output:
        '--- FAIL: TestDial (0.50s)\n    dial_test.go:20: dial tcp 10.0.0.1:443: connect: connection timed out\n',
      kind: 'test',
      facts: null
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})
