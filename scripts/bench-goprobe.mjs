// Cost of the Go runtime probe (src/goprobe) on this machine, through the real NodeHost:
//   1. cold: empty Go build cache (GOCACHE) and empty probe cache: the standard library is compiled
//      (a fresh runner without a restored Go cache);
//   2. warm GOCACHE, empty probe cache: the first run on a runner whose Go cache is restored
//      (actions/setup-go's default), or after a Go upgrade with a warm cache;
//   3. cached probe: every later run (the binary is reused from the probe cache).
// Prints a Markdown table; the figures in docs/go-probe.md come from it.
//   node scripts/bench-goprobe.mjs [RUNS]
import { build } from 'esbuild'
import { performance } from 'node:perf_hooks'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const runs = Number(process.argv[2] ?? 5)
const work = mkdtempSync(join(tmpdir(), 'geg-bench-goprobe-'))
try {
  await build({
    entryPoints: { goprobe: 'src/goprobe/index.ts', host: 'src/host/node-host.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: work,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning'
  })
  const { runGoProbe } = await import(join(work, 'goprobe.mjs'))
  const { NodeHost } = await import(join(work, 'host.mjs'))
  const hostWith = env => {
    const h = new NodeHost()
    Object.defineProperty(h, 'env', { value: env })
    return h
  }
  const base = { ...process.env }
  delete base.RUNNER_TOOL_CACHE
  const goCache = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim()

  const once = async (env, cacheDir) => {
    const t0 = performance.now()
    const f = await runGoProbe(hostWith(env), { cacheDir, workingDirectory: work })
    const wall = performance.now() - t0
    if (!('value' in f)) throw new Error(`probe unknown: ${f.unknown}`)
    return { ...f.value.timing, wall }
  }
  const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const rows = []
  /** A row of the medians of several runs. */
  const medianRow = (label, rs) => [
    label,
    rs.length,
    median(rs.map(r => r.buildMs)),
    median(rs.map(r => r.runMs)),
    median(rs.map(r => r.wall))
  ]

  // 1. cold
  {
    const r = await once({ ...base, GOCACHE: join(work, 'gocache-cold') }, join(work, 'cache-cold'))
    rows.push(['cold (empty GOCACHE, empty probe cache)', 1, r.buildMs, r.runMs, r.wall])
  }
  // 2. warm GOCACHE, fresh probe cache each time
  {
    const rs = []
    for (let i = 0; i < runs; i++)
      rs.push(await once({ ...base, GOCACHE: goCache }, join(work, `cache-warm-${i}`)))
    rows.push(medianRow('build with a warm GOCACHE (probe cache empty)', rs))
  }
  // 3. cached
  {
    const dir = join(work, 'cache-warm-0')
    const rs = []
    for (let i = 0; i < runs; i++) rs.push(await once({ ...base, GOCACHE: goCache }, dir))
    if (rs.some(r => !r.cached)) throw new Error('expected cached runs')
    rows.push(medianRow('cached probe', rs))
  }
  const go = execFileSync('go', ['version'], { encoding: 'utf8' }).trim()
  const cpus = execFileSync('nproc', { encoding: 'utf8' }).trim()
  console.log(`${go}; ${cpus} CPUs; Node ${process.version}; medians of ${runs} runs where runs > 1\n`)
  console.log('| case | runs | build ms | run ms | total wall ms (incl. go env, cgo check) |')
  console.log('|---|---|---|---|---|')
  for (const [name, n, b, r, w] of rows)
    console.log(`| ${name} | ${n} | ${Math.round(b)} | ${Math.round(r)} | ${Math.round(w)} |`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
