import rule from '../../../src/catalog/rules/go-cache-unavailable.js'
import { go, makeFacts, runPreflightCases, runRuleCases } from '../harness.js'

// e2e/scenarios/go-cache-unavailable: HOME, GOCACHE and XDG_CACHE_HOME unset, so `go env GOCACHE` is empty.
const noCache = (f: ReturnType<typeof makeFacts>) => {
  if ('value' in f.go) f.go.value.gocache = ''
}
const scenarioFacts = makeFacts(go('go1.26.8', '1.22'), noCache)

runRuleCases(rule, {
  fires: [
    {
      name: 'real "build cache is required, but could not be located"',
      fixture: 'go-cache-unavailable',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['build cache is required', /go env/],
      remedy: ['GOCACHE']
    },
    { name: 'no facts: medium', fixture: 'go-cache-unavailable', facts: null, confidence: 'medium' },
    {
      name: 'relative GOCACHE',
      output: 'go: GOCACHE is not an absolute path\n',
      kind: 'log',
      confidence: 'medium'
    }
  ],
  silent: [
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts },
    { name: 'disk full', fixture: 'disk-full', facts: scenarioFacts }
  ]
})

runPreflightCases(rule, {
  fires: [
    { name: 'empty GOCACHE', facts: scenarioFacts, severity: 'error' },
    {
      name: 'GOCACHE=off',
      facts: makeFacts(go('go1.26.8'), f => {
        if ('value' in f.go) f.go.value.gocache = 'off'
      })
    }
  ],
  silent: [
    { name: 'default cache', facts: makeFacts(go('go1.26.8')) },
    { name: 'go unknown', facts: makeFacts() }
  ]
})
