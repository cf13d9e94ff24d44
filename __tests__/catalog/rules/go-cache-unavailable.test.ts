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
    },
    {
      // Go 1.10 wording (cmd/go/internal/cache/default.go then: `initializing cache in $GOCACHE: %s`),
      // verbatim from https://github.com/golang/go/issues/23638.
      name: 'Go 1.10 wording: initializing cache in $GOCACHE',
      output: 'initializing cache in $GOCACHE: mkdir /non-existent: permission denied\n',
      kind: 'log',
      confidence: 'medium',
      evidence: ['mkdir /non-existent']
    },
    {
      // Go 1.12's Fatalf when the cache dir resolves to "off" (also printed for a missing HOME then),
      // verbatim from https://github.com/golang/go/issues/29243.
      name: 'Go 1.12: build cache is disabled by GOCACHE=off',
      output: 'build cache is disabled by GOCACHE=off, but required as of Go 1.12\n',
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
