/**
 * The JUnit reader's fast path (junit.ts passingCase: a passing `<testcase>` alone on its line, read from
 * its bytes without the character machine) against an oracle: the
 * same document with every `<testcase` tag broken across two lines after its first attribute, which
 * no fast path takes (the line does not end the element) and the character machine reads the same.
 * Inputs: every real JUnit capture (gotestsum, go-junit-report v1 and v2, ginkgo) and a generated file
 * with the shapes the fast paths must refuse or get right: self-closing and `></testcase>` cases,
 * entities and non-ASCII bytes in names, `TestMain` and `[build failed]` cases, negative and odd times,
 * skipped and failed children, attributes in another order, a suite without a name, and a test that
 * fails in one suite and passes when the same package runs again (a flake).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createParser } from '../../src/gotest/index.js'
import type { TestRun } from '../../src/gotest/model.js'

const FORMATS = join(import.meta.dirname, '..', 'fixtures', 'formats')

function xmlFiles(dir: string): string[] {
  const out: string[] = []
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) out.push(...xmlFiles(p))
    else if (n.endsWith('.xml')) out.push(p)
  }
  return out
}

/** Breaks every `<testcase ...` tag after its first attribute: only the character machine reads it. */
function broken(xml: string): string {
  return xml.replace(/(<testcase\s+[\w:.-]+="[^"]*")\s/g, '$1\n      ')
}

function parse(text: string, chunk = 1 << 16): TestRun {
  const p = createParser({})
  p.beginSource('junit.xml')
  const b = Buffer.from(text)
  for (let i = 0; i < b.length; i += chunk) p.push(b.subarray(i, i + chunk))
  return p.end()
}

const GENERATED = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="14" failures="3" errors="0">
\t<testsuite tests="9" failures="2" time="0.5" name="example.com/m/a">
\t\t<testcase classname="example.com/m/a" name="TestPlain" time="0.010000"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestSelf" time="0"/>
\t\t<testcase name="TestOrder" time="1.5" classname="example.com/m/a"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestAmp &amp; co" time="0.000000"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestNonASCII/çà" time="0.000000"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestFlaky" time="0.100000">
\t\t\t<failure message="Failed" type="">=== RUN   TestFlaky&#xA;    a_test.go:9: dial tcp: socket: too many open files&#xA;--- FAIL: TestFlaky (0.10s)&#xA;</failure>
\t\t</testcase>
\t\t<testcase classname="example.com/m/a" name="TestSkip" time="0.000000"><skipped message="skip"></skipped></testcase>
\t\t<testcase classname="example.com/m/a" name="TestNoResult" time="-0.000000"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestWeirdTime" time="1e-3"></testcase>
\t\t<testcase classname="" name="TestMain" time="0.000000"></testcase>
\t</testsuite>
\t<testsuite tests="1" failures="1" time="0" name="example.com/m/b">
\t\t<testcase classname="example.com/m/b" name="[build failed]" time="0"><failure message="Build error">./b.go:3:1: syntax error</failure></testcase>
\t</testsuite>
\t<testsuite tests="2" failures="0" time="0.1" name="example.com/m/a">
\t\t<testcase classname="example.com/m/a" name="TestFlaky" time="0.010000"></testcase>
\t\t<testcase classname="example.com/m/a" name="TestAgain" time="0.010000"></testcase>
\t</testsuite>
\t<testsuite tests="2" failures="0" time="0.1">
\t\t<testcase classname="example.com/m/c" name="TestNoSuiteName" time="0.010000"></testcase>
\t</testsuite>
</testsuites>
`

describe('JUnit fast paths agree with the character machine', () => {
  const cases: [string, string][] = [
    ...xmlFiles(FORMATS).map(f => [f.slice(FORMATS.length + 1), readFileSync(f, 'utf8')] as [string, string]),
    ['generated edge cases', GENERATED]
  ]
  it('covers every capture', () => expect(cases.length).toBeGreaterThanOrEqual(14))
  it.each(cases)('%s', (_name, xml) => {
    const oracle = broken(xml)
    expect(oracle).not.toBe(xml)
    const want = parse(oracle)
    expect(want.format).toBe('junit')
    expect(parse(xml)).toEqual(want)
    // Cut anywhere, too (a case line split over two chunks goes through the carry).
    expect(parse(xml, 37)).toEqual(want)
  })
  it('the generated file reads as the cases say', () => {
    const r = parse(GENERATED)
    expect(r.flaky).toEqual([{ package: 'example.com/m/a', test: 'TestFlaky' }])
    expect(r.failures.map(f => `${f.package} ${f.test} ${f.kind}${f.flaky ? ' flaky' : ''}`)).toEqual(
      expect.arrayContaining(['example.com/m/a TestFlaky test flaky', 'example.com/m/b null build'])
    )
  })
})
