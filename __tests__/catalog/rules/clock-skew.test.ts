import rule from '../../../src/catalog/rules/clock-skew.js'
import { runRuleCases } from '../harness.js'

// Not reproducible without moving this shared machine's clock (time namespaces do not offset
// CLOCK_REALTIME). The x509 text is crypto/x509's CertificateInvalidError for reason Expired, as quoted in
// kubernetes' csr tests: "x509: certificate has expired or is not yet valid: current time %s is before %s".
runRuleCases(rule, {
  fires: [
    {
      name: 'certificate not yet valid: clock behind, low',
      output:
        '    tls_test.go:40: Get "https://127.0.0.1:40123": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-11-21T09:00:00Z is before 2026-11-21T10:00:00Z\n',
      confidence: 'low',
      evidence: ['is before']
    },
    {
      name: 'a clock never set (1970) even on an "is after" message: medium',
      output:
        'x509: certificate has expired or is not yet valid: current time 1970-01-01T00:02:11Z is after 2027-01-01T00:00:00Z\n',
      confidence: 'medium'
    },
    {
      name: 'golang-jwt issued-at in the future',
      output: '    auth_test.go:22: token has invalid claims: token used before issued\n',
      confidence: 'low'
    }
  ],
  silent: [
    {
      name: 'an expired checked-in certificate is the fixture, not the clock',
      output:
        'x509: certificate has expired or is not yet valid: current time 2026-11-21T09:00:00Z is after 2025-06-01T00:00:00Z\n'
    },
    { name: 'an unrelated x509 error', output: 'x509: certificate signed by unknown authority\n' }
  ]
})
