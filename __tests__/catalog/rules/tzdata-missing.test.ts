import rule from '../../../src/catalog/rules/tzdata-missing.js'
import { runRuleCases } from '../harness.js'

runRuleCases(rule, {
  fires: [
    {
      name: 'a real run without zoneinfo (tmpfs over /usr/share/zoneinfo, no GOROOT)',
      output:
        '=== RUN   TestBerlin\n    tz_test.go:4: unknown time zone Europe/Berlin\n--- FAIL: TestBerlin (0.00s)\n',
      confidence: 'medium',
      evidence: ['Europe/Berlin', 'no zoneinfo'],
      remedy: ['time/tzdata', 'tzdata']
    },
    {
      name: 'wrapped by testify, in a build root with a log prefix',
      output:
        '[  276s]         \tError:      \tReceived unexpected error:\n[  276s]         \t            \tunknown time zone America/Argentina/Buenos_Aires\n',
      confidence: 'medium'
    },
    {
      name: "a name that is not in the IANA database: low (maybe the test's own typo)",
      output: '    x_test.go:9: unknown time zone Mars/Olympus\n',
      confidence: 'low'
    }
  ],
  silent: [
    {
      name: 'a parse error of a time, not a zone',
      output: '    x_test.go:9: parsing time "2020-13-01": month out of range\n'
    },
    {
      name: 'a test that prints the words in a file name',
      output: '    unknown_time_zone_test.go:3: got 1, want 2\n'
    }
  ]
})
