import rule from '../../../src/catalog/rules/go-thread-cap.js'
import { makeFacts, rl, runRuleCases, user } from '../harness.js'

runRuleCases(rule, {
  fires: [
    {
      name: 'real runtime thread cap (debug.SetMaxThreads(40))',
      fixture: 'go-thread-cap-control',
      facts: null,
      confidence: 'high',
      evidence: ['program exceeds 40-thread limit']
    },
    {
      name: 'the default 10000 cap, inline',
      output: 'runtime: program exceeds 10000-thread limit\nfatal error: thread exhaustion\n',
      kind: 'panic',
      confidence: 'high'
    }
  ],
  silent: [
    {
      name: 'OS thread creation EAGAIN is thread-limit',
      fixture: 'thread-limit',
      facts: makeFacts(rl('nproc', 60, 60), user(65534))
    },
    { name: 'assertion failure', fixture: 'assertion-failure' }
  ]
})
