import type { ExecResult, Host } from '../host/host.js'
import { known, unknown, type AppArmorInfo, type Fact, type Facts, type UsernsInfo } from '../facts/types.js'
import { decodeCaps } from '../facts/caps.js'
import { parseSeccomp } from '../facts/parse-status.js'
import { firstLine, read } from './util.js'

type Status = { ok: true; fields: Record<string, string> } | { ok: false; reason: string }

export function probeSeccomp(status: Status): Facts['security']['seccomp'] {
  if (!status.ok) return unknown(status.reason)
  const s = parseSeccomp(status.fields)
  return s ? known(s) : unknown('/proc/self/status has no Seccomp line (kernel built without CONFIG_SECCOMP)')
}

export function probeNoNewPrivs(status: Status): Fact<boolean> {
  if (!status.ok) return unknown(status.reason)
  const v = status.fields.NoNewPrivs
  return v === '0' || v === '1'
    ? known(v === '1')
    : unknown('/proc/self/status has no NoNewPrivs line (Linux < 4.10)')
}

export function probeCapabilities(status: Status): Facts['security']['capabilities'] {
  if (!status.ok) return unknown(status.reason)
  const hex = status.fields.CapEff
  if (hex === undefined) return unknown('/proc/self/status has no CapEff line')
  const c = decodeCaps(hex)
  return c ? known(c) : unknown(`cannot decode CapEff ${hex.slice(0, 32)}`)
}

/**
 * AppArmor: /sys/module/apparmor/parameters/enabled is `Y` or `N` (absent: not built in); the
 * confinement label is /proc/self/attr/apparmor/current (Linux 5.8+, LSM stacking) or the legacy
 * /proc/self/attr/current (EINVAL when no LSM provides it); the Ubuntu userns restriction is
 * kernel.apparmor_restrict_unprivileged_userns.
 */
export async function probeAppArmor(host: Host): Promise<Fact<AppArmorInfo>> {
  const [enabled, label1, label2, restrict] = await Promise.all([
    read(host, '/sys/module/apparmor/parameters/enabled', 64),
    read(host, '/proc/self/attr/apparmor/current', 4096),
    read(host, '/proc/self/attr/current', 4096),
    read(host, '/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 64)
  ])
  let en: boolean | null = null
  if (enabled.ok) en = enabled.text.trim().toUpperCase().startsWith('Y')
  else if (enabled.code === 'ENOENT') en = false
  const label = (label1.ok ? label1.text : label2.ok ? label2.text : '').replace(/\0/g, '').trim()
  const rv = restrict.ok ? restrict.text.trim() : ''
  const r = /^\d+$/.test(rv) ? Number(rv) : null
  if (en === null && !enabled.ok && enabled.code !== 'ENOENT' && !label && r === null) {
    return unknown(enabled.reason)
  }
  return known({ enabled: en, label, restrictUnprivilegedUserns: r })
}

function describeRun(cmd: string, r: ExecResult): { ok: boolean; text: string } {
  if (r.startError) return { ok: false, text: `${cmd}: could not start (${r.startError})` }
  if (r.timedOut) return { ok: false, text: `${cmd}: timed out after 3 s` }
  if (r.code === 0) return { ok: true, text: `${cmd}: succeeded` }
  const why = firstLine(r.stderr) || firstLine(r.stdout) || (r.signal ? `killed by ${r.signal}` : 'no output')
  return { ok: false, text: `${cmd}: failed (exit ${r.code ?? r.signal}): ${why}` }
}

/**
 * Can this user create a user namespace? Tried for real with `unshare -Ur true` (3 s bound). As root
 * that only shows root's ability, so `setpriv --reuid=65534 --regid=65534 --clear-groups unshare -Ur true`
 * is tried as well and reported under `unprivileged`.
 */
export async function probeUserns(host: Host): Promise<Fact<UsernsInfo>> {
  const opts = { timeoutMs: 3000, maxOutputBytes: 4096 }
  const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups', 'unshare', '-Ur', 'true']
  // Both tries run at once; the second only when root.
  const [own, un] = await Promise.all([
    host.exec('unshare', ['-Ur', 'true'], opts),
    host.uid === 0 ? host.exec('setpriv', asNobody, opts) : Promise.resolve(null)
  ])
  if (own.startError && /ENOENT/.test(own.startError)) {
    return unknown('unshare (util-linux) is not installed, so user namespace creation was not tried')
  }
  // A child that could not start (EMFILE, EAGAIN: the limits this product diagnoses) says nothing
  // about namespaces.
  if (own.startError) return unknown(`could not start unshare (${own.startError}), so it was not tried`)
  const who = host.uid === 0 ? 'as root (uid 0)' : host.uid === null ? '' : `as uid ${host.uid}`
  const mine = describeRun('unshare -Ur true', own)
  const info: UsernsInfo = { canCreate: mine.ok, detail: `${who ? who + ': ' : ''}${mine.text}` }
  if (un) {
    if (un.startError && /ENOENT/.test(un.startError)) {
      info.detail +=
        '; setpriv is not installed, so an unprivileged user was not tried (root can often do what others cannot)'
    } else if (un.startError) {
      info.detail += `; could not start setpriv (${un.startError}), so an unprivileged user was not tried`
    } else {
      const d = describeRun('setpriv --reuid=65534 --regid=65534 --clear-groups unshare -Ur true', un)
      info.unprivileged = { canCreate: d.ok, detail: `as uid 65534: ${d.text}` }
    }
  }
  return known(info)
}
