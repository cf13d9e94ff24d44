/**
 * The wild corpus (issue 15): real failures from public threads, in two splits. The held-out split was
 * collected first by a helper and frozen before the rules changed; whoever changes rules reads only its
 * aggregate score. This test checks the split is unchanged (MANIFEST.sha256), then fails when a score
 * drops below its floor in floors.json. Its messages carry aggregate figures only: no case of the
 * held-out split is ever printed.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { rules } from '../../src/catalog/index.js'
import { createParser } from '../../src/gotest/index.js'
import {
  blameOne,
  loadFixtures,
  logOnlyRun,
  renderSplit,
  runCorpus,
  scoreSplit,
  type SplitScore
} from './harness.js'

const WILD = join(import.meta.dirname, '../fixtures/wild')
const floors = JSON.parse(readFileSync(join(import.meta.dirname, 'floors.json'), 'utf8')) as Record<
  'heldout' | 'dev',
  { envTop1LogOnly: number; envTop1WithFacts: number; maxConfidentFalsePositives: number }
>

const parse = (text: string) => {
  const p = createParser()
  p.push(text)
  return p.end()
}
const registry = rules.map(r => ({ id: r.id, environmental: r.environmental }))

function score(split: 'heldout' | 'dev'): SplitScore {
  return scoreSplit(runCorpus(loadFixtures(join(WILD, split)), parse, diagnose, registry))
}

describe('the held-out split', () => {
  it('is exactly what was frozen (MANIFEST.sha256)', () => {
    const dir = join(WILD, 'heldout')
    const manifest = readFileSync(join(dir, 'MANIFEST.sha256'), 'utf8').trim().split('\n')
    const listed = new Map(manifest.map(l => [l.slice(66), l.slice(0, 64)]))
    const files = readdirSync(dir).filter(f => f !== 'MANIFEST.sha256')
    const changed = files.filter(
      f =>
        listed.get(f) !==
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex')
    )
    // Counts only: the names would say which threads the split holds.
    expect({ files: files.length, changedOrAdded: changed.length }).toEqual({
      files: listed.size,
      changedOrAdded: 0
    })
  })

  it('keeps its score above the floors (aggregate figures only)', () => {
    const s = score('heldout')
    const f = floors.heldout
    const figures = renderSplit('held-out', s)
    expect({
      errors: s.errors,
      envTop1LogOnly: s.envTop1.logOnly >= f.envTop1LogOnly,
      envTop1WithFacts: s.envTop1.withFacts >= f.envTop1WithFacts,
      confidentFalsePositives: s.confidentFalsePositives.logOnly <= f.maxConfidentFalsePositives,
      figures
    }).toEqual({
      errors: 0,
      envTop1LogOnly: true,
      envTop1WithFacts: true,
      confidentFalsePositives: true,
      figures
    })
  })
})

describe('the development split', () => {
  it('keeps its score above the floors', () => {
    const s = score('dev')
    const f = floors.dev
    expect(s.errors).toBe(0)
    expect(s.envTop1.logOnly).toBeGreaterThanOrEqual(f.envTop1LogOnly)
    expect(s.envTop1.withFacts).toBeGreaterThanOrEqual(f.envTop1WithFacts)
    expect(s.confidentFalsePositives.logOnly).toBeLessThanOrEqual(f.maxConfidentFalsePositives)
  })
})

describe('the scorer', () => {
  it('can fail: blaming the machine for everything scores the look-alikes as false positives', () => {
    const all = loadFixtures(join(WILD, 'dev'))
    const blame = () => blameOne('nofile-limit', 'high')
    const s = scoreSplit(runCorpus(all, logOnlyRun, blame, registry))
    expect(s.confidentFalsePositives.logOnly).toBe(s.lookAlikes)
    expect(s.envTop1.logOnly).toBe(all.filter(x => x.expected === 'nofile-limit').length)
  })
})
