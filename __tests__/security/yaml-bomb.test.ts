/**
 * YAML merge-key and alias bombs from a pull request (issue 22): the default `dockerfiles` globs pick up
 * any compose file or workflow, so linting one must cost little whatever its aliases ask for. Merge keys
 * are resolved once per node, aliases from an anchor table built once, and a file over the budget is a
 * parse-error finding, never a hang. The last case runs the built main step.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lintFiles, ofRule } from '../dockerlint/helpers.js'
import { parseCompose } from '../../src/dockerlint/compose.js'
import { actionEnv, ROOT, runStep } from '../helpers/action-steps.js'
import { DEFAULT_DOCKERFILE_GLOBS } from '../../src/dockerlint/default-globs.js'

/** `<<: [*a, *a, ...]` `wide` times per level, `deep` levels: wide^deep expansions if resolved naively. */
function mergeBomb(wide = 10, deep = 7, bytes = 472): string {
  const names = 'abcdefghijklmnop'
  let s = `${names[0]}: &${names[0]} {image: golang}\n`
  for (let i = 1; i <= deep; i++)
    s += `${names[i]}: &${names[i]} {<<: [${Array(wide)
      .fill(`*${names[i - 1]}`)
      .join(',')}]}\n`
  s += `services:\n  w:\n    <<: *${names[deep]}\n`
  // Padded to the size the issue measured (a comment changes nothing the parser resolves).
  return s.length < bytes ? `#${'x'.repeat(bytes - s.length - 2)}\n${s}` : s
}

/** One anchor used `n` times: each naive `Alias.resolve(doc)` walks the whole document. */
function aliasFlood(n = 20_000, volume = '/tmp:/tmp'): string {
  return `x-v: &v ${volume}\nservices:\n  w:\n    image: golang\n    volumes:\n${'      - *v\n'.repeat(n)}`
}

/** Memoised merges are cheap, but every service may alias one big map: 3,000 x 3,000 entries. */
function overBudget(): string {
  const env = Array.from({ length: 3000 }, (_, i) => `K${i}: v`).join(', ')
  let src = `x-env: &e {${env}}\nservices:\n`
  for (let i = 0; i < 3000; i++) src += `  s${i}: {image: golang, environment: *e}\n`
  return src
}

function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = Date.now()
  return fn().then(value => ({ value, ms: Date.now() - t }))
}

describe('YAML bombs are linted in under a second', () => {
  it('the 472-byte merge bomb (ten wide, seven deep) is linted under 1 s', async () => {
    const src = mergeBomb()
    expect(src.length).toBe(472)
    const { value, ms } = await timed(() => lintFiles({ 'docker-compose.yml': src }))
    expect(ms).toBeLessThan(1000)
    // Resolved once per node, the bomb is small: the service's image comes through seven merges.
    expect(parseCompose('docker-compose.yml', src).services[0]?.spec.image?.value).toBe('golang')
    expect(value.errors.filter(f => f.rule === 'docker-lint-parse-error')).toEqual([])
  })

  it('a file whose aliases ask for more than the budget is a parse-error finding, not a hang', async () => {
    const { value, ms } = await timed(() => lintFiles({ 'docker-compose.yml': overBudget() }))
    expect(ms).toBeLessThan(1000)
    const errs = value.errors.concat(value.findings).filter(f => f.rule === 'docker-lint-parse-error')
    expect(errs.map(f => f.message).join('\n')).toMatch(/docker-compose\.yml:1: YAML: .*not checked/)
  })

  it('the 20,000-alias file is linted under 1 s, and the aliases still resolve', async () => {
    const src = aliasFlood()
    const { value, ms } = await timed(() => lintFiles({ 'docker-compose.yml': src }))
    expect(ms).toBeLessThan(1000)
    // Every alias reaches its anchor (a tmpfs volume, which the parser records).
    const tmpfs = aliasFlood(20_000, '{type: tmpfs, target: /tmp}')
    expect(parseCompose('docker-compose.yml', tmpfs).services[0]?.spec.tmpfs.length).toBe(20_000)
    expect(value.errors.filter(f => f.rule === 'docker-lint-parse-error')).toEqual([])
  })

  it('a self-referencing merge (`&a { <<: *a }`) ends', async () => {
    const src = 'x: &a\n  image: golang\n  <<: *a\nservices:\n  w:\n    <<: *a\n    tmpfs: /tmp\n'
    const { ms } = await timed(() => lintFiles({ 'docker-compose.yml': src }))
    expect(ms).toBeLessThan(1000)
    expect(parseCompose('docker-compose.yml', src).services[0]?.spec.image?.value).toBe('golang')
  })

  it('an alias resolves to the last anchor of that name before it, as YAML says', () => {
    const src = 'x: &i {image: one}\ny: &i {image: two}\nservices:\n  w:\n    <<: *i\n'
    expect(parseCompose('c.yml', src).services[0]?.spec.image?.value).toBe('two')
  })

  it('settings inherited through a merge key are still checked', async () => {
    const src =
      'x-go: &go\n  image: golang:1.22\n  tmpfs: /tmp\nservices:\n  test:\n    <<: *go\n    command: go test ./...\n'
    const { findings } = await lintFiles({ 'docker-compose.yml': src })
    expect(ofRule(findings, 'docker-tmpfs-noexec').length).toBe(1)
  })
})

describe('the built main step with a bomb in the workspace', () => {
  let base: string
  beforeAll(() => {
    execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
    base = mkdtempSync(join(tmpdir(), 'geg-yaml-'))
  })

  it.each([
    ['the merge bomb', mergeBomb(), null],
    ['the alias flood', aliasFlood(), null],
    ['a file over the budget', overBudget(), /docker-compose\.yml:1: YAML: .*not checked/]
  ])(
    '%s: main finishes in seconds and says what it skipped',
    async (_, src, said) => {
      const ws = mkdtempSync(join(base, 'ws-'))
      const files = mkdtempSync(join(base, 'files-'))
      mkdirSync(join(files, 'runner-temp'))
      writeFileSync(join(ws, 'docker-compose.yml'), src)
      const inputs = { dockerfiles: DEFAULT_DOCKERFILE_GLOBS.join('\n') }
      const r = await runStep('index', ws, actionEnv(ws, files, inputs), 20_000)
      expect(r.code).toBe(0)
      expect(r.ms).toBeLessThan(10_000)
      if (said) expect(r.stdout + r.summary).toMatch(said)
    },
    30_000
  )
})
