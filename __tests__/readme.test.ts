import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// @ts-expect-error: plain ESM script without types
import { render } from '../scripts/gen-readme.mjs'

describe('README.md', () => {
  it('carries the inputs/outputs table and rule list generated from action.yml and docs/rules', () => {
    const readme = readFileSync('README.md', 'utf8')
    const regenerated = (render as (r: string, a: string) => string)(
      readme,
      readFileSync('action.yml', 'utf8')
    )
    // When this fails: run `npm run docs` and commit README.md.
    expect(readme).toBe(regenerated)
  })

  it('documents every input and output declared in action.yml', () => {
    const readme = readFileSync('README.md', 'utf8')
    const action = readFileSync('action.yml', 'utf8')
    const names = [...action.matchAll(/^ {2}([a-z][a-z-]+):\s*$/gm)].map(m => m[1])
    expect(names.length).toBeGreaterThanOrEqual(14)
    for (const n of names) expect(readme).toContain('`' + n + '`')
  })

  it('shows a usage example for each input', () => {
    const readme = readFileSync('README.md', 'utf8')
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Inputs and outputs'))
    const inputs = [
      ...readFileSync('action.yml', 'utf8')
        .split('outputs:')[0]
        .matchAll(/^ {2}([a-z][a-z-]+):\s*$/gm)
    ]
      .map(m => m[1])
      .filter(n => n !== 'inputs')
    for (const n of inputs) expect(usage).toMatch(new RegExp(`\\b${n}:`))
  })
})
