/**
 * fd-leak (look-alike): EMFILE because the tests never close descriptors, not because the limit is low.
 * Doc: docs/rules/fd-leak.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { confidenceFor, type Support } from '../confidence.js'
import { fmtLimit } from '../fact-readers.js'
import { effectiveNofile, isEmfile, logSays, NOFILE_HIGH, NOFILE_LOW } from './nofile-limit.js'

const CHECK =
  'Look for descriptors the tests never close: `defer resp.Body.Close()` on every HTTP response, ' +
  '`Close()` on files, listeners and `*sql.Rows`, and `t.Cleanup` for servers started per test. ' +
  'Watch the count while the tests run: `ls /proc/$(pgrep -f "\\.test")/fd | wc -l`.'

const rule: Rule = defineRule({
  id: 'fd-leak',
  title: 'File descriptors leaked by the tests',
  environmental: false,
  severity: 'notice',
  claims: isEmfile,
  fixes: [],
  advice: { always: CHECK },

  diagnose(m) {
    const lim = effectiveNofile(m.facts)
    if (lim) {
      let support: Support = 'unknown'
      if (lim.value < NOFILE_LOW) support = 'contradicts'
      else if (lim.value >= NOFILE_HIGH) support = 'corroborates'
      // Never high: a high limit makes the environment unlikely, it does not prove a leak.
      const confidence = confidenceFor('generic', support)
      if (!confidence) return null
      return m.cause(confidence, [
        ...lim.evidence
          .slice(0, 1)
          .map(e => `${e}: ${fmtLimit(lim.value)} descriptors is far more than a test suite needs`)
      ])
    }
    const says = logSays(m.evidence, m.lines)
    if (says === 'limit') return null
    return m.cause(
      'low',
      [
        says === 'leak'
          ? 'the tests ran again and again in one process (-count), or opened thousands of descriptors before EMFILE: more than any test needs at once'
          : 'open-file limit unknown: a descriptor leak is as likely as a low limit'
      ],
      {
        advice: {
          always: `First check the limit the tests ran under: \`ulimit -Hn\` in the test step (\`ulimit -Sn\` too for Go < 1.19). Below ${NOFILE_LOW} the limit is the cause (see nofile-limit); far above it, read on.`
        },
        ...(says === 'leak'
          ? {}
          : { runnerUp: { rule: 'nofile-limit', check: '`ulimit -Hn` in the test step' } })
      }
    )
  }
})

export default rule
