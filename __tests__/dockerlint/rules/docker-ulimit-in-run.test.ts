import { describe, expect, it } from '@jest/globals'
import { fixtureHits } from './cases.js'

const R = 'docker-ulimit-in-run'
describe(R, () => {
  it('fires on a lone `RUN ulimit` and on `RUN sysctl -w`; not on `ulimit -n … && go test` (pattern from deploy-devops-lite)', async () => {
    expect(await fixtureHits('pattern/ulimit-run', R)).toEqual(['Dockerfile:4', 'Dockerfile:5'])
  })
  it('does not fire on real Dockerfiles without them', async () => {
    expect(await fixtureHits('real/gommon', R)).toEqual([])
  })
})
