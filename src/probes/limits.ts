import type { Host } from '../host/host.js'
import { known, unknown, RLIMIT_NAMES, SYSCTL_KEYS, type Facts, type SysctlKey } from '../facts/types.js'
import { parseLimits } from '../facts/parse-limits.js'
import { failed, read } from './util.js'

/**
 * The probing process's own rlimits from /proc/self/limits. `go test` started from the same shell
 * step inherits them; a test started elsewhere (another step, a container) may not.
 */
export async function probeRlimits(host: Host): Promise<Facts['rlimits']> {
  const r = await read(host, '/proc/self/limits', 16 * 1024)
  const out = {} as Facts['rlimits']
  const parsed = r.ok ? parseLimits(r.text) : {}
  for (const name of RLIMIT_NAMES) {
    const v = parsed[name]
    out[name] = v ? known(v) : r.ok ? unknown(`/proc/self/limits has no line for ${name}`) : failed(r)
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
