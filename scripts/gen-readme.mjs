// Regenerates the generated parts of README.md from their sources of truth:
//   <!-- inputs:start/end -->  from action.yml (inputs and outputs)
//   <!-- rules:start/end -->   from the rule registry, as `node dist/cli.js rules --json` lists it
// `node scripts/gen-readme.mjs --check` exits 1 when README.md has drifted (run by the tests and .ci/run).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const escapeCell = s => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim()

export function inputsTable(actionYml) {
  const action = parse(actionYml)
  const rows = ['| input | default | description |', '|---|---|---|']
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const def = spec.default === undefined || spec.default === '' ? '' : '`' + escapeCell(spec.default) + '`'
    rows.push(`| \`${name}\` | ${def} | ${escapeCell(spec.description ?? '')} |`)
  }
  rows.push('', '| output | description |', '|---|---|')
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    rows.push(`| \`${name}\` | ${escapeCell(spec.description ?? '')} |`)
  }
  return rows.join('\n')
}

export function rulesTable() {
  // The registry is the source of truth; the committed CLI bundle lists it (the dist/ check keeps the
  // bundle equal to the sources).
  const out = execFileSync(process.execPath, ['dist/cli.js', 'rules', '--json'], { encoding: 'utf8' })
  const rules = JSON.parse(out)
  const rows = ['| rule | kind | title |', '|---|---|---|']
  for (const r of rules) {
    const kind =
      r.kind === 'container-lint' ? 'container setup' : r.environmental ? 'environment' : 'look-alike (code)'
    rows.push(`| [\`${r.id}\`](${r.docs}) | ${kind} | ${escapeCell(r.title)} |`)
  }
  return rows.join('\n')
}

/** The action's `uses:` reference: package.json's repository (owner/name) at the major version tag. */
export function usesRef(pkg) {
  const repo = String(pkg.repository?.url ?? pkg.repository ?? 'go-env-guard/go-env-guard')
    .replace(/^git\+/, '')
    .replace(/^https:\/\/github\.com\//, '')
    .replace(/\.git$/, '')
  return `${repo}@v${String(pkg.version).split('.')[0]}`
}

export function quickstart(pkg) {
  return ['```yaml', `- uses: ${usesRef(pkg)}`, '  with:', '    go-test: ./...', '```'].join('\n')
}

export function render(readme, actionYml, pkg = JSON.parse(readFileSync('package.json', 'utf8'))) {
  const put = (text, name, body) => {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!re.test(text))
      throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
    return text.replace(re, `$1\n${body}\n$2`)
  }
  const withUses = readme.replace(/uses: [^\s]*\/go-env-guard@v\d+/g, `uses: ${usesRef(pkg)}`)
  return put(
    put(put(withUses, 'quickstart', quickstart(pkg)), 'inputs', inputsTable(actionYml)),
    'rules',
    rulesTable()
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = render(readme, readFileSync('action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md is out of date with action.yml or docs/rules: run `npm run docs` and commit it.'
      )
      process.exit(1)
    }
  } else {
    writeFileSync('README.md', next)
  }
}
