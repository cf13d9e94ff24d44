// Discovery benchmark: generates a tree of 50,000 files in a temp dir, bundles
// src/dockerlint with esbuild to a temp ESM file, and runs lintRepository with the real NodeHost
// and the action's default globs. Prints the wall time of discovery alone and of the whole lint.
// Usage: node scripts/bench-discovery.mjs [files=50000]
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const N = Number(process.argv[2] ?? 50_000)
const work = mkdtempSync(join(tmpdir(), 'gedl-bench-'))
try {
  const entry = join(work, 'entry.ts')
  writeFileSync(
    entry,
    `export { lintRepository, DEFAULT_GLOBS } from ${JSON.stringify(join(process.cwd(), 'src/dockerlint/index.ts'))}\n` +
      `export { discoverFiles } from ${JSON.stringify(join(process.cwd(), 'src/dockerlint/discover.ts'))}\n` +
      `export { NodeHost } from ${JSON.stringify(join(process.cwd(), 'src/host/node-host.ts'))}\n`
  )
  const out = join(work, 'bundle.mjs')
  // Same createRequire banner as scripts/bundle.mjs: yaml's CJS build require()s node builtins.
  const banner = {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    banner,
    logLevel: 'warning'
  })
  const { lintRepository, discoverFiles, DEFAULT_GLOBS, NodeHost } = await import(pathToFileURL(out).href)

  // 50 top-level packages x 20 subdirs x N/1000 files, plus skipped dirs and a few container files.
  const root = join(work, 'repo')
  let made = 0
  for (let a = 0; a < 50 && made < N; a++) {
    for (let b = 0; b < 20 && made < N; b++) {
      const dir = join(root, `pkg${a}`, `sub${b}`)
      mkdirSync(dir, { recursive: true })
      for (let c = 0; c < Math.ceil(N / 1000) && made < N; c++, made++)
        writeFileSync(join(dir, `f${c}.go`), 'package x\n')
    }
  }
  mkdirSync(join(root, 'node_modules/dep'), { recursive: true })
  writeFileSync(join(root, 'node_modules/dep/Dockerfile'), 'FROM node\n')
  mkdirSync(join(root, '.github/workflows'), { recursive: true })
  writeFileSync(
    join(root, '.github/workflows/ci.yml'),
    'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: docker run --rm --tmpfs /tmp golang:1.26 go test ./...\n'
  )
  for (let i = 0; i < 20; i++)
    writeFileSync(join(root, `pkg${i}`, 'Dockerfile'), 'FROM golang:1.26\nRUN go test ./...\n')

  const host = new NodeHost()
  const runs = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    const d = await discoverFiles(host, root, DEFAULT_GLOBS)
    const t1 = performance.now()
    const r = await lintRepository(host, { root, globs: [...DEFAULT_GLOBS], goModGo: '1.26' })
    const t2 = performance.now()
    runs.push({
      discoverMs: t1 - t0,
      lintMs: t2 - t1,
      entries: d.entries,
      matched: d.files.length,
      findings: r.findings.length
    })
  }
  const best = runs.reduce((a, b) => (b.discoverMs < a.discoverMs ? b : a))
  console.log(`files generated: ${made} (+ ${20 + 2} container/skipped files)`)
  for (const r of runs)
    console.log(
      `discovery ${r.discoverMs.toFixed(0)} ms (${r.entries} entries, ${r.matched} matched); full lint ${r.lintMs.toFixed(0)} ms, ${r.findings} findings`
    )
  console.log(`best discovery: ${best.discoverMs.toFixed(0)} ms for ${best.entries} entries`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
