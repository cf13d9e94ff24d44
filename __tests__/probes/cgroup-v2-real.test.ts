/**
 * cgroup v2 trees captured from a real kernel (Debian 6.1 under QEMU, e2e/vm-cgroup2: `capture` in
 * guest.sh; see each fixture's SOURCE.md). The expected values are read from the captured files here,
 * the way e2e/vm-cgroup2/facts.mjs reads them in the guest, so a probe that misreads the kernel's real
 * layout fails; where the limit binds (the leaf or its parent) is what the guest set up.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureHost } from '../../src/host/fixture-host.js'
import { parseMountinfo } from '../../src/facts/parse-mountinfo.js'
import { probeCgroup, probeCgroupNamespaced } from '../../src/probes/cgroup.js'
import { probeCounters } from '../../src/probes/index.js'
import { valueOf, type CgroupInfo } from '../../src/facts/types.js'

const HOSTS = join(import.meta.dirname, '../fixtures/hosts')

/** A captured file: null when absent; `max` as null; numbers as numbers. */
function file(name: string, p: string): string | null {
  const f = join(HOSTS, name, p)
  return existsSync(f) ? readFileSync(f, 'utf8') : null
}
function num(name: string, p: string): number | null | undefined {
  const t = file(name, p)
  if (t === null) return undefined
  return t.trim() === 'max' ? null : Number(t.trim())
}
function key(name: string, p: string, k: string): number | undefined {
  const m = new RegExp(`^${k} (\\d+)$`, 'm').exec(file(name, p) ?? '')
  return m ? Number(m[1]) : undefined
}

async function probe(name: string): Promise<CgroupInfo> {
  const host = new FixtureHost({ root: join(HOSTS, name), statfs: {} })
  const mounts = parseMountinfo(file(name, 'proc/self/mountinfo') ?? '')
  const ns = await probeCgroupNamespaced(host, mounts)
  const cg = await probeCgroup(host, mounts, null, ns)
  const v = valueOf(cg)
  if (!v) throw new Error(`cgroup unknown: ${JSON.stringify(cg)}`)
  return v
}

/** Every limit and counter of `dir` (relative to the fixture root) as the captured files say. */
function expectFromFiles(name: string, cg: CgroupInfo, dir: string, binding: string) {
  const d = dir.slice(1)
  const b = binding.slice(1)
  const cpu = (file(name, `${d}/cpu.max`) ?? '').trim().split(' ')
  const bcpu = (file(name, `${b}/cpu.max`) ?? '').trim().split(' ')
  expect(valueOf(cg.memory)).toEqual({
    max: num(name, `${d}/memory.max`),
    high: num(name, `${d}/memory.high`),
    current: num(name, `${d}/memory.current`),
    peak: num(name, `${d}/memory.peak`),
    oomKill: key(name, `${d}/memory.events`, 'oom_kill'),
    oom: key(name, `${d}/memory.events`, 'oom'),
    dir,
    effectiveMax: num(name, `${b}/memory.max`),
    effectiveMaxDir: binding
  })
  expect(valueOf(cg.pids)).toEqual({
    max: num(name, `${d}/pids.max`),
    current: num(name, `${d}/pids.current`),
    eventsMax: key(name, `${d}/pids.events`, 'max'),
    dir,
    effectiveMax: num(name, `${b}/pids.max`),
    effectiveMaxDir: binding
  })
  expect(valueOf(cg.cpu)).toEqual({
    quotaUs: cpu[0] === 'max' ? null : Number(cpu[0]),
    periodUs: Number(cpu[1]),
    limitCpus: cpu[0] === 'max' ? null : Number(cpu[0]) / Number(cpu[1]),
    nrPeriods: key(name, `${d}/cpu.stat`, 'nr_periods'),
    nrThrottled: key(name, `${d}/cpu.stat`, 'nr_throttled'),
    throttledUsec: key(name, `${d}/cpu.stat`, 'throttled_usec'),
    dir,
    effectiveLimitCpus: Number(bcpu[0]) / Number(bcpu[1]),
    effectiveLimitDir: binding
  })
}

describe('cgroup v2 trees captured from a real 6.1 kernel (e2e/vm-cgroup2)', () => {
  it('v2-qemu-flat: a child cgroup with memory.max, memory.high, pids.max and cpu.max', async () => {
    const cg = await probe('v2-qemu-flat')
    expect(cg.version).toBe('v2')
    expect(cg.namespaced).toBe(false)
    expect(cg.paths).toEqual({ unified: { path: '/vmcg2-flat', dir: '/sys/fs/cgroup/vmcg2-flat' } })
    expectFromFiles('v2-qemu-flat', cg, '/sys/fs/cgroup/vmcg2-flat', '/sys/fs/cgroup/vmcg2-flat')
    // what the guest set: 256M, 192M, 64, 150000 100000
    expect(valueOf(cg.memory)).toMatchObject({ max: 268435456, high: 201326592 })
    expect(valueOf(cg.cpu)?.limitCpus).toBe(1.5)
  })

  it('v2-qemu-nested: the parent holds the tighter limits, and they bind', async () => {
    const cg = await probe('v2-qemu-nested')
    expect(cg.paths.unified).toEqual({ path: '/vmcg2-nest/leaf', dir: '/sys/fs/cgroup/vmcg2-nest/leaf' })
    expectFromFiles('v2-qemu-nested', cg, '/sys/fs/cgroup/vmcg2-nest/leaf', '/sys/fs/cgroup/vmcg2-nest')
    expect(valueOf(cg.memory)).toMatchObject({ max: 536870912, effectiveMax: 167772160 })
    expect(valueOf(cg.cpu)).toMatchObject({ quotaUs: null, effectiveLimitCpus: 2.5 })
  })

  it('v2-qemu-cgroupns: unshare -C at the leaf, the mount root becomes /../..; the leaf is found, the parent still binds', async () => {
    expect(file('v2-qemu-cgroupns', 'proc/self/cgroup')?.trim()).toBe('0::/')
    const cg = await probe('v2-qemu-cgroupns')
    expect(cg.namespaced).toBe(true)
    expect(cg.paths.unified).toEqual({ path: '/', dir: '/sys/fs/cgroup/vmcg2-nest/leaf' })
    expectFromFiles('v2-qemu-cgroupns', cg, '/sys/fs/cgroup/vmcg2-nest/leaf', '/sys/fs/cgroup/vmcg2-nest')
  })

  it('v2-qemu-nomem: the parent does not hand down memory: memory limits unknown with the reason, not unlimited', async () => {
    const leaf = 'sys/fs/cgroup/vmcg2-nomem/leaf'
    expect(file('v2-qemu-nomem', `${leaf}/cgroup.controllers`)?.trim()).toBe('cpu pids')
    expect(file('v2-qemu-nomem', `${leaf}/memory.max`)).toBeNull()
    const cg = await probe('v2-qemu-nomem')
    expect(cg.memory).toEqual({
      unknown:
        'the memory controller is not enabled for /sys/fs/cgroup/vmcg2-nomem/leaf (not in cgroup.controllers)'
    })
    expect(valueOf(cg.pids)).toMatchObject({ max: 100, effectiveMax: 100 })
    const host = new FixtureHost({ root: join(HOSTS, 'v2-qemu-nomem'), statfs: {} })
    const c = await probeCounters(host, { value: cg })
    expect(c).toMatchObject({ memoryOomKill: null, memoryOom: null, memoryHigh: null })
  })

  it('reads memory.events high as a counter (the kernel writes low/high/max/oom/oom_kill/oom_group_kill)', async () => {
    const cg = await probe('v2-qemu-flat')
    const host = new FixtureHost({ root: join(HOSTS, 'v2-qemu-flat'), statfs: {} })
    const c = await probeCounters(host, { value: cg })
    const ev = 'sys/fs/cgroup/vmcg2-flat/memory.events'
    expect(
      file('v2-qemu-flat', ev)
        ?.split('\n')
        .filter(Boolean)
        .map(l => l.split(' ')[0])
    ).toEqual(['low', 'high', 'max', 'oom', 'oom_kill', 'oom_group_kill'])
    expect(c).toMatchObject({
      memoryHigh: key('v2-qemu-flat', ev, 'high'),
      memoryOomKill: key('v2-qemu-flat', ev, 'oom_kill'),
      pidsEventsMax: key('v2-qemu-flat', 'sys/fs/cgroup/vmcg2-flat/pids.events', 'max'),
      cpuNrThrottled: key('v2-qemu-flat', 'sys/fs/cgroup/vmcg2-flat/cpu.stat', 'nr_throttled')
    })
  })
})
