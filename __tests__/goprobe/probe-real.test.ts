/**
 * The Go probe built and run with this machine's Go (jest, real NodeHost), each answer compared with
 * an independent source: `go env GOVERSION`, `nproc`, prlimit's own setting, /proc/self/status, the
 * kernel's verdict on a pids cgroup. Then the failure modes, which must give `{unknown}` and never a
 * throw: no Go, a build that fails or hangs, a probe that crashes, hangs or prints garbage (fake `go`
 * scripts), and GOFLAGS/GOTOOLCHAIN settings that must not break the build.
 * Skips, saying why, when not Linux or go is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  rmdirSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isKnown, type Fact, type GoProbeInfo } from '../../src/facts/types.js'
import { NodeHost } from '../../src/host/node-host.js'
import { blockedSyscalls, runGoProbe, type GoProbeOptions } from '../../src/goprobe/index.js'

const hasGo = spawnSync('go', ['version']).status === 0
const skip = process.platform !== 'linux' ? 'not Linux' : !hasGo ? 'go is not on PATH' : null
if (skip) console.log(`goprobe probe-real: skipped: ${skip}`)
const d = skip ? describe.skip : describe

let work = ''
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'geg-goprobe-test-'))
})
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

/** A NodeHost whose environment is replaced (the probe passes host.env to every child). */
function hostWith(env: Record<string, string | undefined>): NodeHost {
  const h = new NodeHost()
  Object.defineProperty(h, 'env', { value: env })
  return h
}
const baseEnv = (): Record<string, string | undefined> => {
  const e = { ...process.env }
  delete e.RUNNER_TOOL_CACHE
  delete e.GOFLAGS
  delete e.GOTOOLCHAIN
  delete e.GOMAXPROCS
  return e
}
const value = (f: Fact<GoProbeInfo>): GoProbeInfo => {
  if (!isKnown(f)) throw new Error(`probe unknown: ${(f as { unknown: string }).unknown}`)
  return f.value
}
const reason = (f: Fact<GoProbeInfo>): string => ('unknown' in f ? f.unknown : `known: ${JSON.stringify(f)}`)

d('built with the machine Go', () => {
  let cold: GoProbeInfo
  let cacheDir = ''
  const opts = (): GoProbeOptions => ({ cacheDir, workingDirectory: work })

  beforeAll(async () => {
    cacheDir = join(work, 'cache')
    cold = value(await runGoProbe(hostWith(baseEnv()), opts()))
  }, 120_000)

  it('cold build, then a cached run (figures printed)', async () => {
    expect(cold.timing.cached).toBe(false)
    expect(cold.timing.buildMs).toBeGreaterThan(0)
    const warm = value(await runGoProbe(hostWith(baseEnv()), opts()))
    expect(warm.timing).toMatchObject({ cached: true, buildMs: 0 })
    console.log(
      `goprobe: cold build ${cold.timing.buildMs} ms + run ${cold.timing.runMs} ms; cached run ${warm.timing.runMs} ms`
    )
  }, 120_000)

  it('two jobs building into one empty cache at once both get a probe; a marker naming a missing binary rebuilds', async () => {
    const shared = join(work, 'cache-shared')
    const [a, b] = await Promise.all([
      runGoProbe(hostWith(baseEnv()), { cacheDir: shared, workingDirectory: work }),
      runGoProbe(hostWith(baseEnv()), { cacheDir: shared, workingDirectory: work })
    ])
    expect([value(a).timing.cached, value(b).timing.cached]).toEqual([false, false])
    const bin = findBin(shared)
    rmSync(bin)
    const c = value(await runGoProbe(hostWith(baseEnv()), { cacheDir: shared, workingDirectory: work }))
    expect(c.timing.cached).toBe(false)
    expect(findBin(shared)).not.toBe(bin)
    expect(
      value(await runGoProbe(hostWith(baseEnv()), { cacheDir: shared, workingDirectory: work })).timing.cached
    ).toBe(true)
  }, 120_000)

  it('reports the Go version go env reports, and the CPU count nproc reports', () => {
    const ver = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim()
    expect(cold.goVersion).toBe(ver)
    const nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim())
    expect(cold.numCPU).toBe(nproc)
  })

  it('nothing blocked where /proc/self/status says there is no seccomp filter', () => {
    const status = readFileSync('/proc/self/status', 'utf8')
    const mode = Number(/^Seccomp:\s*(\d+)/m.exec(status)?.[1])
    expect(cold.seccomp?.mode).toBe(mode)
    if (mode === 0) {
      expect(blockedSyscalls(cold)).toEqual([])
      // Every answer is the one the kernel gives an allowed call (classify.ts table).
      for (const [name, r] of Object.entries(cold.syscalls))
        expect({ name, errno: r.errno, allowed: r.expected.includes(r.errno) }).toEqual({
          name,
          errno: r.errno,
          allowed: true
        })
    }
    expect(Object.keys(cold.syscalls).length).toBeGreaterThanOrEqual(10)
  })

  it('GOMAXPROCS from the environment reaches the probe (what the test binary sees)', async () => {
    const r = value(await runGoProbe(hostWith({ ...baseEnv(), GOMAXPROCS: '1' }), opts()))
    expect(r.gomaxprocs).toBe(1)
    expect(r.numCPU).toBe(cold.numCPU)
  }, 60_000)

  it('NOFILE: the runtime raises the soft limit to (about) the hard one (prlimit sets 1024:4096)', () => {
    // Run the cached binary under prlimit directly: the same build, a limit we chose.
    const bin = findBin(cacheDir)
    const out = execFileSync('prlimit', ['--nofile=1024:4096', bin, '-mode=main'], { encoding: 'utf8' })
    const rt = JSON.parse(/^section runtime (.*)$/m.exec(out)![1]) as {
      nofileSoft: number
      nofileHard: number
    }
    // syscall/rlimit.go: Go >= 1.19 raises the soft limit at init; recent releases to Max-1 (so that a
    // later prlimit to Max can be noticed), earlier ones to Max.
    expect(rt.nofileHard).toBe(4096)
    expect([4095, 4096]).toContain(rt.nofileSoft)
  })

  it('loopback listening, thread headroom, user namespace and exec in /tmp work here', () => {
    expect(cold.listen.ipv4).toEqual({ ok: true })
    expect(cold.threads).toEqual({ created: 64, limit: 64 })
    expect(cold.execInTemp.find(e => e.dir === (process.env.TMPDIR || '/tmp'))?.ok).toBe(true)
    // root can always create one; the Node probe's `unshare -Ur true` is the independent check
    const unshare = spawnSync('unshare', ['-Ur', 'true'])
    expect(cold.userns.ok).toBe(unshare.status === 0)
  })

  it('cgo: gcc compiles and links; a CC that does not exist is named', async () => {
    const hasGcc = spawnSync('gcc', ['--version']).status === 0
    expect(cold.cgo).toMatchObject({ enabled: true, ccWorks: hasGcc })
    const r = value(await runGoProbe(hostWith({ ...baseEnv(), CC: 'no-such-cc-xyz' }), opts()))
    expect(r.cgo).toEqual({
      enabled: true,
      ccWorks: false,
      cc: 'no-such-cc-xyz',
      error: 'C compiler "no-such-cc-xyz" not found'
    })
    const off = value(await runGoProbe(hostWith({ ...baseEnv(), CGO_ENABLED: '0' }), opts()))
    expect(off.cgo).toMatchObject({ enabled: false, ccWorks: null })
  }, 60_000)

  it('GOTMPDIR is checked as go test would use it', async () => {
    const g = join(work, 'gotmp')
    mkdirSync(g, { recursive: true })
    const r = value(await runGoProbe(hostWith({ ...baseEnv(), GOTMPDIR: g }), opts()))
    expect(r.execInTemp[0]).toEqual({ dir: g, ok: true, role: 'GOTMPDIR' })
  }, 60_000)

  it('a pids cgroup too small for 64 more threads: the thread check fails as the runtime does', () => {
    const root = '/sys/fs/cgroup/pids'
    if (process.getuid?.() !== 0 || !existsSync(join(root, 'cgroup.procs'))) {
      console.log('goprobe: pids cgroup v1 not writable here; thread-limit check skipped')
      return
    }
    const cg = join(root, `geg-goprobe-${process.pid}`)
    mkdirSync(cg)
    try {
      writeFileSync(join(cg, 'pids.max'), '40')
      const bin = findBin(cacheDir)
      const r = spawnSync('sh', ['-c', `echo $$ > ${cg}/cgroup.procs && exec "$0" -mode=main`, bin], {
        encoding: 'utf8',
        timeout: 20_000
      })
      const th = JSON.parse(/^section threads (.*)$/m.exec(r.stdout)![1]) as {
        created: number
        error?: string
      }
      expect(th.created).toBeLessThan(64)
      expect(th.error).toMatch(
        /failed to create new OS thread|pthread_create|resource temporarily unavailable/i
      )
      const events = readFileSync(join(cg, 'pids.events'), 'utf8')
      expect(Number(/max (\d+)/.exec(events)![1])).toBeGreaterThan(0) // the kernel agrees: forks were refused
    } finally {
      for (let i = 0; i < 50; i++) {
        try {
          rmdirSync(cg)
          break
        } catch {
          execFileSync('sleep', ['0.1'])
        }
      }
    }
  }, 60_000)
})

/** The cached binary, as the `ok` marker names it (`<sha256> <go version> probe-<hex>`). */
function findBin(cacheDir: string): string {
  const dirs = execFileSync('ls', [cacheDir], { encoding: 'utf8' }).trim().split('\n')
  const name = readFileSync(join(cacheDir, dirs[0], 'ok'), 'utf8')
    .trim()
    .split(' ')[2]
  return join(cacheDir, dirs[0], name)
}

d('environment settings that must not break the build', () => {
  const cases: [string, Record<string, string>][] = [
    ['GOFLAGS=-mod=vendor', { GOFLAGS: '-mod=vendor' }],
    ['GOFLAGS=-race (needs cgo; the probe is built without)', { GOFLAGS: '-race' }],
    ['GOFLAGS=-modfile=/nonexistent/go.mod', { GOFLAGS: '-modfile=/nonexistent/go.mod' }],
    [
      'GOFLAGS=-toolexec=/bin/false -overlay=/nonexistent',
      { GOFLAGS: '-toolexec=/bin/false -overlay=/nonexistent' }
    ],
    ['GOTOOLCHAIN=local', { GOTOOLCHAIN: 'local' }],
    ['GOOS/GOARCH set for cross-compiling', { GOOS: 'windows', GOARCH: 'arm64' }]
  ]
  for (const [name, extra] of cases)
    it(
      name,
      async () => {
        const f = await runGoProbe(hostWith({ ...baseEnv(), ...extra }), {
          cacheDir: null,
          workingDirectory: work
        })
        expect(reason(f)).toMatch(/^known/)
        expect(value(f).timing.cached).toBe(false)
        expect(value(f).notes ?? []).toEqual([])
      },
      60_000
    )

  // Older toolchains, when the module cache already holds them (scripts/capture-gotest.sh downloads
  // go1.22.12 and go1.19.13): GOTOOLCHAIN selects them, GOPROXY=off keeps the test off the network.
  const modcache = spawnSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).stdout?.trim() ?? ''
  for (const v of ['go1.19.13', 'go1.22.12']) {
    const have = existsSync(join(modcache, `golang.org/toolchain@v0.0.1-${v}.linux-amd64/bin/go`))
    ;(have ? it : it.skip)(
      `GOTOOLCHAIN=${v} with GOFLAGS=-mod=vendor: built and run by ${v}`,
      async () => {
        const f = await runGoProbe(
          hostWith({ ...baseEnv(), GOTOOLCHAIN: v, GOPROXY: 'off', GOFLAGS: '-mod=vendor' }),
          { cacheDir: null, workingDirectory: work }
        )
        expect(value(f).goVersion).toBe(v)
        expect(blockedSyscalls(value(f))).toEqual([])
      },
      90_000
    )
  }

  it('an unknown flag in GOFLAGS: one retry with GOFLAGS=-mod=mod, said in a note', async () => {
    const f = await runGoProbe(hostWith({ ...baseEnv(), GOFLAGS: '-no-such-flag' }), {
      cacheDir: null,
      workingDirectory: work
    })
    expect(value(f).notes?.[0]).toMatch(
      /first build failed .*no-such-flag.*built again with GOFLAGS=-mod=mod/
    )
  }, 60_000)

  it('a go.mod asking for a toolchain that cannot be had: falls back to the default toolchain, with a note', async () => {
    const mod = join(work, 'future')
    mkdirSync(mod, { recursive: true })
    writeFileSync(join(mod, 'go.mod'), 'module example.com/future\n\ngo 1.99\n')
    // GOTOOLCHAIN=auto would download go1.99.0; GOPROXY=off makes that fail at once, without network.
    const f = await runGoProbe(hostWith({ ...baseEnv(), GOTOOLCHAIN: 'auto', GOPROXY: 'off' }), {
      cacheDir: null,
      workingDirectory: mod
    })
    expect(value(f).notes?.[0]).toMatch(
      /^`go env` failed in \S+future \(.*go1\.99.*\); used the default toolchain$/
    )
  }, 60_000)
})

d('failure modes give {unknown}, never a throw', () => {
  const fake = (name: string, buildBody: string) => {
    const dir = join(work, `fake-${name}`)
    mkdirSync(dir, { recursive: true })
    const go = join(dir, 'go')
    // `go env -json ...` answers like go1.26.8; `go build ... -o OUT .` runs buildBody with $out set.
    writeFileSync(
      go,
      `#!/bin/sh
if [ "$1" = env ]; then echo '{"GOVERSION":"go1.26.8","CGO_ENABLED":"0","GOHOSTOS":"linux","GOHOSTARCH":"amd64"}'; exit 0; fi
out=""; prev=""; for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
${buildBody}
`
    )
    chmodSync(go, 0o755)
    return go
  }
  const probe = (go: string, o: GoProbeOptions = {}) =>
    runGoProbe(hostWith(baseEnv()), { cacheDir: null, workingDirectory: work, go, ...o })

  it('no go on PATH', async () => {
    const f = await runGoProbe(hostWith({ ...baseEnv(), PATH: join(work, 'empty-path') }), { cacheDir: null })
    expect(f).toEqual({ unknown: 'go is not on PATH' })
  })
  it('a build that fails', async () => {
    const f = await probe(fake('fail', `echo "./main.go:1:1: expected 'package', found bogus" >&2; exit 1`))
    expect(reason(f)).toMatch(/^building the Go probe failed: \.\/main\.go:1:1: expected 'package'/)
  })
  it('a build that hangs is bounded', async () => {
    const t0 = Date.now()
    // `exec`: the go command itself hangs (NodeHost kills the child, not its descendants)
    const f = await probe(fake('hang', 'exec sleep 30'), { buildTimeoutMs: 1500 })
    expect(reason(f)).toMatch(/^building the Go probe failed: timed out after 1500 ms/)
    expect(Date.now() - t0).toBeLessThan(10_000)
  }, 20_000)
  it('a probe that crashes', async () => {
    const body = `printf '#!/bin/sh\\necho "fatal error: unexpected signal during runtime execution" >&2\\nexit 2\\n' > "$out"; chmod 755 "$out"`
    const f = await probe(fake('crash', body))
    expect(reason(f)).toMatch(/exit status 2: fatal error: unexpected signal/)
  })
  it('a probe that hangs is bounded by the run timeout', async () => {
    const body = `printf '#!/bin/sh\\nexec sleep 30\\n' > "$out"; chmod 755 "$out"`
    const t0 = Date.now()
    const f = await probe(fake('runhang', body), { runTimeoutMs: 1500 })
    expect(reason(f)).toMatch(/timed out/)
    expect(Date.now() - t0).toBeLessThan(10_000)
  }, 20_000)
  it('a probe that prints garbage', async () => {
    const body = `printf '#!/bin/sh\\nhead -c 300000 /dev/urandom\\n' > "$out"; chmod 755 "$out"`
    const f = await probe(fake('garbage', body))
    expect(reason(f)).toMatch(/printed no runtime section/)
  })
  it('a cache directory that cannot be created: builds in the temporary directory, with a note', async () => {
    const file = join(work, 'not-a-dir')
    writeFileSync(file, '')
    const f = await runGoProbe(hostWith(baseEnv()), { cacheDir: join(file, 'cache'), workingDirectory: work })
    expect(value(f).notes?.[0]).toMatch(/not writable .*built in a temporary directory/)
  }, 60_000)
})
