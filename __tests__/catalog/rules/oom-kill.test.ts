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
      remedy: ['GOMEMLIMIT=108MiB', 'go test -p 1']
    },
    { name: 'signal: killed alone: low', fixture: 'oom-kill', facts: null, confidence: 'low' },
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
    }
  ],
  silent: [
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
