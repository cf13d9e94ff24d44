import { describe, expect, it } from '@jest/globals'
import rule from '../../src/catalog/rules/nofile-limit.js'
import { failuresFromJson, runPreflightCases, runRuleCases } from './harness.js'
import { compareGoVersions, goDefaultAtLeast } from '../../src/catalog/go-versions.js'
import { linesMatching, matchLines } from '../../src/catalog/lines.js'
import { go, makeFacts } from './harness.js'

describe('harness', () => {
  it('refuses empty lists and duplicate names', () => {
    const ok = { name: 'a', output: 'x' }
    expect(() => runRuleCases(rule, { fires: [], silent: [ok] })).toThrow(/empty/)
    expect(() => runRuleCases(rule, { fires: [ok], silent: [] })).toThrow(/empty/)
    expect(() => runRuleCases(rule, { fires: [ok, { ...ok }], silent: [ok] })).toThrow(/duplicate/)
    expect(() => runPreflightCases(rule, { fires: [], silent: [] })).toThrow(/empty/)
  })

  it('puts the output of a test that never ended (signal: killed in -json) on the package failure', () => {
    const ev = (o: object) => JSON.stringify({ Package: 'p', ...o })
    const text = [
      ev({ Action: 'run', Test: 'T' }),
      ev({ Action: 'output', Test: 'T', Output: 'signal: killed\n' }),
      ev({ Action: 'output', Output: 'FAIL\tp\t0.1s\n' }),
      ev({ Action: 'fail' })
    ].join('\n')
    const f = failuresFromJson(text)
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ test: null, kind: 'killed' })
    expect(f[0]?.output).toContain('signal: killed')
  })
})

describe('helpers', () => {
  it('compares Go versions as the go command does', () => {
    expect(compareGoVersions('go1.26.8', '1.25')).toBeGreaterThan(0)
    expect(compareGoVersions('go1.25rc1', '1.25')).toBe(0)
    expect(compareGoVersions('1.9', '1.19')).toBeLessThan(0)
    expect(compareGoVersions('devel', '1.19')).toBeNull()
  })

  it('needs both toolchain and go.mod line for GODEBUG-gated defaults', () => {
    expect(goDefaultAtLeast(makeFacts(go('go1.26.8', '1.25')), '1.25')).toBe(true)
    expect(goDefaultAtLeast(makeFacts(go('go1.26.8', '1.24')), '1.25')).toBe(false)
    expect(goDefaultAtLeast(makeFacts(go('go1.24.13', '1.25')), '1.25')).toBe(false)
    expect(goDefaultAtLeast(makeFacts(go('go1.26.8', null)), '1.25')).toBeNull()
    expect(goDefaultAtLeast(null, '1.25')).toBeNull()
  })

  it('matchLines reads each lines array as its own text, whichever was asked for last', () => {
    const a = ['ok', 'dial tcp: too many open files', 'done']
    const b = ['fork/exec /bin/sh: resource temporarily unavailable']
    const emfile = /too many open files/
    const eagain = /resource temporarily unavailable/
    expect(matchLines(a, emfile)).toEqual(['dial tcp: too many open files'])
    expect(matchLines(b, emfile)).toEqual([])
    expect(matchLines(b, eagain)).toEqual(['fork/exec /bin/sh: resource temporarily unavailable'])
    expect(matchLines(a, eagain)).toEqual([])
    expect(matchLines(a, emfile)).toEqual(['dial tcp: too many open files'])
  })
  it('linesMatching gives each line a match starts on once, with its bounds', () => {
    const text = 'a x x\nb\nx c\nx'
    const got = [...linesMatching(text, /x/g)].map(l => [text.slice(l.start, l.end), l.match.index])
    expect(got).toEqual([
      ['a x x', 2],
      ['x c', 8],
      ['x', 12]
    ])
    expect([...linesMatching('no match', /x/g)]).toEqual([])
  })
})
