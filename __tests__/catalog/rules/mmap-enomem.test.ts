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
    },
    {
      // Verbatim from https://github.com/influxdata/influxdb/issues/8229 (AppVeyor, -race): Windows
      // prints GetLastError's code, 1455 ERROR_COMMITMENT_LIMIT ("the paging file is too small").
      name: 'Windows ThreadSanitizer allocation refused with error code 1455 (commit limit)',
      output:
        '==1352==ERROR: ThreadSanitizer failed to allocate 0x80000 (524288) bytes of DenseSlabAllocator (error code: 1455)\nFATAL: ThreadSanitizer CHECK failed: gotsan.cc:6498 "((0 && "unable to mmap")) != (0)" (0x0, 0x0)\n',
      kind: 'log',
      facts: null,
      confidence: 'low',
      evidence: ['error code: 1455', 'commit limit'],
      remedy: ['paging file']
    }
  ],
  silent: [
    {
      // The same line with Win32 error 1 (ERROR_INVALID_FUNCTION): not errno 1 (EPERM), nor ENOMEM.
      name: 'Windows sanitizer error code 1 is not read as an errno',
      output:
        '==1352==ERROR: ThreadSanitizer failed to allocate 0x80000 (524288) bytes of DenseSlabAllocator (error code: 1)\n',
      kind: 'log',
      facts: null
    },
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
