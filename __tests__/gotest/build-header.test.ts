/**
 * Issue 19 point 2: a `# pkg` line is cmd/go's build-error header only when something shows it: a
 * compiler line under it, a go test line after it, go test output before it, a -json event. A Markdown
 * heading with prose under it is not a build failure (`explain README.md` reported "build failed").
 */
import { describe, expect, it } from '@jest/globals'
import { createParser } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

function parse(text: string): TestRun {
  const p = createParser({})
  p.beginSource('in')
  p.push(text)
  return p.end()
}
const kinds = (r: TestRun) => r.failures.map(f => `${f.package} ${f.kind}`)

describe('a # header is build output only when shown to be', () => {
  it('a Markdown heading and prose: no go test output at all', () => {
    const text = '# go-env-guard\n\nExplains why `go test` fails in CI.\n\n## Usage\n\nAdd one step.\n'
    const r = parse(text)
    expect(r.unusable?.[0]?.reason).toMatch(/no go test output found in in/)
    // What any text that is not go test output gives (CONTRACT: one failure of kind log), in its order.
    expect(kinds(r)).toEqual(['null log'])
    expect(r.failures[0].output.trim()).toBe(text.trim())
  })
  it('a compiler line under the header: a build failure with it', () => {
    const r = parse('# example.com/m/p\n./p.go:3:2: undefined: x\nFAIL\texample.com/m/p [build failed]\n')
    expect(kinds(r)).toEqual(['example.com/m/p build'])
    expect(r.failures[0].output).toMatch(/undefined: x/)
  })
  it('a cgo error (no compiler-shaped line) confirmed by the [build failed] verdict after it', () => {
    const r = parse(
      '# example.com/m/p\ncgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\nFAIL\texample.com/m/p [build failed]\n'
    )
    expect(kinds(r)).toEqual(['example.com/m/p build'])
    expect(r.failures[0].output).toMatch(/C compiler "gcc" not found/)
  })
  it('a header among -json events (before Go 1.24 build errors were text): one build failure', () => {
    const ev = (o: object) => JSON.stringify(o) + '\n'
    const r = parse(
      ev({ Action: 'start', Package: 'example.com/m/p' }) +
        '# example.com/m/p\ncgo: C compiler "gcc" not found\n' +
        ev({
          Action: 'output',
          Package: 'example.com/m/p',
          Output: 'FAIL\texample.com/m/p [build failed]\n'
        }) +
        ev({ Action: 'fail', Package: 'example.com/m/p', Elapsed: 0 })
    )
    expect(kinds(r)).toEqual(['example.com/m/p build'])
    expect(r.failures[0].output).toMatch(/C compiler "gcc" not found/)
  })
})
