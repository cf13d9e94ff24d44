import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CAP_NAMES, decodeCaps } from '../../src/facts/caps.js'
import {
  cgroupVersion,
  parseCpuMax,
  parseFlatKeyed,
  parseProcCgroup,
  resolveCgroupDir,
  v1MemoryLimit
} from '../../src/facts/parse-cgroup.js'
import { parseLimits } from '../../src/facts/parse-limits.js'
import { findMount, parseMountinfo, unescapeMountPath } from '../../src/facts/parse-mountinfo.js'
import { distroName, parseOsRelease } from '../../src/facts/parse-os-release.js'
import {
  parseGoMod,
  parseIfInet6,
  parseMeminfo,
  parseNetstat,
  parsePortRange,
  parseVmstat
} from '../../src/facts/parse-proc.js'
import { countCpuList, parseSeccomp, parseStatus } from '../../src/facts/parse-status.js'

const VM = join(import.meta.dirname, '../fixtures/hosts/v1-hybrid-this-vm')
const vm = (p: string) => readFileSync(join(VM, p), 'utf8')

describe('parseLimits (real /proc/self/limits captured on the VM)', () => {
  it('reads soft and hard, keeping unlimited', () => {
    const l = parseLimits(vm('proc/self/limits'))
    // The VM's NOFILE is 20000:20000 (the task brief); stack is the kernel default 8 MiB soft.
    expect(l.nofile).toEqual({ soft: 20000, hard: 20000 })
    expect(l.stack).toEqual({ soft: 8388608, hard: 'unlimited' })
    expect(l.as).toEqual({ soft: 'unlimited', hard: 'unlimited' })
    expect(l.memlock).toEqual({ soft: 8388608, hard: 8388608 })
    expect(typeof l.nproc?.soft).toBe('number')
  })
  it('agrees with prlimit(1) for this very process', () => {
    let out: string
    try {
      out = execFileSync(
        'prlimit',
        ['--pid', String(process.pid), '--nofile', '--stack', '--raw', '--noheadings', '-o', 'SOFT,HARD'],
        {
          encoding: 'utf8'
        }
      )
    } catch {
      console.log('prlimit not available: skipped')
      return
    }
    const [nofile, stack] = out
      .trim()
      .split('\n')
      .map(l => l.trim().split(/\s+/))
    const l = parseLimits(readFileSync('/proc/self/limits', 'utf8'))
    const norm = (s: string) => (s === 'unlimited' ? 'unlimited' : Number(s))
    expect(l.nofile).toEqual({ soft: norm(nofile[0]), hard: norm(nofile[1]) })
    expect(l.stack).toEqual({ soft: norm(stack[0]), hard: norm(stack[1]) })
  })
  it('ignores junk and truncated lines', () => {
    expect(parseLimits('garbage\nMax open files  x y files\n')).toEqual({})
    expect(parseLimits('')).toEqual({})
  })
})

describe('parseMountinfo', () => {
  it('parses the VM mountinfo and finds the mount for a path', () => {
    const m = parseMountinfo(vm('proc/self/mountinfo'))
    expect(m.length).toBeGreaterThan(10)
    expect(findMount(m, '/tmp')?.mountPoint).toBe('/')
    expect(findMount(m, '/tmp')?.fsType).toBe('ext4')
    // /dev/shm is mounted twice on this VM (ids 25 and 30); the later one is on top.
    expect(findMount(m, '/dev/shm')?.id).toBe(30)
    expect(findMount(m, '/sys/fs/cgroup/pids/x')?.superOptions).toEqual(['rw', 'pids'])
    expect(cgroupVersion(m)).toBe('hybrid')
  })
  it('unescapes octal sequences and does not match a sibling prefix', () => {
    const text =
      '40 1 0:5 / /mnt/my\\040dir rw,noexec - tmpfs tmpfs rw\n41 1 0:6 / /mnt/my rw - tmpfs tmpfs rw\n'
    const m = parseMountinfo(text)
    expect(m[0].mountPoint).toBe('/mnt/my dir')
    expect(findMount(m, '/mnt/my dir/x')?.options).toContain('noexec')
    expect(findMount(m, '/mnt/mydir')).toBeUndefined()
    expect(unescapeMountPath('a\\011b\\134c')).toBe('a\tb\\c')
  })
  it('skips malformed lines', () => {
    expect(parseMountinfo('nonsense\n1 2 3\n')).toEqual([])
  })
})

describe('cgroup parsers', () => {
  it('parses /proc/self/cgroup of the VM (v1 hybrid)', () => {
    const lines = parseProcCgroup(vm('proc/self/cgroup'))
    expect(lines.find(l => l.controllers.includes('pids'))?.path).toBe('/go-env-guard-fixture')
    expect(lines.find(l => l.id === 0)).toEqual({ id: 0, controllers: [], path: '/' })
  })
  it('reads memory.oom_control, pids.events and cpu.stat (v1, real)', () => {
    expect(parseFlatKeyed(vm('sys/fs/cgroup/pids/go-env-guard-fixture/pids.events'))).toEqual({ max: 0 })
    expect(parseFlatKeyed(vm('sys/fs/cgroup/memory/memory.oom_control')).oom_kill).toBe(0)
    expect(parseFlatKeyed(vm('sys/fs/cgroup/cpu/go-env-guard-fixture/cpu.stat'))).toHaveProperty(
      'throttled_time'
    )
  })
  it('parses cpu.max as documented in cgroup-v2.rst', () => {
    expect(parseCpuMax('max 100000\n')).toEqual({ quotaUs: null, periodUs: 100000 })
    expect(parseCpuMax('150000 100000')).toEqual({ quotaUs: 150000, periodUs: 100000 })
    expect(parseCpuMax('50000')).toEqual({ quotaUs: 50000, periodUs: 100000 })
    expect(parseCpuMax('bogus')).toBeNull()
  })
  it('treats the v1 unlimited sentinel as unlimited (read from the VM root memory cgroup)', () => {
    const raw = Number(vm('sys/fs/cgroup/memory/memory.limit_in_bytes').trim())
    expect(raw).toBeGreaterThan(9e18)
    expect(v1MemoryLimit(raw)).toBeNull()
    expect(v1MemoryLimit(9223372036854710272)).toBeNull() // 64 KiB pages
    expect(v1MemoryLimit(536870912)).toBe(536870912)
  })

  // The mountinfo/cgroup cases below are Go's own (src/internal/runtime/cgroup/cgroup_test.go, Go 1.26.8,
  // TestParseCPUMount), so the resolution matches what the Go runtime computes for GOMAXPROCS.
  const GO_V2 = `22 1 8:1 / / rw,relatime - ext4 /dev/root rw
20 22 0:19 / /proc rw,nosuid,nodev,noexec - proc proc rw
21 22 0:20 / /sys rw,nosuid,nodev,noexec - sysfs sysfs rw
1243 61 0:26 /../../.. /mnt rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw
29 22 0:26 /../../../.. /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw`
  it('resolves escaped (out of namespace) cgroups like the Go runtime', () => {
    const m = parseMountinfo(GO_V2)
    expect(resolveCgroupDir(m, '/../../../../init.scope', { v2: true }).dir).toBe('/sys/fs/cgroup/init.scope')
    expect(resolveCgroupDir(m, '/../../../..', { v2: true }).dir).toBe('/sys/fs/cgroup')
  })
  it('resolves a v1 Docker mount whose root is the container cgroup', () => {
    const m = parseMountinfo('30 25 0:27 /docker/abc /sys/fs/cgroup/memory ro - cgroup cgroup rw,memory\n')
    expect(resolveCgroupDir(m, '/docker/abc', { controller: 'memory' }).dir).toBe('/sys/fs/cgroup/memory')
    expect(resolveCgroupDir(m, '/docker/abc/sub', { controller: 'memory' }).dir).toBe(
      '/sys/fs/cgroup/memory/sub'
    )
    expect(resolveCgroupDir(m, '/docker/abcd', { controller: 'memory' }).dir).toBeNull()
    expect(resolveCgroupDir(m, '/', { controller: 'pids' })).toEqual({
      dir: null,
      reason: 'no cgroup v1 pids hierarchy is mounted in this mount namespace'
    })
  })
  it('gives a reason instead of a wrong directory when the mount root lies above the namespace root', () => {
    const m = parseMountinfo('595 594 0:30 /../.. /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n')
    const r = resolveCgroupDir(m, '/', { v2: true })
    expect(r.dir).toBeNull()
    expect('reason' in r && r.reason).toMatch(/outside this cgroup namespace/)
  })
  it('skips a cgroup mount hidden by a later mount on the same point', () => {
    const m = parseMountinfo(
      '10 1 0:30 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n11 1 0:30 /../.. /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n'
    )
    expect(resolveCgroupDir(m, '/', { v2: true }).dir).toBeNull()
  })
})

describe('status, caps, cpus', () => {
  it('reads Seccomp and CapEff from the VM status', () => {
    const s = parseStatus(vm('proc/self/status'))
    expect(parseSeccomp(s)).toEqual({ mode: 'disabled', filters: 0 })
    expect(parseSeccomp({ Seccomp: '2', Seccomp_filters: '1' })).toEqual({ mode: 'filter', filters: 1 })
    expect(parseSeccomp({})).toBeNull()
    // Root without CAP_SYS_RESOURCE on this VM (task brief).
    const c = decodeCaps(s.CapEff)
    expect(c?.sysAdmin).toBe(true)
    expect(c?.sysResource).toBe(false)
  })
  it('has 41 capability names, CAP_CHOWN=0 .. CAP_CHECKPOINT_RESTORE=40', () => {
    expect(CAP_NAMES).toHaveLength(41)
    expect(CAP_NAMES[21]).toBe('CAP_SYS_ADMIN')
    expect(CAP_NAMES[24]).toBe('CAP_SYS_RESOURCE')
    expect(CAP_NAMES[19]).toBe('CAP_SYS_PTRACE')
  })
  it('decodes masks exactly as capsh --decode does', () => {
    for (const hex of ['00000000a80425fb', '000001fffeffffff', '0000010000000000', '0000000000000000']) {
      let out: string
      try {
        out = execFileSync('capsh', [`--decode=${hex}`], { encoding: 'utf8' })
      } catch {
        console.log('capsh not available: skipped')
        return
      }
      const names = (out.trim().split('=')[1] ?? '').split(',').filter(Boolean)
      expect(decodeCaps(hex)?.effective.map(n => n.toLowerCase())).toEqual(names)
    }
  })
  it('decodes the Docker default set to moby oci/caps/defaults.go', () => {
    expect(decodeCaps('00000000a80425fb')?.effective).toEqual([
      'CAP_CHOWN',
      'CAP_DAC_OVERRIDE',
      'CAP_FOWNER',
      'CAP_FSETID',
      'CAP_KILL',
      'CAP_SETGID',
      'CAP_SETUID',
      'CAP_SETPCAP',
      'CAP_NET_BIND_SERVICE',
      'CAP_NET_RAW',
      'CAP_SYS_CHROOT',
      'CAP_MKNOD',
      'CAP_AUDIT_WRITE',
      'CAP_SETFCAP'
    ])
    expect(decodeCaps('xyz')).toBeNull()
  })
  it('counts CPU lists', () => {
    expect(countCpuList(vm('sys/devices/system/cpu/online'))).toBe(2)
    expect(countCpuList('0-3,8,10-11')).toBe(7)
    expect(countCpuList('')).toBeNull()
    expect(countCpuList('3-1')).toBeNull()
  })
})

describe('os-release, meminfo, netstat, vmstat, if_inet6, port range, go.mod', () => {
  it('reads os-release', () => {
    expect(distroName(parseOsRelease(vm('etc/os-release')))).toBe('Debian GNU/Linux 12 (bookworm)')
    expect(parseOsRelease('NAME="A \\"b\\""\n# c\nID=x')).toEqual({ NAME: 'A "b"', ID: 'x' })
    expect(distroName({ NAME: 'Alpine Linux', VERSION_ID: '3.20.0' })).toBe('Alpine Linux 3.20.0')
  })
  it('reads meminfo in bytes', () => {
    const m = parseMeminfo(vm('proc/meminfo'))
    const kb = Number(/MemTotal:\s+(\d+) kB/.exec(vm('proc/meminfo'))?.[1])
    expect(m.MemTotal).toBe(kb * 1024)
  })
  it('reads ListenOverflows by column name from the real netstat', () => {
    const text = vm('proc/net/netstat')
    const lines = text.split('\n')
    const names = lines[0].split(/\s+/)
    const values = lines[1].split(/\s+/)
    const want = Number(values[names.indexOf('ListenOverflows')])
    expect(parseNetstat(text).TcpExt.ListenOverflows).toBe(want)
    expect(parseVmstat(vm('proc/vmstat')).oom_kill).toBe(
      Number(/^oom_kill (\d+)$/m.exec(vm('proc/vmstat'))?.[1])
    )
  })
  it('finds ::1 on lo in the real if_inet6', () => {
    const a = parseIfInet6(vm('proc/net/if_inet6'))
    expect(a.find(x => x.ifName === 'lo')?.address).toBe('00000000000000000000000000000001')
  })
  it('parses the port range sysctl', () => {
    expect(parsePortRange(vm('proc/sys/net/ipv4/ip_local_port_range'))).toEqual({
      low: 32768,
      high: 60999,
      width: 28232
    })
    expect(parsePortRange('60999 32768')).toBeNull()
  })
  it('reads the go line and module path of go.mod', () => {
    expect(parseGoMod('// c\nmodule "example.com/x" // y\n\ngo 1.22.3\ntoolchain go1.23.0\n')).toEqual({
      module: 'example.com/x',
      go: '1.22.3'
    })
    expect(parseGoMod('module m\ngo 1.21rc2\n').go).toBe('1.21rc2')
    expect(parseGoMod('junk')).toEqual({ module: null, go: null })
  })
})
