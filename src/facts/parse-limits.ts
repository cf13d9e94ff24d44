import type { Limit, Rlimit, RlimitName } from './types.js'

/**
 * /proc/<pid>/limits, as printed by the kernel's proc_pid_limits() (fs/proc/base.c): a header line,
 * then one line per resource with the name padded to 25 columns and soft/hard padded to 20, e.g.
 *   Max open files            20000                20000                files
 * `unlimited` is RLIM_INFINITY and is kept as the string.
 */
const NAMES: Record<string, RlimitName> = {
  'Max open files': 'nofile',
  'Max processes': 'nproc',
  'Max address space': 'as',
  'Max stack size': 'stack',
  'Max locked memory': 'memlock'
}

export function parseLimitValue(s: string): Limit | null {
  if (s === 'unlimited') return 'unlimited'
  if (!/^\d+$/.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

export function parseLimits(text: string): Partial<Record<RlimitName, Rlimit>> {
  const out: Partial<Record<RlimitName, Rlimit>> = {}
  for (const line of text.split('\n').slice(0, 64)) {
    // The name is words separated by single spaces; the columns are separated by 2+ spaces.
    const m = /^(Max(?: \S+)+?)\s{2,}(\S+)\s+(\S+)/.exec(line)
    if (!m) continue
    const name = NAMES[m[1]]
    if (!name) continue
    const soft = parseLimitValue(m[2])
    const hard = parseLimitValue(m[3])
    if (soft === null || hard === null) continue
    out[name] = { soft, hard }
  }
  return out
}
