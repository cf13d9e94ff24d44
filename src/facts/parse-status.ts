import type { SeccompInfo } from './types.js'

/** /proc/<pid>/status: `Key:\tvalue` lines (fs/proc/array.c). */
export function parseStatus(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split('\n').slice(0, 200)) {
    const i = line.indexOf(':')
    if (i <= 0) continue
    out[line.slice(0, i)] = line.slice(i + 1).trim()
  }
  return out
}

/**
 * `Seccomp:` is 0 (disabled), 1 (strict) or 2 (filter) (SECCOMP_MODE_* in include/linux/seccomp.h);
 * `Seccomp_filters:` (Linux 5.9+) counts the attached filters. Null when the kernel has no
 * CONFIG_SECCOMP (the line is absent).
 */
export function parseSeccomp(status: Record<string, string>): SeccompInfo | null {
  const mode = status.Seccomp
  if (mode === undefined) return null
  const modes: Record<string, SeccompInfo['mode']> = { '0': 'disabled', '1': 'strict', '2': 'filter' }
  const m = modes[mode]
  if (!m) return null
  const f = status.Seccomp_filters
  return { mode: m, filters: f !== undefined && /^\d+$/.test(f) ? Number(f) : null }
}

/** A kernel CPU list such as `0-3,8,10-11` (lib/bitmap.c bitmap_parselist): the number of CPUs. */
export function countCpuList(list: string): number | null {
  const s = list.trim()
  if (!s) return null
  let n = 0
  for (const part of s.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) return null
    const lo = Number(m[1])
    const hi = m[2] === undefined ? lo : Number(m[2])
    if (hi < lo || hi - lo > 1 << 20) return null
    n += hi - lo + 1
  }
  return n
}
