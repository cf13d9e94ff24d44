/**
 * How sysctls can be written here, and the reads and writes themselves (all through the Host):
 * - as root: directly, by writing /proc/sys/<key> (no dependency on procps' `sysctl` binary);
 * - otherwise `sudo -n sysctl -w key=value` when `sudo -n true` succeeds within a few seconds
 *   (`-n`: never prompt; harden-runner's disable-sudo and similar steps remove sudo, see
 *   actions-conventions.md §harden-runner);
 * - otherwise nothing: the plan is shown, with the reason.
 */
import type { Host } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { procPath } from './allowlist.js'

export type Privilege =
  | { method: 'direct'; detail: string }
  | { method: 'sudo'; detail: string }
  | { method: 'none'; detail: string }

export const SUDO_PROBE_TIMEOUT_MS = 5000
const SYSCTL_TIMEOUT_MS = 10000

const firstLine = (s: string): string => s.trim().split('\n')[0]?.slice(0, 200) ?? ''

export async function detectPrivilege(host: Host): Promise<Privilege> {
  if (host.uid === 0) return { method: 'direct', detail: 'running as root: writes /proc/sys directly' }
  const r = await host.exec('sudo', ['-n', 'true'], {
    timeoutMs: SUDO_PROBE_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 4096
  })
  if (r.code === 0)
    return { method: 'sudo', detail: 'not root; `sudo -n true` works, so changes use `sudo -n sysctl -w`' }
  let why: string
  if (r.startError)
    why = /ENOENT/.test(r.startError) ? 'sudo is not installed' : `sudo could not start (${r.startError})`
  else if (r.timedOut) why = `\`sudo -n true\` did not answer within ${SUDO_PROBE_TIMEOUT_MS / 1000} s`
  else
    why = `\`sudo -n true\` failed${r.code !== null ? ` (exit ${r.code})` : ''}${firstLine(r.stderr) ? `: ${firstLine(r.stderr)}` : ''}`
  return { method: 'none', detail: `not root and ${why}: nothing can be changed, the plan is shown instead` }
}

/** Reads a sysctl; throws HostError (ENOENT when the kernel lacks the key). */
export async function readSysctl(host: Host, key: string): Promise<string> {
  return (await host.readFile(procPath(key), 4096)).trim()
}

/** Why a write failed, in the reader's terms. */
export function explainWriteError(
  key: string,
  code: string,
  raw: string
): { status: 'failed' | 'skipped'; detail: string } {
  switch (code) {
    case 'EROFS':
      return {
        status: 'skipped',
        detail: `/proc/sys is read-only here (a container without privileges, or a read-only mount): ${key} must be changed on the host${key.startsWith('net.') ? ' or with `--sysctl` on the container' : ''}`
      }
    case 'EACCES':
    case 'EPERM':
      return {
        status: 'failed',
        detail: `permission denied writing ${key} (${code})${key.startsWith('user.') ? ': user.* limits need CAP_SYS_RESOURCE' : ''}${raw ? `: ${raw}` : ''}`
      }
    case 'EINVAL':
      return { status: 'failed', detail: `the kernel rejected the value for ${key} (EINVAL)` }
    case 'ENOENT':
      return { status: 'skipped', detail: `${key} does not exist on this kernel` }
    default:
      return { status: 'failed', detail: `could not write ${key} (${code})${raw ? `: ${raw}` : ''}` }
  }
}

/** A write's outcome: ok, or the errno-like code and the text to show. */
export type WriteResult = { ok: true } | { ok: false; code: string; message: string }

/** sysctl(8) and sudo messages mapped to errno names, so both methods report alike. */
function codeFromText(text: string): string {
  if (/read-only file system/i.test(text)) return 'EROFS'
  if (/permission denied/i.test(text)) return 'EACCES'
  if (/operation not permitted/i.test(text)) return 'EPERM'
  if (/invalid argument/i.test(text)) return 'EINVAL'
  if (/cannot stat|no such file|unknown key/i.test(text)) return 'ENOENT'
  if (/password is required|a terminal is required|not in the sudoers|may not run sudo/i.test(text))
    return 'ESUDO'
  return 'EUNKNOWN'
}

export async function writeSysctl(
  host: Host,
  key: string,
  value: string,
  method: 'direct' | 'sudo'
): Promise<WriteResult> {
  const path = procPath(key)
  if (/[\n\0]/.test(value)) return { ok: false, code: 'EINVAL', message: 'value contains a newline' }
  if (method === 'direct') {
    try {
      await host.writeFile(path, value + '\n')
      return { ok: true }
    } catch (e) {
      const code = errorCode(e)
      return { ok: false, code, message: e instanceof Error ? firstLine(e.message) : String(e) }
    }
  }
  const r = await host.exec('sudo', ['-n', 'sysctl', '-w', `${key}=${value}`], {
    timeoutMs: SYSCTL_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 16384
  })
  if (r.code === 0 && !r.startError) return { ok: true }
  const text =
    firstLine(r.stderr) ||
    firstLine(r.stdout) ||
    r.startError ||
    (r.timedOut ? 'timed out' : `exit ${r.code}`)
  const code = r.startError ? 'ENOSUDO' : codeFromText(`${r.stderr}\n${r.stdout}`)
  return { ok: false, code, message: text }
}

/** The network namespace of this process (`net:[4026531840]`), or null when it cannot be read. */
export async function currentNetns(host: Host): Promise<string | null> {
  return host.readlink('/proc/self/ns/net').catch(() => null)
}

export async function currentBootId(host: Host): Promise<string | null> {
  return host
    .readFile('/proc/sys/kernel/random/boot_id', 256)
    .then(t => t.trim() || null)
    .catch(() => null)
}
