/**
 * The one log writer (inertText, InertWriter) against the runner's command rules (helpers/runner-rules):
 * no hostile line survives as a live command, whatever leading blanks, line breaks or chunking.
 */
import { describe, expect, it } from '@jest/globals'
import { InertWriter, inertJson, inertLine, inertText, stopCommands } from '../../src/report/escape.js'
import { foreignCommands, hostileLines, runnerView } from '../helpers/runner-rules.js'

describe('the runner emulation itself', () => {
  it('finds every hostile line live when it is printed raw', () => {
    const lines = hostileLines()
    const raw = lines.join('\n')
    // Each hostile line is one foreign command, except the lines after a live stop-commands, which the
    // runner ignores until the token: count them one at a time.
    // (A line behind a terminal escape is not live for the runner; it is there for our sanitiser.)
    for (const l of lines.filter(x => !x.includes('\x1b')))
      expect([l, foreignCommands(l + '\n').length > 0]).toEqual([l, true])
    expect(foreignCommands(raw).length).toBeGreaterThan(10)
  })

  it('honours stop-commands and its token, case-insensitively', () => {
    const v = runnerView('::stop-commands::abc\n::error::hidden\n##[warning]hidden\n::ABC::\n::error::seen\n')
    expect(v.commands.map(c => c.command)).toEqual(['stop-commands', 'error'])
    expect(v.stoppedAtEnd).toBeNull()
  })

  it('splits at \\r as .NET ReadLine does', () => {
    expect(runnerView('progress 10%\r::error::x\n').commands).toHaveLength(1)
  })
})

describe('inertText', () => {
  it('leaves no hostile line live', () => {
    for (const l of hostileLines()) expect([l, foreignCommands(inertText(l) + '\n')]).toEqual([l, []])
    expect(foreignCommands(inertText(hostileLines().join('\n')))).toEqual([])
  })

  it('keeps ordinary text as it was', () => {
    for (const t of [
      'ok  \texample.com/pkg\t0.01s',
      'C:\\Users\\x',
      'a::b',
      'see #12 and ## heading',
      'TestA/sub_case'
    ])
      expect(inertText(t)).toBe(t)
  })

  it('shows a disarmed command visibly', () => {
    expect(inertText('  ::error::x')).toBe('  \\::error::x')
    expect(inertText('TestA/##[error]x')).toBe('TestA/#\\#[error]x')
    expect(inertText('a\r::add-mask::b')).toBe('a\n\\::add-mask::b')
  })

  it('inertLine keeps one line', () => {
    expect(inertLine('x\n::error::y')).toBe('x ::error::y')
    expect(foreignCommands(inertLine('\r::error pwnkey=1::y'))).toEqual([])
  })
})

describe('InertWriter', () => {
  const feed = (text: string, size: number, mode: 'text' | 'json' = 'text', maxCarry?: number): string => {
    let out = ''
    const w = new InertWriter(t => (out += t), mode, maxCarry)
    for (let i = 0; i < text.length; i += size) w.write(text.slice(i, i + size))
    w.end()
    return out
  }

  it('leaves nothing live whatever the chunking', () => {
    const text = hostileLines().join('\n') + '\n' + hostileLines('y').join('\r\n')
    for (const size of [1, 2, 3, 5, 7, 64, 1000, text.length])
      expect(foreignCommands(feed(text, size))).toEqual([])
  })

  it('breaks an over-long line where it waited, and checks what follows as a new line', () => {
    const text = ' '.repeat(100) + '::error pwnkey=1::x\n'
    const out = feed(text, 10, 'text', 50)
    expect(foreignCommands(out)).toEqual([])
    expect(out.replace(/\s/g, '').replace(/\\/g, '')).toBe('::errorpwnkey=1::x')
  })

  it('JSON mode keeps the JSON and its strings', () => {
    const value = { lines: hostileLines(), name: 'TestA/##[error]x' }
    const json = JSON.stringify(value, null, 2) + '\n'
    for (const size of [1, 2, 3, 17, json.length]) {
      const out = feed(json, size, 'json')
      expect(JSON.parse(out)).toEqual(value)
      expect(foreignCommands(out)).toEqual([])
    }
    expect(inertJson('"##["')).toBe('"##\\u005b"')
  })

  it('a stop-commands block with our token is closed by it', () => {
    const token = 'a'.repeat(32)
    expect(foreignCommands(stopCommands(hostileLines().join('\n'), token))).toEqual([])
  })
})
