// Small helpers of the container tier's shell scripts (e2e/containers/*.sh).
//
//   node tool.mjs scenarios FILE [NAME...]     one line per scenario: name<TAB>its JSON (a filter of names)
//   node tool.mjs field JSON EXPR              a field of one scenario (JS expression over `s`); arrays one per line
//   node tool.mjs state FILE                   the GITHUB_STATE file as STATE_<name>=<value> entries, NUL-separated
//                                              (what the runner hands the post step as environment)
//   node tool.mjs output FILE NAME             one output of a GITHUB_OUTPUT file
//   node tool.mjs pass REPORT EXIT MODE        a control that must pass: exit 0, no failure, no cause; prints
//                                              the same one-line verdict as e2e/lib/check.mjs
import { readFileSync } from 'node:fs'

const [cmd, ...args] = process.argv.slice(2)

// The name<<DELIM ... DELIM and name=value forms that @actions/core writes to the runner's files.
function commandFile(path) {
  const out = new Map()
  let text
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return out
  }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    const h = l.indexOf('<<')
    const e = l.indexOf('=')
    if (h > 0 && (e < 0 || h < e)) {
      const name = l.slice(0, h)
      const delim = l.slice(h + 2)
      const value = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out.set(name, value.join('\n'))
    } else if (e > 0) {
      out.set(l.slice(0, e), l.slice(e + 1))
    }
  }
  return out
}

if (cmd === 'scenarios') {
  const list = JSON.parse(readFileSync(args[0], 'utf8'))
  const want = new Set(args.slice(1))
  for (const s of list)
    if (want.size === 0 || want.has(s.name)) process.stdout.write(`${s.name}\t${JSON.stringify(s)}\n`)
} else if (cmd === 'field') {
  const v = new Function('s', `return (${args[1]})`)(JSON.parse(args[0]))
  if (Array.isArray(v)) process.stdout.write(v.join('\n'))
  else if (v !== undefined && v !== null) process.stdout.write(String(v))
} else if (cmd === 'state') {
  for (const [k, v] of commandFile(args[0])) process.stdout.write(`STATE_${k}=${v}\0`)
} else if (cmd === 'output') {
  const v = commandFile(args[0]).get(args[1])
  if (v !== undefined) process.stdout.write(v + '\n')
} else if (cmd === 'pass') {
  const [reportPath, exitStr, mode] = args
  const problems = []
  let report
  try {
    const text = readFileSync(reportPath, 'utf8')
    const i = text.lastIndexOf('{"version"')
    report = JSON.parse(i > 0 ? text.slice(i) : text)
  } catch (e) {
    problems.push(`report: ${e.message}`)
  }
  if (exitStr !== '0') problems.push(`${mode} exited ${exitStr}, want 0 (go test should pass)`)
  const failures = Array.isArray(report?.failures) ? report.failures : []
  const causes = failures.flatMap(f => (Array.isArray(f.causes) ? f.causes : []))
  if (failures.length)
    problems.push(`failures: ${failures.map(f => `${f.test ?? f.package ?? '?'}(${f.kind})`).join(', ')}`)
  if (causes.length) problems.push(`causes: ${causes.map(c => `${c.rule}(${c.confidence})`).join(', ')}`)
  const got = report ? (causes[0]?.rule ?? 'none') : 'not wired'
  process.stdout.write(
    JSON.stringify({ ok: problems.length === 0, got, confidence: causes[0]?.confidence ?? '-', problems }) +
      '\n'
  )
} else {
  process.stderr.write('usage: tool.mjs scenarios|field|state|output|pass ...\n')
  process.exit(2)
}
