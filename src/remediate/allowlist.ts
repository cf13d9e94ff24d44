/**
 * The sysctls `tune` may touch, and nothing else, with pure comparisons on their values. Each entry's
 * safe value, direction, rules and cost come from the catalog rules' sysctl fixes (their sources are in
 * the rules' docs); the floors and value shapes below are the allow-list's own.
 *
 * Value sources, for the record (failure catalog, /work/shared/knowledge/failure-catalog.md):
 * fs.inotify.* 655360/1280, vm.max_map_count 262144, vm.mmap_rnd_bits 28 are what actions/runner-images
 * configure-environment.sh sets; net.core.somaxconn 4096 is the kernel default since 5.4;
 * ip_local_port_range "1024 65535" has different parity as ip-sysctl.rst asks; kernel.pid_max 4194304
 * is PID_MAX_LIMIT on 64-bit (systemd's 50-pid-max.conf), threads-max the same; user namespaces and
 * AppArmor per catalog §2.17-§2.19; IPv6 on lo per §2.25.
 */
import { rules as catalog } from '../catalog/index.js'
import { isNamespaced, type Better } from '../catalog/fix.js'
import type { Rule } from '../catalog/rule.js'
import type { SysctlKey } from '../facts/types.js'

export type { Better }

export interface SysctlSpec {
  key: SysctlKey
  /** The safe value `tune` sets (never beyond it). */
  target: string
  better: Better
  /** Rule ids whose findings or causes this key fixes. */
  rules: readonly string[]
  /** Per network namespace (`net.*`): settable inside a container with its own network namespace. */
  namespaced: boolean
  /**
   * Applied only when a diagnosed failure (a cause of medium or high confidence) needs it, never from a
   * preflight finding alone: security relaxations and the keys whose safe value is lower.
   */
  causeOnly: boolean
  /** Printed with the step: what the change costs. */
  warning?: string
  /** Narrows which triggers of `rules` need this key (matched against their evidence, message, remedy). */
  when?: RegExp
  /**
   * The tightest value restore ever writes back, whatever a record says (defence in depth against a
   * tampered or mistaken "original"): for `higher` keys the lowest number, for `lower` keys the highest,
   * for `wider` the fewest ports (`high - low + 1`). Each floor sits below the values the catalog's
   * rules flag, so a value the action itself raised can always be put back.
   */
  floor: string
  /** The largest number a field of the value may hold (the shape check of a recorded value). */
  max: bigint
}

/**
 * The allow-list's own safety policy: the keys tune may ever touch, and for each the tightest value
 * restore ever writes back (`floor`) and the largest number a field may hold (the shape check of a
 * recorded value). Which value is safe, in which direction, for which rules, and what it costs come from
 * the rules' sysctl fixes (src/catalog/fix.ts): one place for each value.
 */
const SAFETY: Readonly<Record<string, { floor: string; max: bigint }>> = {
  'fs.inotify.max_user_watches': { floor: '1024', max: 2147483647n },
  'fs.inotify.max_user_instances': { floor: '16', max: 2147483647n },
  'vm.max_map_count': { floor: '1024', max: 2147483647n },
  'net.core.somaxconn': { floor: '16', max: 2147483647n },
  'net.ipv4.ip_local_port_range': { floor: '1024', max: 65535n },
  'kernel.pid_max': { floor: '4096', max: 4194304n },
  'kernel.threads-max': { floor: '1024', max: 1073741823n },
  'fs.file-max': { floor: '8192', max: 9223372036854775807n },
  'user.max_user_namespaces': { floor: '0', max: 2147483647n },
  'kernel.unprivileged_userns_clone': { floor: '0', max: 1n },
  'kernel.apparmor_restrict_unprivileged_userns': { floor: '1', max: 1n },
  'vm.mmap_rnd_bits': { floor: '32', max: 32n },
  'net.ipv6.conf.lo.disable_ipv6': { floor: '1', max: 1n }
}

/**
 * The allow-list from the rules' sysctl fixes: a key two rules fix is one entry (both rule ids); they
 * must agree on its value and direction. A rule that names a key without a safety policy here is a
 * programming error, found when the module loads (and by __tests__/catalog/integrity.test.ts).
 */
export function buildAllowlist(list: readonly Rule[]): SysctlSpec[] {
  const out = new Map<string, SysctlSpec>()
  for (const rule of list)
    for (const fix of rule.fixes) {
      if (fix.kind !== 'sysctl' || fix.manual) continue
      const safety = SAFETY[fix.key]
      if (!safety) throw new Error(`${rule.id}: ${fix.key} has no safety policy in the tuning allow-list`)
      const had = out.get(fix.key)
      if (had) {
        if (had.target !== fix.value || had.better !== fix.better)
          throw new Error(
            `${rule.id} and ${had.rules.join(', ')} disagree on ${fix.key} (${fix.value} / ${had.target})`
          )
        out.set(fix.key, { ...had, rules: [...had.rules, rule.id] })
        continue
      }
      out.set(fix.key, {
        key: fix.key,
        target: fix.value,
        better: fix.better,
        rules: [rule.id],
        namespaced: isNamespaced(fix.key),
        causeOnly: fix.causeOnly === true || fix.better === 'lower',
        ...(fix.warning ? { warning: fix.warning } : {}),
        ...(fix.when ? { when: fix.when } : {}),
        floor: safety.floor,
        max: safety.max
      })
    }
  // In the safety table's order: plans and applies keep one order whatever the rules' order.
  const order = Object.keys(SAFETY)
  return [...out.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
}

export const ALLOWLIST: readonly SysctlSpec[] = buildAllowlist(catalog)

const BY_KEY = new Map<string, SysctlSpec>(ALLOWLIST.map(s => [s.key, s]))

/** The allow-list entry for a key, or undefined: callers must refuse keys without one. */
export const specFor = (key: string): SysctlSpec | undefined => BY_KEY.get(key)

/** `/proc/sys/<key with dots as slashes>`; only for allow-listed keys (none has a dot in a name part). */
export function procPath(key: string): string {
  if (!specFor(key)) throw new Error(`${key} is not on the tuning allow-list`)
  return `/proc/sys/${key.replace(/\./g, '/')}`
}

/** The fields of a sysctl value as integers (`32768\t60999` -> [32768n, 60999n]); null when not numeric. */
export function parseFields(raw: string): bigint[] | null {
  const parts = raw.trim().split(/\s+/)
  if (parts.length === 0 || parts.length > 4 || parts.some(p => !/^-?\d{1,20}$/.test(p))) return null
  return parts.map(p => BigInt(p))
}

/** Canonical text of a value: fields separated by one space (what `sysctl -w` and /proc/sys accept). */
export function normalise(raw: string): string {
  const f = parseFields(raw)
  return f ? f.join(' ') : raw.trim()
}

/** Whether two values are the same setting (`32768\t60999` equals `32768 60999`). */
export const sameValue = (a: string, b: string): boolean => normalise(a) === normalise(b)

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b)

/**
 * The value to set so that the key reaches its safe target without tightening anything: `higher` ->
 * the target when below it; `lower` -> the target when above it; `wider` -> the union of the current
 * range and the target range (neither end moves inward). null when nothing needs to change, or when
 * the current value cannot be compared (then `tune` leaves it alone).
 */
export function desiredValue(spec: SysctlSpec, current: string): string | null {
  const cur = parseFields(current)
  const tgt = parseFields(spec.target)
  if (!cur || !tgt || cur.length !== tgt.length) return null
  if (spec.better === 'wider') {
    if (cur.length !== 2) return null
    const lo = min(cur[0]!, tgt[0]!)
    const hi = max(cur[1]!, tgt[1]!)
    if (lo === cur[0] && hi === cur[1]) return null
    return `${lo} ${hi}`
  }
  const c = cur[0]!
  const t = tgt[0]!
  if (spec.better === 'higher') return c < t ? spec.target : null
  return c > t ? spec.target : null
}

/**
 * Checks a change against the allow-list before anything is written: the key is listed, `to` relaxes
 * `live` (never tightens it) and stays within the safe target. Returns the reason it is refused, or
 * null when it is allowed. `live` is what the kernel reports right now, not what a plan once saw.
 */
export function refuseChange(key: string, live: string, to: string): string | null {
  const spec = specFor(key)
  if (!spec) return `${key} is not on the tuning allow-list; go-env-guard never changes other keys`
  const cur = parseFields(live)
  const next = parseFields(to)
  const tgt = parseFields(spec.target)!
  if (!cur) return `${key}: the current value "${live.trim()}" is not numeric; left alone`
  if (!next || next.length !== cur.length || next.length !== tgt.length)
    return `${key}: "${to}" is not a valid value for this key`
  if (spec.better === 'wider') {
    const [lo, hi] = next as [bigint, bigint]
    const [clo, chi] = cur as [bigint, bigint]
    if (lo > hi) return `${key}: "${to}" is not a range (low > high)`
    if (lo > clo || hi < chi)
      return `${key}: ${to} would narrow the current range ${normalise(live)}; tune never tightens a limit`
    if (lo === clo && hi === chi) return `${key} is already ${normalise(live)}`
    if (lo < min(clo, tgt[0]!) || hi > max(chi, tgt[1]!))
      return `${key}: ${to} goes beyond the safe range ${spec.target}`
    return null
  }
  const c = cur[0]!
  const n = next[0]!
  const t = tgt[0]!
  if (n === c) return `${key} is already ${normalise(live)}`
  if (spec.better === 'higher') {
    if (n < c) return `${key}: ${to} is lower than the current ${normalise(live)}; tune never lowers a limit`
    if (n > t) return `${key}: ${to} is above the safe value ${spec.target}`
    return null
  }
  if (n > c)
    return `${key}: ${to} is higher than the current ${normalise(live)}; for this key that tightens it`
  if (n < t) return `${key}: ${to} is below the safe value ${spec.target}`
  return null
}

/**
 * Whether `raw` has the shape of a value of this key, as tune itself records it: unsigned decimal
 * fields (as many as the target has) separated by one space or tab, each at most `spec.max`, a range
 * with low <= high. Nothing else: no sign, no leading or trailing white space, no newline. A recorded
 * value that fails this is refused, never written and never logged.
 */
export function validValue(spec: SysctlSpec, raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 64 || !/^\d{1,20}(?:[ \t]\d{1,20})*$/.test(raw)) return false
  const f = raw.split(/[ \t]/).map(p => BigInt(p))
  if (f.length !== spec.target.split(' ').length || f.some(n => n > spec.max)) return false
  return spec.better !== 'wider' || (f.length === 2 && f[0]! <= f[1]!)
}

/** The reason restore must not write `value` because it is tighter than the key's floor, or null. */
export function belowFloor(spec: SysctlSpec, value: string): string | null {
  const f = parseFields(value)
  const fl = BigInt(spec.floor)
  if (!f) return `${spec.key}: not a value`
  if (spec.better === 'wider') {
    const ports = f.length === 2 ? f[1]! - f[0]! + 1n : 0n
    return ports < fl
      ? `${spec.key}: ${normalise(value)} leaves ${ports} ports, fewer than the floor of ${spec.floor} that restore ever writes`
      : null
  }
  if (spec.better === 'higher' && f[0]! < fl)
    return `${spec.key}: ${normalise(value)} is below the floor of ${spec.floor} that restore ever writes`
  if (spec.better === 'lower' && f[0]! > fl)
    return `${spec.key}: ${normalise(value)} is above the ceiling of ${spec.floor} that restore ever writes`
  return null
}
