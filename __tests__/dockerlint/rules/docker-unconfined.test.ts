import { describe, expect, it } from '@jest/globals'
import { lintFixture, ofRule } from '../helpers.js'

const R = 'docker-unconfined'
describe(R, () => {
  it('fires on a privileged job container and seccomp:unconfined around go test; not on docker:dind or the mysql example (no tests)', async () => {
    const r = await lintFixture('pattern/unconfined')
    expect(ofRule(r.findings, R).map(f => `${f.file}:${f.line}`)).toEqual([
      '.github/workflows/ci.yml:14',
      '.github/workflows/ci.yml:21'
    ])
    expect(ofRule(r.findings, R)[1].remedy).toMatch(/seccomp profile/)
  })
})
