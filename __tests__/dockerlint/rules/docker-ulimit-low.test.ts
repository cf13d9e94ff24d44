import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-ulimit-low'
describe(R, () => {
  it('fires on --ulimit nofile=1024:1024 (line from go-concurrency-utils)', async () => {
    expect(await fixtureHits('pattern/docker-run-limits', R)).toEqual(['.github/workflows/test.yml:24'])
  })
  it('judges the hard limit: nofile=1024:65536 is fine because Go raises the soft limit', async () => {
    const c = (u: string) => ({
      'compose.yml': `services:\n  t:\n    image: golang:1.26\n    command: go test ./...\n    ulimits:\n${u}`
    })
    expect(await inlineHits(c('      nofile:\n        soft: 1024\n        hard: 65536\n'), R)).toEqual([])
    expect(await inlineHits(c('      nofile:\n        soft: 1024\n        hard: 2048\n'), R)).toEqual([
      'compose.yml:6'
    ])
    expect(await inlineHits(c('      nproc: 65535\n'), R)).toEqual([])
    expect(await inlineHits(c('      nproc: 200\n'), R)).toEqual(['compose.yml:6'])
  })
})
