/**
 * nofile-limit: `too many open files` (EMFILE) because RLIMIT_NOFILE is low, or ENFILE (`too many open
 * files in system`) because fs.file-max is reached. Failure catalog 2.8 / 2.9.
 *
 * Go >= 1.19 raises the soft limit to the hard one at start-up (https://go.dev/doc/go1.19, runtime), so
 * for those versions only the HARD limit counts; with a hard limit >= 65536 a leak is far more likely and
 * the failure is handed over to fd-leak. EMFILE from inotify_init1 belongs to inotify-limit.
 *
 * With the limit UNKNOWN (explain --no-probe, a pasted log, a probe that could not read
 * /proc/self/limits) EMFILE is not blamed on the limit at all: the failure catalog (2.8) names a
 * descriptor leak as the most common cause, and almost every modern environment gives Go a hard limit
 * far above what a test needs (hosted runners 65536, systemd/Docker >= 25 defaults 524288). Guessing the
 * environment would be wrong more often than right (TykTechnologies/tyk#1077: EMFILE after many passes
 * of the same test under -count 50, a leak), so fd-leak speaks, at low confidence, and its remedy says
 * how to check the limit first. ENFILE (`in system`) is still reported: no leak in one test process
 * explains a full system-wide table as well as a limit does.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  fmtLimit,
  goAtLeast,
  matchLines,
  remedyFor,
  rlimit,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'

export const EMFILE = /too many open files/i
export const ENFILE = /too many open files in system/i
/** EMFILE raised by inotify_init1 / fsnotify: inotify-limit's case, not this one. */
export const INOTIFY_LINE = /inotify|fsnotify|watcher/i
/** Hard limits below this make Go tests run out of descriptors (failure catalog 2.8 thresholds). */
export const NOFILE_LOW = 4096
/**
 * At or above this, a leak is the likelier explanation. The failure catalog (2.8, section 5) says
 * "hard >= 65536: suspect a leak first" and leaves 4096-65535 open; we hand over from 16384, since no
 * realistic test binary holds that many descriptors at once (reproduced: e2e/scenarios/fd-leak-control
 * leaks to 20000).
 */
export const NOFILE_HIGH = 16384
const WANT = 65536

const rule: Rule = defineRule({
  id: 'nofile-limit',
  title: 'Open-file limit too low',
  environmental: true,
  severity: 'warning',
  triggers: [EMFILE],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE)
    if (matched.length === 0) return null
    if (matched.every(l => INOTIFY_LINE.test(l))) return null

    const remedy = () =>
      remedyFor(facts, {
        githubHosted:
          `raise the limit in the same step that runs the tests: \`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` ` +
          `then \`go test ...\` (hosted images configure 65536, so a lower value comes from your own setup).`,
        selfHosted:
          `raise the runner service's limit: \`sudo systemctl edit actions.runner.<...>.service\` with ` +
          `\`[Service]\` \`LimitNOFILE=${WANT}\`, then restart the service (or \`ulimit -Hn ${WANT}\` as root before the tests).`,
        container: `add \`--ulimit nofile=${WANT}:${WANT}\` to the job's \`container.options\` (or \`docker run\`).`,
        always:
          goAtLeast(facts, '1.19') === false
            ? 'Go before 1.19 keeps the soft limit: also run `ulimit -n "$(ulimit -Hn)"` before the tests.'
            : undefined
      })

    // ENFILE: the system-wide table (fs.file-max) is full; the per-process limit is irrelevant.
    if (matched.some(l => ENFILE.test(l))) {
      const fileMax = sysctlNumber(facts, 'fs.file-max')
      return cause(
        'nofile-limit',
        'medium',
        [...matched, fileMax?.evidence ?? ''],
        remedyFor(facts, {
          ...sysctlParts('fs.file-max', 2097152),
          always:
            'ENFILE means every descriptor on the host is in use: look for a leaking process on a shared host.'
        })
      )
    }

    const lim = rlimit(facts, 'nofile')
    const modern = goAtLeast(facts, '1.19')
    // The limit that Go tests actually run under: the hard one since Go 1.19, the soft one before.
    const effective = lim ? (modern === false ? lim.value.soft : lim.value.hard) : null
    // Limit unknown: a leak is the likelier cause (see the header); fd-leak reports it.
    if (effective === null) return null
    let support: Support = 'unknown'
    if (effective !== null) {
      if (effective < NOFILE_LOW) support = 'corroborates'
      else if (lim && lim.value.hard >= NOFILE_HIGH) support = 'contradicts'
    }
    const confidence = confidenceFor('specific', support)
    // A high hard limit: hand over to fd-leak rather than blame the environment at low confidence.
    if (confidence === null || support === 'contradicts') return null
    const evidence = [...matched]
    if (lim) {
      evidence.push(lim.evidence)
      if (modern === true && lim.value.soft < lim.value.hard)
        evidence.push(
          `Go >= 1.19 raises the soft limit to the hard one, so ${fmtLimit(lim.value.hard)} applies`
        )
    }
    return cause('nofile-limit', confidence, evidence, remedy())
  },

  preflight(facts) {
    const lim = rlimit(facts, 'nofile')
    if (!lim) return []
    const modern = goAtLeast(facts, '1.19')
    const effective = modern === false ? lim.value.soft : lim.value.hard
    if (effective >= NOFILE_LOW) return []
    const which = modern === false ? 'soft' : 'hard'
    return [
      finding(rule, {
        severity: effective < 1024 ? 'error' : 'warning',
        message:
          `The ${which} open-file limit is ${fmtLimit(effective)}; Go tests that open sockets or files in parallel ` +
          `fail with "too many open files" below ${NOFILE_LOW}.`,
        evidence: [lim.evidence],
        remedy: remedyFor(facts, {
          githubHosted: `\`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` in the step that runs the tests.`,
          selfHosted: `\`LimitNOFILE=${WANT}\` in a systemd drop-in for the runner service, then restart it.`,
          container: `\`--ulimit nofile=${WANT}:${WANT}\` in the job's \`container.options\`.`
        })
      })
    ]
  }
})

export default rule
