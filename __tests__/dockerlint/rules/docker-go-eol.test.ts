import { describe, expect, it } from '@jest/globals'
import {
  goVersionOfImage,
  isEndOfLife,
  supportedMinors,
  GO_RELEASES
} from '../../../src/dockerlint/goversion.js'
import { parseGoVersion } from '../../../src/core/go-version.js'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-go-eol'
describe(R, () => {
  it('fires on real end-of-life images (golang:1.19.2-alpine, 1.18beta2, 1.15-alpine, 1.22)', async () => {
    expect(await fixtureHits('real/gommon', R)).toEqual(['Dockerfile:2'])
    expect(await fixtureHits('real/goes', R)).toEqual(['.docker/coverage.Dockerfile:2'])
    expect(await fixtureHits('real/chatto', R)).toEqual(['utils/docker-test/Dockerfile:2'])
    expect(await fixtureHits('real/gtrash', R)).toEqual(['docker-compose.yaml:4'])
  })
  it('does not fire on supported, floating or unresolved tags', async () => {
    const df =
      'ARG GO\nFROM golang:1.25.3-bookworm AS a\nFROM golang:1.26-alpine AS b\nFROM golang:alpine AS c\nFROM golang:${GO} AS d\nFROM golang:1.27 AS e\n'
    expect(await inlineHits({ Dockerfile: df }, R)).toEqual([])
  })
  it('resolves ARG defaults in FROM', async () => {
    expect(
      await inlineHits({ Dockerfile: 'ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION}-alpine\n' }, R)
    ).toEqual(['Dockerfile:2'])
  })
  it('computes support from the table: the two newest minors (1.26 and 1.25 on 2026-11-21)', () => {
    expect(supportedMinors().map(v => `${v.major}.${v.minor}`)).toEqual(['1.26', '1.25'])
    expect(isEndOfLife(parseGoVersion('1.24.9')!)).toBe(true)
    expect(isEndOfLife(parseGoVersion('1.25')!)).toBe(false)
    const later = [...GO_RELEASES, { minor: '1.27', released: '2027-02' }]
    expect(isEndOfLife(parseGoVersion('1.25')!, later)).toBe(true)
    expect(goVersionOfImage('docker.io/library/golang:1.24.3-alpine3.21')?.version?.minor).toBe(24)
    expect(goVersionOfImage('golang@sha256:abcdef')?.floating).toBe(true)
    expect(goVersionOfImage('node:20')).toBeNull()
  })
})
