import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExecOptions, ExecResult, FsStats } from '../../src/host/host.js'
import { FixtureHost } from '../../src/host/fixture-host.js'
import { SYSCTL_KEYS, valueOf, type Facts } from '../../src/facts/types.js'
import { probeCounters, probeFacts } from '../../src/probes/index.js'
import { sysctlPath } from '../../src/probes/limits.js'

const HOSTS = join(import.meta.dirname, '../fixtures/hosts')
const file = (name: string, p: string) => readFileSync(join(HOSTS, name, p), 'utf8')

const ok = (stdout: string): ExecResult => ({
  code: 0,
  signal: null,
  stdout,
  stderr: '',
  timedOut: false,
  truncated: false
})
const fail = (stderr: string): ExecResult => ({
  code: 1,
  signal: null,
  stdout: '',
  stderr,
  timedOut: false,
  truncated: false
})

function goEnv(over: Record<string, string> = {}): string {
  return JSON.stringify({
    GOVERSION: 'go1.24.6',
    GOROOT: '/usr/local/go',
    GOTMPDIR: '',
    GOCACHE: '/root/.cache/go-build',
    GOMODCACHE: '/go/pkg/mod',
    GOFLAGS: '',
    CGO_ENABLED: '1',
    CC: 'gcc',
    ...over
  })
}

function host(
  name: string,
  o: {
    env?: Record<string, string>
    uid?: number
    denied?: string[]
    exec?: (c: string, a: readonly string[], opts: ExecOptions) => ExecResult | undefined
  } = {}
) {
  const root = join(HOSTS, name)
  const statfs = JSON.parse(file(name, 'statfs.json')) as Record<string, FsStats>
  return new FixtureHost({ root, statfs, env: o.env, uid: o.uid, gid: o.uid, denied: o.denied, exec: o.exec })
}

/** Every sysctl fact equals the fixture file, or is unknown because the file is absent. */
function expectSysctlsMatch(name: string, facts: Facts) {
  for (const k of SYSCTL_KEYS) {
    let text: string | null
    try {
      text = file(name, sysctlPath(k).slice(1))
    } catch {
      text = null
    }
    if (text === null)
      expect(facts.sysctl[k]).toEqual({ unknown: expect.stringContaining('not present on this kernel') })
    else expect(facts.sysctl[k]).toEqual({ value: text.trim() })
  }
}

describe('v1-hybrid-this-vm (captured)', () => {
  it('matches the captured files', async () => {
    const h = host('v1-hybrid-this-vm', { uid: 0 })
    const f = await probeFacts(h, { workingDirectory: '/work/none' })
    expect(f.system.kernel).toEqual({ value: file('v1-hybrid-this-vm', 'proc/sys/kernel/osrelease').trim() })
    expect(f.system.arch).toEqual({ value: 'x86_64' })
    expect(f.system.distro).toEqual({ value: 'Debian GNU/Linux 12 (bookworm)' })
    expect(f.system.cpus).toEqual({ value: { online: 2, affinity: 2 } })
    expect(f.rlimits.nofile).toEqual({ value: { soft: 20000, hard: 20000 } })
    expectSysctlsMatch('v1-hybrid-this-vm', f)
    const cg = valueOf(f.cgroup)!
    expect(cg.version).toBe('hybrid')
    expect(cg.namespaced).toBe(false)
    expect(cg.paths.pids).toEqual({
      path: '/go-env-guard-fixture',
      dir: '/sys/fs/cgroup/pids/go-env-guard-fixture'
    })
    // pids.max 64 and cfs quota 150000 were written before the capture (SOURCE.md).
    expect(valueOf(cg.pids)).toMatchObject({ max: 64, current: 3, eventsMax: 0, effectiveMax: 64 })
    expect(valueOf(cg.cpu)).toMatchObject({
      quotaUs: 150000,
      periodUs: 100000,
      limitCpus: 1.5,
      nrThrottled: 0
    })
    const mem = valueOf(cg.memory)!
    expect(mem.max).toBeNull() // v1 sentinel 9223372036854771712
    expect(mem.dir).toBe('/sys/fs/cgroup/memory/process_api/0c786d4edd4d36592d1d1fb1e2f99809')
    expect(mem.current).toBe(
      Number(file('v1-hybrid-this-vm', `${mem.dir.slice(1)}/memory.usage_in_bytes`).trim())
    )
    expect(valueOf(f.security.seccomp)).toEqual({ mode: 'disabled', filters: 0 })
    expect(valueOf(f.security.capabilities)?.sysResource).toBe(false)
    expect(valueOf(f.security.apparmor)).toEqual({
      enabled: false,
      label: '',
      restrictUnprivilegedUserns: null
    })
    // /.dockerenv exists on the VM but nothing else says container.
    expect(valueOf(f.system.container)?.inContainer).toBe(false)
    expect(valueOf(f.system.container)?.hints.join(' ')).toMatch(/dockerenv exists, but nothing else/)
    expect(f.network.portRange).toEqual({ value: { low: 32768, high: 60999, width: 28232 } })
    expect(valueOf(f.network.ipv6Loopback)?.present).toBe(true)
    expect(f.go).toEqual({ unknown: 'go is not on PATH' })
    expect(f.security.userns).toEqual({ unknown: expect.stringContaining('unshare') })
    expect(f.goProbe).toBeUndefined()
    const tmp = f.mounts.tempDirs.find(t => t.role === '/tmp')
    expect(valueOf(tmp?.mount)).toMatchObject({ mountPoint: '/', fsType: 'ext4', noexec: false })
    expect(valueOf(f.mounts.devShm)).toMatchObject({ mountPoint: '/dev/shm', fsType: 'tmpfs' })
  })
})

describe('v2-github-hosted (built from documentation)', () => {
  const env = {
    GITHUB_ACTIONS: 'true',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 12',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_WORKSPACE: '/home/runner/work/app/app',
    PATH: '/usr/bin',
    GOMAXPROCS: '2'
  }
  const exec = (c: string, a: readonly string[]) => {
    if (c === 'go') return ok(goEnv({ GOCACHE: '/home/runner/.cache/go-build', CC: 'definitely-not-a-cc' }))
    if (c === 'unshare') return fail('unshare: write failed /proc/self/uid_map: Operation not permitted')
    return a.length ? undefined : undefined
  }
  it('reads v2 cgroup values, runner kind, AppArmor restriction and go.mod', async () => {
    const h = host('v2-github-hosted', { env, uid: 1001, exec })
    const f = await probeFacts(h, { workingDirectory: '/home/runner/work/app/app' })
    expect(f.system.kernel).toEqual({ value: '6.17.0-1022-azure' })
    expect(f.system.runner).toEqual({
      value: {
        kind: 'github-hosted',
        evidence: ['GITHUB_ACTIONS=true', 'RUNNER_ENVIRONMENT=github-hosted'],
        name: 'GitHub Actions 12',
        os: 'Linux',
        arch: 'X64'
      }
    })
    expect(valueOf(f.system.container)).toEqual({ inContainer: false, hints: [] })
    expect(f.rlimits.nofile).toEqual({ value: { soft: 65536, hard: 65536 } })
    expect(f.rlimits.stack).toEqual({ value: { soft: 16777216, hard: 'unlimited' } })
    expectSysctlsMatch('v2-github-hosted', f)
    const cg = valueOf(f.cgroup)!
    expect(cg.version).toBe('v2')
    expect(cg.paths.unified).toEqual({
      path: '/system.slice/actions-runner.service',
      dir: '/sys/fs/cgroup/system.slice/actions-runner.service'
    })
    expect(valueOf(cg.memory)).toMatchObject({
      max: null,
      high: null,
      current: 1207959552,
      peak: 2415919104,
      oomKill: 0,
      oom: 0
    })
    expect(valueOf(cg.pids)).toMatchObject({ max: 19113, current: 37, eventsMax: 0, effectiveMax: 19113 })
    expect(valueOf(cg.cpu)).toMatchObject({
      quotaUs: null,
      periodUs: 100000,
      limitCpus: null,
      nrThrottled: 0,
      throttledUsec: 0
    })
    expect(valueOf(f.security.apparmor)).toEqual({
      enabled: true,
      label: 'unconfined',
      restrictUnprivilegedUserns: 1
    })
    expect(valueOf(f.security.capabilities)?.effective).toEqual([])
    expect(f.security.userns).toEqual({
      value: {
        canCreate: false,
        detail:
          'as uid 1001: unshare -Ur true: failed (exit 1): unshare: write failed /proc/self/uid_map: Operation not permitted'
      }
    })
    expect(h.execCalls.map(c => c.command).sort()).toEqual(['go', 'unshare']) // no setpriv when not root
    const go = valueOf(f.go)!
    expect(go).toMatchObject({
      version: 'go1.24.6',
      goModGo: '1.24.0',
      modulePath: 'github.com/example/app',
      goModPath: '/home/runner/work/app/app/go.mod',
      cc: 'definitely-not-a-cc',
      ccFound: false,
      cgoEnabled: true
    })
    expect(go.env).toEqual({ GOMAXPROCS: '2', GOMEMLIMIT: null, GODEBUG: null, GOTOOLCHAIN: null })
    const ws = f.mounts.storage.find(s => s.role === 'workspace')
    expect(valueOf(ws?.space)).toEqual({
      path: '/home/runner/work/app/app',
      availBytes: 5234000 * 4096,
      totalBytes: 18829824 * 4096,
      inodesFree: 8900000,
      inodesTotal: 9584640
    })
    // GOCACHE does not exist in the tree: the nearest existing ancestor's file system is used.
    const gocache = f.mounts.storage.find(s => s.role === 'GOCACHE')
    expect(gocache?.path).toBe('/home/runner/.cache/go-build')
  })
  it('asks go env for the variables it reads by name, so that go does not run the C compiler', async () => {
    const h = host('v2-github-hosted', { env, uid: 1001, exec })
    await probeFacts(h, { workingDirectory: '/home/runner/work/app/app' })
    const goEnvCalls = h.execCalls.filter(c => c.command === 'go')
    expect(goEnvCalls).toHaveLength(1)
    const args = goEnvCalls[0].args
    expect(args.slice(0, 2)).toEqual(['env', '-json'])
    // A bare `go env -json` computes GOGCCFLAGS and the CGO_* flags, which runs `cc -###`.
    expect(args.slice(2)).toEqual(expect.arrayContaining(['GOVERSION', 'GOCACHE', 'GOMODCACHE', 'CC']))
    expect(args).not.toEqual(expect.arrayContaining(['GOGCCFLAGS']))
  })
  it('guesses the runner kind on old runners without RUNNER_ENVIRONMENT and says so', async () => {
    const { RUNNER_ENVIRONMENT: _drop, ...old } = env
    const f = await probeFacts(host('v2-github-hosted', { env: old, exec }), { workingDirectory: '/' })
    const r = valueOf(f.system.runner)!
    expect(r.kind).toBe('github-hosted')
    expect(r.evidence.join('\n')).toMatch(/RUNNER_ENVIRONMENT is not set/)
    const self = await probeFacts(
      host('v2-github-hosted', { env: { ...old, RUNNER_NAME: 'build-box-3' }, exec }),
      {
        workingDirectory: '/'
      }
    )
    expect(valueOf(self.system.runner)?.kind).toBe('self-hosted')
  })
  it('reports probe counters from the same files', async () => {
    const h = host('v2-github-hosted', { env, exec })
    const f = await probeFacts(h, { workingDirectory: '/' })
    const c = await probeCounters(h, f.cgroup)
    expect(c).toEqual({
      at: new Date(1_700_000_000_000).toISOString(),
      memoryOomKill: 0,
      memoryOom: 0,
      memoryHigh: 0,
      pidsEventsMax: 0,
      cpuNrThrottled: 0,
      cpuThrottledUsec: 0,
      listenOverflows: 0,
      vmstatOomKill: 0,
      memoryPeak: 2415919104
    })
  })
})

describe('v2-container-cgroupns (built from documentation)', () => {
  it('finds its own cgroup below a /../.. mount root and reads the container limits', async () => {
    const exec = (c: string, a: readonly string[]) => {
      if (c === 'go') return ok(goEnv({ GOTMPDIR: '/tmp' }))
      if (c === 'unshare') return fail('unshare: unshare failed: Operation not permitted')
      if (c === 'setpriv') return fail('unshare: unshare failed: Operation not permitted')
      return a.length ? undefined : undefined
    }
    const h = host('v2-container-cgroupns', { uid: 0, exec })
    const f = await probeFacts(h, { workingDirectory: '/go/src/app' })
    const cg = valueOf(f.cgroup)!
    expect(cg.version).toBe('v2')
    expect(cg.namespaced).toBe(true)
    const dir =
      '/sys/fs/cgroup/system.slice/docker-3f1c2a9b7e5d4c8a9b0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e.scope'
    expect(cg.paths.unified).toEqual({ path: '/', dir })
    expect(valueOf(cg.memory)).toMatchObject({
      max: 536870912,
      current: 402653184,
      peak: 536870912,
      oomKill: 2,
      oom: 2,
      dir
    })
    expect(valueOf(cg.memory)?.effectiveMax).toBe(536870912)
    expect(valueOf(cg.pids)).toMatchObject({ max: 100, current: 23, eventsMax: 3 })
    expect(valueOf(cg.cpu)).toMatchObject({
      quotaUs: 150000,
      periodUs: 100000,
      limitCpus: 1.5,
      nrPeriods: 4000,
      nrThrottled: 1234,
      throttledUsec: 98765432
    })
    expect(valueOf(f.security.seccomp)).toEqual({ mode: 'filter', filters: 1 })
    expect(valueOf(f.security.capabilities)?.hex).toBe('00000000a80425fb')
    expect(valueOf(f.security.capabilities)?.sysAdmin).toBe(false)
    expect(valueOf(f.security.apparmor)?.label).toBe('docker-default (enforce)')
    const c = valueOf(f.system.container)!
    expect(c.inContainer).toBe(true)
    expect(c.runtime).toBe('docker')
    expect(c.hints).toEqual(
      expect.arrayContaining([
        '/.dockerenv exists',
        'root filesystem is overlay',
        'private cgroup namespace',
        expect.stringMatching(
          /^\/etc\/(hosts|hostname) is bind-mounted from \/var\/lib\/docker\/containers\//
        )
      ])
    )
    expect(f.rlimits.nofile).toEqual({ value: { soft: 1024, hard: 524288 } })
    expect(valueOf(f.mounts.devShm)).toMatchObject({ fsType: 'tmpfs', sizeBytes: 16384 * 4096, noexec: true })
    expect(f.mounts.tempDirs.map(t => t.role)).toEqual(['GOTMPDIR', '/tmp'])
    const u = valueOf(f.security.userns)!
    expect(u.canCreate).toBe(false)
    expect(u.detail).toMatch(/^as root \(uid 0\): unshare -Ur true: failed/)
    expect(u.unprivileged?.canCreate).toBe(false)
    expect(h.execCalls.find(x => x.command === 'setpriv')?.args).toEqual([
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      'unshare',
      '-Ur',
      'true'
    ])
    const counters = await probeCounters(h, f.cgroup)
    expect(counters).toMatchObject({
      memoryOomKill: 2,
      memoryOom: 2,
      pidsEventsMax: 3,
      cpuNrThrottled: 1234,
      listenOverflows: 17,
      vmstatOomKill: 4
    })
  })
})

describe('v1-docker (built from documentation)', () => {
  it('reads v1 limits at the mount point, converts throttled_time ns to usec, and has no cgroup2', async () => {
    const h = host('v1-docker', { uid: 0 })
    const f = await probeFacts(h, { workingDirectory: '/go/src/app' })
    const cg = valueOf(f.cgroup)!
    expect(cg.version).toBe('v1')
    expect(cg.namespaced).toBe(false)
    expect(cg.paths.memory.dir).toBe('/sys/fs/cgroup/memory')
    expect(cg.paths.cpu.dir).toBe('/sys/fs/cgroup/cpu,cpuacct')
    expect(cg.paths.unified).toEqual({ path: '/system.slice/containerd.service', dir: null })
    expect(valueOf(cg.memory)).toMatchObject({
      max: 1073741824,
      high: null,
      current: 1073700864,
      peak: 1073741824,
      oomKill: 1,
      oom: 57
    })
    expect(valueOf(cg.pids)).toMatchObject({ max: 512, current: 12, eventsMax: 0 })
    expect(valueOf(cg.cpu)).toMatchObject({
      quotaUs: 200000,
      periodUs: 100000,
      limitCpus: 2,
      nrThrottled: 340,
      throttledUsec: 45000000
    })
    const c = valueOf(f.system.container)!
    expect(c.inContainer).toBe(true)
    expect(c.runtime).toBe('docker')
    expect(c.hints.some(x => x.startsWith('/proc/1/cgroup:'))).toBe(true)
    const tmp = f.mounts.storage.find(s => s.role === 'temp')
    expect(valueOf(tmp?.space)).toMatchObject({ inodesFree: 0, inodesTotal: 3840000 })
    const counters = await probeCounters(h, f.cgroup)
    expect(counters).toMatchObject({
      memoryOomKill: 1,
      memoryOom: 57,
      // v1: memory.max_usage_in_bytes, read again after the tests
      memoryPeak: 1073741824,
      pidsEventsMax: 0,
      cpuNrThrottled: 340,
      cpuThrottledUsec: 45000000
    })
  })
})

describe('nonroot-denied (synthetic EACCES on a documented tree)', () => {
  it('turns every denied read into unknown "permission denied" and keeps the rest', async () => {
    const denied = JSON.parse(file('nonroot-denied', 'denied.json')) as string[]
    const h = host('nonroot-denied', { uid: 1001, denied })
    const f = await probeFacts(h, { workingDirectory: '/' })
    for (const k of ['nofile', 'nproc', 'as', 'stack', 'memlock'] as const) {
      expect(f.rlimits[k]).toEqual({ unknown: 'permission denied reading /proc/self/limits' })
    }
    expect(f.sysctl['kernel.yama.ptrace_scope']).toEqual({
      unknown: 'permission denied reading /proc/sys/kernel/yama/ptrace_scope'
    })
    expect(f.sysctl['user.max_user_namespaces']).toEqual({
      unknown: expect.stringMatching(/^permission denied/)
    })
    expect(f.sysctl['vm.max_map_count']).toEqual({ value: '262144' })
    const cg = valueOf(f.cgroup)!
    expect(cg.memory).toEqual({ unknown: expect.stringMatching(/^permission denied reading .*memory\.max$/) })
    expect(cg.pids).toEqual({ unknown: expect.stringMatching(/^permission denied reading .*pids\.max$/) })
    expect(valueOf(cg.cpu)?.periodUs).toBe(100000)
    expect(f.system.memory).toEqual({ unknown: 'permission denied reading /proc/meminfo' })
    expect(f.network.ipv6Loopback).toEqual({ unknown: 'permission denied reading /proc/net/if_inet6' })
    // AppArmor: module dir and attr denied, the sysctl still readable.
    expect(valueOf(f.security.apparmor)).toEqual({ enabled: null, label: '', restrictUnprivilegedUserns: 1 })
    expect(f.go).toEqual({ unknown: 'go is not on PATH' })
  })
})

describe('NOFILE soft limit raised by Node', () => {
  it('reports the parent shell soft limit when the hard limits agree, and says so', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(join(tmpdir(), 'geg-nofile-'))
    try {
      const limits = (soft: number, hard: number) =>
        readFileSync(join(HOSTS, 'v1-hybrid-this-vm/proc/self/limits'), 'utf8').replace(
          /^Max open files .*$/m,
          `Max open files            ${String(soft).padEnd(21)}${String(hard).padEnd(21)}files     `
        )
      mkdirSync(join(root, 'proc/self'), { recursive: true })
      mkdirSync(join(root, 'proc/77'), { recursive: true })
      writeFileSync(join(root, 'proc/self/limits'), limits(4321, 4321))
      writeFileSync(join(root, 'proc/self/status'), 'Name:\tnode\nPPid:\t77\n')
      writeFileSync(join(root, 'proc/77/limits'), limits(1234, 4321))
      const f = await probeFacts(new FixtureHost({ root }), { workingDirectory: '/' })
      expect(f.rlimits.nofile).toEqual({
        value: { soft: 1234, hard: 4321, note: expect.stringContaining('/proc/77/limits') }
      })
      writeFileSync(join(root, 'proc/77/limits'), limits(1234, 9999))
      const g = await probeFacts(new FixtureHost({ root }), { workingDirectory: '/' })
      expect(g.rlimits.nofile).toEqual({
        value: { soft: 4321, hard: 4321, note: expect.stringContaining('cannot be recovered') }
      })
      // The other limits are never taken from the parent.
      expect(g.rlimits.stack).toEqual({ value: { soft: 8388608, hard: 'unlimited' } })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
