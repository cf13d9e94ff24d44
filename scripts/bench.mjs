#!/usr/bin/env node
// Benchmark of `go test -json` ingestion (issue 3). Generates a 50 MB and a 500 MB -json log with 1% failing
// tests in a temp dir, then times, on the same machine in the same run:
//   baseline   plain Node: split the stream into lines (Buffer.indexOf) and JSON.parse every line
//   parser     our streaming parser (src/gotest) bundled with esbuild into a temp file, fed by fs.createReadStream
//   explain    `node dist/cli.js explain FILE --no-probe --json` (when dist/cli.js exists)
//   gotestsum  `gotestsum --format pkgname-and-test-fails --hide-summary=all --raw-command -- cat FILE`
//              (installed with `go install gotest.tools/gotestsum@latest` into a temp GOBIN). --raw-command
//              makes it read the test2json stream of any command, `cat` is the cheapest producer; pkgname-and-
//              test-fails is its cheapest format that still shows the failures (dots prints per test).
// Wall time (best of 3: the machine may be shared), CPU time (user+sys) and peak RSS come from /usr/bin/time. Figures are printed as ratios to the baseline.
// Targets: explain/parser <= 1/3 of the baseline, faster than gotestsum, peak RSS < 150 MB and flat from 50 to 500 MB.
// Usage: npm run bench [-- --sizes 50,500] [--keep]
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '50,500'
const sizes = sizesArg.split(',').map(Number)
const keep = args.includes('--keep')
// --generate FILE MB: only write a log (for profiling: node --cpu-prof dist/cli.js explain FILE ...).
const genArg = args.includes('--generate')
  ? args.slice(args.indexOf('--generate') + 1, args.indexOf('--generate') + 3)
  : null
const work = mkdtempSync(join(tmpdir(), 'envguard-bench-'))
process.on('exit', () => {
  if (!keep) rmSync(work, { recursive: true, force: true })
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

/** Writes a realistic test2json stream: packages of 400 tests, 3 log lines each, 1% failing. */
async function generate(file, megabytes) {
  const target = megabytes * 1024 * 1024
  const out = createWriteStream(file, { highWaterMark: 1 << 22 })
  let written = 0
  let pkgN = 0
  let seq = 0
  const t = () => `2026-11-21T10:00:00.${String(seq++ % 1e9).padStart(9, '0')}Z`
  while (written < target) {
    const pkg = `example.com/acme/service/internal/pkg${pkgN++}`
    const lines = []
    const ev = o => lines.push(JSON.stringify(o))
    ev({ Time: t(), Action: 'start', Package: pkg })
    let failed = false
    for (let i = 0; i < 400; i++) {
      const test = `TestHandler${i}/case_${i % 7}`
      const fail = (pkgN * 400 + i) % 100 === 37
      ev({ Time: t(), Action: 'run', Package: pkg, Test: test })
      ev({ Time: t(), Action: 'output', Package: pkg, Test: test, Output: `=== RUN   ${test}\n` })
      for (let j = 0; j < 3; j++) {
        ev({
          Time: t(),
          Action: 'output',
          Package: pkg,
          Test: test,
          Output: `    handler_test.go:${40 + j}: request ${j} served in ${j * 3}ms, status 200 OK\n`
        })
      }
      if (fail) {
        failed = true
        ev({
          Time: t(),
          Action: 'output',
          Package: pkg,
          Test: test,
          Output: `    handler_test.go:57: dial tcp 127.0.0.1:5432: socket: too many open files\n`
        })
        ev({ Time: t(), Action: 'output', Package: pkg, Test: test, Output: `--- FAIL: ${test} (0.01s)\n` })
        ev({ Time: t(), Action: 'fail', Package: pkg, Test: test, Elapsed: 0.01 })
      } else {
        ev({ Time: t(), Action: 'output', Package: pkg, Test: test, Output: `--- PASS: ${test} (0.00s)\n` })
        ev({ Time: t(), Action: 'pass', Package: pkg, Test: test, Elapsed: 0 })
      }
    }
    ev({ Time: t(), Action: 'output', Package: pkg, Output: failed ? 'FAIL\n' : 'PASS\n' })
    ev({ Time: t(), Action: 'output', Package: pkg, Output: `${failed ? 'FAIL' : 'ok  '}\t${pkg}\t1.234s\n` })
    ev({ Time: t(), Action: failed ? 'fail' : 'pass', Package: pkg, Elapsed: 1.234 })
    const chunk = lines.join('\n') + '\n'
    written += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await new Promise(r => out.once('drain', r))
  }
  await new Promise(r => out.end(r))
  return written
}

const BASELINE = `
import { createReadStream } from 'node:fs'
let lines = 0, fails = 0, carry = null
for await (let chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  if (carry) chunk = Buffer.concat([carry, chunk])
  let s = 0
  for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, s)) {
    const ev = JSON.parse(chunk.toString('utf8', s, nl))
    lines++
    if (ev.Action === 'fail' && ev.Test) fails++
    s = nl + 1
  }
  carry = s < chunk.length ? chunk.subarray(s) : null
}
console.log(JSON.stringify({ lines, fails }))
`

const DRIVER = `
import { createReadStream } from 'node:fs'
import { createParser } from ${JSON.stringify(join(root, 'src/gotest/index.ts'))}
const p = createParser({})
p.beginSource(process.argv[2])
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) p.push(chunk)
const run = p.end()
console.log(JSON.stringify({ ...run.totals, failures: run.failures.length, partial: run.partial.length }))
`

/** Best of `runs` (the machine may be shared: the minimum is the least disturbed run); peak RSS is the maximum. */
function timed(cmd, argv, runs = 3) {
  let best = null
  for (let i = 0; i < runs; i++) {
    const r = once(cmd, argv)
    if (r.error) return r
    if (!best) best = r
    else
      best = {
        ...(r.seconds < best.seconds ? r : best),
        cpu: Math.min(r.cpu, best.cpu),
        rssMB: Math.max(r.rssMB, best.rssMB)
      }
  }
  return best
}

function once(cmd, argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const m = /(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)\s*$/.exec(r.stderr)
  if (!m) return { error: (r.stderr || '').slice(-300), status: r.status }
  return {
    seconds: Number(m[1]),
    cpu: Number(m[2]) + Number(m[3]),
    rssMB: Number(m[4]) / 1024,
    stdout: r.stdout,
    status: r.status
  }
}

async function main() {
  writeFileSync(join(work, 'baseline.mjs'), BASELINE)
  writeFileSync(join(work, 'driver.mjs'), DRIVER)
  await build({
    entryPoints: [join(work, 'driver.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(work, 'parser.mjs'),
    logLevel: 'warning'
  })
  let gotestsum = null
  const gobin = join(work, 'gobin')
  const gi = spawnSync('go', ['install', 'gotest.tools/gotestsum@latest'], {
    env: { ...process.env, GOBIN: gobin },
    encoding: 'utf8'
  })
  if (gi.status === 0) gotestsum = join(gobin, 'gotestsum')
  else
    console.log(
      `gotestsum not installed (${(gi.stderr || gi.error?.message || '').trim().slice(0, 200)}); skipped`
    )
  const cli = join(root, 'dist/cli.js')
  const haveCli = existsSync(cli)
  if (!haveCli) console.log('dist/cli.js missing (run npm run bundle); explain skipped')

  const results = []
  for (const mb of sizes) {
    const file = join(work, `go-test-${mb}MB.json`)
    process.stdout.write(`generating ${mb} MB... `)
    const bytes = await generate(file, mb)
    console.log(`${(statSync(file).size / 1048576).toFixed(0)} MB`)
    void bytes
    const row = { mb }
    row.baseline = timed(process.execPath, [join(work, 'baseline.mjs'), file])
    row.parser = timed(process.execPath, [join(work, 'parser.mjs'), file])
    if (haveCli) row.explain = timed(process.execPath, [cli, 'explain', file, '--no-probe', '--json'])
    if (gotestsum) {
      row.gotestsum = timed(gotestsum, [
        '--format',
        'pkgname-and-test-fails',
        '--hide-summary=all',
        '--no-color',
        '--raw-command',
        '--',
        'cat',
        file
      ])
    }
    results.push(row)
    const base = row.baseline.seconds
    console.log(
      `\n${mb} MB log, 1% failing tests (baseline = plain Node line split + JSON.parse per line = 1.00)`
    )
    console.log('  tool        wall (s)   vs baseline   cpu (s)   vs baseline   peak RSS (MB)')
    for (const k of ['baseline', 'parser', 'explain', 'gotestsum']) {
      const r = row[k]
      if (!r) continue
      if (r.error) {
        console.log(`  ${k.padEnd(10)}  failed: ${r.error}`)
        continue
      }
      const cb = row.baseline.cpu
      console.log(
        `  ${k.padEnd(10)}  ${r.seconds.toFixed(2).padStart(8)}   ${(r.seconds / base).toFixed(2).padStart(8)}x   ${r.cpu.toFixed(2).padStart(7)}   ${(r.cpu / cb).toFixed(2).padStart(8)}x   ${r.rssMB.toFixed(0).padStart(8)}`
      )
    }
    if (row.parser.stdout) console.log(`  parser result: ${row.parser.stdout.trim()}`)
    if (row.baseline.stdout) console.log(`  baseline result: ${row.baseline.stdout.trim()}`)
    if (!keep) rmSync(file, { force: true })
  }
  if (results.length >= 2) {
    const [a, b] = [results[0], results[results.length - 1]]
    for (const k of ['parser', 'explain']) {
      if (a[k]?.rssMB && b[k]?.rssMB) {
        console.log(
          `${k}: peak RSS ${a[k].rssMB.toFixed(0)} MB at ${a.mb} MB -> ${b[k].rssMB.toFixed(0)} MB at ${b.mb} MB (x${(b[k].rssMB / a[k].rssMB).toFixed(2)})`
        )
      }
    }
  }
}

if (genArg) {
  const [file, mb] = genArg
  if (!file || !(Number(mb) > 0)) {
    console.error('usage: node scripts/bench.mjs --generate FILE MEGABYTES')
    process.exit(2)
  }
  await generate(resolve(file), Number(mb))
  console.log(`${file}: ${(statSync(file).size / 1048576).toFixed(0)} MB`)
} else await main()
