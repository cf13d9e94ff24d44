import rule from '../../../src/catalog/rules/nofile-limit.js'
import fdLeak from '../../../src/catalog/rules/fd-leak.js'
import {
  go,
  inContainer,
  makeFacts,
  rl,
  runPreflightCases,
  runRuleCases,
  runner,
  sysctl
} from '../harness.js'

// The values e2e/scenarios/nofile-limit/run.sh set (prlimit --nofile=64:64) and CAPTURED.md's Go, used
// until the fixture carries facts.json from `doctor --json` run inside the condition.
const scenarioFacts = makeFacts(rl('nofile', 64, 64), go('go1.26.8', '1.22'))

runRuleCases(rule, {
  fires: [
    {
      // Failure catalog 2.8: a leak is the most common cause; without the limit nothing points at the
      // environment, so fd-leak speaks (its test has this same real run, log alone, at low).
      name: 'real EMFILE run, log alone: the limit is not blamed unread',
      fixture: 'nofile-limit',
      facts: null,
      confidence: 'low'
    },
    {
      name: 'facts probed but RLIMIT_NOFILE unreadable',
      fixture: 'nofile-limit',
      facts: makeFacts(go('go1.26.8', '1.22')),
      confidence: 'low'
    },
    {
      name: 'real run under prlimit --nofile=64:64 (listen: socket: too many open files)',
      fixture: 'nofile-limit',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['socket: too many open files', 'hard 64'],
      outranks: [fdLeak]
    },
    {
      name: 'soft 1024 but hard 2048: Go >= 1.19 raises soft to hard, 2048 is still low',
      output: '    x_test.go:9: open /etc/hostname: too many open files\n--- FAIL: TestX (0.00s)\n',
      facts: makeFacts(rl('nofile', 1024, 2048), go('go1.22.5', '1.22')),
      confidence: 'high',
      evidence: ['hard 2048', 'Go >= 1.19 raises the soft limit']
    },
    {
      name: 'Go 1.18: the soft limit 1024 applies even with hard 1048576',
      output: 'dial tcp 127.0.0.1:8080: socket: too many open files\n',
      facts: makeFacts(rl('nofile', 1024, 1048576), go('go1.18.10', '1.18')),
      confidence: 'high',
      remedy: ['ulimit -n "$(ulimit -Hn)"']
    },
    {
      name: 'container job: the remedy is --ulimit in container.options',
      output: 'accept tcp [::]:8080: accept4: too many open files; retrying in 5ms\n',
      facts: makeFacts(
        rl('nofile', 1024, 1024),
        go('go1.26.8', '1.25'),
        inContainer(),
        runner('github-hosted')
      ),
      confidence: 'high',
      remedy: ['--ulimit nofile=65536:65536']
    },
    {
      name: 'ENFILE (system-wide table full) is this rule, with fs.file-max as evidence',
      output: 'open /tmp/x: too many open files in system\n',
      facts: makeFacts(
        rl('nofile', 1048576, 1048576),
        sysctl('fs.file-max', 9223372036854775807n.toString())
      ),
      confidence: 'medium',
      evidence: ['fs.file-max']
    }
  ],
  silent: [
    {
      name: 'hard limit 1048576 with Go 1.26: hand over to fd-leak',
      fixture: 'nofile-limit',
      facts: makeFacts(rl('nofile', 1024, 1048576), go('go1.26.8', '1.22'))
    },
    {
      name: 'the real leak control under hard 20000 (e2e/scenarios/fd-leak-control)',
      fixture: 'fd-leak-control',
      facts: makeFacts(rl('nofile', 20000, 20000), go('go1.26.8', '1.22'))
    },
    {
      name: 'an ordinary assertion failure',
      fixture: 'assertion-failure',
      facts: scenarioFacts
    },
    {
      name: 'inotify_init1 EMFILE belongs to inotify-limit',
      output: '    w_test.go:12: create fsnotify watcher: too many open files\n',
      facts: scenarioFacts
    },
    {
      name: 'the words in a log line that is not an error',
      output: '    x_test.go:5: checking that we do not get too many open-file errors\n'
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'hard 1024 with Go 1.26',
      facts: makeFacts(rl('nofile', 1024, 1024), go('go1.26.8', '1.22')),
      severity: 'warning',
      evidence: ['hard 1024']
    },
    { name: 'hard 64, Go unknown', facts: makeFacts(rl('nofile', 64, 64)), severity: 'error' },
    {
      name: 'Go 1.18 with soft 1024 under a high hard limit',
      facts: makeFacts(rl('nofile', 1024, 524288), go('go1.18.10')),
      severity: 'warning',
      remedy: ['LimitNOFILE'] // unknown runner: every variant is listed
    }
  ],
  silent: [
    { name: 'hosted defaults 65536:65536', facts: makeFacts(rl('nofile', 65536, 65536), go('go1.26.8')) },
    {
      name: 'soft 1024 / hard 524288 (systemd default) with Go 1.19+',
      facts: makeFacts(rl('nofile', 1024, 524288), go('go1.19.8'))
    },
    { name: 'rlimit unknown', facts: makeFacts() }
  ]
})
