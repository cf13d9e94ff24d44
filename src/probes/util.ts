import { describeError, HostError, tryRead, type Host } from '../host/host.js'
import { unknown, type Fact } from '../facts/types.js'

export type ReadResult = { ok: true; text: string } | { ok: false; code: string; reason: string }

/** Bounded read that never throws; the reason names the path and the errno in words. */
export function read(host: Host, path: string, maxBytes = 256 * 1024): Promise<ReadResult> {
  return tryRead(host, path, maxBytes)
}

/** A failed read as an unknown fact, with `absentReason` used for ENOENT when given. */
export function failed<T>(r: { code: string; reason: string }, absentReason?: string): Fact<T> {
  if (r.code === 'ENOENT' && absentReason) return unknown(absentReason)
  return unknown(r.reason)
}

export async function exists(host: Host, path: string): Promise<boolean> {
  try {
    await host.lstat(path)
    return true
  } catch {
    return false
  }
}

/** Runs `fn`, turning an unexpected exception into an unknown fact so no probe can throw. */
export async function guard<T>(what: string, fn: () => Promise<Fact<T>>): Promise<Fact<T>> {
  try {
    return await fn()
  } catch (e) {
    return unknown(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`)
  }
}

export function errText(e: unknown): string {
  if (e instanceof HostError) return describeError(e.code, e.path)
  return e instanceof Error ? e.message : String(e)
}

/** First line of a command's output, bounded, for evidence. */
export function firstLine(s: string, max = 300): string {
  const line = s.split('\n').find(l => l.trim()) ?? ''
  return line.length > max ? line.slice(0, max) + '…' : line.trim()
}
