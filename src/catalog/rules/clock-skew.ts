/**
 * clock-skew: certificates or tokens are "not yet valid" because this machine's clock is behind (or was
 * never set). Doc: docs/rules/clock-skew.md.
 */
import { defineRule, type Rule } from '../rule.js'

/** A current time before this year means the clock was never set (an RTC-less VM, an epoch default). */
export const UNSET_BEFORE = 2001

const CURRENT = /current time (\d{4})-\S* is (before|after) /

const rule: Rule = defineRule({
  id: 'clock-skew',
  title: 'The clock is behind (certificates or tokens not yet valid)',
  environmental: true,
  severity: 'notice',
  claims: e => e.kind === 'x509' && e.detail !== 'unknown-authority',
  fixes: [],
  advice: {
    githubHosted:
      "hosted runners sync time with chrony; if a step changed the time (faketime, date -s), undo it. Compare `date -u` with the certificate's NotBefore.",
    selfHosted:
      'enable time sync on the runner host: `sudo timedatectl set-ntp true` (systemd-timesyncd or chrony), then check `timedatectl status`.',
    container: "containers share the host's clock: fix time sync on the host (`timedatectl set-ntp true`).",
    always:
      'Tests that mint certificates should backdate NotBefore (e.g. time.Now().Add(-time.Hour)) so small skews between machines do not matter.'
  },

  diagnose(m) {
    const unset = m.evidence.filter(e => {
      const y = CURRENT.exec(e.text)
      return y !== null && Number(y[1]) < UNSET_BEFORE
    })
    if (unset.length > 0)
      return m.cause('medium', ['the "current time" the test saw is before 2001: the clock was never set'], {
        lines: unset.map(e => e.text)
      })
    const early = m.evidence.filter(e => e.detail === 'not-yet-valid' || e.detail === 'token-early')
    if (early.length > 0)
      return m.cause(
        'low',
        [
          "the test saw a time before the certificate/token became valid: this clock is behind the issuer's (or the issuer's is ahead)"
        ],
        {
          lines: early.map(e => e.text)
        }
      )
    // "has expired or is not yet valid" without the times (Go < 1.12): either; a wrong clock is the one that is not the certificate's fault.
    // Plainly expired ("current time ... is after ..."): a certificate past its date, not the clock.
    const either = m.evidence.filter(e => e.detail === 'expired-or-not-yet-valid')
    if (either.length === 0) return null
    return m.cause(
      'low',
      [
        'the certificate was outside its validity period for this clock: a clock behind (or far ahead), or a certificate that really expired'
      ],
      {
        lines: either.map(e => e.text),
        advice: {
          always: 'Check `date -u` on the machine against the certificate: `openssl x509 -noout -dates`.'
        }
      }
    )
  }
})

export default rule
