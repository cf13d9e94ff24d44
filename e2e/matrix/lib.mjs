// Helpers of e2e/matrix/run.sh (node, no dependencies).
//
//   node lib.mjs log OUT STDOUT STDERR            the log: go test -json's stdout, then its stderr
//                                                 without the harness's own "e2e: "/"skip: " lines
//   node lib.mjs trim FILE MAXBYTES               keep whole lines only, at most MAXBYTES (see trim())
//   node lib.mjs facts DOCTOR_JSON OUT            the `facts` object of a doctor --json report
//   node lib.mjs expected LOG RC FAULT FAULTS_JSON  prints the expected cause of the pair (see expected())
//   node lib.mjs score FIXTURES_ROOT REPORTS_ROOT RULES_JSON [PAIR...]
//                                                 the table and totals; exit 1 under MATRIX_STRICT=1
//                                                 when a scored pair misses with facts or a control
//                                                 names an environmental cause at medium/high
//
// The same top-cause definition is used by __tests__/e2e/matrix.test.ts (topCause below).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const RANK = { high: 3, medium: 2, low: 1 }

/** Events of a go test -json log, and the text of lines that are not JSON events. */
export function parseLog(text) {
  const events = []
  const plain = []
  for (const line of text.split('\n')) {
    if (!line) continue
    if (line.startsWith('{')) {
      try {
        events.push({ line, ev: JSON.parse(line) })
        continue
      } catch {
        /* not an event */
      }
    }
    plain.push(line)
  }
  return { events, plain }
}

/** The output a reader of a failed run looks at: output of tests that did not pass or skip (failed,
 *  or cut off by a crash of the test binary), package-level output of failed packages, build output,
 *  and the lines that are not events (the go command's stderr). */
export function failureText(text) {
  const { events, plain } = parseLog(text)
  const done = new Set()
  const failedPkg = new Set()
  for (const { ev } of events) {
    if (ev.Test && (ev.Action === 'pass' || ev.Action === 'skip')) done.add(`${ev.Package}\t${ev.Test}`)
    if (!ev.Test && ev.Action === 'fail') failedPkg.add(ev.Package)
  }
  const parts = []
  for (const { ev } of events) {
    if (ev.Action === 'build-output') parts.push(ev.Output ?? '')
    if (ev.Action !== 'output') continue
    if (ev.Test ? !done.has(`${ev.Package}\t${ev.Test}`) : failedPkg.has(ev.Package))
      parts.push(ev.Output ?? '')
  }
  return parts.join('') + plain.join('\n')
}

/**
 * The expected cause of a (project, fault) pair, from the real run only:
 *   control                         -> "none (control)"
 *   go test passed (exit 0)         -> "n/a (passed)": the fault never bit this suite; not scored
 *   failed, and the failure output shows the fault's symptom (faults.json "symptom", a regex)
 *                                   -> the fault's rule id (scored)
 *   failed without the symptom      -> "n/a (no symptom)": failed for another reason; not scored
 */
export function expected(logText, rc, fault, faults) {
  const f = faults[fault]
  if (!f) throw new Error(`unknown fault ${fault}`)
  if (fault === 'control') return 'none (control)'
  if (rc === 0) return 'n/a (passed)'
  if (!f.rule || !f.symptom) return 'n/a (no symptom)'
  return new RegExp(f.symptom, 'i').test(failureText(logText)) ? f.rule : 'n/a (no symptom)'
}

/** Keep whole lines, in order, while the file is over max bytes: first drop output lines of tests that
 *  passed (and of passing packages), then, if still too big, keep the head and tail halves. */
export function trim(text, max) {
  if (Buffer.byteLength(text) <= max) return { text, dropped: 0 }
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const { events } = parseLog(text)
  const passed = new Set()
  for (const { ev } of events) if (ev.Action === 'pass') passed.add(`${ev.Package}\t${ev.Test ?? ''}`)
  let kept = lines.filter(l => {
    if (!l.startsWith('{')) return true
    try {
      const ev = JSON.parse(l)
      return !(ev.Action === 'output' && passed.has(`${ev.Package}\t${ev.Test ?? ''}`))
    } catch {
      return true
    }
  })
  const size = ls => ls.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
  if (size(kept) > max) {
    const head = []
    const tail = []
    let n = 0
    for (let i = 0, j = kept.length - 1; i <= j;) {
      const take = head.length <= tail.length ? kept[i] : kept[j]
      if (n + Buffer.byteLength(take) + 1 > max) break
      n += Buffer.byteLength(take) + 1
      if (head.length <= tail.length) head.push(kept[i++])
      else tail.unshift(kept[j--])
    }
    kept = [...head, ...tail]
  }
  return { text: kept.join('\n') + '\n', dropped: lines.length - kept.length }
}

/**
 * The top cause of a report. Candidates: each conclusion of the run (a cause several failures show
 * together; it stands for the failures it names), and the first cause of every other failure. The
 * highest confidence wins, then the rule that stands for the most failures, then the first seen.
 * null when nothing has a cause.
 */
export function topCause(report) {
  const tally = new Map()
  const add = (rule, confidence, count) => {
    const t = tally.get(rule) ?? { rule, confidence, count: 0, order: tally.size }
    if ((RANK[confidence] ?? 0) > (RANK[t.confidence] ?? 0)) t.confidence = confidence
    t.count += count
    tally.set(rule, t)
  }
  const claimed = new Set()
  for (const c of report.conclusions ?? []) {
    add(c.rule, c.confidence, c.failures?.length ?? 0)
    for (const i of c.failures ?? []) claimed.add(i)
  }
  ;(report.failures ?? []).forEach((f, i) => {
    const c = f.causes?.[0]
    if (c && !claimed.has(i)) add(c.rule, c.confidence, 1)
  })
  const list = [...tally.values()].sort(
    (a, b) => (RANK[b.confidence] ?? 0) - (RANK[a.confidence] ?? 0) || b.count - a.count || a.order - b.order
  )
  return list[0] ?? null
}

/** Environmental causes at medium or high confidence anywhere in the report (for controls). */
export function envCauses(report, environmental) {
  const out = []
  for (const c of report.conclusions ?? [])
    if (environmental(c.rule) && (c.confidence === 'high' || c.confidence === 'medium'))
      out.push(`${c.rule} (${c.confidence})`)
  for (const f of report.failures ?? [])
    for (const c of f.causes ?? [])
      if (environmental(c.rule) && (c.confidence === 'high' || c.confidence === 'medium'))
        out.push(`${c.rule} (${c.confidence})`)
  return [...new Set(out)]
}

function readJson(p) {
  return JSON.parse(readFileSync(p, 'utf8'))
}

function fmt(t) {
  return t ? `${t.rule} (${t.confidence})` : 'none'
}

/** One row per pair: what was expected and what each mode named. */
export function scoreRow(meta, logOnly, withFacts, environmental, note) {
  // notes.json may say, with a reason, that the captured expected does not hold (see the README)
  const exp = note?.expected ?? meta.expected
  const gotLog = topCause(logOnly)
  const gotFacts = topCause(withFacts)
  const row = {
    pair: `${meta.project}-${meta.fault}`,
    project: meta.project,
    fault: meta.fault,
    expected: exp
  }
  if (note?.note) row.note = note.note
  row.gotLog = fmt(gotLog)
  row.gotFacts = fmt(gotFacts)
  if (meta.fault === 'control') {
    const env = [...new Set([...envCauses(logOnly, environmental), ...envCauses(withFacts, environmental)])]
    row.kind = 'control'
    row.env = env
    row.verdict = env.length ? `CONTROL-ENV: ${env.join(', ')}` : 'ok (no env cause)'
  } else if (exp.startsWith('n/a')) {
    row.kind = 'unscored'
    row.verdict = 'not scored'
  } else {
    row.kind = 'scored'
    row.rightLog = gotLog?.rule === exp
    row.rightFacts = gotFacts?.rule === exp
    row.verdict = row.rightFacts
      ? row.rightLog
        ? 'right'
        : 'right with facts'
      : row.rightLog
        ? 'MISS with facts'
        : 'MISS'
  }
  return row
}

export function printTable(rows, skips, out = s => process.stdout.write(s + '\n')) {
  const head = ['project', 'fault', 'expected', 'got (log only)', 'got (with facts)', 'verdict']
  const cells = rows.map(r => [r.project, r.fault, r.expected, r.gotLog, r.gotFacts, r.verdict])
  const w = head.map((h, i) => Math.max(h.length, ...cells.map(c => String(c[i]).length)))
  const line = c =>
    c
      .map((x, i) => String(x).padEnd(w[i]))
      .join('  ')
      .trimEnd()
  out(line(head))
  out(line(w.map(n => '-'.repeat(n))))
  for (const c of cells) out(line(c))
  const scored = rows.filter(r => r.kind === 'scored')
  const controls = rows.filter(r => r.kind === 'control')
  const z = controls.filter(r => r.env.length).length
  out('')
  for (const r of rows) if (r.note) out(`note: ${r.pair}: ${r.note}`)
  for (const s of skips) out(`skipped: ${s.pair}: ${s.reason}`)
  out(
    `matrix: right top cause log-only ${scored.filter(r => r.rightLog).length}/${scored.length}, ` +
      `with facts ${scored.filter(r => r.rightFacts).length}/${scored.length}; ` +
      `controls with an environmental cause ${z}/${controls.length}; ` +
      `not scored ${rows.filter(r => r.kind === 'unscored').length}; skipped ${skips.length}`
  )
  return { scored, controls, z }
}

function main(argv) {
  const [cmd, ...a] = argv
  if (cmd === 'log') {
    const [out, so, se] = a
    const err = existsSync(se)
      ? readFileSync(se, 'utf8')
          .split('\n')
          .filter(l => l && !/^(e2e|skip): /.test(l))
      : []
    let text = readFileSync(so, 'utf8')
    if (text && !text.endsWith('\n')) text += '\n'
    writeFileSync(out, text + (err.length ? err.join('\n') + '\n' : ''))
  } else if (cmd === 'trim') {
    const [file, max] = a
    const r = trim(readFileSync(file, 'utf8'), Number(max))
    if (r.dropped) writeFileSync(file, r.text)
    process.stdout.write(String(r.dropped))
  } else if (cmd === 'facts') {
    // a report's facts (doctor --json), or a bare facts object (scripts/facts.sh)
    const r = readJson(a[0])
    const facts = r?.facts ?? (r?.system && r?.rlimits ? r : null)
    if (!facts || typeof facts !== 'object') process.exit(1)
    writeFileSync(a[1], JSON.stringify(facts, null, 2) + '\n')
  } else if (cmd === 'expected') {
    const [log, rc, fault, faultsPath] = a
    process.stdout.write(expected(readFileSync(log, 'utf8'), Number(rc), fault, readJson(faultsPath)))
  } else if (cmd === 'score') {
    const [fixtures, reports, rulesPath, ...pairs] = a
    const env = new Map(readJson(rulesPath).map(r => [r.id, r.environmental]))
    const notesPath = new URL('./notes.json', import.meta.url)
    const notes = existsSync(notesPath) ? readJson(notesPath) : {}
    const environmental = id => env.get(id) !== false
    const names = pairs.length
      ? pairs
      : readdirSync(fixtures)
          .filter(n => statSync(join(fixtures, n)).isDirectory())
          .sort()
    const rows = []
    for (const n of names) {
      const metaPath = join(fixtures, n, 'meta.json')
      if (!existsSync(metaPath)) continue
      const meta = readJson(metaPath)
      const lo = join(reports, n, 'explain-log-only.json')
      const wf = join(reports, n, 'explain-with-facts.json')
      if (!existsSync(lo) || !existsSync(wf)) {
        rows.push({
          project: meta.project,
          fault: meta.fault,
          expected: meta.expected,
          gotLog: '?',
          gotFacts: '?',
          verdict: 'NO REPORT',
          kind: 'error'
        })
        continue
      }
      rows.push(scoreRow(meta, readJson(lo), readJson(wf), environmental, notes[n]))
    }
    const skips = existsSync(join(reports, 'skips.tsv'))
      ? readFileSync(join(reports, 'skips.tsv'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map(l => {
            const [pair, ...reason] = l.split('\t')
            return { pair, reason: reason.join(' ') }
          })
      : []
    const { scored, z } = printTable(rows, skips)
    writeFileSync(join(reports, 'rows.json'), JSON.stringify(rows, null, 2) + '\n')
    const misses = scored.filter(r => !r.rightFacts).length
    const errors = rows.filter(r => r.kind === 'error').length
    if (process.env.MATRIX_STRICT === '1' && (misses || z || errors)) {
      process.stdout.write(
        `matrix: MATRIX_STRICT=1: ${misses} miss(es) with facts, ${z} control(s) with an environmental cause, ${errors} without a report\n`
      )
      process.exit(1)
    }
  } else {
    process.stderr.write('usage: node lib.mjs log|trim|facts|expected|score ...\n')
    process.exit(2)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
