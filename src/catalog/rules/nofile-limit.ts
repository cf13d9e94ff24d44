/**
 * nofile-limit: EMFILE (`too many open files`) under a low RLIMIT_NOFILE, or ENFILE (`too many open
 * files in system`) when fs.file-max is reached. Doc: docs/rules/nofile-limit.md (Go >= 1.19 raises the
 * soft limit to the hard one; what the log alone can tell a limit from a leak).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { goAtLeast } from '../go-versions.js'
import { fmtLimit, rlimit, sysctlNumber } from '../fact-readers.js'
import { countIn, isInotify } from '../signals.js'

/** Hard limits below this make Go tests run out of descriptors (failure catalog 2.8 thresholds). */
export const NOFILE_LOW = 4096
/** At or above this, a leak is the likelier explanation (the catalog: "hard >= 65536: suspect a leak first"). */
export const NOFILE_HIGH = 16384
/** A test that got this far before EMFILE ran under a limit far above any test's needs: a leak. */
export const LEAK_COUNT = 4000
export const NOFILE_WANT = 65536

const REPEATED = /\bgo test\b.*\s-(?:test\.)?count[= ](?:[2-9]|\d{2,})\b/

export const isEmfile = (e: Evidence): boolean => e.kind === 'errno' && e.errno === 'EMFILE' && !isInotify(e)

/** The limit Go tests run under: the hard one since Go 1.19, the soft one before. */
export function effectiveNofile(facts: Facts | null): { value: number; evidence: string[] } | null {
  const lim = rlimit(facts, 'nofile')
  if (!lim) return null
  const modern = goAtLeast(facts, '1.19')
  const value = modern === false ? lim.value.soft : lim.value.hard
  const evidence = [lim.evidence]
  if (modern === true && lim.value.soft < lim.value.hard)
    evidence.push(`Go >= 1.19 raises the soft limit to the hard one, so ${fmtLimit(lim.value.hard)} applies`)
  return { value, evidence }
}

/**
 * What the log alone says about the limit: `limit` when only a limit explains it (the go command or the
 * compiler ran out), `leak` when the test got thousands of descriptors far first or the same tests ran
 * again and again in one process, else null.
 */
export function logSays(
  claimed: readonly Evidence[],
  lines: readonly string[] = []
): 'limit' | 'leak' | null {
  const counts = claimed.map(countIn).filter((n): n is number => n !== null)
  if (counts.some(n => n >= LEAK_COUNT)) return 'leak'
  // The same tests run again and again in one process (`-count 50`): what they keep open adds up.
  if (lines.some(l => REPEATED.test(l))) return 'leak'
  // The go command or the compiler ran out: no test's leak is in those processes.
  if (claimed.some(e => e.tool !== undefined)) return 'limit'
  return null
}

const rule: Rule = defineRule({
  id: 'nofile-limit',
  title: 'Open-file limit too low',
  environmental: true,
  severity: 'warning',
  claims: e => isEmfile(e) || (e.kind === 'errno' && e.errno === 'ENFILE'),
  fixes: [
    // EMFILE and the open-file limit, not ENFILE (`too many open files in system`: fs.file-max).
    {
      kind: 'rlimit',
      name: 'nofile',
      value: NOFILE_WANT,
      when: /too many open files(?! in system)|open-file limit|RLIMIT_NOFILE/i
    },
    {
      kind: 'sysctl',
      key: 'fs.file-max',
      value: '2097152',
      better: 'higher',
      when: /too many open files in system|fs\.file-max|ENFILE/i
    }
  ],

  diagnose(m) {
    const enfile = m.evidence.filter(e => e.errno === 'ENFILE')
    if (enfile.length > 0) {
      const fileMax = sysctlNumber(m.facts, 'fs.file-max')
      return m.cause('medium', [fileMax?.evidence], {
        lines: enfile.map(e => e.text),
        fixes: rule.fixes.filter(f => f.kind === 'sysctl'),
        advice: {
          always:
            'ENFILE means every descriptor on the host is in use: look for a leaking process on a shared host.'
        }
      })
    }
    const emfile = m.evidence
    const goNote =
      goAtLeast(m.facts, '1.19') === false
        ? {
            always:
              'Go before 1.19 keeps the soft limit: also run `ulimit -n "$(ulimit -Hn)"` before the tests.'
          }
        : undefined
    const fixes = rule.fixes.filter(f => f.kind === 'rlimit')
    const lim = effectiveNofile(m.facts)
    if (lim) {
      if (lim.value >= NOFILE_HIGH) return null // fd-leak speaks: a high limit points at a leak
      const support: Support = lim.value < NOFILE_LOW ? 'corroborates' : 'unknown'
      // Never null: a limit read (low or middling) is at least medium for a specific signature.
      const confidence = confidenceFor('specific', support) ?? 'medium'
      return m.cause(confidence, lim.evidence, { fixes, ...(goNote ? { advice: goNote } : {}) })
    }
    // The limit is unknown: the log decides how likely a limit is against a leak (see the doc).
    const says = logSays(emfile, m.lines)
    if (says === 'leak') return null
    const why =
      says === 'limit'
        ? 'the go command itself ran out of descriptors: a test cannot leak into it'
        : m.all.platform === 'darwin'
          ? "macOS starts processes with a soft limit of 256 descriptors (launchd's default); or descriptors the tests never close"
          : 'open-file limit unknown: a low limit, or descriptors the tests never close'
    return m.cause(says === 'limit' ? 'medium' : 'low', [why], {
      fixes,
      ...(goNote ? { advice: goNote } : {}),
      runnerUp: {
        rule: 'fd-leak',
        check: '`ulimit -Hn` in the test step: below 4096 the limit is the cause, far above it a leak'
      }
    })
  },

  preflight(facts, p) {
    const lim = rlimit(facts, 'nofile')
    if (!lim) return []
    const modern = goAtLeast(facts, '1.19')
    const effective = modern === false ? lim.value.soft : lim.value.hard
    if (effective >= NOFILE_LOW) return []
    const which = modern === false ? 'soft' : 'hard'
    return [
      p.finding({
        severity: effective < 1024 ? 'error' : 'warning',
        message:
          `The ${which} open-file limit is ${fmtLimit(effective)}; Go tests that open sockets or files in parallel ` +
          `fail with "too many open files" below ${NOFILE_LOW}.`,
        evidence: [lim.evidence],
        fixes: rule.fixes.filter(f => f.kind === 'rlimit')
      })
    ]
  }
})

export default rule
