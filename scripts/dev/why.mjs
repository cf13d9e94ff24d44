#!/usr/bin/env node
// Development aid: shows how a corpus case (public or development split, never held-out) is parsed,
// what evidence each failure yields and what the rules conclude. `node scripts/dev/why.mjs FILE.json`
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const file = process.argv[2]
if (!file || file.includes('heldout')) {
  console.error('usage: why.mjs <case.json> (public or development split only)')
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'why-'))
try {
  const entry = [
    `export { diagnose } from ${JSON.stringify(join(root, 'src/diagnose/diagnose.ts'))}`,
    `export { groupFailures } from ${JSON.stringify(join(root, 'src/diagnose/group.ts'))}`,
    `export { createParser } from ${JSON.stringify(join(root, 'src/gotest/index.ts'))}`,
    `export { parseEvidence } from ${JSON.stringify(join(root, 'src/evidence/parse.ts'))}`,
    `export { splitLines } from ${JSON.stringify(join(root, 'src/catalog/lines.ts'))}`
  ].join('\n')
  const outfile = join(dir, 'why.mjs')
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    resolveExtensions: ['.ts', '.js']
  })
  const m = await import(pathToFileURL(outfile).href)
  const c = JSON.parse(readFileSync(file, 'utf8'))
  const p = m.createParser()
  p.push(c.excerpt)
  const run = p.end()
  console.log(
    `expected: ${c.expected}  format: ${run.format}  failures: ${run.failures.length}  partial: ${JSON.stringify(run.partial)}`
  )
  const d = m.diagnose(run, null)
  run.failures.forEach((f, i) => {
    console.log(`\n#${i} ${f.kind} ${f.package ?? ''} ${f.test ?? ''}`)
    if (process.argv.includes('--output'))
      console.log('   output: ' + JSON.stringify(f.output).slice(0, 1500))
    for (const e of m.parseEvidence(m.splitLines(f.output)).items) {
      const { line, text, ...rest } = e
      console.log(`   ev L${line}: ${JSON.stringify(rest)}  | ${text.slice(0, 120)}`)
    }
    for (const cause of d.failures[i].causes)
      console.log(
        `   => ${cause.rule} ${cause.confidence}: ${cause.evidence.slice(0, 3).join(' / ').slice(0, 200)}`
      )
  })
  console.log(
    '\ngroups:',
    m
      .groupFailures(d.failures, d.conclusions)
      .map(g => `${g.rule}(${g.confidence},${g.failures.length})`)
      .join(' '),
    ' conclusions:',
    JSON.stringify(d.conclusions)
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
