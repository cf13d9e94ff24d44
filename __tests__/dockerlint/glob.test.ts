import { describe, expect, it } from '@jest/globals'
import { matchGlob, parseGlobList } from '../../src/dockerlint/glob.js'

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
