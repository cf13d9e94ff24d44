import type { Host } from '../host/host.js'
import { known, unknown, RLIMIT_NAMES, SYSCTL_KEYS, type Facts, type SysctlKey } from '../facts/types.js'
import { parseLimits } from '../facts/parse-limits.js'
import { failed, read } from './util.js'

/**
 * The rlimits `go test` inherits when started from the same shell step: the probing process's own
 * (/proc/self/limits), except for the NOFILE soft limit. Node raises its own soft NOFILE to the hard
 * limit at startup (src/node.cc, "Raise the open file descriptor limit"), so /proc/self/limits shows
 * soft == hard even when the shell that started us (and will start go test) has a lower soft limit.
 * When the parent's hard NOFILE equals ours, the parent's soft value is the one reported, with a note.
 */
export async function probeRlimits(host: Host, ppid: number | null): Promise<Facts['rlimits']> {
  const [r, p] = await Promise.all([
    read(host, '/proc/self/limits', 16 * 1024),
    ppid && ppid > 0 ? read(host, `/proc/${ppid}/limits`, 16 * 1024) : Promise.resolve(null)
  ])
  const out = {} as Facts['rlimits']
  const parsed = r.ok ? parseLimits(r.text) : {}
  for (const name of RLIMIT_NAMES) {
    const v = parsed[name]
    out[name] = v ? known(v) : r.ok ? unknown(`/proc/self/limits has no line for ${name}`) : failed(r)
  }
  const self = parsed.nofile
  if (self && self.soft === self.hard) {
    const parent = p?.ok ? parseLimits(p.text).nofile : undefined
    if (parent && parent.hard === self.hard && parent.soft !== self.soft) {
      out.nofile = known({
        soft: parent.soft,
        hard: self.hard,
        note:
          `soft limit from /proc/${ppid}/limits (the parent process, whose limits the step's other commands inherit); ` +
          `this Node process raised its own soft limit to ${self.soft} at startup`
      })
    } else if (parent && parent.hard !== self.hard) {
      out.nofile = known({
        ...self,
        note:
          'Node raises its own soft NOFILE to the hard limit at startup, so the soft limit the step itself has may be ' +
          `lower; the parent process (/proc/${ppid}/limits) has other limits, so it cannot be recovered`
      })
    }
  }
  return out
}

/** `net.ipv6.conf.lo.disable_ipv6` -> `/proc/sys/net/ipv6/conf/lo/disable_ipv6` (sysctl(8) dots-to-slashes). */
export function sysctlPath(key: string): string {
  return '/proc/sys/' + key.split('.').join('/')
}

const ABSENT_NOTE: Partial<Record<SysctlKey, string>> = {
  'kernel.unprivileged_userns_clone': ' (a Debian/Ubuntu kernel patch; upstream kernels do not have it)',
  'kernel.apparmor_restrict_unprivileged_userns': ' (added by Ubuntu kernels 6.x; needs AppArmor)',
  'kernel.yama.ptrace_scope': ' (the Yama LSM is not built in)',
  'net.ipv6.conf.all.disable_ipv6':
    ' (IPv6 is not available: built without it or booted with ipv6.disable=1)',
  'net.ipv6.conf.default.disable_ipv6':
    ' (IPv6 is not available: built without it or booted with ipv6.disable=1)',
  'net.ipv6.conf.lo.disable_ipv6': ' (IPv6 is not available: built without it or booted with ipv6.disable=1)'
}

export async function probeSysctls(host: Host): Promise<Facts['sysctl']> {
  const results = await Promise.all(SYSCTL_KEYS.map(k => read(host, sysctlPath(k), 4096)))
  const out = {} as Facts['sysctl']
  SYSCTL_KEYS.forEach((k, i) => {
    const r = results[i]
    if (r.ok) out[k] = known(r.text.trim())
    else out[k] = failed(r, `${k} is not present on this kernel${ABSENT_NOTE[k] ?? ''}`)
  })
  return out
}
