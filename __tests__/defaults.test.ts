import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { DEFAULT_DOCKERFILE_GLOBS } from '../src/dockerlint/default-globs.js'

describe('defaults', () => {
  it('gives the CLI the same dockerfiles globs as the action.yml default', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default: string }>
    }
    const fromAction = action.inputs['dockerfiles']!.default.split('\n')
      .map(s => s.trim())
      .filter(Boolean)
    expect([...DEFAULT_DOCKERFILE_GLOBS]).toEqual(fromAction)
  })
})
