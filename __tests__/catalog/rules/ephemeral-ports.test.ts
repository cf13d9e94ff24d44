import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/ephemeral-ports.js'
import type { FactsMod } from '../harness.js'
import { inContainer, makeFacts, runPreflightCases, runRuleCases } from '../harness.js'

const range =
  (low: number, high: number): FactsMod =>
  f => {
    f.network.portRange = known({ low, high, width: high - low + 1 })
  }
// e2e/scenarios/ephemeral-ports-narrow/run.sh: ip_local_port_range "40000 40001"; the kernel default
// (and this machine's host value) is "32768 60999".
runRuleCases(rule, {
  fires: [
    {
      name: 'real run: second client connection with a two-port range',
      fixture: 'ephemeral-ports-narrow',
      facts: captured => captured ?? makeFacts(range(40000, 40001)),
      confidence: 'high',
      evidence: [/dial tcp 127\.0\.0\.1:\d+: connect: cannot assign requested address/, '(2 ports)'],
      remedy: ['ip_local_port_range']
    },
    { name: 'real run, log alone', fixture: 'ephemeral-ports-narrow', facts: null, confidence: 'low' },
    {
      name: 'in a container the namespaced sysctl goes in container.options',
      fixture: 'ephemeral-ports-narrow',
      facts: makeFacts(range(40000, 40001), inContainer()),
      remedy: ['--sysctl "net.ipv4.ip_local_port_range=1024 65535"']
    },
    {
      name: "default range: the tests' churn is likelier, low",
      fixture: 'ephemeral-ports-narrow',
      facts: makeFacts(range(32768, 60999)),
      confidence: 'low',
      remedy: ['reuse connections']
    }
  ],
  silent: [
    { name: 'real IPv6 run is ipv6-unavailable', fixture: 'ipv6-off', facts: makeFacts(range(40000, 40001)) },
    {
      name: 'connection refused',
      fixture: 'somaxconn-refused-control',
      facts: makeFacts(range(40000, 40001))
    }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'two ports', facts: makeFacts(range(40000, 40001)), severity: 'warning' }],
  silent: [
    { name: 'kernel default 32768-60999', facts: makeFacts(range(32768, 60999)) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
