import rule from '../../../src/catalog/rules/oom-kill.js'
import { counters, inContainer, makeFacts, memoryCg, runRuleCases, withCounters } from '../harness.js'

// e2e/scenarios/oom-kill: 128 MiB v1 memory cgroup, fresh per run; run.sh printed `oom_kill 1` after the
// test run (CAPTURED.md), so the counters come from there and the rest from the captured facts.json.
const LIMIT = 134217728
const scenarioFacts = makeFacts(
  memoryCg({ max: LIMIT }),
  counters({ memoryOomKill: 0 }, { memoryOomKill: 1 })
)

runRuleCases(rule, {
  fires: [
    {
      name: 'real signal: killed in a 128 MiB cgroup, oom_kill 0 -> 1',
      fixture: 'oom-kill',
      facts: captured =>
        captured ? withCounters(captured, { memoryOomKill: 0 }, { memoryOomKill: 1 }) : scenarioFacts,
      confidence: 'high',
      evidence: ['signal: killed', 'oom_kill: 0 before the tests, 1 after'],
      remedy: ['GOMEMLIMIT=115MiB', 'go test -p 1']
    },
    { name: 'signal: killed alone: low', fixture: 'oom-kill', facts: null, confidence: 'low' },
    {
      // e2e/containers ct-oom-kill: the probes run in a fresh container (peak 22 MiB then); the peak
      // that matters is the one read after the tests, at the limit.
      name: 'the peak read after the tests is the one shown; the probe-time peak is not',
      fixture: 'oom-kill',
      facts: makeFacts(
        memoryCg({ max: LIMIT, peak: 22 << 20 }),
        inContainer(),
        counters({ memoryOomKill: 0, memoryPeak: 22 << 20 }, { memoryOomKill: 1, memoryPeak: LIMIT })
      ),
      confidence: 'high',
      evidence: ['memory peak 128 MiB after the tests']
    },
    {
      name: 'no peak after the tests: the probe-time one is said to be from before them',
      fixture: 'oom-kill',
      facts: makeFacts(
        memoryCg({ max: LIMIT, peak: 22 << 20 }),
        counters({ memoryOomKill: 0 }, { memoryOomKill: 1 })
      ),
      confidence: 'high',
      evidence: ['memory peak 22 MiB before the tests']
    },
    {
      name: 'captured facts (128 MiB limit) without counters: medium',
      fixture: 'oom-kill',
      confidence: 'medium',
      evidence: ['memory limit 128 MiB']
    },
    {
      name: 'peak at the limit, no counters: medium; container remedy',
      fixture: 'oom-kill',
      facts: makeFacts(memoryCg({ max: LIMIT, peak: LIMIT - 4096 }), inContainer()),
      confidence: 'medium',
      remedy: ['--memory']
    },
    {
      name: 'the linker was killed (host-wide vmstat counter moved)',
      output:
        '# example.com/x.test\n/usr/local/go/pkg/tool/linux_amd64/link: signal: killed\nFAIL\texample.com/x [build failed]\n',
      kind: 'build',
      facts: makeFacts(counters({ vmstatOomKill: 3 }, { vmstatOomKill: 4 })),
      confidence: 'high',
      remedy: ['compiler/linker']
    },
    {
      // Go <= 1.4 toolchain names (8g = 386 compiler), verbatim from https://github.com/golang/go/issues/10550.
      name: 'the old 8g compiler killed, log alone: low',
      output:
        'go build command-line-arguments: /tmp/gobuilder/netbsd-386-minux-1ccc577b8a34/go/pkg/tool/netbsd_386/8g: signal: killed\n\nFAIL\tfixedbugs/issue5162.go\t79.542s\n',
      kind: 'package',
      confidence: 'low',
      evidence: ['8g: signal: killed'],
      remedy: ['compiler/linker']
    },
    {
      name: 'compile: signal: killed without a path (failure catalog 2.2)',
      output: '# example.com/big\ncompile: signal: killed\nFAIL\texample.com/big [build failed]\n',
      kind: 'build',
      facts: makeFacts(memoryCg({ max: LIMIT })),
      confidence: 'medium'
    },
    {
      name: 'a binary that ended without a result while oom_kill moved: high',
      output: '=== RUN   TestBig\n',
      kind: 'killed',
      facts: makeFacts(counters({ memoryOomKill: 2 }, { memoryOomKill: 3 })),
      confidence: 'high',
      evidence: ['ended without a result', '+1']
    },
    {
      name: 'ended without a result under a memory limit, no counters: low at most',
      output: '=== RUN   TestBig\n',
      kind: 'killed',
      facts: makeFacts(memoryCg({ max: LIMIT })),
      confidence: 'low'
    }
  ],
  silent: [
    {
      // A pasted excerpt that stops mid-test (madlambda/nash#252, decred/dcrdex#1191) is not a kill.
      name: 'ended without a result, no `signal: killed`, log alone',
      output: '=== RUN   TestExecuteIssue68\n',
      kind: 'killed'
    },
    {
      name: 'ended without a result, facts known but nothing about memory',
      output: '=== RUN   TestX\n',
      kind: 'killed',
      facts: makeFacts(inContainer())
    },
    {
      name: 'killed, but no OOM kill during the run (a timeout or a runner kill)',
      fixture: 'oom-kill',
      facts: makeFacts(
        memoryCg({ max: LIMIT }),
        counters({ memoryOomKill: 0, vmstatOomKill: 2 }, { memoryOomKill: 0, vmstatOomKill: 2 })
      )
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts },
    {
      name: 'a log line about signals',
      output: '    x_test.go:3: child got signal: killed as expected\n',
      facts: scenarioFacts
    }
  ]
})
