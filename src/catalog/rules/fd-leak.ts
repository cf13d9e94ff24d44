/**
 * fd-leak (look-alike, not environmental): `too many open files` although the limit Go runs under is
 * high. Go >= 1.19 raises the soft RLIMIT_NOFILE to the hard one, so with a hard limit >= 65536 the
 * likeliest cause is descriptors the tests never close (failure catalog 2.8 and section 5).
 *
 * With the limit unknown (no facts), this rule alone speaks, at low confidence: a leak is the most
 * common cause (catalog 2.8) and nofile-limit stays silent until the limit is read. The remedy then
 * starts with the check that tells the two apart (`ulimit -Hn`).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, fmtLimit, goAtLeast, matchLines, rlimit } from '../helpers.js'
import { EMFILE, ENFILE, INOTIFY_LINE, NOFILE_HIGH, NOFILE_LOW } from './nofile-limit.js'

const rule: Rule = defineRule({
  id: 'fd-leak',
  title: 'File descriptors leaked by the tests',
  environmental: false,
  severity: 'notice',
  triggers: [EMFILE],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE)
    if (matched.length === 0 || matched.some(l => ENFILE.test(l))) return null
    if (matched.every(l => INOTIFY_LINE.test(l))) return null
    const lim = rlimit(facts, 'nofile')
    const modern = goAtLeast(facts, '1.19')
    const effective = lim ? (modern === false ? lim.value.soft : lim.value.hard) : null
    let support: Support = 'unknown'
    if (effective !== null) {
      if (effective < NOFILE_LOW) support = 'contradicts'
      else if (effective >= NOFILE_HIGH) support = 'corroborates'
    }
    // Never high: a high limit makes the environment unlikely, it does not prove a leak.
    const confidence = confidenceFor('generic', support)
    if (confidence === null) return null
    const evidence = [...matched]
    if (lim && effective !== null)
      evidence.push(`${lim.evidence}: ${fmtLimit(effective)} descriptors is far more than a test suite needs`)
    else evidence.push('open-file limit unknown: a descriptor leak is the commoner cause of EMFILE')
    const check =
      effective === null
        ? 'First check the limit the tests ran under: `ulimit -Hn` in the test step (`ulimit -Sn` too for Go < 1.19). ' +
          `Below ${NOFILE_LOW} the limit is the cause (raise it: see the nofile-limit rule); far above it, read on. `
        : ''
    return cause(
      'fd-leak',
      confidence,
      evidence,
      check +
        'Look for descriptors the tests never close: `defer resp.Body.Close()` on every HTTP response, ' +
        '`Close()` on files, listeners and `*sql.Rows`, and `t.Cleanup` for servers started per test. ' +
        'Watch the count while the tests run: `ls /proc/$(pgrep -f "\\.test")/fd | wc -l`.'
    )
  }
})

export default rule
