// The real-projects fault matrix (e2e/matrix/README.md), on its captured fixtures: every
// __tests__/fixtures/matrix/<project>-<fault>/ holds a real `go test -json` log of a public Go project
// run under a fault on this machine, the facts `doctor --json` saw inside the same fault, and meta.json
// (with the expected cause, set from the real run: see e2e/matrix/lib.mjs expected()).
//
// Each log is diagnosed the way `explain --json` does it (createParser with verdicts off, then
// explainRun), once without facts (`--no-probe`) and once with them (`--facts`). Controls must name no
// environmental cause at medium or high confidence. A scored pair whose top cause is not the expected
// rule fails only under MATRIX_STRICT=1; otherwise the miss is printed with the table.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { rules } from '../../src/catalog/index.js'
import { createParser } from '../../src/gotest/index.js'
import { explainRun } from '../../src/pipeline/explain.js'
import { factsFromJson } from '../../src/facts/from-json.js'
import type { Facts } from '../../src/facts/types.js'
import { printTable, scoreRow, type MatrixMeta, type MatrixReport, type Row } from '../../e2e/matrix/lib.mjs'

const repo = resolve(import.meta.dirname, '..', '..')
const root = join(repo, '__tests__', 'fixtures', 'matrix')
const strict = process.env.MATRIX_STRICT === '1'
const notes = JSON.parse(readFileSync(join(repo, 'e2e', 'matrix', 'notes.json'), 'utf8')) as Record<
  string,
  { expected?: string; note?: string }
>
const envById = new Map(rules.map(r => [r.id, r.environmental]))
const environmental = (id: string) => envById.get(id) !== false

const pairs = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter(d => d.isDirectory() && existsSync(join(root, d.name, 'meta.json')))
      .map(d => d.name)
      .sort()
  : []

function report(log: Buffer, facts: Facts | null): MatrixReport {
  const parser = createParser({ verdicts: false })
  parser.push(log)
  return explainRun(parser.end(), facts, []).report as unknown as MatrixReport
}

const rows: Row[] = []

describe('real-projects fault matrix (captured)', () => {
  it('has captured fixtures, each with a log, facts (or meta.json saying why doctor gave none) and meta', () => {
    expect(pairs.length).toBeGreaterThan(0)
    const noFacts = (p: string) =>
      (JSON.parse(readFileSync(join(root, p, 'meta.json'), 'utf8')) as { facts?: string }).facts?.startsWith(
        'none: '
      )
    const incomplete = pairs.filter(
      p =>
        !['go-test.json', 'meta.json'].every(f => existsSync(join(root, p, f))) ||
        !(existsSync(join(root, p, 'facts.json')) || noFacts(p))
    )
    expect(incomplete).toEqual([])
  })

  for (const pair of pairs) {
    describe(pair, () => {
      const dir = join(root, pair)
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as MatrixMeta
      const log = readFileSync(join(dir, 'go-test.json'))
      const factsPath = join(dir, 'facts.json')
      const facts = existsSync(factsPath) ? factsFromJson(readFileSync(factsPath, 'utf8'), factsPath) : null
      let row: Row | undefined

      it('is diagnosed from the log alone and with the facts of its fault', () => {
        row = scoreRow(meta, report(log, null), report(log, facts), environmental, notes[pair])
        rows.push(row)
        expect(row.pair).toBe(`${meta.project}-${meta.fault}`)
        expect(pair).toBe(row.pair)
      })

      if (meta.fault === 'control') {
        it('as a control, names no environmental cause at medium or high confidence', () => {
          expect(row?.env ?? ['not diagnosed']).toEqual([])
        })
      } else if (!(notes[pair]?.expected ?? meta.expected).startsWith('n/a')) {
        it(`names the expected cause (${meta.expected}) with facts${strict ? '' : ' (asserted under MATRIX_STRICT=1)'}`, () => {
          if (!row) throw new Error('not diagnosed')
          if (!row.rightFacts || !row.rightLog)
            console.log(
              `matrix miss: ${pair}: expected ${meta.expected}; log only ${row.gotLog}; with facts ${row.gotFacts}`
            )
          if (strict) expect(row.gotFacts.split(' ')[0]).toBe(meta.expected)
        })
      }
    })
  }

  afterAll(() => {
    if (rows.length === 0) return
    const lines: string[] = []
    printTable(rows, [], l => lines.push(l))
    console.log(lines.join('\n'))
  })
})
