/**
 * Child side of the diagnose speed test (diagnose-speed.ts): reads {run, facts} as JSON on stdin,
 * warms the JIT on 100 failures, then times diagnose on the whole run five times in this fresh
 * process and prints the best CPU time with what each run concluded.
 */
import { readFileSync } from 'node:fs'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { groupFailures } from '../../src/diagnose/group.js'
import type { Facts } from '../../src/facts/types.js'
import type { TestRun } from '../../src/gotest/model.js'

const { run, facts } = JSON.parse(readFileSync(0, 'utf8')) as { run: TestRun; facts: Facts }
diagnose({ ...run, failures: run.failures.slice(0, 100) }, facts)
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
let best = Infinity
const lengths: number[] = []
const groups: (string | null)[][] = []
for (let k = 0; k < 5; k++) {
  const t0 = cpuMs()
  const d = diagnose(run, facts)
  best = Math.min(best, cpuMs() - t0)
  lengths.push(d.failures.length)
  groups.push(
    groupFailures(d.failures, d.conclusions)
      .map(g => g.rule)
      .sort()
  )
}
process.stdout.write(JSON.stringify({ best, lengths, groups }))
