#!/usr/bin/env node
// Benchmark of `go test -json` ingestion (figures in docs/perf.md). Generates a 50 MB and a 500 MB -json log with 1% failing
// tests in a temp dir (deleted at the end), then times, on the same machine in the same run:
//   baseline   plain Node: split the stream into lines (Buffer.indexOf) and JSON.parse every line
//   explain    `node dist/cli.js explain FILE --no-probe --json > /dev/null` (run `npm run bundle` first): the
//              figure the targets are about
//   parser     our streaming parser alone (src/gotest bundled with esbuild into a temp file, fed by the
//              same reader as explain, failures counted as they are handed over): what the parse costs
//              without the CLI, diagnosis and report
//   explain*   explain again under `node --max-semi-space-size=1` (V8's young generation held at 1 MB
//              semi-spaces), for peak RSS only: V8 doubles its young generation once enough data has
//              survived its young-generation collections in total, so a long enough run ends with a bigger
//              one even when what the program keeps does not grow; this row shows what is left without
//              that (users do not run it so). Since explain stopped leaving survivors per failure, the two
//              rows agree up to 500 MB
//   gotestsum  `gotestsum --format standard-quiet --hide-summary=all --raw-command -- cat FILE > /dev/null`
//              (installed with `go install gotest.tools/gotestsum@v1.12.3`, the version of the format captures, into a temp GOBIN). --raw-command
//              makes it read the test2json stream of any command, `cat` is the cheapest producer; standard-quiet
//              prints what `go test` prints (the failures). (The pkgname formats of gotestsum v1.13.0 crash with
//              a nil pointer at the end of a --raw-command run, exit status 2, after printing everything.)
// The machine may be shared: each round runs every tool once, in the same order (baseline, explain, parser,
// gotestsum), so load hits all alike; the figure per tool is its best wall time of 3 rounds (CPU time: the
// best too; peak RSS: the worst). Wall, CPU (user+sys) and peak RSS come from /usr/bin/time; wall and CPU are
// printed as ratios to the baseline of the same run.
// Peak RSS of explain and parser is compared from 50 MB to 500 MB. With 1% failing tests the 500 MB log has
// ten times the failures (3912, all diagnosed and reported), so a second 500 MB log with 0.1% failing tests
// (as many failures as the 50 MB log) shows what the size of the log alone costs.
// Targets: explain <= 1/3 of the baseline, faster than gotestsum, peak RSS < 150 MB and flat from 50 to 500 MB.
// Other formats (issue 16), when gotestsum is installed: gotestsum itself turns a 50 MB -json log into
// its standard-verbose text and its --junitfile JUnit XML; each is repeated, package names made unique
// per copy (and the JUnit root's counts summed), up to the largest size, and explain reads that. The
// text holds about 5 times the tests per byte of -json, the JUnit (no output for a passing test) about
// 10 times, so their source logs fail 0.2% and 0.1% of the tests: as many failures per byte as the 1%
// -json log, which is then compared per byte with them. Target: at most twice the -json log's time per
// byte (explain's own start-up left out of both), memory flat. Two more rows repeat logs failing a tenth
// as often (0.02% and 0.01%) to the largest size: as many failures as the regular logs at the smallest,
// so their peak RSS against the regular log's at the smallest size is what the log's size alone costs.
// Usage: npm run bench [-- --sizes 50,500] [--rounds 3] [--no-gotestsum] [--keep]
//        node scripts/bench.mjs --generate FILE MB [--fail-every N]   (only write a log, e.g. for --cpu-prof)
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt)
const sizes = opt('--sizes', '50,500').split(',').map(Number)
const rounds = Number(opt('--rounds', '3'))
const keep = args.includes('--keep')
const withGotestsum = !args.includes('--no-gotestsum')
const genArg = args.includes('--generate')
  ? args.slice(args.indexOf('--generate') + 1, args.indexOf('--generate') + 3)
  : null
const work = mkdtempSync(join(tmpdir(), 'envguard-bench-'))
process.on('exit', () => {
  if (!keep) rmSync(work, { recursive: true, force: true })
  else console.log(`kept ${work}`)
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

/**
 * Writes a realistic test2json stream: packages of 400 tests, 3 log lines each; one test in `failEvery`
 * fails (100: 1%).
 */
async function generate(file, megabytes, failEvery = 100) {
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
      const fail = (pkgN * 400 + i) % failEvery === 37
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
import { NodeHost } from ${JSON.stringify(join(root, 'src/host/node-host.ts'))}
import { createParser, feedFiles } from ${JSON.stringify(join(root, 'src/gotest/index.ts'))}
let failures = 0
const p = createParser({ verdicts: false, onFailure: () => void failures++ })
await feedFiles(new NodeHost(), p, [process.argv[2]])
const run = p.end()
console.log(JSON.stringify({ ...run.totals, failures, partial: run.partial.length }))
`

/** One run under /usr/bin/time; stdout goes to /dev/null unless `keepOut`. */
function once(cmd, argv, keepOut) {
  const devnull = keepOut ? null : openSync('/dev/null', 'w')
  try {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...argv], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', devnull ?? 'pipe', 'pipe']
    })
    const m = /(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)\s*$/.exec(r.stderr ?? '')
    if (r.status !== 0 || !m)
      return { error: (r.stderr || r.error?.message || '').slice(-300), status: r.status }
    return {
      seconds: Number(m[1]),
      cpu: Number(m[2]) + Number(m[3]),
      rssMB: Number(m[4]) / 1024,
      stdout: r.stdout ?? ''
    }
  } finally {
    if (devnull !== null) closeSync(devnull)
  }
}

/** Keeps the best wall and CPU time and the worst peak RSS of a tool's runs. */
function merge(best, r) {
  if (!best || best.error) return r
  if (r.error) return best
  return {
    seconds: Math.min(best.seconds, r.seconds),
    cpu: Math.min(best.cpu, r.cpu),
    rssMB: Math.max(best.rssMB, r.rssMB),
    stdout: best.stdout || r.stdout
  }
}

function table(title, row) {
  const base = row.baseline
  console.log(`\n${title} (baseline = plain Node line split + JSON.parse per line = 1.00; best of ${rounds})`)
  console.log('  tool        wall (s)   vs baseline   cpu (s)   vs baseline   peak RSS (MB)')
  for (const k of ['baseline', 'explain', 'explain*', 'parser', 'gotestsum']) {
    const r = row[k]
    if (!r) continue
    if (r.error) {
      console.log(`  ${k.padEnd(10)}  failed: ${r.error}`)
      continue
    }
    console.log(
      `  ${k.padEnd(10)}  ${r.seconds.toFixed(2).padStart(8)}   ${(r.seconds / base.seconds).toFixed(2).padStart(8)}x   ${r.cpu.toFixed(2).padStart(7)}   ${(r.cpu / base.cpu).toFixed(2).padStart(8)}x   ${r.rssMB.toFixed(0).padStart(8)}`
    )
  }
  if (row['explain*'])
    console.log('  explain*: under node --max-semi-space-size=1, a reference for peak RSS only')
}

/**
 * A log of about `megabytes` made of copies of `src` (real gotestsum output), each copy's package
 * names made unique: `internal/pkg` becomes `internal/c<k>pkg`. For JUnit, the body between the root
 * element's lines is what repeats, and the root's counts are summed.
 */
async function repeatLog(src, file, megabytes, junit) {
  const text = readFileSync(src, 'utf8')
  let head = ''
  let body = text
  let foot = ''
  if (junit) {
    const a = text.indexOf('\n', text.indexOf('<testsuites')) + 1
    const b = text.lastIndexOf('</testsuites>')
    head = text.slice(0, a)
    body = text.slice(a, b)
    foot = text.slice(b)
  }
  const copies = Math.max(1, Math.round((megabytes * 1048576) / Buffer.byteLength(body)))
  if (junit)
    head = head.replace(/ (tests|failures|errors)="(\d+)"/g, (_, k, n) => ` ${k}="${Number(n) * copies}"`)
  const out = createWriteStream(file, { highWaterMark: 1 << 22 })
  out.write(head)
  for (let k = 0; k < copies; k++) {
    const piece = body.replaceAll('/internal/pkg', `/internal/c${k}pkg`)
    if (!out.write(piece)) await new Promise(r => out.once('drain', r))
  }
  out.write(foot)
  await new Promise(r => out.end(r))
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
  if (withGotestsum) {
    const gobin = join(work, 'gobin')
    const gi = spawnSync('go', ['install', 'gotest.tools/gotestsum@v1.12.3'], {
      env: { ...process.env, GOBIN: gobin },
      encoding: 'utf8'
    })
    if (gi.status === 0) gotestsum = join(gobin, 'gotestsum')
    else
      console.log(
        `gotestsum not installed (${(gi.stderr || gi.error?.message || '').trim().slice(0, 200)}); skipped`
      )
  }
  const cli = join(root, 'dist/cli.js')
  const haveCli = existsSync(cli)
  if (!haveCli) console.log('dist/cli.js missing (run npm run bundle); explain skipped')

  const logs = sizes.map(mb => ({ mb, failEvery: 100, label: `${mb} MB log, 1% failing tests` }))
  if (sizes.length >= 2) {
    const big = sizes[sizes.length - 1]
    const ratio = big / sizes[0]
    logs.push({
      mb: big,
      failEvery: 100 * ratio,
      label: `${big} MB log, ${(100 / (100 * ratio)).toFixed(2)}% failing tests (as many failures as ${sizes[0]} MB)`,
      rssOnly: true
    })
  }
  const results = []
  let smallest = null
  for (const log of logs) {
    const file = join(work, `go-test-${log.mb}MB-${log.failEvery}.json`)
    process.stdout.write(`generating ${log.label}... `)
    await generate(file, log.mb, log.failEvery)
    console.log(`${(statSync(file).size / 1048576).toFixed(0)} MB`)
    const tools = {
      baseline: [process.execPath, [join(work, 'baseline.mjs'), file], true],
      ...(haveCli
        ? {
            explain: [process.execPath, [cli, 'explain', file, '--no-probe', '--json'], false],
            'explain*': [
              process.execPath,
              ['--max-semi-space-size=1', cli, 'explain', file, '--no-probe', '--json'],
              false
            ]
          }
        : {}),
      parser: [process.execPath, [join(work, 'parser.mjs'), file], true],
      ...(gotestsum && !log.rssOnly
        ? {
            gotestsum: [
              gotestsum,
              [
                '--format',
                'standard-quiet',
                '--hide-summary=all',
                '--no-color',
                '--raw-command',
                '--',
                'cat',
                file
              ],
              false
            ]
          }
        : {})
    }
    const row = { ...log }
    for (let i = 0; i < rounds; i++)
      for (const [k, [cmd, argv, keepOut]] of Object.entries(tools))
        row[k] = merge(row[k], once(cmd, argv, keepOut))
    results.push(row)
    table(log.label, row)
    if (row.parser?.stdout) console.log(`  parser result: ${row.parser.stdout.trim()}`)
    if (row.baseline?.stdout) console.log(`  baseline result: ${row.baseline.stdout.trim()}`)
    if (log.mb === sizes[0] && !log.rssOnly) smallest = file
    else if (!keep) rmSync(file, { force: true })
  }
  if (gotestsum && haveCli && smallest) await formats(smallest, results)
  const plain = results.filter(r => !r.rssOnly)
  if (plain.length >= 2) {
    const a = plain[0]
    const same = results.find(r => r.rssOnly)
    console.log('\npeak RSS from the smallest to the largest log:')
    for (const b of [plain[plain.length - 1], same].filter(Boolean)) {
      for (const k of ['explain', 'explain*', 'parser']) {
        if (a[k]?.rssMB && b[k]?.rssMB)
          console.log(
            `  ${k.padEnd(8)} ${a[k].rssMB.toFixed(0)} MB at ${a.mb} MB -> ${b[k].rssMB.toFixed(0)} MB at ${b.label} (x${(b[k].rssMB / a[k].rssMB).toFixed(2)})`
          )
      }
    }
  }
}

/**
 * explain on gotestsum's standard-verbose text and its JUnit XML (see the header): seconds per MB
 * against the -json log's, start-up (explain on an empty-ish log) taken off all of them.
 */
async function formats(jsonFile, results) {
  const cli = join(root, 'dist/cli.js')
  const gts = join(work, 'gobin', 'gotestsum')
  const verbose = join(work, 'gotestsum-verbose.txt')
  const junit = join(work, 'gotestsum-junit.xml')
  // gotestsum's output for a 50 MB -json log failing one test in `failEvery` (see the header).
  const convert = async (failEvery, format, out, junitFile) => {
    const src = join(work, `formats-src-${failEvery}.json`)
    await generate(src, 50, failEvery)
    const fd = openSync(out, 'w')
    const r = spawnSync(
      gts,
      [
        '--format',
        format,
        '--hide-summary=all',
        '--no-color',
        ...(junitFile ? ['--junitfile', junitFile] : []),
        '--raw-command',
        '--',
        'cat',
        src
      ],
      { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' }
    )
    closeSync(fd)
    rmSync(src, { force: true })
    return r.status === 0 || r.status === 1 ? null : `exit ${r.status}: ${(r.stderr ?? '').slice(0, 200)}`
  }
  // The same at a tenth of the failure rate: repeated to the largest size, as many failures as the
  // regular logs at the smallest, so their peak RSS tells what the log's size alone costs.
  const verboseFew = join(work, 'gotestsum-verbose-few.txt')
  const junitFew = join(work, 'gotestsum-junit-few.xml')
  const why =
    (await convert(500, 'standard-verbose', verbose, null)) ??
    (await convert(1000, 'standard-quiet', join(work, 'quiet.txt'), junit)) ??
    (await convert(5000, 'standard-verbose', verboseFew, null)) ??
    (await convert(10000, 'standard-quiet', join(work, 'quiet-few.txt'), junitFew))
  if (why !== null) {
    console.log(`gotestsum could not convert the log (${why}); formats skipped`)
    return
  }
  const big = sizes[sizes.length - 1]
  const json = results.find(x => x.mb === big && !x.rssOnly)?.explain
  const jsonSmall = results.find(x => x.mb === sizes[0] && !x.rssOnly)?.explain
  const tiny = join(work, 'tiny.json')
  writeFileSync(
    tiny,
    readFileSync(jsonFile)
      .subarray(0, 4096)
      .toString('utf8')
      .replace(/\n[^\n]*$/, '\n')
  )
  let startup = null
  for (let i = 0; i < rounds; i++)
    startup = merge(startup, once(process.execPath, [cli, 'explain', tiny, '--no-probe', '--json'], false))
  const rows = []
  if (json) rows.push(['-json', big * 1048576, json])
  for (const [label, src, isXml, few] of [
    ['gotestsum standard-verbose', verbose, false, false],
    ['gotestsum --junitfile (JUnit)', junit, true, false],
    ['standard-verbose, 1/10 the failures', verboseFew, false, true],
    ['JUnit, 1/10 the failures', junitFew, true, true]
  ]) {
    const out = {}
    for (const mb of few ? [big] : [sizes[0], big]) {
      const file = join(work, `fmt-${mb}${isXml ? '.xml' : '.txt'}`)
      await repeatLog(src, file, mb, isXml)
      const size = statSync(file).size
      let best = null
      for (let i = 0; i < rounds; i++)
        best = merge(best, once(process.execPath, [cli, 'explain', file, '--no-probe', '--json'], true))
      if (best && !best.error) {
        const t = JSON.parse(best.stdout).totals
        best.note = `${t.packages} packages, ${t.tests} tests, ${t.failed} failed`
      }
      out[mb] = { size, r: best }
      if (!keep) rmSync(file, { force: true })
    }
    // A tenth-failing row's RSS is compared with its format's regular log at the smallest size.
    const small = few ? rows.find(r => r[4] === isXml && !r[5])?.[3] : out[sizes[0]].r
    rows.push([label, out[big].size, out[big].r, small, isXml, few])
  }
  console.log(
    `\nother formats at ${big} MB (explain; start-up ${startup?.seconds?.toFixed(2)} s taken off; best of ${rounds})`
  )
  console.log(
    '  input                          size (MB)   wall (s)   ms/MB   vs -json per byte   peak RSS (MB)   RSS at ' +
      sizes[0] +
      ' MB'
  )
  const per = (r, size) => ((r.seconds - (startup?.seconds ?? 0)) * 1000) / (size / 1048576)
  const jsonPer = json ? per(json, big * 1048576) : NaN
  for (const [label, size, r, small] of rows) {
    if (!r || r.error) {
      console.log(`  ${label.padEnd(30)} failed: ${r?.error ?? 'not run'}`)
      continue
    }
    const p = per(r, size)
    console.log(
      `  ${label.padEnd(30)} ${(size / 1048576).toFixed(0).padStart(9)}   ${r.seconds.toFixed(2).padStart(8)}   ${p.toFixed(2).padStart(5)}   ${(p / jsonPer).toFixed(2).padStart(16)}x   ${r.rssMB.toFixed(0).padStart(13)}   ${(small ?? jsonSmall)?.rssMB?.toFixed(0) ?? '?'}${r.note ? `   (${r.note})` : ''}`
    )
  }
}

if (genArg) {
  const [file, mb] = genArg
  if (!file || !(Number(mb) > 0)) {
    console.error('usage: node scripts/bench.mjs --generate FILE MEGABYTES [--fail-every N]')
    process.exit(2)
  }
  await generate(resolve(file), Number(mb), Number(opt('--fail-every', '100')))
  console.log(`${file}: ${(statSync(file).size / 1048576).toFixed(0)} MB`)
} else await main()
