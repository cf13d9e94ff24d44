/**
 * Verdicts on raw errnos. The allowed-call answers are those the real kernel gave without a filter
 * (fixtures/syscalls-nofilter.stdout, Linux 6.18, checked again live in probe-real.test.ts); the
 * filtered answers are real runs under raw-BPF filters (fixtures/syscalls-eperm, -enosys-clone3,
 * -trap-pidfd). The kernel-version and sysctl cases follow the kernel's own history: clone3 and
 * pidfd_open arrived in 5.3, io_uring_setup in 5.1, and kernel.io_uring_disabled (6.6) makes
 * io_uring_setup return EPERM by itself (io_uring/io_uring.c, io_uring_allowed()).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  blockedSyscalls,
  classifySyscall,
  classifySyscalls,
  parseKernel,
  SYSCALLS,
  type SyscallSpec
} from '../../src/goprobe/classify.js'
import { parseSyscallOutput } from '../../src/goprobe/output.js'
import type { GoProbeInfo } from '../../src/facts/types.js'

const FIX = join(import.meta.dirname, 'fixtures')
const spec = (name: string): SyscallSpec => {
  const s = SYSCALLS.find(x => x.name === name)
  if (!s) throw new Error(name)
  return s
}
const filtered = { kernel: '6.8.0-1017-azure', seccomp: 2, ioUringDisabled: 0 }
const run = (name: string) => {
  const p = parseSyscallOutput(readFileSync(join(FIX, `${name}.stdout`), 'utf8'))
  return classifySyscalls(p.results, p.ctx!)
}

describe('real runs', () => {
  it('without a filter, every call gives the answer the table expects (nothing blocked)', () => {
    const v = run('syscalls-nofilter')
    expect(Object.keys(v)).toEqual(SYSCALLS.map(s => s.name))
    for (const [name, r] of Object.entries(v)) {
      expect({ name, ok: r.expected.includes(r.errno) }).toEqual({ name, ok: true })
      expect(r.blocked).toBe(false)
    }
  })
  it('EPERM filter on pidfd_open, memfd_create, unshare: exactly those are blocked', () => {
    const v = run('syscalls-eperm')
    expect(blockedSyscalls({ syscalls: v } as GoProbeInfo)).toEqual(['pidfd_open', 'unshare', 'memfd_create'])
    expect(v.unshare).toMatchObject({ errno: 'EPERM', expected: ['OK'], call: 'unshare(0)' })
  })
  it("ENOSYS for clone3 (Docker's answer) on a kernel that has clone3 is a filter, and says glibc falls back", () => {
    const v = run('syscalls-enosys-clone3')
    expect(blockedSyscalls({ syscalls: v } as GoProbeInfo)).toEqual(['clone3'])
    expect(v.clone3.note).toMatch(/since 5\.3.*fall back to clone/)
  })
  it('a trapping filter: the call in progress is recorded by the runner as SIGSYS and blocked', () => {
    const p = parseSyscallOutput(readFileSync(join(FIX, 'syscalls-trap-pidfd.stdout'), 'utf8'))
    expect(p.pending).toBe('pidfd_open')
    const v = classifySyscalls({ ...p.results, pidfd_open: { errno: 'SIGSYS' } }, p.ctx!)
    expect(blockedSyscalls({ syscalls: v } as GoProbeInfo)).toEqual(['pidfd_open'])
    expect(v.pidfd_open.note).toMatch(/SIGSYS/)
  })
})

describe('classifySyscall', () => {
  it('ENOSYS on a kernel older than the call is not a filter', () => {
    const r = classifySyscall(spec('clone3'), { errno: 'ENOSYS' }, { ...filtered, kernel: '5.2.21' })
    expect(r.blocked).toBe(false)
    expect(r.note).toMatch(/predates clone3/)
    expect(
      classifySyscall(spec('clone3'), { errno: 'ENOSYS' }, { ...filtered, kernel: '5.3.0' }).blocked
    ).toBe(true)
  })
  it('ENOSYS with an unknown kernel version is not counted', () => {
    expect(
      classifySyscall(spec('pidfd_open'), { errno: 'ENOSYS' }, { ...filtered, kernel: null }).blocked
    ).toBe(false)
  })
  it('no seccomp filter (Seccomp: 0): EPERM and ENOSYS come from elsewhere', () => {
    const ctx = { ...filtered, seccomp: 0 }
    expect(classifySyscall(spec('unshare'), { errno: 'EPERM' }, ctx)).toMatchObject({
      blocked: false,
      note: expect.stringMatching(/no seccomp filter/)
    })
    expect(classifySyscall(spec('io_uring_setup'), { errno: 'ENOSYS' }, ctx).note).toMatch(/optional/)
  })
  it('io_uring_setup EPERM with kernel.io_uring_disabled set is the sysctl, not seccomp', () => {
    expect(
      classifySyscall(spec('io_uring_setup'), { errno: 'EPERM' }, { ...filtered, ioUringDisabled: 2 })
    ).toMatchObject({ blocked: false, note: expect.stringMatching(/io_uring_disabled=2/) })
    expect(classifySyscall(spec('io_uring_setup'), { errno: 'EPERM' }, filtered).blocked).toBe(true)
  })
  it('an errno that is neither the kernel answer nor a filter answer is reported, not blocked', () => {
    expect(classifySyscall(spec('setns'), { errno: 'EINVAL' }, filtered)).toMatchObject({
      blocked: false,
      note: expect.stringMatching(/unexpected EINVAL/)
    })
  })
  it('EPERM with the seccomp mode unknown still counts, and says the mode is unknown', () => {
    expect(
      classifySyscall(spec('pidfd_open'), { errno: 'EPERM' }, { ...filtered, seccomp: null })
    ).toMatchObject({ blocked: true, note: expect.stringMatching(/mode unknown/) })
  })
  it('UNSUPPORTED (no syscall number for the architecture) is left out', () => {
    expect(classifySyscalls({ clone3: { errno: 'UNSUPPORTED' } }, filtered)).toEqual({})
  })
})

describe('parseKernel and blockedSyscalls', () => {
  it('parses release strings', () => {
    expect(parseKernel('6.18.44-fc-v669')).toEqual([6, 18, 44])
    expect(parseKernel('5.15')).toEqual([5, 15, 0])
    expect(parseKernel('weird')).toBeNull()
    expect(parseKernel(null)).toBeNull()
  })
  it('tolerates missing or odd input', () => {
    expect(blockedSyscalls(undefined)).toEqual([])
    expect(blockedSyscalls({} as GoProbeInfo)).toEqual([])
  })
})
