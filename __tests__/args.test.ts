import { describe, expect, it } from '@jest/globals'
import { parseArgs, UsageError } from '../src/commands/args.js'

const spec = {
  values: ['dir', 'fail-on'],
  booleans: ['json'],
  choices: { 'fail-on': ['never', 'error'] },
  passthrough: true
}

describe('parseArgs', () => {
  it('reads values in both spellings, booleans, positionals and the pass-through tail', () => {
    const p = parseArgs(
      ['--dir', 'a', '--fail-on=error', 'x.json', '-', '--json', '--', '-run', 'TestX'],
      spec
    )
    expect(p.flags).toEqual({ dir: 'a', 'fail-on': 'error', json: true })
    expect(p.positionals).toEqual(['x.json', '-'])
    expect(p.rest).toEqual(['-run', 'TestX'])
  })

  it('rejects unknown options, missing values and values outside the choices', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(UsageError)
    expect(() => parseArgs(['-x'], spec)).toThrow('unknown option -x')
    expect(() => parseArgs(['--dir'], spec)).toThrow('--dir needs a value')
    expect(() => parseArgs(['--fail-on', 'sometimes'], spec)).toThrow('must be one of never, error')
    expect(() => parseArgs(['--json=1'], spec)).toThrow(UsageError)
  })
})
