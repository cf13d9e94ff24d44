import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-go-older-than-gomod'
describe(R, () => {
  it('fires when go.mod needs a newer Go than the real image has (gtrash compose golang:1.22 vs go 1.23)', async () => {
    expect(await fixtureHits('real/gtrash', R, '1.23')).toEqual(['docker-compose.yaml:4'])
  })
  it('does not fire when the image is new enough, or the go line is unknown', async () => {
    expect(await fixtureHits('real/gtrash', R, '1.22')).toEqual([])
    expect(await fixtureHits('real/gtrash', R, null)).toEqual([])
  })
  it('compares patch levels when both have one', async () => {
    expect(await inlineHits({ Dockerfile: 'FROM golang:1.25.1\n' }, R, '1.25.3')).toEqual(['Dockerfile:1'])
    expect(await inlineHits({ Dockerfile: 'FROM golang:1.25\n' }, R, '1.25.3')).toEqual([])
  })
})
