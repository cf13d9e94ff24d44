import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-go-test-in-build'
describe(R, () => {
  it('fires on real RUN go test (penguin-statistics/gommon, pipiBRH/numeric)', async () => {
    expect(await fixtureHits('real/gommon', R)).toEqual(['Dockerfile:24'])
    expect(await fixtureHits('real/numeric', R)).toEqual(['Dockerfile:15'])
  })
  it('does not fire on CMD/ENTRYPOINT go test (modernice/goes, jaimeteb/chatto) or on `go test -c` (registration-webapp)', async () => {
    expect(await fixtureHits('real/goes', R)).toEqual([])
    expect(await fixtureHits('real/chatto', R)).toEqual([])
    expect(await fixtureHits('real/registration-webapp', R)).toEqual([])
  })
  it('finds go test inside a heredoc RUN, on its own line', async () => {
    expect(
      await inlineHits({ Dockerfile: 'FROM golang:1.26\nRUN <<EOT\nset -e\ngo test ./...\nEOT\n' }, R)
    ).toEqual(['Dockerfile:4'])
  })
})
