/**
 * clock-skew: the runner's wall clock disagrees with the time stamps the test checks against. Kept
 * deliberately narrow and low-confidence: no probe reads the clock's offset, and most time errors in tests
 * are the tests' own (checked-in certificates that expired, fixed dates).
 *
 * What Go prints (crypto/x509 verify.go, CertificateInvalidError with reason Expired):
 *   `x509: certificate has expired or is not yet valid: current time <now> is before <NotBefore>`
 *   `... current time <now> is after <NotAfter>`
 * Only "is before" (not yet valid) points at a clock that is behind; "is after" is an expired certificate,
 * usually a checked-in fixture, and is not diagnosed unless the current time is absurd (before 2001, a
 * clock never set). golang-jwt prints `token used before issued` / `token is not valid yet` for the same
 * skew. cmd/go does not print a "modification time in the future" error (that is make/tar): not matched.
 */
import { defineRule, type Rule } from '../rule.js'
import { cause, matchLines, remedyFor } from '../helpers.js'

export const X509_NOT_YET_VALID =
  /x509: certificate has expired or is not yet valid: current time (\S+) is before (\S+)/i
export const X509_ANY =
  /x509: certificate has expired or is not yet valid: current time (\S+) is (?:before|after) /i
export const JWT_EARLY = /token used before issued|token is not valid yet/i
/** A current time before this year means the clock was never set (an RTC-less VM, an epoch default). */
export const UNSET_BEFORE = 2001

const rule: Rule = defineRule({
  id: 'clock-skew',
  title: 'The clock is behind (certificates or tokens not yet valid)',
  environmental: true,
  severity: 'notice',
  triggers: [X509_ANY, JWT_EARLY],

  diagnose(_failure, { facts, lines }) {
    const early = matchLines(lines, [X509_NOT_YET_VALID, JWT_EARLY])
    const unset = matchLines(lines, X509_ANY).filter(l => {
      const m = X509_ANY.exec(l)
      const year = m ? Number.parseInt((m[1] ?? '').slice(0, 4), 10) : NaN
      return Number.isFinite(year) && year < UNSET_BEFORE
    })
    if (early.length === 0 && unset.length === 0) return null
    const evidence = [...new Set([...unset, ...early])]
    evidence.push(
      unset.length > 0
        ? 'the "current time" the test saw is before 2001: the clock was never set'
        : "the test saw a time before the certificate/token became valid: this clock is behind the issuer's (or the issuer's is ahead)"
    )
    return cause(
      'clock-skew',
      unset.length > 0 ? 'medium' : 'low',
      evidence,
      remedyFor(facts, {
        githubHosted:
          "hosted runners sync time with chrony; if a step changed the time (faketime, date -s), undo it. Compare `date -u` with the certificate's NotBefore.",
        selfHosted:
          'enable time sync on the runner host: `sudo timedatectl set-ntp true` (systemd-timesyncd or chrony), then check `timedatectl status`.',
        container:
          "containers share the host's clock: fix time sync on the host (`timedatectl set-ntp true`).",
        always:
          'Tests that mint certificates should backdate NotBefore (e.g. time.Now().Add(-time.Hour)) so small skews between machines do not matter.'
      })
    )
  }
})

export default rule
