/**
 * The Go toolchain as `go env -json` and the module's go.mod describe it (`facts.go`): version, GOROOT, cache
 * and temp dirs, CGO. Not to be confused with src/goprobe, which builds and runs a Go program to see what
 * the runtime may do (`facts.goProbe`).
 */
import { posix } from 'node:path'
import type { Host } from '../host/host.js'
import { known, unknown, type Fact, type GoInfo } from '../facts/types.js'
import { parseGoMod } from '../facts/parse-proc.js'
import { firstLine } from './util.js'

/** The subset of `go env -json` read here. */
interface GoEnvJson {
  GOVERSION?: string
  GOROOT?: string
  GOTMPDIR?: string
  GOCACHE?: string
  GOMODCACHE?: string
  GOFLAGS?: string
  CGO_ENABLED?: string
  CC?: string
}

const GO_ENV_VARS = [
  'GOVERSION',
  'GOROOT',
  'GOTMPDIR',
  'GOCACHE',
  'GOMODCACHE',
  'GOFLAGS',
  'CGO_ENABLED',
  'CC'
] as const satisfies readonly (keyof GoEnvJson)[]

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** Whether a command name (first word of CC) resolves to an executable file, as exec.LookPath would. */
export async function resolvesOnPath(host: Host, cmd: string): Promise<boolean> {
  const word = cmd.trim().split(/\s+/)[0]
  if (!word) return false
  const candidates = word.includes('/')
    ? [word]
    : (host.env.PATH ?? '')
        .split(':')
        .filter(Boolean)
        .slice(0, 256)
        .map(d => posix.join(d, word))
  for (const c of candidates) {
    try {
      const real = await host.realpath(c)
      const st = await host.lstat(real)
      if (st.kind === 'file' && (st.mode & 0o111) !== 0) return true
    } catch {
      // not here
    }
  }
  return false
}

/**
 * The go.mod governing `dir`: dir, then its parents up to `stop` (GITHUB_WORKSPACE) or /. Only a
 * regular file is read (a symlinked go.mod from a pull request is not followed), at most 1 MiB.
 */
export async function findGoMod(
  host: Host,
  dir: string,
  stop: string | null
): Promise<{ path: string; module: string | null; go: string | null } | null> {
  let d = posix.resolve('/', dir)
  for (let i = 0; i < 64; i++) {
    const p = posix.join(d, 'go.mod')
    try {
      const st = await host.lstat(p)
      if (st.kind === 'file') {
        const mod = parseGoMod(await host.readFile(p, 1 << 20))
        return { path: p, ...mod }
      }
    } catch {
      // keep looking
    }
    if (d === '/' || (stop && d === stop)) break
    d = posix.dirname(d)
  }
  return null
}

export interface GoProbeResult {
  go: Fact<GoInfo>
  /** GOTMPDIR/GOCACHE/GOMODCACHE as go reports them, or from the environment when go is absent. */
  dirs: { gotmpdir: string | null; gocache: string | null; gomodcache: string | null }
}

/** `go env -json` (one exec, 10 s bound) in the working directory, plus go.mod and the runtime env vars. */
export async function probeGo(host: Host, workingDirectory: string): Promise<GoProbeResult> {
  const env = host.env
  const fromEnv = {
    gotmpdir: str(env.GOTMPDIR),
    gocache: str(env.GOCACHE),
    gomodcache: str(env.GOMODCACHE)
  }
  // Named variables only: a bare `go env -json` also computes CGO_CFLAGS/GOGCCFLAGS and so runs the C
  // compiler (`gcc -###`), which was most of this probe's 40 ms (cmd/go/internal/envcmd: needCostly).
  const r = await host.exec('go', ['env', '-json', ...GO_ENV_VARS], {
    timeoutMs: 10_000,
    cwd: workingDirectory,
    maxOutputBytes: 256 * 1024
  })
  if (r.startError) {
    const reason = /ENOENT/.test(r.startError)
      ? 'go is not on PATH'
      : `go could not be started: ${r.startError}`
    return { go: unknown(reason), dirs: fromEnv }
  }
  if (r.timedOut) {
    return {
      go: unknown(
        '`go env -json` did not finish within 10 s (a GOTOOLCHAIN switch downloading a toolchain?)'
      ),
      dirs: fromEnv
    }
  }
  if (r.code !== 0) {
    return {
      go: unknown(`\`go env -json\` failed (exit ${r.code ?? r.signal}): ${firstLine(r.stderr)}`),
      dirs: fromEnv
    }
  }
  let j: GoEnvJson
  try {
    const parsed: unknown = JSON.parse(r.stdout)
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object')
    j = parsed as GoEnvJson
  } catch (e) {
    return {
      go: unknown(`\`go env -json\` printed something that is not JSON: ${(e as Error).message}`),
      dirs: fromEnv
    }
  }
  const version = str(j.GOVERSION)
  if (!version) return { go: unknown('`go env -json` has no GOVERSION (go older than 1.16?)'), dirs: fromEnv }
  const cc = str(j.CC)
  const stop = str(env.GITHUB_WORKSPACE)
  const [ccFound, mod] = await Promise.all([
    cc ? resolvesOnPath(host, cc) : Promise.resolve(null),
    findGoMod(host, workingDirectory, stop ? posix.resolve('/', stop) : null)
  ])
  const info: GoInfo = {
    version,
    goroot: str(j.GOROOT),
    gotmpdir: str(j.GOTMPDIR),
    gocache: str(j.GOCACHE),
    gomodcache: str(j.GOMODCACHE),
    goflags: str(j.GOFLAGS),
    cgoEnabled: j.CGO_ENABLED === '1' ? true : j.CGO_ENABLED === '0' ? false : null,
    cc,
    ccFound,
    goModGo: mod?.go ?? null,
    goModPath: mod?.path ?? null,
    modulePath: mod?.module ?? null,
    env: {
      GOMAXPROCS: str(env.GOMAXPROCS),
      GOMEMLIMIT: str(env.GOMEMLIMIT),
      GODEBUG: str(env.GODEBUG),
      GOTOOLCHAIN: str(env.GOTOOLCHAIN)
    }
  }
  return {
    go: known(info),
    dirs: { gotmpdir: info.gotmpdir, gocache: info.gocache, gomodcache: info.gomodcache }
  }
}
