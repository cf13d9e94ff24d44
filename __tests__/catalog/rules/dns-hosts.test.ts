import rule from '../../../src/catalog/rules/dns-hosts.js'
import { makeFacts, runRuleCases } from '../harness.js'

runRuleCases(rule, {
  fires: [
    {
      name: "another name failing is the test's network dependency",
      output: 'dial tcp: lookup example.internal on 127.0.0.11:53: no such host\n',
      confidence: 'low'
    },
    {
      name: 'a name that merely contains localhost',
      output: 'dial tcp: lookup mylocalhost.example on 10.0.0.2:53: no such host\n',
      confidence: 'low'
    },
    {
      name: 'real run: /etc/hosts without localhost, no DNS reachable (go1.26.8)',
      fixture: 'dns-hosts-no-localhost',
      facts: captured => captured ?? makeFacts(),
      confidence: 'medium',
      evidence: [/lookup localhost on \S+: /],
      remedy: ['hosts: files dns']
    },
    {
      // Printed here by curl 8 and git 2.47 with no resolver for the name (2026-12-03).
      name: 'a tool the test runs could not resolve a host (curl, git)',
      output:
        "    fetch_test.go:30: exit status 128: fatal: unable to access 'https://nonexistent.invalid/x/': Could not resolve host: nonexistent.invalid\n    fetch_test.go:31: curl: (6) Could not resolve host: nonexistent.invalid\n",
      confidence: 'low',
      evidence: ['Could not resolve host: nonexistent.invalid']
    },
    {
      name: 'minimal-image text (failure catalog 2.33)',
      output: '    db_test.go:12: dial tcp: lookup localhost on 127.0.0.11:53: no such host\n'
    }
  ],
  silent: [
    {
      name: 'real somaxconn control (connection refused on 127.0.0.1)',
      fixture: 'somaxconn-refused-control',
      facts: null
    }
  ]
})
