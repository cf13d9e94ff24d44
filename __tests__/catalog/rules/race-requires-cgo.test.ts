import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import rule from '../../../src/catalog/rules/race-requires-cgo.js'
import { FIXTURES, go, makeFacts, runPreflightCases, runRuleCases } from '../harness.js'

/** go test prints these on stderr (no -json events), so the plain capture (stdout then stderr) is used. */
const txt = (name: string) => readFileSync(join(FIXTURES, name, 'go-test.txt'), 'utf8')
const noCgo = () =>
  makeFacts(go('go1.26.8', '1.22'), f => {
    if ('value' in f.go) f.go.value.cgoEnabled = false
  })

runRuleCases(rule, {
  fires: [
    {
      name: 'real run: CGO_ENABLED=0 go test -race',
      output: txt('race-cgo-disabled'),
      kind: 'build',
      test: null,
      facts: noCgo(),
      confidence: 'high',
      evidence: ['go: -race requires cgo; enable cgo by setting CGO_ENABLED=1', 'CGO_ENABLED = 0'],
      remedy: ['CGO_ENABLED']
    },
    {
      name: 'real run, log alone',
      output: txt('race-cgo-disabled'),
      kind: 'build',
      test: null,
      confidence: 'medium'
    },
    {
      name: 'real run: CGO_ENABLED=1 without gcc on PATH',
      output: txt('race-no-cc'),
      kind: 'build',
      test: null,
      confidence: 'medium',
      evidence: ['cgo: C compiler "gcc" not found']
    },
    {
      // Older cmd/go named the subcommand; verbatim from https://github.com/speechly/nlu-example-parser/pull/15.
      name: 'older wording `go test: -race requires cgo`',
      output: 'go test: -race requires cgo; enable cgo by setting CGO_ENABLED=1\nmake: *** [test] Error 2\n',
      kind: 'log',
      test: null,
      confidence: 'medium',
      evidence: ['go test: -race requires cgo']
    }
  ],
  silent: [
    {
      name: 'real run of another build problem (a cgo test passing its build, aborting at run time)',
      fixture: 'seccomp-clone3-cgo',
      facts: null
    },
    {
      name: 'a test that merely logs the words',
      output: '    x_test.go:3: note: go: -race requires cgo\n',
      facts: null
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'GOFLAGS=-race with cgo off',
      facts: makeFacts(go('go1.26.8', '1.22'), f => {
        if ('value' in f.go) Object.assign(f.go.value, { goflags: '-race', cgoEnabled: false })
      }),
      severity: 'warning'
    }
  ],
  silent: [
    { name: 'cgo off but no -race asked', facts: noCgo() },
    {
      name: '-race with cgo working',
      facts: makeFacts(go('go1.26.8', '1.22'), f => {
        if ('value' in f.go) f.go.value.goflags = '-race'
      })
    }
  ]
})
