import { describe, expect, it } from '@jest/globals'
import { parseSettings, splitArgs } from '../../src/action/settings.js'
import { DEFAULT_DOCKERFILE_GLOBS } from '../../src/dockerlint/default-globs.js'

const from = (inputs: Record<string, string>) => (name: string) => inputs[name]

describe('settings', () => {
  it('splits go-test arguments like a shell, without expansions', () => {
    expect(splitArgs(`-race -run 'TestA|TestB' "./pkg/my dir/..." -ldflags=-X\\ a=b\n-count=1`)).toEqual([
      '-race',
      '-run',
      'TestA|TestB',
      './pkg/my dir/...',
      '-ldflags=-X a=b',
      '-count=1'
    ])
    expect(() => splitArgs(`-run 'unterminated`)).toThrow(`Input 'go-test' has an unterminated ' quote`)
  })

  it('uses the documented defaults when inputs are absent', () => {
    const s = parseSettings(from({}))
    expect(s).toEqual({
      workingDirectory: '.',
      goTest: null,
      results: [],
      tune: 'plan',
      restore: true,
      comment: 'auto',
      commentKey: '',
      githubToken: '',
      dockerfiles: [...DEFAULT_DOCKERFILE_GLOBS],
      goProbe: 'auto',
      failOn: 'never'
    })
  })

  it('an empty dockerfiles input disables the lint; results are one per line', () => {
    const s = parseSettings(from({ dockerfiles: '', results: 'a.json\n\n  out/*.json  \n# comment' }))
    expect(s.dockerfiles).toEqual([])
    expect(s.results).toEqual(['a.json', 'out/*.json'])
  })

  it('rejects bad values with the input name, the choices and the value', () => {
    expect(() => parseSettings(from({ comment: 'sometimes' }))).toThrow(
      `Input 'comment' must be one of auto, always, never (got "sometimes")`
    )
    expect(() => parseSettings(from({ restore: 'yes' }))).toThrow(
      `Input 'restore' must be true or false (got "yes")`
    )
    expect(() => parseSettings(from({ 'go-test': '-json ./...' }))).toThrow(/must not contain -json/)
    expect(() => parseSettings(from({ 'go-test': './...', results: 'x.json' }))).toThrow(/cannot both be set/)
  })
})
