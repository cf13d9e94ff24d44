/**
 * The probe's output parsers on real captures (fixtures/capture.sh: no filter, raw-BPF seccomp filters,
 * a noexec TMPDIR) and on hostile input. Also: the embedded source is main.go, byte for byte.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assemble, buildFlags, goMinor, splitCommand } from '../../src/goprobe/index.js'
import { describeExit, parseMainOutput, parseSyscallOutput } from '../../src/goprobe/output.js'
import { PROBE_SOURCE, PROBE_SOURCE_SHA256 } from '../../src/goprobe/source.js'

const REPO = join(import.meta.dirname, '../..')
const FIX = join(import.meta.dirname, 'fixtures')
const read = (n: string) => readFileSync(join(FIX, n), 'utf8')

describe('embedded source', () => {
  it('source.ts holds src/goprobe/probe/main.go (run node scripts/gen-goprobe-source.mjs after editing it)', () => {
    const main = readFileSync(join(REPO, 'src/goprobe/probe/main.go'), 'utf8')
    expect(PROBE_SOURCE).toBe(main)
    expect(PROBE_SOURCE_SHA256).toBe(createHash('sha256').update(main).digest('hex'))
  })
  it('imports only the standard library', () => {
    const imports = /import \(([\s\S]*?)\)/.exec(PROBE_SOURCE)![1].match(/"[^"]+"/g)!
    for (const i of imports) expect(i).not.toMatch(/\./)
  })
})

describe('parseMainOutput', () => {
  it('reads every section of a clean run', () => {
    const s = parseMainOutput(read('main-nofilter.stdout'))
    expect(s.runtime).toEqual({
      goVersion: 'go1.26.8',
      gomaxprocs: 2,
      numCPU: 2,
      nofileSoft: 20000,
      nofileHard: 20000,
      kernel: '6.18.44-fc-v669'
    })
    expect(s.listen).toEqual({ ipv4: { ok: true }, ipv6: { ok: true } })
    expect(s.threads).toEqual({ created: 64, limit: 64 })
    expect(s.execInTemp).toEqual([{ dir: '/tmp', ok: true, role: '/tmp' }])
    expect(s.userns).toEqual({ ok: true })
  })
  it('noexec TMPDIR: the exec failure with the error go test would print', () => {
    const s = parseMainOutput(read('main-noexec-tmpdir.stdout'))
    expect(s.execInTemp).toEqual([
      {
        dir: '/TMP/noexec',
        ok: false,
        role: 'TMPDIR',
        error: 'fork/exec /TMP/noexec/go-env-guard-exec-N/probe.test: permission denied'
      }
    ])
  })
  it('a probe killed by SIGSYS at its first exec: sections before it, then the crash named', () => {
    const s = parseMainOutput(read('main-trap-pidfd.stdout'))
    expect(Object.keys(s)).toEqual(['runtime', 'listen'])
    const died = describeExit(
      { code: Number(read('main-trap-pidfd.exit')), signal: null, timedOut: false },
      read('main-trap-pidfd.stderr')
    )
    expect(died).toBe('exit status 2: SIGSYS: bad system call')
    const info = assemble(
      { ...s, runtime: s.runtime! },
      {
        died,
        syscalls: {},
        kernel: null,
        cgo: { enabled: false, ccWorks: null },
        timing: { buildMs: 0, runMs: 1, cached: true },
        notes: []
      }
    )
    expect(info.threads.error).toMatch(/^not checked: the probe ended \(exit status 2: SIGSYS/)
    expect(info.userns.ok).toBe(false)
    expect(info.execInTemp).toEqual([])
    expect(info.notes).toEqual([
      'the probe ended (exit status 2: SIGSYS: bad system call) before the threads, exec-in-temp, user namespace checks'
    ])
  })
  it('ignores garbage, malformed JSON and wrong types without throwing', () => {
    const junk = [
      'section runtime {"goVersion":"go1.26.8","gomaxprocs":"2","numCPU":2}',
      'section listen {"ipv4":{"ok":"yes"}}',
      'section threads [1,2]',
      'section execInTemp {"dir":"/tmp"}',
      'section userns not json',
      '\u0000\u0001binary',
      'x'.repeat(100_000)
    ].join('\n')
    expect(parseMainOutput(junk)).toEqual({})
    expect(parseMainOutput('')).toEqual({})
  })
  it('caps the number of exec entries and the length of strings', () => {
    const many = JSON.stringify(
      Array.from({ length: 50 }, () => ({ dir: '/d', ok: false, error: 'e'.repeat(5000) }))
    )
    const s = parseMainOutput(`section execInTemp ${many}`)
    expect(s.execInTemp).toHaveLength(8)
    expect(s.execInTemp![0].error!.length).toBe(200)
  })
})

describe('parseSyscallOutput', () => {
  it('reads the context and the results of a real filtered run', () => {
    const p = parseSyscallOutput(read('syscalls-eperm.stdout'))
    expect(p.ctx).toEqual({
      kernel: '6.18.44-fc-v669',
      seccomp: 2,
      seccompFilters: 1,
      noNewPrivs: 1,
      ioUringDisabled: 0
    })
    expect(p.results.pidfd_open).toEqual({ errno: 'EPERM', call: 'pidfd_open(0, 0)' })
    expect(p.results['personality(ADDR_NO_RANDOMIZE)'].errno).toBe('OK')
    expect(p.pending).toBeNull()
  })
  it('a run that died names the call in progress', () => {
    const p = parseSyscallOutput(read('syscalls-trap-pidfd.stdout'))
    expect(p.pending).toBe('pidfd_open')
    expect(Object.keys(p.results)).toEqual(['clone3'])
  })
  it('rejects lines that do not follow the protocol', () => {
    const p = parseSyscallOutput(
      'ctx [1]\nres ../etc EPERM\nres unshare eperm\nres unshare EPERM x\ntry a b\n'
    )
    expect(p.ctx).toBeNull()
    expect(p.results).toEqual({ unshare: { errno: 'EPERM', call: 'x' } })
  })
})

describe('helpers', () => {
  it('goMinor', () => {
    expect(goMinor('go1.26.8')).toBe(26)
    expect(goMinor('go1.21rc2')).toBe(21)
    expect(goMinor('devel go1.27-abc')).toBe(1000)
    expect(goMinor('')).toBeNull()
  })
  it('buildFlags only uses flags the Go version knows', () => {
    expect(buildFlags(16, '/m/go.mod')).not.toContain('-pgo=off')
    expect(buildFlags(16, '/m/go.mod')).toContain('-overlay=')
    expect(buildFlags(21, '/m/go.mod')).toEqual(
      expect.arrayContaining(['-pgo=off', '-cover=false', '-asan=false'])
    )
  })
  it('splitCommand', () => {
    expect(splitCommand('gcc')).toEqual(['gcc'])
    expect(splitCommand(' zig cc  -target x86_64-linux ')).toEqual(['zig', 'cc', '-target', 'x86_64-linux'])
    expect(splitCommand('"/opt/my cc/bin/gcc" -m64')).toEqual(['/opt/my cc/bin/gcc', '-m64'])
  })
})
