// Regenerates the generated parts of README.md from their sources of truth:
//   <!-- inputs:start/end -->  from action.yml (inputs and outputs)
//   <!-- rules:start/end -->   from docs/rules/*.md (id and first heading)
// `node scripts/gen-readme.mjs --check` exits 1 when README.md has drifted (run by the tests and .ci/run).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
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

export function rulesTable(dir = 'docs/rules') {
  let files = []
  try {
    files = readdirSync(dir).filter(f => f.endsWith('.md')).sort()
  } catch {
    return '_No rules yet._'
  }
  const rows = ['| rule | title |', '|---|---|']
  for (const f of files) {
    const id = f.replace(/\.md$/, '')
    const first = readFileSync(`${dir}/${f}`, 'utf8').split('\n').find(l => l.startsWith('# ')) ?? `# ${id}`
    const title = first.replace(/^#\s+/, '').replace(new RegExp('^`?' + id + '`?\\s*[:—-]\\s*'), '')
    rows.push(`| [\`${id}\`](docs/rules/${f}) | ${escapeCell(title)} |`)
  }
  return rows.join('\n')
}

export function render(readme, actionYml) {
  const put = (text, name, body) => {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!re.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
    return text.replace(re, `$1\n${body}\n$2`)
  }
  return put(put(readme, 'inputs', inputsTable(actionYml)), 'rules', rulesTable())
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = render(readme, readFileSync('action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date with action.yml or docs/rules: run `npm run docs` and commit it.')
      process.exit(1)
    }
  } else {
    writeFileSync('README.md', next)
  }
}
