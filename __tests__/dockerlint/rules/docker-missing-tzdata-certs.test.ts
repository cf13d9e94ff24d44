import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-missing-tzdata-certs'
describe(R, () => {
  it('fires on the real registration-webapp test image (test binary run in an alpine stage without tzdata)', async () => {
    expect(await fixtureHits('real/registration-webapp', R)).toEqual(['Dockerfile:24'])
  })
  it('does not fire when tzdata is installed, or when tests run in a golang image', async () => {
    expect(
      await inlineHits(
        { Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache tzdata\nCOPY x.test /\nCMD ["/x.test"]\n' },
        R
      )
    ).toEqual([])
    expect(await fixtureHits('real/chatto', R)).toEqual([])
  })
  it('fires on scratch running a test binary with neither', async () => {
    expect(
      await inlineHits(
        { Dockerfile: 'FROM scratch\nCOPY app.test /\nENTRYPOINT ["/app.test", "-test.v"]\n' },
        R
      )
    ).toEqual(['Dockerfile:3'])
  })
})
