#!/usr/bin/env node
/**
 * Runs the public accuracy corpus (__tests__/fixtures/public/*.json) through the real parser
 * (src/gotest/index.ts) and diagnose() (src/diagnose.ts), prints the figures and the per-excerpt
 * table, and writes docs/accuracy.md. The TypeScript is bundled on the fly with esbuild (a dev
 * dependency) into a temporary file, so no build step is needed.
 *
 *   node scripts/accuracy.mjs            # print and write docs/accuracy.md
 *   node scripts/accuracy.mjs --no-write # print only
 *   node scripts/accuracy.mjs --json     # print the results as JSON
 *
 * When src/gotest/index.ts does not exist yet, the excerpts are diagnosed as single `log` failures
 * (the contract's fallback for text that is not go test output) and the report says so.
 */
import { build } from 'esbuild'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = new Set(process.argv.slice(2))
const hasParser = existsSync(join(root, 'src/gotest/index.ts'))
const hasDiagnose = existsSync(join(root, 'src/diagnose.ts'))
if (!hasDiagnose) {
  console.error('accuracy: src/diagnose.ts does not exist yet; nothing to measure')
  process.exit(2)
}

const entry = [
  `export * from ${JSON.stringify(join(root, '__tests__/accuracy/harness.ts'))}`,
  `export { diagnose } from ${JSON.stringify(join(root, 'src/diagnose.ts'))}`,
  `export { rules } from ${JSON.stringify(join(root, 'src/catalog/index.ts'))}`,
  hasParser
    ? `export * as parser from ${JSON.stringify(join(root, 'src/gotest/index.ts'))}`
    : 'export const parser = null'
].join('\n')

const dir = mkdtempSync(join(tmpdir(), 'accuracy-'))
try {
  const outfile = join(dir, 'accuracy.mjs')
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // Relative imports end in .js in the sources; resolve them to the .ts files.
    resolveExtensions: ['.ts', '.js', '.mjs', '.json']
  })
  const m = await import(pathToFileURL(outfile).href)
  const parse = m.parser ? m.parserFrom(m.parser) : null
  if (m.parser && !parse) {
    console.error('accuracy: src/gotest/index.ts exports neither parseText/parse nor createParser')
    process.exit(2)
  }
  const parserNote = parse
    ? 'src/gotest/index.ts'
    : 'NOT AVAILABLE (src/gotest/index.ts missing): every excerpt was diagnosed as one `log` failure'
  const fixtures = m.loadFixtures(join(root, '__tests__/fixtures/public'))
  // Each reported rule is environmental or not by the registry's own flag (look-alikes are not).
  const registry = m.rules.map(r => ({ id: r.id, environmental: r.environmental }))
  const results = m.runCorpus(fixtures, parse ?? m.logOnlyRun, m.diagnose, registry)
  const md = m.renderMarkdown(results, parserNote)
  if (args.has('--json')) console.log(JSON.stringify({ summary: m.summarize(results), results }, null, 2))
  else console.log(md)
  if (!args.has('--no-write')) writeFileSync(join(root, 'docs/accuracy.md'), md)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
