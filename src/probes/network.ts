import type { Host } from '../host/host.js'
import { isKnown, known, unknown, type Facts } from '../facts/types.js'
import { IPV6_LOOPBACK_HEX, parseIfInet6, parsePortRange } from '../facts/parse-proc.js'
import { read } from './util.js'

/**
 * IPv6 loopback: ::1 must be on `lo` in /proc/net/if_inet6 for `[::1]:0` listeners. The file is
 * absent when the kernel has no IPv6 stack (ipv6.disable=1 or not built); ::1 is missing when
 * disable_ipv6=1 on lo or all.
 */
export async function probeIpv6Loopback(
  host: Host,
  sysctl: Facts['sysctl']
): Promise<Facts['network']['ipv6Loopback']> {
  const r = await read(host, '/proc/net/if_inet6', 256 * 1024)
  const flags = (['all', 'default', 'lo'] as const)
    .map(k => {
      const f = sysctl[`net.ipv6.conf.${k}.disable_ipv6`]
      return isKnown(f) ? `net.ipv6.conf.${k}.disable_ipv6=${f.value}` : null
    })
    .filter((x): x is string => x !== null)
  const flagText = flags.length ? ` (${flags.join(', ')})` : ''
  if (!r.ok) {
    if (r.code === 'ENOENT') {
      return known({
        present: false,
        detail:
          '/proc/net/if_inet6 does not exist: the kernel has no IPv6 stack (booted with ipv6.disable=1 or built without IPv6)'
      })
    }
    return unknown(r.reason)
  }
  const addrs = parseIfInet6(r.text)
  const lo = addrs.find(a => a.address === IPV6_LOOPBACK_HEX)
  if (lo) return known({ present: true, detail: `::1 is configured on ${lo.ifName}${flagText}` })
  return known({ present: false, detail: `::1 is not in /proc/net/if_inet6${flagText}` })
}

export function probePortRange(sysctl: Facts['sysctl']): Facts['network']['portRange'] {
  const f = sysctl['net.ipv4.ip_local_port_range']
  if (!isKnown(f)) return unknown(f.unknown)
  const p = parsePortRange(f.value)
  return p ? known(p) : unknown(`cannot parse net.ipv4.ip_local_port_range "${f.value.slice(0, 40)}"`)
}
