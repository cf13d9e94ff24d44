import { describe, expect, it } from '@jest/globals'
import { parseGoVersion } from '../../src/core/go-version.js'

describe('parseGoVersion', () => {
  it('reads a version at the start, with or without go and a patch', () => {
    expect(parseGoVersion('go1.26.8')).toEqual({ major: 1, minor: 26, patch: 8 })
    expect(parseGoVersion(' 1.22 ')).toEqual({ major: 1, minor: 22, patch: null })
    expect(parseGoVersion('go1.21rc2')).toEqual({ major: 1, minor: 21, patch: null })
    expect(parseGoVersion('1.22-alpine')).toEqual({ major: 1, minor: 22, patch: null })
  })

  it('finds a later go1.N only when asked to (development builds)', () => {
    expect(parseGoVersion('devel go1.27-abcdef Tue')).toBeNull()
    expect(parseGoVersion('devel go1.27-abcdef Tue', { anywhere: true })).toEqual({
      major: 1,
      minor: 27,
      patch: null
    })
    expect(parseGoVersion('latest', { anywhere: true })).toBeNull()
    expect(parseGoVersion(null)).toBeNull()
  })
})
