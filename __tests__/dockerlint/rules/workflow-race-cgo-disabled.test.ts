import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'workflow-race-cgo-disabled'
describe(R, () => {
  it('fires on the race step inheriting CGO_ENABLED=0 from the workflow env, not on the overriding steps', async () => {
    expect(await fixtureHits('pattern/workflow-env', R)).toEqual(['.github/workflows/ci.yml:17'])
  })
  it('does not fire on the real gtrash workflow', async () => {
    expect(await fixtureHits('real/gtrash', R)).toEqual([])
  })
  it('leaves go test inside `docker run` to the container rules', async () => {
    const wf =
      'on: push\nenv:\n  CGO_ENABLED: 0\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: docker run --rm golang:1.26 sh -c "go test -race ./..."\n'
    expect(await inlineHits({ '.github/workflows/a.yml': wf }, R)).toEqual([])
  })
})
