import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/ipv6-unavailable.js'
import type { FactsMod } from '../harness.js'
import { makeFacts, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

const lo =
  (present: boolean): FactsMod =>
  f => {
    f.network.ipv6Loopback = known({
      present,
      detail: present ? '::1 on lo in /proc/net/if_inet6' : 'no ::1 in /proc/net/if_inet6'
    })
  }
// What e2e/scenarios/ipv6-off/run.sh sets in its netns: disable_ipv6=1 for all, default and lo (so
// /proc/net/if_inet6 is empty).
const off = () =>
  makeFacts(
    lo(false),
    sysctl('net.ipv6.conf.lo.disable_ipv6', 1),
    sysctl('net.ipv6.conf.all.disable_ipv6', 1)
  )

runRuleCases(rule, {
  fires: [
    {
      // Verbatim from the matrix capture std-net-ports-narrow (the net package's TestTCPServer with 11
      // local ports): a connect to ::1 that gets no local address is also a port range run out.
      name: 'a connect to ::1 without a local address, log alone: low, ephemeral ports the runner-up',
      output: '    server_test.go:103: dial tcp [::1]:40001: connect: cannot assign requested address\n',
      facts: null,
      confidence: 'low',
      runnerUp: 'ephemeral-ports'
    },
    {
      name: 'an address that is not local, with IPv6 off here: the facts decide (high)',
      output: 'listen tcp [2001:db8::1]:80: bind: cannot assign requested address\n',
      facts: off(),
      confidence: 'high'
    },
    {
      // glimesh/broadcast-box#199 (development corpus): a container without IPv6 and a link-local bind.
      name: "an address that is not local, log alone: low (the network, or the test's choice)",
      output:
        '2024/10/20 08:06:29 listen udp [fe80::42:aff:fe00:25%eth0]:8542: bind: cannot assign requested address\n',
      confidence: 'low'
    },
    {
      name: 'real run: listen on [::1] in a netns with IPv6 disabled',
      fixture: 'ipv6-off',
      facts: captured => captured ?? off(),
      confidence: 'high',
      evidence: [
        'listen tcp6 [::1]:0: bind: cannot assign requested address',
        'net.ipv6.conf.lo.disable_ipv6 = 1'
      ],
      remedy: ['disable_ipv6=0']
    },
    { name: 'real run, log alone', fixture: 'ipv6-off', facts: null, confidence: 'medium' },
    {
      name: 'IPv6 stack absent (failure catalog 2.26, docker/for-linux#1233)',
      output: 'listen tcp6 [::]:8888: socket: address family not supported by protocol\n',
      facts: makeFacts(lo(false)),
      confidence: 'high'
    },
    {
      // No address after tcp6 (`listen tcp6 :0`), verbatim from https://github.com/decred/dcrdex/pull/1191.
      name: 'IPv6 stack absent, tcp6 without an address, log alone: medium',
      output:
        "    comms_test.go:673: server constructor error: Can't listen on :0: listen tcp6 :0: socket: address family not supported by protocol\n",
      confidence: 'medium',
      evidence: ['listen tcp6 :0']
    }
  ],
  silent: [
    { name: 'real run, but ::1 is present on this runner', fixture: 'ipv6-off', facts: makeFacts(lo(true)) },
    {
      name: 'EAFNOSUPPORT on a Unix socket is not IPv6',
      output: 'listen unix /tmp/x.sock: socket: address family not supported by protocol\n'
    },
    {
      name: 'real IPv4 EADDRNOTAVAIL run (ephemeral ports)',
      fixture: 'ephemeral-ports-narrow',
      facts: off()
    }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'no ::1 on lo', facts: off(), severity: 'notice', evidence: [/IPv6 loopback.*missing/] }],
  silent: [
    { name: '::1 present (this machine)', facts: makeFacts(lo(true)) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
