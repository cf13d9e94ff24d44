/**
 * seccomp-blocked: a seccomp filter (a container runtime's profile, systemd SystemCallFilter=, a sandbox)
 * refuses a system call the test needs. Failure catalog 2.20-2.23. Three shapes, all reproduced here with
 * a raw BPF filter (e2e/scenarios/seccomp-*):
 *
 * - `SIGSYS: bad system call`: the filter TRAPs/KILLs instead of returning an errno. Since Go 1.23,
 *   os.StartProcess probes pidfd_open first (os.checkPidfd), so a trap there kills the test binary
 *   (golang/go#69065; reproduced with go1.26.8). On Linux only seccomp raises SIGSYS for a syscall.
 * - `runtime/cgo: pthread_create failed: Operation not permitted`: clone3 returns EPERM (Docker before
 *   20.10.10, moby/moby#42680); glibc >= 2.34 falls back to clone only on ENOSYS, so every cgo binary
 *   aborts at start-up (reproduced with glibc 2.36).
 * - `fork/exec ...: operation not permitted` / `unshare failed: Operation not permitted` for namespace
 *   flags: Docker's default profile without CAP_SYS_ADMIN (clone with mask 0x7E020000, unshare, setns,
 *   mount). Generic text: it needs `Seccomp: 2` to fire.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { valueOf } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, matchLines, remedyFor } from '../helpers.js'
import { blockedSyscalls } from '../../goprobe/classify.js' // pure (no I/O): the Go probe's verdicts

export const SIGSYS = [/^\s*SIGSYS: bad system call/m, /bad system call \(core dumped\)/i]
export const PTHREAD_EPERM = /pthread_create failed: Operation not permitted/i
export const SYSCALL_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /\bunshare(?: failed)?: operation not permitted/i,
  /\b(?:setns|mount|unshare|clone3?|pidfd_open|io_uring_setup|personality)\b.*: (?:operation not permitted|function not implemented)/i
]

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

const remedy = (facts: Facts | null, extra: string): string =>
  remedyFor(facts, {
    githubHosted:
      'GitHub-hosted runners apply no seccomp filter to job steps: the filter comes from a container or sandbox the tests run in; fix its profile.',
    selfHosted:
      'if the runner service has `SystemCallFilter=`, add the call or set `SystemCallErrorNumber=EPERM`; if the tests run in Docker, see the container remedy.',
    container:
      "run the job container with a seccomp profile that allows the call: `container.options: --security-opt seccomp=/path/profile.json` (copy moby's default.json and add it), or, as a last resort and weakening isolation, `--security-opt seccomp=unconfined`.",
    always: extra
  })

const rule: Rule = defineRule({
  id: 'seccomp-blocked',
  title: 'A seccomp filter blocks a system call',
  environmental: true,
  severity: 'warning',
  triggers: [...SIGSYS, PTHREAD_EPERM, ...SYSCALL_EPERM],

  diagnose(_failure, { facts, lines }) {
    const sigsys = matchLines(lines, SIGSYS)
    if (sigsys.length > 0) {
      // The stack names the call: `internal/syscall/unix.PidFDOpen` / `os.checkPidfd` for golang/go#69065.
      const frames = [
        ...matchLines(lines, /^os\.checkPidfd\(/, 1),
        ...matchLines(lines, /^internal\/syscall\/unix\.\w+\(/, 1)
      ]
      const s = seccompSupport(facts, 'any')
      const confidence = confidenceFor('specific', s.support)
      if (!confidence) return null
      return cause(
        'seccomp-blocked',
        confidence,
        [...sigsys, ...frames, ...s.evidence],
        remedy(
          facts,
          'The filter kills instead of returning an error: make its default action SCMP_ACT_ERRNO, and allow pidfd_open, pidfd_send_signal and waitid (Go >= 1.23 probes them on the first exec).'
        )
      )
    }
    const pthread = matchLines(lines, PTHREAD_EPERM)
    if (pthread.length > 0) {
      const s = seccompSupport(facts, ['clone3', 'clone'])
      const confidence = confidenceFor('specific', s.support)
      if (!confidence) return null
      return cause(
        'seccomp-blocked',
        confidence,
        [...pthread, ...s.evidence],
        remedy(
          facts,
          'clone3 must fail with ENOSYS, not EPERM, for glibc >= 2.34 to fall back to clone: upgrade Docker to 20.10.10 or later (or containerd with the 2021 fix), or use an image with an older glibc.'
        )
      )
    }
    const eperm = matchLines(lines, SYSCALL_EPERM)
    if (eperm.length === 0) return null
    const s = seccompSupport(facts, ['unshare', 'clone', 'setns', 'mount'])
    // Generic text: without a filter in place this is some other EPERM (userns, credentials...).
    if (s.support === 'unknown' || s.support === 'contradicts') return null
    const caps = facts ? valueOf(facts.security?.capabilities) : undefined
    const evidence = [...eperm, ...s.evidence]
    if (caps && !caps.sysAdmin)
      evidence.push(
        "no CAP_SYS_ADMIN: Docker's default profile then refuses unshare, setns, mount and clone with namespace flags"
      )
    return cause(
      'seccomp-blocked',
      confidenceFor('generic', s.support) ?? 'medium',
      evidence,
      remedy(facts, 'Or skip namespace-creating tests when they run in a container.')
    )
  },

  preflight(facts) {
    const probe = facts.goProbe ? valueOf(facts.goProbe) : undefined
    // Go runtime probe (src/goprobe, issue 8): the calls its verdicts say a filter refuses (old-kernel
    // ENOSYS, kernel.io_uring_disabled and no-filter answers already excluded there).
    const blocked = blockedSyscalls(probe).map(n => [n, probe!.syscalls[n]] as const)
    if (blocked.length === 0) return []
    return [
      finding(rule, {
        message: `A seccomp filter refuses ${blocked.map(([n]) => n).join(', ')}: tests (or cgo/glibc) that use these calls fail with EPERM/ENOSYS or SIGSYS.`,
        evidence: blocked.map(
          ([n, r]) => `probe: ${n} returned ${r.errno} (expected ${r.expected.join(' or ')})`
        ),
        remedy: remedy(facts, '')
      })
    ]
  }
})

export default rule
