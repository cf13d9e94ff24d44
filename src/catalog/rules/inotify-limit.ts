/**
 * inotify-limit: inotify instances (fs.inotify.max_user_instances, default 128: EMFILE `too many open
 * files` from inotify_init1) or watches (fs.inotify.max_user_watches: ENOSPC `no space left on device`
 * from inotify_add_watch) are exhausted for the real UID, shared by every process of that UID on the host.
 * Failure catalog 2.10 / 2.11. The per-user-namespace values (/proc/sys/user/max_inotify_*) count too.
 * Reproduced in a user namespace with user.max_inotify_instances=4 / max_inotify_watches (e2e/scenarios/
 * inotify-instances, inotify-watches).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Reading, Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  matchLines,
  remedyFor,
  rlimit,
  sysctlNumber,
  sysctlParts
} from '../helpers.js'
import type { Facts } from '../../facts/types.js'

export const INOTIFY_EMFILE = [
  /(inotify|fsnotify|watcher).*too many open files/i,
  /too many open files.*(inotify|watch)/i
]
export const INOTIFY_ENOSPC = [/(inotify_add_watch|fsnotify|watch).*no space left on device/i]
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

const rule: Rule = defineRule({
  id: 'inotify-limit',
  title: 'inotify instance or watch limit reached',
  environmental: true,
  severity: 'warning',
  triggers: [...INOTIFY_EMFILE, ...INOTIFY_ENOSPC],

  diagnose(_failure, { facts, lines }) {
    const emfile = matchLines(lines, INOTIFY_EMFILE)
    const enospc = matchLines(lines, INOTIFY_ENOSPC)
    if (emfile.length === 0 && enospc.length === 0) return null
    const kind = emfile.length ? 'instances' : 'watches'
    const lim = effective(facts, kind)
    const low = kind === 'instances' ? LOW_INSTANCES : LOW_WATCHES
    const s: Support = lim ? (lim.value < low ? 'corroborates' : 'unknown') : 'unknown'
    const evidence = [...emfile, ...enospc, lim?.evidence ?? '']
    // EMFILE under a low descriptor limit is nofile-limit's, even from an inotify call.
    const nofile = rlimit(facts, 'nofile')
    if (kind === 'instances' && nofile && nofile.value.hard < 4096 && s !== 'corroborates') return null
    const confidence = confidenceFor('specific', s)
    if (confidence === null) return null
    return cause('inotify-limit', confidence, evidence, inotifyRemedy(facts, kind))
  },

  preflight(facts) {
    const out = []
    for (const kind of ['instances', 'watches'] as const) {
      const lim = effective(facts, kind)
      const low = kind === 'instances' ? LOW_INSTANCES : LOW_WATCHES
      if (!lim || lim.value >= low) continue
      out.push(
        finding(rule, {
          message: `Only ${lim.value} inotify ${kind} per user, shared by every process of the user on the host: file-watching tests and tools (fsnotify, kind, IDEs) run out.`,
          evidence: [lim.evidence],
          remedy: inotifyRemedy(facts, kind)
        })
      )
    }
    return out
  }
})

function inotifyRemedy(facts: Facts | null, kind: 'instances' | 'watches'): string {
  const key = kind === 'instances' ? 'fs.inotify.max_user_instances' : 'fs.inotify.max_user_watches'
  return remedyFor(facts, {
    ...sysctlParts(key, kind === 'instances' ? WANT_INSTANCES : WANT_WATCHES),
    always:
      'Also close watchers in tests (`defer w.Close()`): each fsnotify.Watcher holds one instance until closed.'
  })
}

export default rule
