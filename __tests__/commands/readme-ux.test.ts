/** Issue 19 point 12: the README's first screen is for someone adding the action to a workflow. */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'

describe('README for the adopter', () => {
  const readme = readFileSync('README.md', 'utf8')
  const first = readme.split('\n').slice(0, 40).join('\n')
  it('first screen: a real uses: line with go-test, and pictures of summary, comment and annotation', () => {
    expect(first).toMatch(/- uses: [\w-]+\/go-env-guard@v\d+\n {2}with:\n {4}go-test: \.\/\.\.\./)
    for (const img of ['summary', 'comment', 'annotation']) {
      expect(first).toContain(`docs/img/${img}.png`)
      expect(existsSync(`docs/img/${img}.png`)).toBe(true)
    }
    expect(readme).not.toContain('<owner>')
  })
  it('the CLI is installable and the engines match the dependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      private?: boolean
      engines: { node: string }
    }
    expect(pkg.private).not.toBe(true)
    expect(pkg.engines.node).toBe('>=22')
    expect(readme).toMatch(/npx go-env-guard/)
  })
})
