import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'workflow-ulimit-lost'
describe(R, () => {
  it('fires on a step that only runs ulimit before a later go test step', async () => {
    expect(await fixtureHits('pattern/workflow-env', R)).toEqual(['.github/workflows/ci.yml:13'])
  })
  it('does not fire when ulimit and go test share the step, or when the step only reads the limit', async () => {
    const wf = (run: string) =>
      `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${run}\n      - run: go test ./...\n`
    expect(
      await inlineHits({ '.github/workflows/a.yml': wf('ulimit -n 65536 && go test ./...') }, R)
    ).toEqual([])
    expect(await inlineHits({ '.github/workflows/a.yml': wf('ulimit -n') }, R)).toEqual([])
  })
})
