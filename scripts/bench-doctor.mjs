// Overhead of the preflight: `node dist/cli.js doctor --json --go-probe off` against a bare
// `node -e 0`, alternating the two so that load on the machine hits both alike; medians of N runs.
//   node scripts/bench-doctor.mjs [runs=15] [--dir DIR]
import { spawnSync } from 'node:child_process'

const runs = Number(process.argv[2] ?? 15) || 15
const dirIdx = process.argv.indexOf('--dir')
const dir = dirIdx > 0 ? process.argv[dirIdx + 1] : '.'

function time(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && args[0] !== '-e') throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const base = []
const doctor = []
time(['dist/cli.js', 'doctor', '--json', '--go-probe', 'off', '--dir', dir]) // warm the page cache
for (let i = 0; i < runs; i++) {
  base.push(time(['-e', '0']))
  doctor.push(time(['dist/cli.js', 'doctor', '--json', '--go-probe', 'off', '--dir', dir]))
}
const b = median(base)
const d = median(doctor)
console.log(`node -e 0                                  median ${b.toFixed(1)} ms  (${runs} runs)`)
console.log(`doctor --json --go-probe off --dir ${dir}  median ${d.toFixed(1)} ms  (${runs} runs)`)
console.log(
  `ratio doctor / node -e 0: ${(d / b).toFixed(2)}x (goal <= 2x); doctor adds ${(d - b).toFixed(0)} ms`
)
