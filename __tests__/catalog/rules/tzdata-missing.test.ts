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
    },
    {
      // Verbatim from letsencrypt/pebble#411 (pasted without the panic's `time: ` prefix): fixed by
      // installing tzdata in the container.
      name: 'time.In(nil) after an ignored LoadLocation error: low',
      output: 'missing Location in call to Time.In\n',
      kind: 'log',
      facts: null,
      confidence: 'low',
      evidence: ['nil *Location']
    },
    {
      // Verbatim from TheoBrigitte/mcp-time#7: a program's wording of LoadLocation's error for a real zone.
      name: "a program's 'Invalid IANA timezone name' for a real zone: medium",
      output: 'invalid_timezone: Invalid IANA timezone name: America/New_York\n',
      kind: 'log',
      facts: null,
      confidence: 'medium',
      evidence: ['America/New_York']
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
