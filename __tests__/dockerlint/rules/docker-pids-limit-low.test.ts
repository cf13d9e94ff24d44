import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-pids-limit-low'
describe(R, () => {
  it('fires on --pids-limit=128 (pattern/pids, from a public hardened test container)', async () => {
    expect(await fixtureHits('pattern/pids', R)).toEqual(['.github/workflows/ci.yml:11'])
  })
  it('does not fire on 4096, -1 (unlimited) or where no tests run', async () => {
    const c = (v: string, cmd = 'go test ./...') => ({
      'compose.yml': `services:\n  t:\n    image: golang:1.26\n    pids_limit: ${v}\n    command: ${cmd}\n`
    })
    expect(await inlineHits(c('4096'), R)).toEqual([])
    expect(await inlineHits(c('-1'), R)).toEqual([])
    expect(await inlineHits(c('100', 'sleep infinity'), R)).toEqual([])
    expect(await inlineHits(c('100'), R)).toEqual(['compose.yml:4'])
  })
})
