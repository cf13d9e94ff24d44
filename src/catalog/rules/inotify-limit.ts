/**
 * inotify-limit: EMFILE from inotify_init1 (fs.inotify.max_user_instances) or ENOSPC from
 * inotify_add_watch (fs.inotify.max_user_watches), read from the operation and its wrappers' words,
 * never from a file name. Doc: docs/rules/inotify-limit.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import type { SysctlFix } from '../fix.js'
import { confidenceFor, type Support } from '../confidence.js'
import { rlimit, sysctlNumber, type Reading } from '../fact-readers.js'
import { isInotify } from '../signals.js'
import type { Evidence } from '../../evidence/model.js'

/** GitHub-hosted images set 1280 instances and 655360 watches (runner-images configure-environment.sh). */
export const WANT_INSTANCES = 1280
export const WANT_WATCHES = 655360
const LOW_INSTANCES = 256
const LOW_WATCHES = 65536

/** The lower of the host-wide and the user-namespace limit. */
function effective(facts: Facts | null, kind: 'instances' | 'watches'): Reading<number> | null {
  const a = sysctlNumber(
    facts,
    kind === 'instances' ? 'fs.inotify.max_user_instances' : 'fs.inotify.max_user_watches'
  )
  const b = sysctlNumber(
    facts,
    kind === 'instances' ? 'user.max_inotify_instances' : 'user.max_inotify_watches'
  )
  if (a && b)
    return b.value < a.value
      ? { value: b.value, evidence: `${b.evidence} (user namespace; ${a.evidence})` }
      : a
  return a ?? b
}

const INSTANCES: SysctlFix = {
  kind: 'sysctl',
  key: 'fs.inotify.max_user_instances',
  value: String(WANT_INSTANCES),
  better: 'higher',
  when: /instances|too many open files|EMFILE/i
}
const WATCHES: SysctlFix = {
  kind: 'sysctl',
  key: 'fs.inotify.max_user_watches',
  value: String(WANT_WATCHES),
  better: 'higher',
  when: /watches|no space left|ENOSPC/i
}

/** The operation or its wrapper says inotify or a file watcher. */
const worded = (e: Evidence): boolean => isInotify(e) || /file watchers/i.test(e.text)

const rule: Rule = defineRule({
  id: 'inotify-limit',
  title: 'inotify instance or watch limit reached',
  environmental: true,
  severity: 'warning',
  claims: e =>
    (e.kind === 'errno' &&
      (e.errno === 'EMFILE' || e.errno === 'ENOSPC') &&
      (worded(e) || (e.errno === 'ENOSPC' && e.path === undefined))) ||
    (e.kind === 'hint' && /max_user_watches|max_user_instances|inotify|file watchers/i.test(e.detail ?? '')),
  fixes: [INSTANCES, WATCHES],
  advice: {
    always:
      'Also close watchers in tests (`defer w.Close()`): each fsnotify.Watcher holds one instance until closed.'
  },

  diagnose(m) {
    const errs = m.evidence.filter(e => e.kind === 'errno')
    // A hint alone (a line naming the knob) is not a failure's cause: it needs the errno with it.
    if (errs.length === 0) return null
    const kind =
      errs.some(e => e.errno === 'EMFILE') && !m.evidence.some(e => /watches|file watchers/i.test(e.text))
        ? 'instances'
        : 'watches'
    const lim = effective(m.facts, kind)
    const low = kind === 'instances' ? LOW_INSTANCES : LOW_WATCHES
    const s: Support = lim ? (lim.value < low ? 'corroborates' : 'unknown') : 'unknown'
    // ENOSPC that names no file and no watcher (nxadm/tail: `tail ended with error: no space left on
    // device`, matrix tail-inotify-watches) is inotify's only when the facts show the watches used up.
    if (!errs.some(worded) && s !== 'corroborates') return null
    // EMFILE with a low NOFILE and ample instances: the descriptor limit, not inotify's.
    const nofile = rlimit(m.facts, 'nofile')
    if (kind === 'instances' && nofile && nofile.value.hard < 4096 && s !== 'corroborates') return null
    // From the log alone low: watchers never closed (a leak) run a limit out as often as a low limit does.
    let confidence = s === 'unknown' ? 'low' : confidenceFor('specific', s)
    if (confidence === null) return null
    // Unworded, a full disk stays possible: the facts make inotify likelier, they do not prove it.
    if (!errs.some(worded) && confidence === 'high') confidence = 'medium'
    return m.cause(confidence, [lim?.evidence], { fixes: [kind === 'instances' ? INSTANCES : WATCHES] })
  },

  preflight(facts, p) {
    const out = []
    for (const kind of ['instances', 'watches'] as const) {
      const lim = effective(facts, kind)
      const low = kind === 'instances' ? LOW_INSTANCES : LOW_WATCHES
      if (!lim || lim.value >= low) continue
      out.push(
        p.finding({
          message: `Only ${lim.value} inotify ${kind} per user, shared by every process of the user on the host: file-watching tests and tools (fsnotify, kind, IDEs) run out.`,
          evidence: [lim.evidence],
          fixes: [kind === 'instances' ? INSTANCES : WATCHES]
        })
      )
    }
    return out
  }
})

export default rule
