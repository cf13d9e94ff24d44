import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'
import { lintFiles, ofRule } from '../helpers.js'

const R = 'docker-memory-without-gomemlimit'
describe(R, () => {
  it('fires on --memory 128m / --memory="4096m" (lines from leetcode-go and go-concurrency-utils), not where GOMEMLIMIT is set', async () => {
    expect(await fixtureHits('pattern/docker-run-limits', R)).toEqual([
      '.github/workflows/test.yml:16',
      '.github/workflows/test.yml:24'
    ])
  })
  it('does not fire when GOMEMLIMIT is set (pattern/pids)', async () => {
    expect(await fixtureHits('pattern/pids', R)).toEqual([])
  })
  it('fires on compose deploy.resources.limits.memory and suggests 90% of it', async () => {
    const r = await inlineHits(
      {
        'compose.yml':
          'services:\n  t:\n    image: golang:1.26\n    command: go test ./...\n    deploy:\n      resources:\n        limits:\n          memory: 1g\n'
      },
      R
    )
    expect(r).toEqual(['compose.yml:8'])
    // 1 GiB: floor(1024 * 0.9) MiB, the figure `tune` applies for the same limit.
    const lint = await lintFiles({
      'compose.yml':
        'services:\n  t:\n    image: golang:1.26\n    command: go test ./...\n    mem_limit: 1g\n'
    })
    expect(ofRule(lint.findings, R).map(f => f.remedy)).toEqual([
      expect.stringContaining('Set GOMEMLIMIT to 90% of the limit (`GOMEMLIMIT=921MiB`)')
    ])
  })
  it('does not fire when an env_file may set it, or when no tests run', async () => {
    expect(
      await inlineHits(
        {
          'compose.yml':
            'services:\n  t:\n    image: golang:1.26\n    env_file: .env\n    mem_limit: 1g\n    command: go test ./...\n'
        },
        R
      )
    ).toEqual([])
    expect(
      await inlineHits({ 'compose.yml': 'services:\n  db:\n    image: postgres\n    mem_limit: 1g\n' }, R)
    ).toEqual([])
  })
})
