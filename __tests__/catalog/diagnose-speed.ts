/**
 * Times diagnose in a fresh node process (diagnose-speed-entry.ts bundled with the pinned esbuild):
 * a jest worker's heap, grown by the suites it ran before, made the same call cost 3 to 8 times its
 * cost alone.
 */
import { execFileSync } from 'node:child_process'
import { buildSync } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Facts } from '../../src/facts/types.js'
import type { TestRun } from '../../src/gotest/model.js'

export interface SpeedResult {
  /** Best CPU milliseconds of five timed runs. */
  best: number
  lengths: number[]
  groups: (string | null)[][]
}

export function speedChild(run: TestRun, facts: Facts): SpeedResult {
  const dir = mkdtempSync(join(tmpdir(), 'diagnose-speed-'))
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
    const out = join(dir, 'entry.js')
    buildSync({
      entryPoints: [join(import.meta.dirname, 'diagnose-speed-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      outfile: out
    })
    const stdout = execFileSync(process.execPath, [out], {
      input: JSON.stringify({ run, facts }),
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 60_000
    })
    return JSON.parse(stdout) as SpeedResult
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
