import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Facts, GoProbeInfo } from '../../src/facts/types.js'
import { factRows } from '../../src/report/facts-table.js'

const base = JSON.parse(readFileSync('__tests__/fixtures/github/facts.json', 'utf8')) as Facts

const probe: GoProbeInfo = {
  goVersion: 'go1.26.8',
  gomaxprocs: 2,
  numCPU: 2,
  nofileSoft: 4095,
  nofileHard: 4096,
  execInTemp: [
    { dir: '/tmp', ok: true },
    { dir: '/work/tmp', ok: false, error: 'fork/exec /work/tmp/x: permission denied' }
  ],
  userns: { ok: true },
  syscalls: {
    pidfd_open: { errno: 'EPERM', expected: ['EINVAL'], blocked: true },
    clone3: { errno: 'EINVAL', expected: ['EINVAL'], blocked: false }
  },
  listen: { ipv4: { ok: true }, ipv6: { ok: true } },
  threads: { created: 64, limit: 64 },
  cgo: { enabled: true, ccWorks: true },
  timing: { buildMs: 0, runMs: 24, cached: true }
}

describe('facts table: the Go runtime probe', () => {
  it('adds no probe rows when the probe did not run (go-probe off)', () => {
    expect(factRows(base, []).some(r => r.what.startsWith('Go runtime'))).toBe(false)
  })

  it('shows GOMAXPROCS, exec per temp dir and exactly the blocked syscalls, flagged by their findings', () => {
    const rows = factRows({ ...base, goProbe: { value: probe } }, [
      { rule: 'seccomp-blocked', severity: 'warning', title: 't', message: 'm', evidence: [], remedy: 'r' }
    ])
    const byWhat = Object.fromEntries(rows.map(r => [r.what, r]))
    expect(byWhat['Go runtime: GOMAXPROCS']!.value).toBe('2 (NumCPU 2)')
    expect(byWhat['Go runtime: exec in temp dirs']!.value).toBe('/tmp ok; /work/tmp FAILED')
    expect(byWhat['Go runtime: blocked syscalls']).toMatchObject({ value: 'pidfd_open', status: 'flagged' })
  })

  it('says why when the probe could not run', () => {
    const rows = factRows({ ...base, goProbe: { unknown: 'go is not on PATH' } }, [])
    expect(rows.find(r => r.what === 'Go runtime: blocked syscalls')).toMatchObject({
      value: 'unknown',
      detail: 'go is not on PATH'
    })
  })
})
