// Checks one go-env-guard JSON report against a scenario's scenario.json (see e2e/README.md).
//
//   node e2e/lib/check.mjs SCENARIO_JSON REPORT_JSON MODE EXIT_STATUS REPO_ROOT [RULES_JSON] [PACKAGE_DIR]
//
// PACKAGE_DIR (absolute) is the directory locations must be inside when it is not SCENARIO_JSON's own
// (the container tier keeps its scenarios in one file and reuses e2e/scenarios/* and third-party modules).
// MODE is `cli` (node dist/cli.js test --json) or `action` (node dist/index.js, go-test mode).
// RULES_JSON is the output of `node dist/cli.js rules --json` (to tell environmental rules from the
// code-fault ones); without it every cause counts as environmental for controls.
// Prints one JSON line: {"ok": bool, "got": string, "confidence": string, "problems": [string]}; with
// VERDICT_TSV set, also writes it there as "PASS|FAIL<TAB>got<TAB>confidence<TAB>problems<TAB>expected"
// (expected: the scenario's rule and confidence), for shell callers that cannot afford another node
// start (the vm-cgroup2 guest, where one costs seconds under TCG).
// Exit status 0 always (the verdict is in the line) unless the arguments are unusable (2).
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

const [scenarioPath, reportPath, mode, exitStr, repoRoot, rulesPath, packageDir] = process.argv.slice(2)
if (!scenarioPath || !reportPath || !mode || exitStr === undefined || !repoRoot) {
  process.stderr.write('usage: check.mjs SCENARIO_JSON REPORT_JSON cli|action EXIT REPO_ROOT [RULES_JSON]\n')
  process.exit(2)
}

const problems = []
let scenario = null
const out = (ok, got, confidence) => {
  process.stdout.write(JSON.stringify({ ok, got, confidence, problems }) + '\n')
  if (process.env.VERDICT_TSV)
    writeFileSync(process.env.VERDICT_TSV, tsv(ok, got, confidence, expectedOf(scenario)))
  process.exit(0)
}
const tsv = (ok, got, confidence, expected) =>
  [ok ? 'PASS' : 'FAIL', got, confidence, problems.join('; '), expected]
    .map(x => String(x ?? '').replace(/[\t\n\r]/g, ' '))
    .join('\t') + '\n'
const expectedOf = s => (s ? `${s.rule ?? 'none'} ${s.confidence ?? ''}`.trim() : '-')

const readJson = (p, what) => {
  let text
  try {
    text = readFileSync(p, 'utf8')
  } catch (e) {
    problems.push(`${what}: cannot read ${p}: ${e.code ?? e.message}`)
    return undefined
  }
  if (text.trim() === '') {
    problems.push(`${what}: empty`)
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch {
    // `test --json` may print go's stream before the report; take the last top-level object.
    const i = text.lastIndexOf('\n{"version"')
    if (i >= 0) {
      try {
        return JSON.parse(text.slice(i + 1))
      } catch {
        /* fall through */
      }
    }
    problems.push(`${what}: not JSON (${text.slice(0, 80).replace(/\s+/g, ' ')}...)`)
    return undefined
  }
}

scenario = readJson(scenarioPath, 'scenario.json')
if (!scenario) out(false, 'bad scenario.json', '-')
// `kind` may list several: under a per-user limit it is a race which process meets it first.
const kinds = Array.isArray(scenario.kind) ? scenario.kind : scenario.kind ? [scenario.kind] : []
const report = readJson(reportPath, 'report')
if (!report) out(false, 'not wired', '-')
if (report.version !== 1 || !Array.isArray(report.failures)) {
  problems.push(`report: not a version 1 report with failures[] (keys: ${Object.keys(report).join(',')})`)
  out(false, 'not wired', '-')
}

// Which rules are environmental (CONTRACT.md: code-fault rules say "environmental": false).
const nonEnvironmental = new Set()
if (rulesPath) {
  const rules = readJson(rulesPath, 'rules --json')
  const list = Array.isArray(rules) ? rules : Array.isArray(rules?.rules) ? rules.rules : []
  for (const r of list)
    if (r && r.environmental === false && typeof r.id === 'string') nonEnvironmental.add(r.id)
  problems.length = 0 // a missing rules list only weakens the control check; it is not a failure
}

const exitStatus = Number(exitStr)
if (exitStatus === 0)
  problems.push(`${mode} exited 0: go test passed (the condition did not take effect) or its status was lost`)
if (exitStatus === 124 || exitStatus === 137) problems.push(`${mode} was killed by the e2e time limit`)

// The failure the scenario is about.
const failures = report.failures
let target
if (scenario.test) {
  target = failures.find(f => f.test === scenario.test)
  if (!target) {
    // A subtest or a parent may carry it; accept Test/sub and Parent when only one matches.
    const near = failures.filter(
      f =>
        typeof f.test === 'string' &&
        (f.test.startsWith(`${scenario.test}/`) || scenario.test.startsWith(`${f.test}/`))
    )
    if (near.length >= 1) target = near[0]
  }
} else {
  target = failures.find(f => kinds.includes(f.kind)) ?? failures[0]
}
if (!target) {
  const seen = failures.map(f => `${f.test ?? f.package ?? '?'}(${f.kind})`).join(', ') || 'none'
  problems.push(`no failure for ${scenario.test ?? scenario.kind}; failures: ${seen}`)
  out(false, 'no failure', '-')
}
if (scenario.kind && !kinds.includes(target.kind))
  problems.push(`kind ${target.kind}, want ${kinds.join(' or ')}`)

// Location: relative to the repository root, inside the scenario directory, a real line of a real
// file, and (kind test) inside the failing test's function or a helper in the same file.
const scenarioDir = relative(
  resolve(repoRoot),
  packageDir ? resolve(packageDir) : resolve(scenarioPath, '..')
)
if (target.file !== undefined || scenario.kind === 'test') {
  const file = target.file
  const line = target.line
  if (typeof file !== 'string') {
    problems.push('no file location')
  } else if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
    problems.push(`file ${file} is not relative to the repository root`)
  } else {
    // The action: relative to GITHUB_WORKSPACE (the repository root). The CLI has no workspace: accept
    // a path relative to the repository root or to its working directory (e2e/).
    const bases = mode === 'action' ? [repoRoot] : [repoRoot, join(repoRoot, 'e2e')]
    const real = bases.map(b => join(b, file)).find(p => existsSync(p))
    const rel = real ? relative(resolve(repoRoot), resolve(real)) : ''
    const inside = real && (scenarioDir === '' ? !rel.startsWith('..') : rel.startsWith(scenarioDir + sep))
    if (!real) {
      problems.push(
        `file ${file} does not exist relative to ${mode === 'action' ? 'the repository root' : 'the repository root or e2e/'}`
      )
    } else if (!inside) {
      problems.push(`file ${file} is not in ${scenarioDir}/`)
    } else if (typeof line === 'number') {
      const lines = readFileSync(realpathSync(real), 'utf8').split('\n')
      if (line < 1 || line > lines.length)
        problems.push(`line ${line} is outside ${file} (${lines.length} lines)`)
      else if (scenario.kind === 'test' && scenario.test) {
        const name = scenario.test.split('/')[0]
        const start = lines.findIndex(l => l.startsWith(`func ${name}(`))
        let end = start
        while (end >= 0 && end < lines.length - 1 && !lines[end].startsWith('}')) end++
        const inTest = start >= 0 && line - 1 > start && line - 1 <= end
        const inHelper = !inTest && /\bt\.Helper\(\)/.test(lines.join('\n'))
        if (!inTest && !inHelper)
          problems.push(`line ${line} is not inside func ${name} (lines ${start + 1}-${end + 1}) of ${file}`)
      }
    } else if (scenario.kind === 'test') {
      problems.push(`no line for ${file}`)
    }
  }
}

// Causes.
const causes = Array.isArray(target.causes) ? target.causes : []
const top = causes[0]
const got = top ? top.rule : 'none'
const conf = top ? top.confidence : '-'
if (scenario.control) {
  const env = causes.filter(c => !nonEnvironmental.has(c.rule))
  if (env.length > 0)
    problems.push(
      `control got environmental cause(s): ${env.map(c => `${c.rule}(${c.confidence})`).join(', ')}`
    )
  if (scenario.rule && got !== scenario.rule) problems.push(`top cause ${got}, want ${scenario.rule}`)
} else if (scenario.rule === null) {
  if (top) problems.push(`top cause ${got}, want none`)
} else {
  if (got !== scenario.rule) {
    const where = causes.findIndex(c => c.rule === scenario.rule)
    problems.push(
      `top cause ${got}, want ${scenario.rule}${where > 0 ? ` (found at position ${where + 1})` : ''}`
    )
  }
  if (scenario.confidence && top && got === scenario.rule && conf !== scenario.confidence) {
    problems.push(`confidence ${conf}, want ${scenario.confidence}`)
  }
  if (top && (!Array.isArray(top.evidence) || top.evidence.length === 0))
    problems.push('top cause has no evidence')
  if (top && (typeof top.remedy !== 'string' || top.remedy.trim() === ''))
    problems.push('top cause has no remedy')
}

out(problems.length === 0, got, conf)
