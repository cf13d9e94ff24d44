import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-race-without-cgo'
describe(R, () => {
  it('fires on `RUN go test -race` in golang:alpine without gcc (pattern/race-alpine)', async () => {
    expect(await fixtureHits('pattern/race-alpine', R)).toEqual(['Dockerfile:16'])
  })
  it('does not fire once alpine-sdk is installed and CGO_ENABLED=1 (pattern/race-alpine-fixed)', async () => {
    expect(await fixtureHits('pattern/race-alpine-fixed', R)).toEqual([])
  })
  it('does not fire on real files: chatto installs alpine-sdk; goes uses a Debian golang image; numeric has no -race', async () => {
    expect(await fixtureHits('real/chatto', R)).toEqual([])
    expect(await fixtureHits('real/goes', R)).toEqual([])
    expect(await fixtureHits('real/numeric', R)).toEqual([])
  })
  it('fires on ENV CGO_ENABLED=0 inherited by a later stage, not when the command overrides it', async () => {
    const df =
      'FROM golang:1.26 AS base\nENV CGO_ENABLED=0\nFROM base AS test\nRUN go test -race ./...\nRUN CGO_ENABLED=1 go test -race ./...\n'
    expect(await inlineHits({ Dockerfile: df }, R)).toEqual(['Dockerfile:4'])
  })
  it('fires on `docker run -e CGO_ENABLED=0 ... go test -race`', async () => {
    const wf =
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: docker run --rm -e CGO_ENABLED=0 golang:1.26 go test -race ./...\n'
    expect(await inlineHits({ '.github/workflows/a.yml': wf }, R)).toEqual(['.github/workflows/a.yml:6'])
  })
  it('fires on a compose service built from an alpine Dockerfile without gcc', async () => {
    const files = {
      'test/Dockerfile': 'FROM golang:1.26-alpine\nWORKDIR /src\n',
      'compose.yml': 'services:\n  unit:\n    build: ./test\n    command: go test -race ./...\n'
    }
    expect(await inlineHits(files, R)).toEqual(['compose.yml:4'])
  })
})
