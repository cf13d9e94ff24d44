import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dockerRules } from '../../src/dockerlint/index.js'

const HEADERS = [
  '## Symptom',
  '## Cause',
  '## Detection',
  '## Remedy',
  '## When this is a false positive',
  '## Sources'
]

describe('rule docs', () => {
  it.each(dockerRules.map(r => [r.id, r.docs]))('%s has a doc with the headers in order', (_id, path) => {
    expect(existsSync(path)).toBe(true)
    const text = readFileSync(path, 'utf8')
    const found = text.split('\n').filter(l => l.startsWith('## '))
    expect(found).toEqual(HEADERS)
  })
})
