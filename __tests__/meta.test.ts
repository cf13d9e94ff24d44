import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { VERSION } from '../src/core/version.js'

describe('package metadata', () => {
  it('keeps src/core/version.ts in step with package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})
