import { describe, expect, it } from '@jest/globals'
import { parseDockerfile, MAX_STAGES } from '../../src/dockerlint/dockerfile.js'

const chain = (n: number): string => {
  const lines = ['FROM golang:1.18 AS s0']
  for (let i = 1; i < n; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV A${i}=1`)
  return lines.join('\n') + '\n'
}

describe('Dockerfile stage cap', () => {
  it('models at most MAX_STAGES stages and says where it stopped', () => {
    const r = parseDockerfile('Dockerfile', chain(MAX_STAGES + 100))
    expect(r.model.stages).toHaveLength(MAX_STAGES)
    const skip = r.errors.filter(e => e.rule === 'docker-lint-skipped')
    expect(skip).toHaveLength(1)
    expect(skip[0].message).toMatch(
      new RegExp(`more than ${MAX_STAGES} build stages; the stages from line \\d+ on`)
    )
  })

  it('a file under the cap is whole, with no finding', () => {
    const r = parseDockerfile('Dockerfile', chain(10))
    expect(r.model.stages).toHaveLength(10)
    expect(r.model.stages[9].env.size).toBe(9)
    expect(r.errors).toEqual([])
  })

  it('a 16,000-stage chain (800 KB) stays linear: under 3 s', () => {
    const t0 = Date.now()
    parseDockerfile('Dockerfile', chain(16_000))
    expect(Date.now() - t0).toBeLessThan(3000)
  })
})

describe('lint read budget', () => {
  it('reads at most maxTotalBytes in all and says how many files it skipped', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { lintRepository } = await import('../../src/dockerlint/index.js')
    const { NodeHost } = await import('../../src/host/node-host.js')
    const root = mkdtempSync(join(tmpdir(), 'geg-caps-'))
    try {
      const body = 'FROM golang:1.18\n' + '# pad\n'.repeat(14) // 101 bytes
      for (let i = 0; i < 5; i++) {
        mkdirSync(join(root, `p${i}`))
        writeFileSync(join(root, `p${i}`, 'Dockerfile'), body)
      }
      const r = await lintRepository(new NodeHost(), {
        root,
        globs: ['**/Dockerfile'],
        maxTotalBytes: 250
      })
      expect(r.files).toHaveLength(2)
      const skip = r.errors.filter(e => e.rule === 'docker-lint-skipped')
      expect(skip.map(e => e.message)).toEqual([
        expect.stringMatching(/3 matched files not read: the lint reads at most/)
      ])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
