import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-shm-size'
describe(R, () => {
  it('fires on chromedp tests in a job container without --shm-size, not on the sized job', async () => {
    expect(await fixtureHits('pattern/shm', R)).toEqual(['.github/workflows/ci.yml:9'])
  })
  it('does not fire for ordinary Go tests, or with ipc: host', async () => {
    expect(
      await inlineHits(
        { 'compose.yml': 'services:\n  t:\n    image: golang:1.26\n    command: go test ./...\n' },
        R
      )
    ).toEqual([])
    expect(
      await inlineHits(
        {
          'compose.yml':
            'services:\n  t:\n    image: chromedp/headless-shell\n    ipc: host\n    command: go test ./...\n'
        },
        R
      )
    ).toEqual([])
  })
  it('fires on an explicit small shm_size where chrome is used', async () => {
    expect(
      await inlineHits(
        {
          'compose.yml':
            'services:\n  t:\n    image: chromedp/headless-shell\n    shm_size: 32m\n    command: go test ./...\n'
        },
        R
      )
    ).toEqual(['compose.yml:4'])
  })
})
