/**
 * Parsers for what the Go probe prints (src/goprobe/probe/main.go). Pure; the output is bounded by the
 * host (ExecOptions.maxOutputBytes) and every field is checked, since a crashed or foreign binary can
 * print anything.
 */
import type { GoProbeInfo, TempRole } from '../facts/types.js'
import type { RawSyscallResult, SyscallContext } from './classify.js'

export interface SyscallRun {
  ctx: (SyscallContext & { seccompFilters: number | null; noNewPrivs: number | null }) | null
  results: Record<string, RawSyscallResult>
  /** A call announced with `try` that has no `res`: the one the process died in. */
  pending: string | null
}

const intOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v.slice(0, 200) : null)
const NAME = /^[a-z0-9_]+(?:\([A-Z_]+\))?$/
const ERRNO = /^(?:OK|UNSUPPORTED|E[A-Z0-9]+|errno\d+)$/

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** `ctx {json}`, `try NAME`, `res NAME ERRNO CALL...` lines of `-mode=syscalls`. */
export function parseSyscallOutput(stdout: string): SyscallRun {
  const run: SyscallRun = { ctx: null, results: {}, pending: null }
  for (const line of stdout.split('\n').slice(0, 1000)) {
    if (line.startsWith('ctx ')) {
      const j = parseJson(line.slice(4))
      if (j && typeof j === 'object' && !Array.isArray(j)) {
        const o = j as Record<string, unknown>
        run.ctx = {
          kernel: strOrNull(o.kernel),
          seccomp: intOrNull(o.seccomp),
          seccompFilters: intOrNull(o.seccompFilters),
          noNewPrivs: intOrNull(o.noNewPrivs),
          ioUringDisabled: intOrNull(o.ioUringDisabled)
        }
      }
      continue
    }
    const t = /^try (\S+)$/.exec(line)
    if (t && NAME.test(t[1])) {
      run.pending = t[1]
      continue
    }
    const r = /^res (\S+) (\S+)(?: (.*))?$/.exec(line)
    if (r && NAME.test(r[1]) && ERRNO.test(r[2])) {
      run.results[r[1]] = { errno: r[2], ...(r[3] ? { call: r[3].slice(0, 200) } : {}) }
      if (run.pending === r[1]) run.pending = null
    }
  }
  return run
}

export type Section = 'runtime' | 'listen' | 'threads' | 'execInTemp' | 'userns'
export const SECTIONS: readonly Section[] = ['runtime', 'listen', 'threads', 'execInTemp', 'userns']

export interface MainSections {
  runtime?: {
    goVersion: string
    gomaxprocs: number
    numCPU: number
    nofileSoft: number | null
    nofileHard: number | null
    kernel: string | null
  }
  listen?: GoProbeInfo['listen']
  threads?: GoProbeInfo['threads']
  execInTemp?: GoProbeInfo['execInTemp']
  userns?: GoProbeInfo['userns']
}

const okResult = (v: unknown): { ok: boolean; error?: string } | undefined => {
  if (!v || typeof v !== 'object') return undefined
  const o = v as Record<string, unknown>
  if (typeof o.ok !== 'boolean') return undefined
  const error = strOrNull(o.error)
  return error && !o.ok ? { ok: false, error } : { ok: o.ok }
}

const ROLES: readonly TempRole[] = ['GOTMPDIR', 'TMPDIR', '/tmp']

/** `section NAME {json}` lines of `-mode=main`; sections that are missing or malformed are left out. */
export function parseMainOutput(stdout: string): MainSections {
  const out: MainSections = {}
  for (const line of stdout.split('\n').slice(0, 100)) {
    const m = /^section (\w+) (.*)$/.exec(line)
    if (!m) continue
    const j = parseJson(m[2])
    if (j === undefined) continue
    const o = (j && typeof j === 'object' ? j : {}) as Record<string, unknown>
    switch (m[1]) {
      case 'runtime': {
        const gomaxprocs = intOrNull(o.gomaxprocs)
        const numCPU = intOrNull(o.numCPU)
        const goVersion = strOrNull(o.goVersion)
        if (gomaxprocs === null || numCPU === null || !goVersion) break
        out.runtime = {
          goVersion,
          gomaxprocs,
          numCPU,
          nofileSoft: intOrNull(o.nofileSoft),
          nofileHard: intOrNull(o.nofileHard),
          kernel: strOrNull(o.kernel)
        }
        break
      }
      case 'listen': {
        const ipv4 = okResult(o.ipv4)
        const ipv6 = okResult(o.ipv6)
        if (ipv4 && ipv6) out.listen = { ipv4, ipv6 }
        break
      }
      case 'threads': {
        const created = intOrNull(o.created)
        const limit = intOrNull(o.limit)
        if (created === null || limit === null) break
        const error = strOrNull(o.error)
        out.threads = { created, limit, ...(error ? { error } : {}) }
        break
      }
      case 'execInTemp': {
        if (!Array.isArray(j)) break
        out.execInTemp = j.slice(0, 8).flatMap(e => {
          const r = okResult(e)
          const dir = strOrNull((e as Record<string, unknown>)?.dir)
          if (!r || !dir) return []
          const role = (e as Record<string, unknown>).role
          return [{ dir, ...r, ...(ROLES.includes(role as TempRole) ? { role: role as TempRole } : {}) }]
        })
        break
      }
      case 'userns': {
        const r = okResult(o)
        if (r) out.userns = r
        break
      }
    }
  }
  return out
}

/** One line saying how a process ended, from its exit and its (bounded) stderr. */
export function describeExit(
  r: { code: number | null; signal: string | null; timedOut: boolean; startError?: string },
  stderr: string
): string {
  if (r.startError) return `could not start: ${r.startError}`
  if (r.timedOut) return 'timed out'
  const crash = /^(SIGSYS: bad system call|fatal error: .*|runtime: .*|panic: .*|SIG[A-Z]+: .*)$/m.exec(
    stderr
  )
  const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`
  return crash ? `${how}: ${crash[1].slice(0, 200)}` : how
}
