import rule from '../../../src/catalog/rules/somaxconn-backlog.js'
import { counters, makeFacts, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

// e2e/scenarios/somaxconn-tiny/run.sh and somaxconn-refused-control/run.sh: net.core.somaxconn=2 in a
// netns (the host and kernel default is 4096).
const tiny = () => makeFacts(sysctl('net.core.somaxconn', 2))

runRuleCases(rule, {
  fires: [
    {
      name: 'real run: 30-dial burst, i/o timeouts with somaxconn=2',
      fixture: 'somaxconn-tiny',
      facts: captured => captured ?? tiny(),
      confidence: 'medium',
      evidence: [/dial tcp 127\.0\.0\.1:\d+: i\/o timeout/, 'net.core.somaxconn = 2'],
      remedy: ['net.core.somaxconn=4096']
    },
    {
      name: 'real run with TcpExtListenOverflows growing: conclusive',
      fixture: 'somaxconn-tiny',
      facts: makeFacts(
        sysctl('net.core.somaxconn', 2),
        counters({ listenOverflows: 0 }, { listenOverflows: 26 })
      ),
      confidence: 'high',
      evidence: ['TcpExtListenOverflows']
    },
    {
      name: 'AF_UNIX full backlog (failure catalog 2.12 run), log alone',
      output: '    x_test.go:40: dial unix /tmp/bk16174.sock: connect: resource temporarily unavailable\n',
      confidence: 'low'
    }
  ],
  silent: [
    {
      name: 'real control: connection refused is never a full backlog',
      fixture: 'somaxconn-refused-control',
      facts: c => c ?? tiny()
    },
    {
      name: 'real run with the default 4096 and no overflow counted',
      fixture: 'somaxconn-tiny',
      facts: makeFacts(sysctl('net.core.somaxconn', 4096))
    },
    {
      name: 'real run, log alone: a loopback timeout has many causes',
      fixture: 'somaxconn-tiny',
      facts: null
    },
    { name: 'remote timeout', output: 'dial tcp 10.1.2.3:5432: i/o timeout\n', facts: tiny() }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'somaxconn=2', facts: tiny(), severity: 'warning' }],
  silent: [
    { name: 'default 4096', facts: makeFacts(sysctl('net.core.somaxconn', 4096)) },
    { name: 'pre-5.4 default 128', facts: makeFacts(sysctl('net.core.somaxconn', 128)) }
  ]
})
