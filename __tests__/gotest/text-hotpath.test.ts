/**
 * The plain-text hot path (text.ts hotLine, engine.ts textOutput: `=== RUN`, `--- PASS` and a running
 * test's indented output read from their bytes, output kept as offsets into the chunk) against an
 * oracle: the same log with CRLF line ends, which the hot path refuses (a CR in the line) and line()
 * reads the same (the CR is removed before it). Inputs: every plain-text capture of three Go versions
 * (go test and go test -v, __tests__/fixtures/gotest), the tools' text outputs (gotestsum's formats,
 * ginkgo) and the real failures (__tests__/fixtures/real), each fed whole and in odd chunk sizes (a line
 * across two chunks, output of a test still running at a chunk's end).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

const FIX = join(import.meta.dirname, '..', 'fixtures')

function files(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = []
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) out.push(...files(p, keep))
    else if (keep(n)) out.push(p)
  }
  return out
}

function parse(text: string, chunk: number): TestRun {
  const p = createParser({})
  p.beginSource('go-test.txt')
  const b = Buffer.from(text)
  for (let i = 0; i < b.length; i += chunk) p.push(b.subarray(i, i + chunk))
  return p.end()
}

const inputs = [
  ...files(join(FIX, 'gotest'), n => /\.(?:v|text)\.txt$/.test(n)),
  ...files(join(FIX, 'formats'), n => n === 'output.txt'),
  ...files(join(FIX, 'real'), n => n === 'go-test.txt')
]
  .map(f => [f.slice(FIX.length + 1), readFileSync(f, 'utf8')] as [string, string])
  .filter(([, t]) => !t.includes('\r') && !t.trimStart().startsWith('{'))

describe('plain-text hot path agrees with line()', () => {
  it('covers the captures', () => expect(inputs.length).toBeGreaterThan(60))
  it.each(inputs)('%s', (_name, text) => {
    const want = parse(text.replace(/\n/g, '\r\n'), 1 << 16)
    for (const chunk of [1 << 16, 4096, 97]) expect(parse(text, chunk)).toEqual(want)
  })
})
