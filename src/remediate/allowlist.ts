/**
 * The sysctls `tune` may touch, and nothing else. Each entry says which value is safe (the catalog's
 * vetted value, mostly the one GitHub's hosted images configure), in which direction a change is a
 * relaxation of the limit ("better"), and which rule ids need it. Pure data plus pure comparisons.
 *
 * Sources (failure catalog, /work/shared/knowledge/failure-catalog.md):
 * - fs.inotify.* 655360/1280, vm.max_map_count 262144, vm.mmap_rnd_bits 28: actions/runner-images
 *   images/ubuntu/scripts/build/configure-environment.sh (catalog §3, §2.10, §2.11, §2.13, §2.31).
 * - net.core.somaxconn 4096: the kernel default since Linux 5.4 (catalog §2.12).
 * - net.ipv4.ip_local_port_range "1024 65535": catalog §2.27; Documentation/networking/ip-sysctl.rst
 *   asks for different parity of the two numbers ("If possible, it is better these numbers have
 *   different parity"), which 1024/65535 has.
 * - kernel.pid_max 4194304: PID_MAX_LIMIT on 64-bit (include/linux/threads.h), the value systemd ships
 *   in /usr/lib/sysctl.d/50-pid-max.conf.
 * - kernel.threads-max 4194304: a thread needs a PID, so more threads than pid_max allows gain nothing;
 *   the kernel accepts 20..FUTEX_TID_MASK (Documentation/admin-guide/sysctl/kernel.rst, threads-max).
 * - fs.file-max 2097152: the value the nofile-limit rule recommends (src/catalog/rules/nofile-limit.ts).
 * - user.max_user_namespaces 15000, kernel.unprivileged_userns_clone 1,
 *   kernel.apparmor_restrict_unprivileged_userns 0: catalog §2.17-§2.19.
 * - net.ipv6.conf.lo.disable_ipv6 0: catalog §2.25.
 */
import type { SysctlKey } from '../facts/types.js'

/** Which direction relaxes the limit: a bigger number, a smaller one, or a wider `low high` range. */
export type Better = 'higher' | 'lower' | 'wider'

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

const RELAX_USERNS =
  'a security relaxation: unprivileged user namespaces widen the kernel attack surface; applied only because a failing test needs it, and restored after the job'

export const ALLOWLIST: readonly SysctlSpec[] = [
  {
    key: 'fs.inotify.max_user_watches',
    target: '655360',
    better: 'higher',
    rules: ['inotify-limit'],
    namespaced: false,
    causeOnly: false,
    floor: '1024',
    max: 2147483647n
  },
  {
    key: 'fs.inotify.max_user_instances',
    target: '1280',
    better: 'higher',
    rules: ['inotify-limit'],
    namespaced: false,
    causeOnly: false,
    floor: '16',
    max: 2147483647n
  },
  {
    key: 'vm.max_map_count',
    target: '262144',
    better: 'higher',
    rules: ['max-map-count', 'mmap-enomem'],
    namespaced: false,
    causeOnly: false,
    floor: '1024',
    max: 2147483647n
  },
  {
    key: 'net.core.somaxconn',
    target: '4096',
    better: 'higher',
    rules: ['somaxconn-backlog'],
    namespaced: true,
    causeOnly: false,
    floor: '16',
    max: 2147483647n
  },
  {
    key: 'net.ipv4.ip_local_port_range',
    target: '1024 65535',
    better: 'wider',
    rules: ['ephemeral-ports'],
    namespaced: true,
    causeOnly: false,
    warning:
      'ports from 1024 up can now be handed out as ephemeral ports: a service started later on a fixed port in that range may find it taken (reserve it with net.ipv4.ip_local_reserved_ports)',
    floor: '1024',
    max: 65535n
  },
  {
    key: 'kernel.pid_max',
    target: '4194304',
    better: 'higher',
    rules: ['thread-limit'],
    namespaced: false,
    causeOnly: false,
    floor: '4096',
    max: 4194304n
  },
  {
    key: 'kernel.threads-max',
    target: '4194304',
    better: 'higher',
    rules: ['thread-limit'],
    namespaced: false,
    causeOnly: false,
    floor: '1024',
    max: 1073741823n
  },
  {
    key: 'fs.file-max',
    target: '2097152',
    better: 'higher',
    rules: ['nofile-limit'],
    namespaced: false,
    causeOnly: false,
    // Only ENFILE ("too many open files in system") is fs.file-max; EMFILE is the per-process rlimit.
    when: /too many open files in system|fs\.file-max|ENFILE/i,
    floor: '8192',
    max: 9223372036854775807n
  },
  {
    key: 'user.max_user_namespaces',
    target: '15000',
    better: 'higher',
    rules: ['userns-disabled'],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS,
    floor: '0',
    max: 2147483647n
  },
  {
    key: 'kernel.unprivileged_userns_clone',
    target: '1',
    better: 'higher',
    rules: ['userns-disabled'],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS,
    floor: '0',
    max: 1n
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_userns',
    target: '0',
    better: 'lower',
    rules: ['apparmor-userns'],
    namespaced: false,
    causeOnly: true,
    warning:
      'a security relaxation: turns off AppArmor mediation of unprivileged user namespaces for the whole host; a per-binary AppArmor profile with `userns,` is the narrower fix',
    floor: '1',
    max: 1n
  },
  {
    key: 'vm.mmap_rnd_bits',
    target: '28',
    better: 'lower',
    rules: ['tsan-mmap-rnd-bits'],
    namespaced: false,
    causeOnly: true,
    warning:
      'lowers ASLR entropy for every new process on the host (28 is what GitHub-hosted images use); applied only when a failing test printed the ThreadSanitizer mapping error',
    floor: '32',
    max: 32n
  },
  {
    key: 'net.ipv6.conf.lo.disable_ipv6',
    target: '0',
    better: 'lower',
    rules: ['ipv6-unavailable'],
    namespaced: true,
    causeOnly: true,
    warning: 'enables IPv6 on the loopback interface of this network namespace',
    floor: '1',
    max: 1n
  }
]

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
