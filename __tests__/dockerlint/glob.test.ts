import { describe, expect, it } from '@jest/globals'
import { GlobSet, matchGlob, parseGlobList } from '../../src/dockerlint/glob.js'
import { DEFAULT_DOCKERFILE_GLOBS } from '../../src/dockerlint/default-globs.js'

describe('glob matcher', () => {
  it.each([
    ['**/Dockerfile', 'Dockerfile', true],
    ['**/Dockerfile', 'a/b/Dockerfile', true],
    ['**/Dockerfile', 'a/b/Dockerfile.dev', false],
    ['**/Dockerfile.*', 'x/Dockerfile.dev', true],
    ['**/*.Dockerfile', '.docker/coverage.Dockerfile', true],
    ['**/docker-compose*.yml', 'deploy/docker-compose.test.yml', true],
    ['.github/workflows/*.yml', '.github/workflows/ci.yml', true],
    ['.github/workflows/*.yml', '.github/workflows/sub/ci.yml', false],
    ['./.github/workflows/*.yml', '.github/workflows/ci.yml', true],
    ['**/compose.{yml,yaml}', 'a/compose.yaml', true],
    ['**/compose.{yml,yaml}', 'a/compose.json', false],
    ['{a,b/{c,d}}/x', 'b/d/x', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
    ['a/**', 'a/b/c', true],
    ['a/**/z', 'a/z', true],
    ['a/**/z', 'a/b/c/z', true],
    ['*.yml', 'dir/x.yml', false],
    ['[Dd]ockerfile', 'dockerfile', true],
    ['[!D]ockerfile', 'Dockerfile', false],
    ['a.b(c)+', 'a.b(c)+', true],
    ['a.b', 'axb', false]
  ])('%s vs %s -> %s', (p, path, want) => {
    expect(matchGlob(p, path)).toBe(want)
  })
  it('parses the input: one glob per line, blanks and comments dropped', () => {
    expect(parseGlobList('**/Dockerfile\n\n  # no\n  .github/workflows/*.yml \r\n')).toEqual([
      '**/Dockerfile',
      '.github/workflows/*.yml'
    ])
  })
})

describe('GlobSet (patterns joined; `**/NAME` tried on the basename)', () => {
  const patterns = [
    ...DEFAULT_DOCKERFILE_GLOBS,
    '**/{a,b/c}',
    '**/x\\/y',
    '**/**/z',
    '**/',
    'deploy/**/Dockerfile',
    '**/[!.]*.df',
    '**/file?.txt',
    'a/**'
  ]
  const paths = [
    'Dockerfile',
    'a/b/Dockerfile',
    'a/b/Dockerfile.dev',
    'Dockerfile/x',
    '.docker/coverage.Dockerfile',
    'deploy/docker-compose.test.yml',
    'docker-compose.yaml',
    'compose.yml',
    'x/compose.yaml.bak',
    '.github/workflows/ci.yml',
    '.github/workflows/sub/ci.yml',
    'sub/.github/workflows/ci.yml',
    'a',
    'c',
    'b/c',
    'q/b/c',
    'q/x/y',
    'x/y',
    'z',
    'p/q/z',
    'deploy/Dockerfile',
    'deploy/a/b/Dockerfile',
    'k/.hidden.df',
    'k/v.df',
    'file1.txt',
    'd/file/.txt',
    'a/b/c'
  ]
  it('matches a path exactly when one of its patterns does', () => {
    for (const n of [1, 2, patterns.length]) {
      for (let i = 0; i + n <= patterns.length; i++) {
        const group = patterns.slice(i, i + n)
        const set = new GlobSet(group)
        for (const p of paths) {
          const expected = group.some(g => matchGlob(g, p))
          if (set.matches(p) !== expected) throw new Error(`${JSON.stringify(group)} on ${p}: ${!expected}`)
        }
      }
    }
    expect(new GlobSet(DEFAULT_DOCKERFILE_GLOBS).matches('svc/api/Dockerfile')).toBe(true)
    expect(new GlobSet(DEFAULT_DOCKERFILE_GLOBS).matches('svc/api/Dockerfile.dev')).toBe(true)
    expect(new GlobSet(DEFAULT_DOCKERFILE_GLOBS).matches('svc/api/README.md')).toBe(false)
    expect(new GlobSet([]).matches('Dockerfile')).toBe(false)
  })
})
