import rule from '../../../src/catalog/rules/port-in-use.js'
import { makeFacts, runRuleCases } from '../harness.js'
import { known } from '../../../src/facts/types.js'

// This VM's net.ipv4.ip_local_port_range is the kernel default 32768-60999; 47123 lies inside it.
const range = (low: number, high: number) => (f: ReturnType<typeof makeFacts>) => {
  f.network.portRange = known({ low, high, width: high - low + 1 })
}

runRuleCases(rule, {
  fires: [
    {
      name: 'real: two parallel tests bind 127.0.0.1:47123 (inside the ephemeral range): medium',
      fixture: 'port-in-use-control',
      facts: makeFacts(range(32768, 60999)),
      confidence: 'medium',
      evidence: ['listen tcp 127.0.0.1:47123: bind: address already in use', 'inside the ephemeral range']
    },
    {
      name: 'a fixed port outside the ephemeral range: high',
      output: '    srv_test.go:14: listen tcp :8080: bind: address already in use\n',
      facts: makeFacts(range(32768, 60999)),
      confidence: 'high',
      remedy: ['port 0']
    },
    { name: 'no facts: medium', fixture: 'port-in-use-control', facts: null, confidence: 'medium' },
    {
      // The reporter's own elision, verbatim from https://github.com/filecoin-project/venus/issues/3145.
      name: 'address elided from a pasted log: low',
      output: '...bind: address already in use...\n...\n',
      kind: 'log',
      confidence: 'low',
      evidence: ['bind: address already in use']
    },
    {
      name: 'a stale Unix socket file: low',
      output: '    s_test.go:20: listen unix /tmp/app.sock: bind: address already in use\n',
      confidence: 'low',
      remedy: ['t.TempDir()']
    }
  ],
  silent: [
    {
      name: 'cannot assign requested address is ephemeral-ports/ipv6',
      output: 'dial tcp 127.0.0.1:8080: connect: cannot assign requested address\n'
    },
    { name: 'assertion failure', fixture: 'assertion-failure' },
    {
      name: 'port 0 cannot be in use',
      output: 'listen tcp 127.0.0.1:0: bind: address already in use\n'
    }
  ]
})
