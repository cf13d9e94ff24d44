import rule from '../../../src/catalog/rules/noexec-tmp.js'
import { go, inContainer, makeFacts, runPreflightCases, runRuleCases, runner, tempDir } from '../harness.js'

// e2e/scenarios/noexec-tmp: GOTMPDIR and TMPDIR on a fresh noexec tmpfs under /tmp/go-env-guard-e2e-tmpfs.*;
// the fixture's path is the one go test printed.
const TMP = '/tmp/go-env-guard-e2e-tmpfs.3r8PGA'
const scenarioFacts = makeFacts(
  tempDir('GOTMPDIR', TMP, {
    noexec: true,
    options: ['rw', 'nosuid', 'nodev', 'noexec', 'relatime'],
    sizeBytes: 64 << 20
  }),
  tempDir('TMPDIR', TMP, { noexec: true, options: ['rw', 'noexec'] })
)

runRuleCases(rule, {
  fires: [
    {
      name: 'real fork/exec of the test binary on a noexec tmpfs',
      fixture: 'noexec-tmp',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['go-build', 'noexec'],
      remedy: ['GOTMPDIR']
    },
    { name: 'no facts: medium', fixture: 'noexec-tmp', facts: null, confidence: 'medium' },
    {
      // Go <= 1.9 work-dir layout, verbatim from https://github.com/chromebrew/chromebrew/issues/87.
      name: 'Go <= 1.9 layout (cmd/addr2line/_test/addr2line.test), log alone: medium',
      output:
        'fork/exec /tmp/go-build214772872/cmd/addr2line/_test/addr2line.test: permission denied\nFAIL    cmd/addr2line   0.001s\n',
      kind: 'package',
      confidence: 'medium',
      evidence: ['/tmp/go-build214772872/cmd/addr2line/_test/addr2line.test']
    },
    {
      // `go run` builds into the same work dir: https://github.com/perkeep/perkeep/issues/915.
      name: "go run's executable in the work dir, /tmp known noexec: high",
      output: 'fork/exec /tmp/go-build134549651/command-line-arguments/_obj/exe/make: permission denied\n',
      kind: 'log',
      facts: makeFacts(tempDir('/tmp', '/tmp', { noexec: true })),
      confidence: 'high'
    },
    {
      name: 'a helper built into t.TempDir() under a noexec /tmp, container job',
      output: '    helper_test.go:22: fork/exec /tmp/TestRunHelper123/001/helper: permission denied\n',
      facts: makeFacts(tempDir('/tmp', '/tmp', { noexec: true }), inContainer(), runner('github-hosted')),
      confidence: 'medium',
      remedy: ['--tmpfs /tmp:exec']
    }
  ],
  silent: [
    {
      name: 'a non-executable file outside the temp dirs',
      output: 'fork/exec /work/scripts/run.sh: permission denied\n',
      facts: scenarioFacts
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'GOTMPDIR noexec',
      facts: makeFacts(go('go1.26.8'), tempDir('GOTMPDIR', '/tmp/g', { noexec: true })),
      severity: 'error'
    },
    {
      name: '/tmp noexec and nothing else set',
      facts: makeFacts(tempDir('/tmp', '/tmp', { noexec: true })),
      severity: 'error'
    }
  ],
  silent: [
    { name: 'exec-able /tmp', facts: makeFacts(tempDir('/tmp', '/tmp', { noexec: false })) },
    { name: 'mount unknown', facts: makeFacts(tempDir('/tmp', '/tmp', null)) }
  ]
})
