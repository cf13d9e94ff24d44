import { describe, expect, it } from '@jest/globals'
import type { TestRun } from '../src/gotest/model.js'
import { TextTail, withGoCommandError } from '../src/pipeline/go-test.js'

const empty: TestRun = {
  format: 'json',
  packages: [],
  failures: [],
  totals: { packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 },
  partial: []
}

describe('withGoCommandError', () => {
  it('turns stderr of a go command that failed before any test into one failure', () => {
    // Captured: CGO_ENABLED=0 go test -race (e2e/scenarios/race-cgo-disabled), go1.26.8.
    const run = withGoCommandError(empty, 'go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\n', 1)
    expect(run.failures).toEqual([
      {
        package: null,
        test: null,
        kind: 'build',
        excerpt: 'go: -race requires cgo; enable cgo by setting CGO_ENABLED=1',
        output: 'go: -race requires cgo; enable cgo by setting CGO_ENABLED=1'
      }
    ])
  })

  it('leaves a passing run, a run with failures, and an empty stderr alone', () => {
    expect(withGoCommandError(empty, 'go: downloading x\n', 0)).toBe(empty)
    expect(withGoCommandError(empty, '  \n', 1)).toBe(empty)
    const failed = {
      ...empty,
      failures: [{ package: 'p', test: 'T', kind: 'test' as const, excerpt: 'e', output: 'o' }]
    }
    expect(withGoCommandError(failed, 'go: something\n', 1)).toBe(failed)
  })

  it('calls unknown go command errors a log failure', () => {
    expect(withGoCommandError(empty, 'weird\n', 2).failures[0]!.kind).toBe('log')
  })
})

describe('TextTail', () => {
  it('keeps only the last max characters', () => {
    const t = new TextTail(10)
    for (let i = 0; i < 100; i++) t.push(`${i % 10}`)
    expect(String(t)).toBe('0123456789')
  })
})

describe('writeExplainedJson (explain --json, streamed)', () => {
  it('writes the same text as the report explainRun builds, on every real-failure capture', async () => {
    const { readdirSync, existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { NodeHost } = await import('../src/host/node-host.js')
    const { parseFiles } = await import('../src/gotest/index.js')
    const { explainRun, writeExplainedJson } = await import('../src/pipeline/explain.js')
    const { factsFromJson } = await import('../src/facts/from-json.js')
    const dir = join(process.cwd(), '__tests__/fixtures/real')
    let checked = 0
    for (const name of readdirSync(dir)) {
      const log = join(dir, name, 'go-test.json')
      if (!existsSync(log)) continue
      const host = new NodeHost()
      const run = await parseFiles(host, [log], {})
      const factsFile = join(dir, name, 'facts.json')
      const facts = existsSync(factsFile)
        ? factsFromJson(await host.readFile(factsFile, 1 << 24), factsFile)
        : null
      for (const f of [null, facts]) {
        const pieces: string[] = []
        writeExplainedJson(run, f, [], t => pieces.push(t))
        expect(pieces.join('')).toBe(JSON.stringify(explainRun(run, f, []).report, null, 2) + '\n')
      }
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(20)
  })
})

describe('explainFilesJson (explain --json, written while parsing)', () => {
  it('writes the same text as the report explainFiles builds, on every capture, with and without facts', async () => {
    const { readdirSync, existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { NodeHost } = await import('../src/host/node-host.js')
    const { explainFiles, explainFilesJson } = await import('../src/pipeline/explain.js')
    const { factsFromJson } = await import('../src/facts/from-json.js')
    const fix = join(process.cwd(), '__tests__/fixtures')
    const host = new NodeHost()
    // The fixture module's directory, so that locations are mapped and checked against its files.
    const dir = join(process.cwd(), 'testdata/gotest')
    const logs: { files: string[]; facts: string | null }[] = []
    for (const name of readdirSync(join(fix, 'real'))) {
      const factsFile = join(fix, 'real', name, 'facts.json')
      for (const f of ['go-test.json', 'go-test.txt']) {
        const log = join(fix, 'real', name, f)
        if (existsSync(log)) logs.push({ files: [log], facts: existsSync(factsFile) ? factsFile : null })
      }
    }
    const go = join(fix, 'gotest', 'go1.26.8')
    for (const f of readdirSync(go)) if (f.endsWith('.txt')) logs.push({ files: [join(go, f)], facts: null })
    // Several files in one run, and one that cannot be read.
    logs.push({
      files: [join(go, 'fail.json.txt'), join(go, 'no-such-file'), join(go, 'panic.text.txt')],
      facts: null
    })
    let withFailures = 0
    let located = 0
    for (const { files, facts: factsFile } of logs) {
      const facts = factsFile ? factsFromJson(await host.readFile(factsFile, 1 << 24), factsFile) : null
      for (const f of factsFile ? [null, facts] : [null]) {
        const pieces: string[] = []
        const run = await explainFilesJson(host, files, { dir, facts: f }, t => void pieces.push(t))
        const kept = await explainFiles(host, files, { dir, facts: f })
        expect(pieces.join('')).toBe(JSON.stringify(kept.report, null, 2) + '\n')
        expect(run.partial).toEqual(kept.run.partial)
        if (kept.report.failures.length > 0) withFailures++
        located += kept.report.failures.filter(x => x.file !== undefined).length
      }
    }
    expect(withFailures).toBeGreaterThanOrEqual(40)
    expect(located).toBeGreaterThanOrEqual(20)
  })
})

describe('explainFilesJson when writing fails', () => {
  it('rejects with the error, rather than calling it an unreadable file and going on', async () => {
    const { join } = await import('node:path')
    const { NodeHost } = await import('../src/host/node-host.js')
    const { explainFilesJson } = await import('../src/pipeline/explain.js')
    const log = join(process.cwd(), '__tests__/fixtures/gotest/go1.26.8/all.json.txt')
    const dir = join(process.cwd(), 'testdata/gotest')
    // The first piece is written while the files are read (the report outgrows one batch); only it fails.
    let calls = 0
    const out = (): void => {
      if (++calls === 1) throw new Error('stdout is gone')
    }
    const files = Array.from({ length: 10 }, () => log)
    await expect(explainFilesJson(new NodeHost(), files, { dir, facts: null }, out)).rejects.toThrow(
      'stdout is gone'
    )
    expect(calls).toBe(1)
  })
})
