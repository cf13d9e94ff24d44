/**
 * End to end through the built CLI: `node dist/cli.js doctor --json` (go-probe auto) under real seccomp
 * filters installed by this test, and with a noexec TMPDIR/GOTMPDIR.
 *
 * - The filter: e2e/scenarios/seccomp-userns-eperm/testdata/seccomp-run.c (raw BPF, no libseccomp),
 *   compiled here with gcc; it refuses the named calls with EPERM or ENOSYS, or traps them (SIGSYS), and
 *   execs the CLI, so node, go build and the probe all run under it, as in a container.
 * - noexec: `unshare -m` + `mount -t tmpfs -o noexec`, private to the test's mount namespace.
 *
 * The CLI is dist/cli.js when it carries the current probe source; otherwise src/cli.ts bundled the same
 * way (scripts/bundle.mjs options) into a temporary file, and the test says so.
 * Skips, saying why, unless Linux x86_64, root, with go, gcc and unshare.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { valueOf, type Facts } from '../../src/facts/types.js'
import { blockedSyscalls } from '../../src/goprobe/index.js'
import { PROBE_SOURCE_SHA256 } from '../../src/goprobe/source.js'
import type { Finding } from '../../src/core/model.js'

const REPO = join(import.meta.dirname, '../..')
const SECCOMP_RUN_C = join(REPO, 'e2e/scenarios/seccomp-userns-eperm/testdata/seccomp-run.c')
const ok = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0
const skip =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? `not Linux x86_64 (${process.platform}/${process.arch})`
    : process.getuid?.() !== 0
      ? 'not root'
      : !ok('go', ['version'])
        ? 'go is not on PATH'
        : !ok('gcc', ['--version'])
          ? 'gcc is not on PATH'
          : !ok('unshare', ['-m', 'true'])
            ? 'unshare -m does not work here'
            : null
if (skip) console.log(`goprobe doctor-seccomp: skipped: ${skip}`)
const d = skip ? describe.skip : describe

let work = ''
let cli = ''
let seccompRun = ''
let goCache = ''
const env = (): Record<string, string | undefined> => {
  // A private probe cache (cold build in the first test), the machine's Go build cache (XDG_CACHE_HOME
  // would otherwise move GOCACHE too and recompile the standard library: see docs/go-probe.md).
  const e: Record<string, string | undefined> = {
    ...process.env,
    XDG_CACHE_HOME: join(work, 'cache'),
    GOCACHE: goCache
  }
  delete e.RUNNER_TOOL_CACHE
  delete e.GOTMPDIR
  delete e.GITHUB_ACTIONS
  return e
}

interface Report {
  facts: Facts
  findings: Finding[]
}
function doctor(prefix: string[], extraEnv: Record<string, string> = {}): Report {
  const argv = [...prefix, 'node', cli, 'doctor', '--json', '--dir', join(work, 'module')]
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd: join(work, 'module'),
    env: { ...env(), ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 16 << 20
  })
  if (r.status !== 0) throw new Error(`${argv.join(' ')} -> ${r.status}: ${r.stderr.slice(0, 2000)}`)
  return JSON.parse(r.stdout) as Report
}
const probeOf = (rep: Report) => {
  const p = valueOf(rep.facts.goProbe)
  if (!p) throw new Error(`goProbe unknown: ${JSON.stringify(rep.facts.goProbe)}`)
  return p
}
const seccompFinding = (rep: Report) => rep.findings.find(f => f.rule === 'seccomp-blocked')

beforeAll(() => {
  if (skip) return
  work = mkdtempSync(join(tmpdir(), 'geg-goprobe-doctor-'))
  mkdirSync(join(work, 'module'))
  seccompRun = join(work, 'seccomp-run')
  goCache = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim()
  execFileSync('gcc', ['-O2', '-o', seccompRun, SECCOMP_RUN_C])
  const dist = join(REPO, 'dist/cli.js')
  if (existsSync(dist) && readFileSync(dist, 'utf8').includes(PROBE_SOURCE_SHA256)) cli = dist
  else {
    // src/cli.ts runs only when invoked as cli.js; the package.json makes node read it as ESM.
    mkdirSync(join(work, 'bundle'))
    writeFileSync(join(work, 'bundle/package.json'), '{"type":"module"}\n')
    cli = join(work, 'bundle/cli.js')
    console.log(
      'goprobe doctor-seccomp: dist/cli.js predates this probe source; using a fresh bundle of src/cli.ts'
    )
    buildSync({
      entryPoints: [join(REPO, 'src/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: cli,
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
      },
      logLevel: 'warning'
    })
  }
}, 60_000)
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

d('doctor --json under a seccomp filter names exactly the refused calls', () => {
  it('control: no filter, nothing blocked, no seccomp-blocked finding (and the cold build is timed)', () => {
    const rep = doctor([])
    const p = probeOf(rep)
    expect(p.seccomp).toEqual({ mode: 0, filters: 0 })
    expect(blockedSyscalls(p)).toEqual([])
    expect(seccompFinding(rep)).toBeUndefined()
    console.log(`goprobe via doctor: cold build ${p.timing.buildMs} ms, run ${p.timing.runMs} ms`)
  }, 120_000)

  it('EPERM for pidfd_open, pidfd_send_signal, unshare, memfd_create', () => {
    const rep = doctor([
      seccompRun,
      'eperm',
      'pidfd_open',
      'pidfd_send_signal',
      'unshare',
      'memfd_create',
      '--'
    ])
    const p = probeOf(rep)
    expect(p.timing.cached).toBe(true)
    expect(p.seccomp?.mode).toBe(2)
    expect(valueOf(rep.facts.security.seccomp)?.mode).toBe('filter') // the Node probe agrees
    const blocked = ['pidfd_open', 'pidfd_send_signal', 'unshare', 'memfd_create']
    expect(blockedSyscalls(p)).toEqual(blocked)
    for (const n of blocked) expect(p.syscalls[n].errno).toBe('EPERM')
    const f = seccompFinding(rep)
    expect(f).toBeDefined()
    expect(f!.message).toContain(blocked.join(', '))
    expect(f!.evidence).toContain('probe: unshare returned EPERM (expected OK)')
  }, 120_000)

  it('EPERM for personality: the query and ADDR_NO_RANDOMIZE (what the race detector needs) both refused', () => {
    const rep = doctor([seccompRun, 'eperm', 'personality', '--'])
    expect(blockedSyscalls(probeOf(rep))).toEqual(['personality', 'personality(ADDR_NO_RANDOMIZE)'])
    expect(seccompFinding(rep)?.message).toContain('personality, personality(ADDR_NO_RANDOMIZE)')
  }, 120_000)

  it("ENOSYS for clone3 (Docker's answer since 20.10.10) on a kernel that has clone3", () => {
    const rep = doctor([seccompRun, 'enosys', 'clone3', '--'])
    const p = probeOf(rep)
    expect(blockedSyscalls(p)).toEqual(['clone3'])
    expect(p.syscalls.clone3).toMatchObject({ errno: 'ENOSYS', expected: ['EINVAL'], blocked: true })
    expect(seccompFinding(rep)?.evidence).toEqual(['probe: clone3 returned ENOSYS (expected EINVAL)'])
  }, 120_000)

  it('a trapping filter on pidfd_open (golang/go#69065): named as SIGSYS; the probe survives as a fact', () => {
    const rep = doctor([seccompRun, 'trap', 'pidfd_open', '--'])
    const p = probeOf(rep)
    expect(blockedSyscalls(p)).toEqual(['pidfd_open'])
    expect(p.syscalls.pidfd_open.errno).toBe('SIGSYS')
    // Go >= 1.23 runs os.checkPidfd at the first exec, so the probe's exec checks could not run.
    expect(p.userns.error).toMatch(/SIGSYS: bad system call/)
    expect(seccompFinding(rep)?.message).toContain('pidfd_open')
  }, 120_000)
})

d('doctor --json with a noexec temporary directory', () => {
  const noexec = (inner: string) => {
    const dir = join(work, `noexec-${inner}`)
    mkdirSync(dir, { recursive: true })
    return dir
  }
  it('TMPDIR on a noexec tmpfs: the exec failure is reported for TMPDIR', () => {
    const dir = noexec('tmpdir')
    const rep = doctor([
      'unshare',
      '-m',
      'sh',
      '-c',
      `mount -t tmpfs -o noexec,size=16m tmpfs "${dir}" && TMPDIR="${dir}" exec "$@"`,
      'sh'
    ])
    const e = probeOf(rep).execInTemp
    expect(e).toHaveLength(1)
    expect(e[0]).toMatchObject({ dir, role: 'TMPDIR', ok: false })
    expect(e[0].error).toMatch(
      new RegExp(`^fork/exec ${dir}/go-env-guard-exec-\\d+/probe\\.test: permission denied$`)
    )
  }, 120_000)

  it('GOTMPDIR on a noexec tmpfs, TMPDIR fine: only GOTMPDIR fails', () => {
    const dir = noexec('gotmpdir')
    const tmp = join(work, 'exec-ok')
    mkdirSync(tmp, { recursive: true })
    const rep = doctor(
      ['unshare', '-m', 'sh', '-c', `mount -t tmpfs -o noexec,size=16m tmpfs "${dir}" && exec "$@"`, 'sh'],
      { GOTMPDIR: dir, TMPDIR: tmp }
    )
    const e = probeOf(rep).execInTemp
    expect(e.map(x => [x.role, x.dir, x.ok])).toEqual([
      ['GOTMPDIR', dir, false],
      ['TMPDIR', tmp, true]
    ])
    expect(e[0].error).toMatch(/permission denied$/)
  }, 120_000)
})
