/**
 * Helpers for the tests that change real sysctls on this machine. Every change a test makes is
 * registered with `remember` first, and `restoreAll` (called from finally blocks and an afterAll safety
 * net) writes the originals back, so a failing assertion cannot leave the machine changed.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeHost } from '../../src/host/node-host.js'
import { ALLOWLIST } from '../../src/remediate/allowlist.js'

export const procPathOf = (key: string): string => `/proc/sys/${key.replace(/\./g, '/')}`
export const readKey = (key: string): string =>
  readFileSync(procPathOf(key), 'utf8').trim().split(/\s+/).join(' ')
export const writeKey = (key: string, value: string): void => writeFileSync(procPathOf(key), value + '\n')

const originals = new Map<string, string>()

/** Records the value before a test changes it (first call wins). */
export function remember(key: string): string {
  const v = readKey(key)
  if (!originals.has(key)) originals.set(key, v)
  return originals.get(key)!
}

/** Writes every remembered original back; returns the keys that could not be restored. */
export function restoreAll(): string[] {
  const failed: string[] = []
  for (const [key, value] of originals) {
    try {
      if (readKey(key) !== value) writeKey(key, value)
    } catch {
      failed.push(key)
    }
  }
  return failed
}

/** Every allow-listed sysctl this kernel has, with its value. */
export function snapshotAllowlisted(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const s of ALLOWLIST) if (existsSync(procPathOf(s.key))) out[s.key] = readKey(s.key)
  return out
}

/** Whether this process can write host sysctls (root, /proc/sys writable): the real tests need it. */
export function canWriteSysctls(): boolean {
  if (process.getuid?.() !== 0) return false
  try {
    const v = readFileSync(procPathOf('fs.inotify.max_user_watches'), 'utf8')
    writeFileSync(procPathOf('fs.inotify.max_user_watches'), v)
    return true
  } catch {
    return false
  }
}

/** CapEff has CAP_SYS_RESOURCE (bit 24)? */
export function hasCapSysResource(): boolean {
  const m = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
  return m ? (BigInt('0x' + m[1]) & (1n << 24n)) !== 0n : false
}

export const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), `goenvguard-${prefix}-`))

/** A directory with an executable `sudo` script on it. */
export function fakeSudo(body: string): string {
  const dir = tmp('sudo')
  const path = join(dir, 'sudo')
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return dir
}

/** sudo that refuses like a sudoers entry without NOPASSWD does under -n. */
export const REFUSING_SUDO = 'echo "sudo: a password is required" >&2\nexit 1'
/** sudo that runs the command (we are root already): drops -n and execs the rest. */
export const PASSING_SUDO = '[ "$1" = "-n" ] && shift\nexec "$@"'

/** The real host, seen as a non-root user with a different PATH (sudo decisions depend on both). */
export class AsUserHost extends NodeHost {
  override readonly uid: number
  override readonly env: Record<string, string | undefined>
  constructor(uid: number, pathPrefix: string) {
    super()
    this.uid = uid
    this.env = {
      ...process.env,
      PATH: `${pathPrefix}:${process.env['PATH'] ?? '/usr/bin:/bin'}:/usr/sbin:/sbin`
    }
  }
}

let cliPath: string | null = null

/**
 * The CLI as a bundle: dist/cli.js when it is a real bundle that knows `tune`, else src/cli.ts bundled
 * with the pinned esbuild (same flags as scripts/bundle.mjs), else a minimal entry around tuneCommand
 * (while other commands are mid-edit and the full CLI does not build).
 */
export function cliBundle(): string {
  if (cliPath) return cliPath
  const dist = join(process.cwd(), 'dist', 'cli.js')
  if (existsSync(dist) && readFileSync(dist, 'utf8').includes('tune-state.json')) return (cliPath = dist)
  const dir = tmp('cli')
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  const banner =
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  const esbuild = join(process.cwd(), 'node_modules', '.bin', 'esbuild')
  const flags = [
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node20',
    `--banner:js=${banner}`,
    '--log-level=error'
  ]
  try {
    // Named cli.js: src/cli.ts runs only when argv[1] ends in cli.js.
    execFileSync(esbuild, ['src/cli.ts', ...flags, `--outfile=${join(dir, 'cli.js')}`], { stdio: 'pipe' })
    return (cliPath = join(dir, 'cli.js'))
  } catch {
    const entry = join(process.cwd(), '__tests__', 'remediate', 'tune-entry.ts')
    execFileSync(esbuild, [entry, ...flags, `--outfile=${join(dir, 'tune-entry.js')}`], { stdio: 'pipe' })
    return (cliPath = join(dir, 'tune-entry.js'))
  }
}

/** Runs the CLI bundle; returns exit code and output. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = process.env
): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [cliBundle(), ...args], {
      env,
      encoding: 'utf8',
      stdio: 'pipe',
      timeout: 60000
    })
    return { code: 0, stdout, stderr: '' }
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string }
    return { code: err.status ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' }
  }
}
