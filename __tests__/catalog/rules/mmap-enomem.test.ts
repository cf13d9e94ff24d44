import rule from '../../../src/catalog/rules/mmap-enomem.js'
import { makeFacts, rl, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

// e2e/scenarios/mmap-enomem: prlimit --as=4294967296:4294967296.
const scenarioFacts = makeFacts(rl('as', 4294967296, 4294967296), sysctl('vm.overcommit_memory', 0))

runRuleCases(rule, {
  fires: [
    {
      name: 'real Go 1.26 "runtime: out of memory: cannot allocate" under RLIMIT_AS=4GiB',
      fixture: 'mmap-enomem',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['cannot allocate 6442450944-byte block', 'fatal error: out of memory', 'RLIMIT_AS']
    },
    { name: 'no facts: medium', fixture: 'mmap-enomem', facts: null, confidence: 'low' },
    {
      name: 'older Go wording with strict overcommit',
      output:
        'fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw(...)\nruntime.sysMap(...)\n',
      kind: 'panic',
      facts: makeFacts(rl('as', 'unlimited', 'unlimited'), sysctl('vm.overcommit_memory', 2)),
      confidence: 'high'
    },
    {
      name: 'no limit and heuristic overcommit: genuine exhaustion, low',
      fixture: 'mmap-enomem',
      facts: makeFacts(rl('as', 'unlimited', 'unlimited'), sysctl('vm.overcommit_memory', 0)),
      confidence: 'low'
    },
    {
      // MemorySanitizer's shadow reservation under vm.overcommit_memory=2, verbatim from
      // https://github.com/golang/go/issues/17689 (errno 12 = ENOMEM).
      name: 'MemorySanitizer shadow allocation ENOMEM with strict overcommit',
      output:
        '==28515==ERROR: MemorySanitizer failed to allocate 0xf0000000000 (16492674416640) bytes at address 10000000000 (errno: 12)\nFATAL: MemorySanitizer can not mmap the shadow memory.\n',
      kind: 'log',
      facts: makeFacts(sysctl('vm.overcommit_memory', 2)),
      confidence: 'high',
      evidence: ['MemorySanitizer failed to allocate', 'vm.overcommit_memory = 2']
    }
  ],
  silent: [
    { name: 'OOM killer (signal: killed) is oom-kill', fixture: 'oom-kill', facts: scenarioFacts },
    {
      name: 'raw mmap ENOMEM from max_map_count is max-map-count',
      fixture: 'max-map-count',
      facts: scenarioFacts
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    { name: 'ulimit -v 4 GiB', facts: scenarioFacts, evidence: ['RLIMIT_AS'] },
    {
      name: 'strict overcommit',
      facts: makeFacts(rl('as', 'unlimited', 'unlimited'), sysctl('vm.overcommit_memory', 2)),
      severity: 'notice'
    }
  ],
  silent: [
    {
      name: 'unlimited, heuristic overcommit',
      facts: makeFacts(rl('as', 'unlimited', 'unlimited'), sysctl('vm.overcommit_memory', 0))
    }
  ]
})
