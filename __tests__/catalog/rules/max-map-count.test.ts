import rule from '../../../src/catalog/rules/max-map-count.js'
import { makeFacts, runPreflightCases, runRuleCases, runner, sysctl } from '../harness.js'

// e2e/scenarios/max-map-count: vm.max_map_count=8000 while the tests ran (restored after).
const scenarioFacts = makeFacts(sysctl('vm.max_map_count', 8000))

runRuleCases(rule, {
  fires: [
    {
      name: 'real mmap ENOMEM at vm.max_map_count=8000',
      fixture: 'max-map-count',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['mmap segment', 'vm.max_map_count = 8000'],
      remedy: ['vm.max_map_count=262144']
    },
    { name: 'no facts: medium', fixture: 'max-map-count', facts: null, confidence: 'low' },
    {
      name: 'bbolt remap error at the kernel default, hosted runner',
      output: '    db_test.go:40: mmap allocate error: cannot allocate memory\n',
      facts: makeFacts(sysctl('vm.max_map_count', 65530), runner('github-hosted')),
      confidence: 'low',
      remedy: ['sudo sysctl -w vm.max_map_count=262144']
    },
    {
      name: 'cgo pthread_create EAGAIN with a lowered max_map_count',
      output: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\n',
      kind: 'panic',
      facts: makeFacts(sysctl('vm.max_map_count', 300)),
      confidence: 'medium'
    }
  ],
  silent: [
    {
      name: 'hosted value 262144',
      fixture: 'max-map-count',
      facts: makeFacts(sysctl('vm.max_map_count', 262144))
    },
    {
      name: 'cgo EAGAIN at the default is pids/nproc',
      output: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable\n',
      facts: makeFacts(sysctl('vm.max_map_count', 65530))
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'lowered to 8000', facts: scenarioFacts, evidence: ['8000'] }],
  silent: [
    { name: 'kernel default', facts: makeFacts(sysctl('vm.max_map_count', 65530)) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
