/**
 * The Go runtime probe: builds src/goprobe/probe/main.go (embedded as ./source.ts) with the
 * job's own `go`, runs it, and returns what it saw as `facts.goProbe`. Never throws: no Go, a build
 * that fails, a probe that crashes or hangs, all give `{unknown: reason}`. See docs/go-probe.md.
 *
 * - Which Go: `go env` is asked in the working directory, so a `toolchain`/`go` line or GOTOOLCHAIN in
 *   the environment selects the same toolchain the tests get; the build then pins GOTOOLCHAIN to that
 *   version (already downloaded by then, or downloaded like go test would).
 * - Build: a throwaway module (`go 1.16`, no dependencies) in a temporary directory, CGO_ENABLED=0,
 *   GOOS/GOARCH = GOHOSTOS/GOHOSTARCH, GOWORK=off. GOFLAGS from the environment is kept; the command
 *   line overrides the flags that would break a dependency-free pure-Go build (-mod=vendor, -modfile,
 *   -race, -cover, -pgo, -overlay, -toolexec, -ldflags...). If the build still fails, one retry with
 *   GOFLAGS=-mod=mod (and a private GOCACHE when the cache was the problem). 60 s in all.
 * - Cache: $RUNNER_TOOL_CACHE/go-env-guard/probe, else $XDG_CACHE_HOME or ~/.cache/go-env-guard/probe,
 *   in <sha256(source, Go version, host os/arch)>-<go version>/probe, valid once `ok` is written.
 * - Run: `-mode=syscalls` (re-run without a call that killed it with SIGSYS), then `-mode=main`; 10 s in
 *   all, 256 KiB of output kept. The cgo check (CC compiles and links a pthread program) is done from
 *   here, not from the probe, which is built without cgo so that a broken C toolchain cannot stop it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { posix } from 'node:path'
import type { ExecResult, Host } from '../host/host.js'
import { known, unknown, type Fact, type GoProbeInfo } from '../facts/types.js'
import { classifySyscalls, SYSCALL_NAMES, type RawSyscallResult } from './classify.js'
import { describeExit, parseMainOutput, parseSyscallOutput, type MainSections } from './output.js'
import { PROBE_SOURCE, PROBE_SOURCE_SHA256 } from './source.js'

export { blockedSyscalls, classifySyscall, classifySyscalls, SYSCALLS, SYSCALL_NAMES } from './classify.js'
export { PROBE_SOURCE, PROBE_SOURCE_SHA256 } from './source.js'

export interface GoProbeOptions {
  /** Where `go env` is asked (the module under test); default: the host's working directory. */
  workingDirectory?: string
  /** Cache root for built probes; null: no cache (build into the temporary directory every time). */
  cacheDir?: string | null
  buildTimeoutMs?: number
  runTimeoutMs?: number
  /** Bound of the C compiler check. */
  ccTimeoutMs?: number
  /** The go command; default `go` from PATH. */
  go?: string
  /** Calls to probe (names from SYSCALLS); default all. */
  syscalls?: readonly string[]
}

const MAX_OUTPUT = 256 * 1024
export const PROBE_GO_MOD = 'module goenvguard.invalid/probe\n\ngo 1.16\n'

/** The subset of `go env -json` read here. */
interface GoEnv {
  GOVERSION?: string
  GOTMPDIR?: string
  CC?: string
  CGO_ENABLED?: string
  GOHOSTOS?: string
  GOHOSTARCH?: string
}

/** [major, minor] of a `go1.22.3`-style version (devel builds count as very new). */
export function goMinor(version: string): number | null {
  if (/devel/.test(version)) return 1000
  const m = /go1\.(\d+)/.exec(version)
  return m ? Number(m[1]) : null
}

/**
 * Build flags that override, on the command line, what GOFLAGS (environment or go.env) may hold and a
 * dependency-free CGO_ENABLED=0 build of a throwaway module cannot honour. Checked by
 * __tests__/goprobe/build.test.ts against `GOFLAGS=-mod=vendor`, `-race`, `-modfile=...`.
 */
export function buildFlags(minor: number, modFile: string): string[] {
  const f = ['-mod=mod', '-a=false', '-race=false', '-msan=false', '-linkshared=false']
  f.push('-toolexec=', '-ldflags=-s -w', `-modfile=${modFile}`)
  if (minor >= 16) f.push('-overlay=')
  if (minor >= 18) f.push('-asan=false', '-buildvcs=false')
  if (minor >= 20) f.push('-cover=false', '-pgo=off')
  return f
}

/** A release version usable as GOTOOLCHAIN (go1.21+ understands the variable). */
const toolchainName = (v: string): string | null =>
  /^go1\.(\d+)(?:\.\d+)?(?:rc\d+)?$/.test(v) && (goMinor(v) ?? 0) >= 21 ? v : null

function firstLines(s: string, n = 3): string {
  return s
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .slice(0, n)
    .join(' | ')
    .slice(0, 400)
}

function defaultCacheRoot(env: Host['env']): string | null {
  if (env.RUNNER_TOOL_CACHE) return posix.join(env.RUNNER_TOOL_CACHE, 'go-env-guard', 'probe')
  const base = env.XDG_CACHE_HOME || (env.HOME ? posix.join(env.HOME, '.cache') : null)
  return base && base.startsWith('/') ? posix.join(base, 'go-env-guard', 'probe') : null
}

/** Splits `go env CC` the simple way (words; quotes stripped). */
export function splitCommand(cc: string): string[] {
  return (cc.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])(.*)\1$/, '$2')).slice(0, 32)
}

const C_CHECK = `#include <pthread.h>
#include <stdio.h>
static void *f(void *p) { return p; }
int main(void) { pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; pthread_join(t, 0); puts("ok"); return 0; }
`

/** Runs the Go runtime probe. Never throws. */
export async function runGoProbe(host: Host, opts: GoProbeOptions = {}): Promise<Fact<GoProbeInfo>> {
  try {
    return await probe(host, opts)
  } catch (e) {
    return unknown(`the Go probe failed: ${e instanceof Error ? e.message : String(e)}`)
  }
}

async function goEnv(host: Host, go: string, cwd: string): Promise<{ env?: GoEnv; result: ExecResult }> {
  const result = await host.exec(
    go,
    ['env', '-json', 'GOVERSION', 'GOTMPDIR', 'CC', 'CGO_ENABLED', 'GOHOSTOS', 'GOHOSTARCH'],
    { cwd, timeoutMs: 30_000, env: { ...host.env, GOWORK: 'off' }, maxOutputBytes: 64 * 1024 }
  )
  if (result.code !== 0) return { result }
  try {
    const j = JSON.parse(result.stdout) as unknown
    if (j && typeof j === 'object') return { env: j as GoEnv, result }
  } catch {
    // fall through
  }
  return { result }
}

async function isFile(host: Host, path: string): Promise<boolean> {
  try {
    const st = await host.lstat(path)
    return st.kind === 'file'
  } catch {
    return false
  }
}

async function probe(host: Host, opts: GoProbeOptions): Promise<Fact<GoProbeInfo>> {
  if (host.platform !== 'linux')
    return unknown(`the Go runtime probe runs on Linux only (this is ${host.platform})`)
  const go = opts.go ?? 'go'
  const notes: string[] = []
  const wd = opts.workingDirectory || host.env.GITHUB_WORKSPACE || '.'

  // 1. Which Go, as the tests in the working directory get it.
  let ge = await goEnv(host, go, wd)
  if (ge.result.startError) {
    return unknown(
      /ENOENT/.test(ge.result.startError)
        ? 'go is not on PATH'
        : `go could not be started: ${ge.result.startError.slice(0, 200)}`
    )
  }
  if (!ge.env) {
    const why = ge.result.timedOut ? 'timed out' : firstLines(ge.result.stderr) || `exit ${ge.result.code}`
    const retry = await goEnv(host, go, '/')
    if (!retry.env) return unknown(`\`go env\` failed: ${why}`)
    notes.push(`\`go env\` failed in ${wd} (${why}); used the default toolchain`)
    ge = retry
  }
  const env = ge.env!
  const version = (env.GOVERSION ?? '').trim()
  const minor = goMinor(version)
  if (minor === null)
    return unknown(`cannot tell the Go version from \`go env GOVERSION\` (${JSON.stringify(version)})`)
  if (minor < 16) return unknown(`the Go probe needs Go >= 1.16 (this is ${version})`)
  const hostOS = env.GOHOSTOS || 'linux'
  const hostArch = env.GOHOSTARCH || ''

  // 2. Where it is cached.
  const key = createHash('sha256')
    .update(`${PROBE_SOURCE_SHA256}\0${version}\0${hostOS}/${hostArch}`)
    .digest('hex')
    .slice(0, 16)
  const cacheRoot = opts.cacheDir === undefined ? defaultCacheRoot(host.env) : opts.cacheDir
  const safeVersion = version.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40)
  const keyDir = cacheRoot ? posix.join(cacheRoot, `${key}-${safeVersion}`) : null
  const tmpBase = host.env.RUNNER_TEMP || host.env.TMPDIR || '/tmp'
  const work = posix.join(tmpBase, `go-env-guard-probe-${host.pid}-${randomBytes(4).toString('hex')}`)
  await host.mkdir(work)
  try {
    // Each build writes its own file (probe-<random>) and then names it in `ok`: two jobs building at
    // once never write over a binary the other is running (ETXTBSY), and the host needs no rename.
    const marker = keyDir ? posix.join(keyDir, 'ok') : null
    const stamp = `${PROBE_SOURCE_SHA256} ${version}`
    let bin = posix.join(work, 'probe')
    let cached = false
    if (keyDir && marker && (await isFile(host, marker))) {
      const m = (await host.readFile(marker, 4096).catch(() => '')).trim()
      const name = m.startsWith(stamp + ' ') ? m.slice(stamp.length + 1) : ''
      if (/^probe-[0-9a-f]{8}$/.test(name) && (await isFile(host, posix.join(keyDir, name)))) {
        bin = posix.join(keyDir, name)
        cached = true
      }
    }

    // 3. Build.
    let buildMs = 0
    if (!cached) {
      const t0 = host.now()
      const src = posix.join(work, 'src')
      await host.mkdir(src)
      await host.writeFile(posix.join(src, 'go.mod'), PROBE_GO_MOD)
      await host.writeFile(posix.join(src, 'main.go'), PROBE_SOURCE)
      let name: string | null = null
      if (keyDir) {
        try {
          await host.mkdir(keyDir)
          name = `probe-${randomBytes(4).toString('hex')}`
          bin = posix.join(keyDir, name)
        } catch (e) {
          notes.push(
            `cache ${keyDir} not writable (${(e as { code?: string }).code ?? e}); built in a temporary directory`
          )
        }
      }
      const built = await build(host, go, { src, bin, minor, version, hostOS, hostArch, work, opts, notes })
      buildMs = host.now() - t0
      if (!built.ok) {
        if (name && keyDir) await host.rm(posix.join(keyDir, name)).catch(() => undefined)
        return unknown(built.reason)
      }
      if (name && keyDir && marker) {
        await host.writeFile(marker, `${stamp} ${name}\n`).catch(() => undefined)
      }
    }

    // 4. Run.
    const t1 = host.now()
    const runBudget = opts.runTimeoutMs ?? 10_000
    const left = () => Math.max(1, runBudget - (host.now() - t1))
    const names = opts.syscalls ?? SYSCALL_NAMES
    const raw: Record<string, RawSyscallResult> = {}
    let ctx: ReturnType<typeof parseSyscallOutput>['ctx'] = null
    let remaining = [...names]
    for (let i = 0; i <= names.length && remaining.length > 0; i++) {
      const r = await host.exec(bin, ['-mode=syscalls', ...remaining], {
        timeoutMs: left(),
        env: host.env,
        maxOutputBytes: MAX_OUTPUT
      })
      if (r.startError) return unknown(`cannot execute the Go probe ${bin}: ${r.startError.slice(0, 200)}`)
      const p = parseSyscallOutput(r.stdout)
      ctx ??= p.ctx
      Object.assign(raw, p.results)
      if (r.code === 0 && !r.timedOut) break
      const sigsys = r.signal === 'SIGSYS' || /^SIGSYS: bad system call/m.test(r.stderr)
      if (p.pending && sigsys) raw[p.pending] = { errno: 'SIGSYS' }
      else {
        notes.push(`system call probe ${describeExit(r, r.stderr)}${p.pending ? ` during ${p.pending}` : ''}`)
        break
      }
      remaining = remaining.filter(n => !(n in raw))
    }
    const args = ['-mode=main', ...(env.GOTMPDIR ? [`-gotmpdir=${env.GOTMPDIR}`] : [])]
    const m = await host.exec(bin, args, { timeoutMs: left(), env: host.env, maxOutputBytes: MAX_OUTPUT })
    const runMs = host.now() - t1
    if (m.startError) return unknown(`cannot execute the Go probe ${bin}: ${m.startError.slice(0, 200)}`)
    const sections = parseMainOutput(m.stdout)
    const died = m.code !== 0 || m.timedOut ? describeExit(m, m.stderr) : null
    if (!sections.runtime)
      return unknown(
        died
          ? `the Go probe ${died}`
          : `the Go probe printed no runtime section: ${firstLines(m.stderr, 2) || 'no error output'}`
      )

    // 5. cgo: does CC compile and link a pthread program (what -race needs).
    const cgo = await checkCgo(host, env, work, opts.ccTimeoutMs ?? 20_000)

    return known(
      assemble(
        { ...sections, runtime: sections.runtime },
        {
          died,
          syscalls: classifySyscalls(raw, {
            kernel: ctx?.kernel ?? sections.runtime.kernel,
            seccomp: ctx?.seccomp ?? null,
            ioUringDisabled: ctx?.ioUringDisabled ?? null
          }),
          kernel: ctx?.kernel ?? sections.runtime.kernel,
          seccomp: ctx ? { mode: ctx.seccomp, filters: ctx.seccompFilters } : undefined,
          cgo,
          timing: { buildMs, runMs, cached },
          notes
        }
      )
    )
  } finally {
    await host.rm(work).catch(() => undefined)
  }
}

interface BuildArgs {
  src: string
  bin: string
  minor: number
  version: string
  hostOS: string
  hostArch: string
  work: string
  opts: GoProbeOptions
  notes: string[]
}

async function build(
  host: Host,
  go: string,
  a: BuildArgs
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const budget = a.opts.buildTimeoutMs ?? 60_000
  const t0 = host.now()
  const args = ['build', ...buildFlags(a.minor, posix.join(a.src, 'go.mod')), '-o', a.bin, '.']
  const baseEnv: Record<string, string | undefined> = {
    ...host.env,
    CGO_ENABLED: '0',
    GOOS: a.hostOS,
    GOARCH: a.hostArch || host.env.GOARCH,
    GOWORK: 'off',
    GO111MODULE: 'on'
  }
  const tc = toolchainName(a.version)
  if (tc) baseEnv.GOTOOLCHAIN = tc
  const first = await host.exec(go, args, {
    cwd: a.src,
    env: baseEnv,
    timeoutMs: budget,
    maxOutputBytes: 64 * 1024
  })
  if (first.code === 0 && !first.timedOut) return { ok: true }
  const why1 = first.timedOut
    ? `timed out after ${budget} ms`
    : firstLines(first.stderr) || describeExit(first, '')
  const left = budget - (host.now() - t0)
  if (first.timedOut || left < 1000) return { ok: false, reason: `building the Go probe failed: ${why1}` }
  // One retry without the environment's GOFLAGS (a non-empty value also hides one from go.env), with a
  // private build cache when the shared one was the problem.
  const retryEnv: Record<string, string | undefined> = { ...baseEnv, GOFLAGS: '-mod=mod' }
  if (/GOCACHE|build cache/i.test(first.stderr)) retryEnv.GOCACHE = posix.join(a.work, 'gocache')
  const second = await host.exec(go, args, {
    cwd: a.src,
    env: retryEnv,
    timeoutMs: left,
    maxOutputBytes: 64 * 1024
  })
  if (second.code === 0 && !second.timedOut) {
    a.notes.push(
      `the first build failed (${why1}); built again with GOFLAGS=-mod=mod${retryEnv.GOCACHE ? ' and a private GOCACHE' : ''}`
    )
    return { ok: true }
  }
  const why2 = second.timedOut ? 'timed out' : firstLines(second.stderr) || describeExit(second, '')
  return {
    ok: false,
    reason: `building the Go probe failed: ${why1}${why2 !== why1 ? `; retry: ${why2}` : ''}`
  }
}

async function checkCgo(
  host: Host,
  env: GoEnv,
  work: string,
  timeoutMs: number
): Promise<GoProbeInfo['cgo']> {
  const enabled = env.CGO_ENABLED === '1'
  const cc = (env.CC ?? '').trim()
  if (!enabled) return { enabled: false, ccWorks: null, ...(cc ? { cc } : {}) }
  const words = splitCommand(cc || 'gcc')
  const file = posix.join(work, 'cgo-check.c')
  await host.writeFile(file, C_CHECK)
  const r = await host.exec(
    words[0],
    [...words.slice(1), '-pthread', '-o', posix.join(work, 'cgo-check'), file],
    {
      cwd: work,
      env: host.env,
      timeoutMs,
      maxOutputBytes: 64 * 1024
    }
  )
  if (r.code === 0 && !r.timedOut) return { enabled, ccWorks: true, cc: cc || 'gcc' }
  const error = r.startError
    ? /ENOENT/.test(r.startError)
      ? `C compiler "${words[0]}" not found`
      : `C compiler "${words[0]}" could not be started: ${r.startError.slice(0, 200)}`
    : r.timedOut
      ? `C compiler "${words[0]}" timed out after ${timeoutMs} ms`
      : `C compiler "${words[0]}" failed: ${firstLines(r.stderr) || describeExit(r, '')}`
  return { enabled, ccWorks: false, error, cc: cc || 'gcc' }
}

/** Puts the sections together; sections the probe did not reach say so (with how it died). */
export function assemble(
  s: MainSections & { runtime: NonNullable<MainSections['runtime']> },
  extra: {
    died: string | null
    syscalls: GoProbeInfo['syscalls']
    kernel: string | null
    seccomp?: GoProbeInfo['seccomp']
    cgo: GoProbeInfo['cgo']
    timing: GoProbeInfo['timing']
    notes: string[]
  }
): GoProbeInfo {
  const notes = [...extra.notes]
  const skipped: string[] = []
  const missing = (what: string) => {
    skipped.push(what)
    return `not checked: the probe ended (${extra.died ?? 'without printing it'}) before the ${what} check`
  }
  const listen = s.listen ?? {
    ipv4: { ok: false, error: missing('listen') },
    ipv6: { ok: false, error: 'not checked' }
  }
  const threads = s.threads ?? { created: 0, limit: 64, error: missing('threads') }
  const execInTemp = s.execInTemp ?? (missing('exec-in-temp'), [])
  const userns = s.userns ?? { ok: false, error: missing('user namespace') }
  if (skipped.length)
    notes.push(
      `the probe ended (${extra.died ?? 'early'}) before the ${skipped.join(', ')} check${skipped.length > 1 ? 's' : ''}`
    )
  return {
    goVersion: s.runtime.goVersion,
    gomaxprocs: s.runtime.gomaxprocs,
    numCPU: s.runtime.numCPU,
    nofileSoft: s.runtime.nofileSoft,
    nofileHard: s.runtime.nofileHard,
    execInTemp,
    userns,
    syscalls: extra.syscalls,
    listen,
    threads,
    cgo: extra.cgo,
    timing: extra.timing,
    kernel: extra.kernel,
    ...(extra.seccomp ? { seccomp: extra.seccomp } : {}),
    ...(notes.length ? { notes } : {})
  }
}
