/** Small /proc text formats. Each parser tolerates junk and bounds the lines it looks at. */

/** /proc/meminfo (`MemTotal:       24684084 kB`): name -> bytes (values without a unit are kept as-is). */
export function parseMeminfo(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of text.split('\n').slice(0, 200)) {
    const m = /^([\w()]+):\s+(\d+)(?:\s+(kB))?\s*$/.exec(line)
    if (m) out[m[1]] = Number(m[2]) * (m[3] ? 1024 : 1)
  }
  return out
}

/**
 * /proc/net/netstat and /proc/net/snmp: pairs of lines, `TcpExt: name name ...` then
 * `TcpExt: 0 1 ...`. Returns prefix -> name -> value.
 */
export function parseNetstat(text: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  const lines = text.split('\n').slice(0, 100)
  for (let i = 0; i + 1 < lines.length; i++) {
    const h = /^(\w+):\s+(.*)$/.exec(lines[i])
    const v = /^(\w+):\s+(.*)$/.exec(lines[i + 1])
    if (!h || !v || h[1] !== v[1]) continue
    const names = h[2].trim().split(/\s+/)
    const values = v[2].trim().split(/\s+/)
    if (!values.every(x => /^-?\d+$/.test(x))) continue
    const rec: Record<string, number> = {}
    names.forEach((n, j) => {
      if (values[j] !== undefined) rec[n] = Number(values[j])
    })
    out[h[1]] = rec
    i++
  }
  return out
}

/** /proc/vmstat: `name value` lines. */
export function parseVmstat(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of text.split('\n').slice(0, 1000)) {
    const m = /^(\w+)\s+(\d+)\s*$/.exec(line)
    if (m) out[m[1]] = Number(m[2])
  }
  return out
}

export interface Inet6Addr {
  /** 32 hex digits, as in the file. */
  address: string
  ifIndex: number
  prefixLen: number
  scope: number
  flags: number
  ifName: string
}

/** /proc/net/if_inet6 (net/ipv6/addrconf.c if6_seq_show): address ifindex plen scope flags name, hex fields. */
export function parseIfInet6(text: string): Inet6Addr[] {
  const out: Inet6Addr[] = []
  for (const line of text.split('\n').slice(0, 4096)) {
    const f = line.trim().split(/\s+/)
    if (f.length < 6 || !/^[0-9a-f]{32}$/i.test(f[0])) continue
    out.push({
      address: f[0].toLowerCase(),
      ifIndex: parseInt(f[1], 16),
      prefixLen: parseInt(f[2], 16),
      scope: parseInt(f[3], 16),
      flags: parseInt(f[4], 16),
      ifName: f[5]
    })
  }
  return out
}

export const IPV6_LOOPBACK_HEX = '00000000000000000000000000000001'

/** net.ipv4.ip_local_port_range: `32768\t60999`. */
export function parsePortRange(text: string): { low: number; high: number; width: number } | null {
  const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(text)
  if (!m) return null
  const low = Number(m[1])
  const high = Number(m[2])
  if (high < low || high > 65535) return null
  return { low, high, width: high - low + 1 }
}

/**
 * go.mod: the `module` path and the `go` directive (golang.org/ref/mod#go-mod-file). Comments (`//`)
 * are stripped; the module path may be quoted.
 */
export function parseGoMod(text: string): { module: string | null; go: string | null } {
  let module: string | null = null
  let go: string | null = null
  for (const raw of text.split('\n').slice(0, 10000)) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    let m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line)
    if (m && module === null) module = m[1] ?? m[2] ?? m[3]
    m = /^go\s+(\d+(?:\.\d+){0,2}(?:(?:rc|beta)\d+)?)$/.exec(line)
    if (m && go === null) go = m[1]
  }
  return { module, go }
}
