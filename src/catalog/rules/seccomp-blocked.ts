/**
 * seccomp-blocked: a seccomp filter (a container's profile, a sandbox, systemd SystemCallFilter)
 * refuses a system call: EPERM or ENOSYS from a call that works on the host, or SIGSYS when the filter
 * kills. Doc: docs/rules/seccomp-blocked.md.
 * Under clone3 EPERM node itself cannot start: the doc gives the outside path (scripts/facts.sh).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import { blockedSyscalls } from '../../goprobe/classify.js' // pure (no I/O): the Go probe's verdicts
import { confidenceFor, type Support } from '../confidence.js'
import { isRoot } from '../fact-readers.js'
import { namespaceView } from '../namespaces.js'

/**
 * Calls Docker's default profile (moby profiles/seccomp/default.json) refuses without a capability, and
 * calls older profiles did not know (faccessat2, statx, clone3): EPERM from one of them, by name, is a
 * filter far more often than a missing privilege.
 */
const FILTERED =
  /^(?:add_key|keyctl|request_key|bpf|perf_event_open|userfaultfd|io_uring_\w+|personality|pivot_root|swapo(?:n|ff)|reboot|syslog|acct|settimeofday|clock_settime|clock_adjtime|adjtimex|kexec_\w+|init_module|finit_module|delete_module|ioperm|iopl|lookup_dcookie|move_pages|mbind|set_mempolicy|get_mempolicy|name_to_handle_at|open_by_handle_at|quotactl|vm86|kcmp|process_vm_\w+|fanotify_init|faccessat2|statx|clone3|membarrier|pidfd_\w+|close_range|openat2|mlock2?|mlockall|sched_setattr|setns|unshare|mount|umount2?)$/
const isFilteredEperm = (e: Evidence): boolean =>
  e.kind === 'errno' && e.errno === 'EPERM' && FILTERED.test(e.op ?? e.syscall ?? '')

const isSigsys = (e: Evidence): boolean => e.kind === 'signal' && e.detail === 'sigsys'
const isPthreadEperm = (e: Evidence): boolean =>
  e.kind === 'thread' && e.op === 'pthread_create' && e.errno === 'EPERM'
/** ENOSYS from a named call: Linux has the common ones, so a filter (or gVisor, or an old kernel) said no. */
const isEnosys = (e: Evidence): boolean =>
  e.kind === 'errno' && e.errno === 'ENOSYS' && !!(e.op ?? e.syscall) && e.op !== 'fork/exec'

function seccompSupport(
  facts: Facts | null,
  relevant: readonly string[] | 'any'
): { support: Support; evidence: string[] } {
  const sc = facts ? valueOf(facts.security?.seccomp) : undefined
  const probe = facts?.goProbe ? valueOf(facts.goProbe) : undefined
  const blocked = Object.entries(probe?.syscalls ?? {}).filter(
    ([name, r]) => r.blocked && (relevant === 'any' || relevant.includes(name))
  )
  const evidence: string[] = []
  if (sc)
    evidence.push(
      `seccomp mode: ${sc.mode}${sc.filters !== null ? ` (${sc.filters} filter${sc.filters === 1 ? '' : 's'})` : ''} (/proc/self/status)`
    )
  for (const [name, r] of blocked)
    evidence.push(`probe: ${name} returned ${r.errno} (expected ${r.expected.join(' or ')})`)
  if (blocked.length > 0) return { support: 'conclusive', evidence }
  if (!sc) return { support: 'unknown', evidence }
  return { support: sc.mode === 'disabled' ? 'contradicts' : 'corroborates', evidence }
}

const rule: Rule = defineRule({
  id: 'seccomp-blocked',
  title: 'A seccomp filter blocks a system call',
  environmental: true,
  severity: 'warning',
  claims: e =>
    isSigsys(e) ||
    isPthreadEperm(e) ||
    (e.kind === 'errno' && (e.errno === 'EPERM' || e.errno === 'ENOSYS')) ||
    (e.kind === 'hint' && e.detail === 'seccomp'),
  fixes: [],
  advice: {
    githubHosted:
      'GitHub-hosted runners apply no seccomp filter to job steps: the filter comes from a container or sandbox the tests run in; fix its profile.',
    selfHosted:
      'if the runner service has `SystemCallFilter=`, add the call or set `SystemCallErrorNumber=EPERM`; if the tests run in Docker, see the container remedy.',
    container:
      "run the job container with a seccomp profile that allows the call: `container.options: --security-opt seccomp=/path/profile.json` (copy moby's default.json and add it), or, as a last resort and weakening isolation, `--security-opt seccomp=unconfined`."
  },

  diagnose(m) {
    const sigsys = m.evidence.filter(isSigsys)
    if (sigsys.length > 0) {
      const s = seccompSupport(m.facts, 'any')
      const confidence = confidenceFor('specific', s.support)
      if (!confidence) return null
      // Go >= 1.23 probes pidfd_open on the first exec: the frames say which call was trapped.
      const trimmed = m.lines.map(l => l.trim())
      const frames = [/^os\.checkPidfd\(/, /^internal\/syscall\/unix\.\w+\(/]
        .map(re => trimmed.find(l => re.test(l)))
        .filter((l): l is string => l !== undefined)
      return m.cause(confidence, s.evidence, {
        lines: [...sigsys.map(e => e.text), ...frames],
        advice: {
          always:
            'The filter kills instead of returning an error: make its default action SCMP_ACT_ERRNO, and allow pidfd_open, pidfd_send_signal and waitid (Go >= 1.23 probes them on the first exec).'
        }
      })
    }
    const pthread = m.evidence.filter(isPthreadEperm)
    if (pthread.length > 0) {
      const s = seccompSupport(m.facts, ['clone3', 'clone'])
      const confidence = confidenceFor('specific', s.support)
      if (!confidence) return null
      return m.cause(confidence, s.evidence, {
        lines: pthread.map(e => e.text),
        advice: {
          always:
            'clone3 must fail with ENOSYS, not EPERM, for glibc >= 2.34 to fall back to clone: upgrade Docker to 20.10.10 or later (or containerd with the 2021 fix), or use an image with an older glibc.'
        }
      })
    }
    const enosys = m.evidence.filter(isEnosys)
    const named = m.evidence.some(e => e.kind === 'hint')
    const v = namespaceView(m.failure, m.all, m.lines)
    const ns = [...v.create, ...v.after]
    const eperm = m.evidence.filter(e => e.errno === 'EPERM')
    if (m.facts) {
      const s = seccompSupport(m.facts, ns.length > 0 ? ['unshare', 'clone', 'setns', 'mount'] : 'any')
      if (s.support === 'conclusive')
        return m.cause('high', s.evidence, { lines: [...enosys, ...eperm].map(e => e.text).slice(0, 4) })
      if (
        s.support === 'corroborates' &&
        (enosys.length > 0 || ns.length > 0 || (eperm.length > 0 && isRoot(m.facts) === true))
      ) {
        // A filter is on; for root (or with CAP_SYS_ADMIN) an EPERM is not a missing permission.
        const caps = valueOf(m.facts.security?.capabilities)
        return m.cause(
          'medium',
          [
            ...s.evidence,
            caps && !caps.sysAdmin && ns.length > 0
              ? "no CAP_SYS_ADMIN: Docker's default profile then refuses unshare, setns, mount and clone with namespace flags"
              : null,
            isRoot(m.facts) === true && ns.length === 0
              ? 'the tests run as root: an EPERM is a filter, not a missing permission'
              : null
          ],
          { lines: [...enosys, ...ns, ...eperm].map(e => e.text).slice(0, 4) }
        )
      }
      if (s.support !== 'unknown') return null
    }
    // From the log alone.
    if (enosys.length > 0)
      return m.cause(
        'low',
        [
          'ENOSYS from a system call Linux has: a filter refused it (or gVisor, or a kernel older than the call)'
        ],
        {
          lines: enosys.map(e => e.text),
          advice: {
            always:
              'Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter) and `uname -r`.'
          }
        }
      )
    if (eperm.length > 0 && named && !v.unconfined)
      return m.cause('low', ['the log names seccomp, and a system call was refused with EPERM'], {
        lines: eperm.map(e => e.text).slice(0, 4),
        advice: { always: 'Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter).' }
      })
    // A debugger launching its target (Delve: `could not launch process: fork/exec ./debug: operation
    // not permitted`): the tracee's PTRACE_TRACEME, refused by a container's seccomp profile.
    const debug = eperm.filter(
      e => e.op === 'fork/exec' && /launch process|debugger|\bdlv\b|ptrace/.test((e.context ?? []).join(' '))
    )
    if (debug.length > 0 && !v.unconfined)
      return m.cause(
        'low',
        [
          'a debugger could not start its target: in a container the default seccomp profile refuses ptrace without CAP_SYS_PTRACE'
        ],
        {
          lines: debug.map(e => e.text).slice(0, 2),
          runnerUp: {
            rule: 'ptrace-restricted',
            check:
              '`grep Seccomp /proc/self/status` in the container, and `cat /proc/sys/kernel/yama/ptrace_scope`'
          },
          advice: {
            container:
              'Run the container with `--cap-add SYS_PTRACE --security-opt seccomp=unconfined` for debugging.'
          }
        }
      )
    const filtered = m.evidence.filter(isFilteredEperm).filter(e => !ns.includes(e))
    if (filtered.length > 0 && !v.unconfined)
      return m.cause(
        'low',
        ["EPERM from a system call that seccomp profiles (Docker's default among them) refuse"],
        {
          lines: filtered.map(e => e.text).slice(0, 4),
          advice: {
            always:
              'Check where the tests run: `grep Seccomp /proc/self/status` (2 = a filter), and whether the call works with `--security-opt seccomp=unconfined`.'
          }
        }
      )
    if (eperm.length > 0 && ns.length === 0 && v.container && !v.unconfined)
      return m.cause(
        'low',
        [
          'a system call was refused with EPERM inside a container: its seccomp profile refuses what it does not list (or a capability is missing)'
        ],
        {
          lines: eperm.map(e => e.text).slice(0, 4),
          advice: {
            always:
              'Check in the container: `grep -E "Seccomp|CapEff" /proc/self/status`, and whether it works with `--security-opt seccomp=unconfined`.'
          }
        }
      )
    if (ns.length > 0 && v.container && !v.unconfined)
      return m.cause(
        'low',
        [
          "a namespace call was refused inside a container: Docker's default seccomp profile refuses unshare, setns, mount and namespace clones"
        ],
        {
          lines: ns.map(e => e.text).slice(0, 4),
          runnerUp: {
            rule: 'userns-disabled',
            check:
              '`grep Seccomp /proc/self/status` in the container, and the run with `--security-opt seccomp=unconfined`'
          }
        }
      )
    return null
  },

  preflight(facts, p) {
    const probe = facts.goProbe ? valueOf(facts.goProbe) : undefined
    const blocked = blockedSyscalls(probe).map(n => [n, probe!.syscalls[n]] as const)
    if (blocked.length === 0) return []
    return [
      p.finding({
        message: `A seccomp filter refuses ${blocked.map(([n]) => n).join(', ')}: tests (or cgo/glibc) that use these calls fail with EPERM/ENOSYS or SIGSYS.`,
        evidence: blocked.map(
          ([n, r]) => `probe: ${n} returned ${r.errno} (expected ${r.expected.join(' or ')})`
        )
      })
    ]
  }
})

export default rule
