/**
 * Catalog integrity (ESLint's rule/doc/test parity check): every rule has its doc with the fixed headers
 * in order and its test file with firing and silent cases; ids are unique, sorted, kebab-case; the
 * contract's ids (docs/contract-rule-ids.md, a copy of CONTRACT.md's section) are all present.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { docsPath, getRule, ruleInfos, rules } from '../../src/catalog/index.js'
import { ALLOWLIST, buildAllowlist } from '../../src/remediate/allowlist.js'
import { planTune } from '../../src/remediate/plan.js'
import { defineRule } from '../../src/catalog/rule.js'
import { makeFacts, memoryCg, rl, sysctl, user } from './harness.js'
import { CONTRACT_IDS } from '../contract-ids.js'
import { dockerRules } from '../../src/dockerlint/index.js'

const DOC_HEADERS = [
  '## Symptom',
  '## Cause',
  '## Detection',
  '## Remedy',
  '## When this is a false positive',
  '## Sources'
]

describe('catalog integrity', () => {
  const ids = rules.map(r => r.id)

  it('has unique, sorted, kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
    for (const id of ids) expect(getRule(id)?.id).toBe(id)
  })

  // The contract lives outside the repository; docs/contract-rule-ids.md is its "Rule ids" section,
  // kept here so that these checks run on a clean clone.
  const contractIds = (text: string): string[] => {
    const section = text.slice(text.indexOf('## Rule ids'))
    const listed = [...section.matchAll(/`([a-z0-9-]+)`/g)]
      .map(m => m[1] ?? '')
      .filter(s => !/^(docker|compose|workflow)-$/.test(s))
    return [...new Set(listed)].sort()
  }
  const contractCopy = readFileSync(join('docs', 'contract-rule-ids.md'), 'utf8')

  it('keeps the contract list in step with the contract copy in docs/contract-rule-ids.md', () => {
    expect(contractCopy).toContain('## Rule ids')
    expect(contractIds(contractCopy)).toEqual([...CONTRACT_IDS].sort())
  })

  // Only where the contract itself is present (the project's shared directory): reported as skipped
  // elsewhere, never passed.
  const contract = '/work/shared/CONTRACT.md'
  ;(existsSync(contract) ? it : it.skip)(
    'keeps docs/contract-rule-ids.md a current copy of CONTRACT.md',
    () => {
      expect(contractIds(readFileSync(contract, 'utf8'))).toEqual(contractIds(contractCopy))
    }
  )

  it('names every container-file rule with a contract prefix (docker-, compose-, workflow-)', () => {
    expect(contractCopy).toMatch(/`docker-`, `compose-` or `workflow-`/)
    expect(dockerRules.length).toBeGreaterThan(0)
    for (const r of dockerRules) expect(r.id).toMatch(/^(docker|compose|workflow)-[a-z0-9-]+$/)
  })

  it('has every contract id (fails until the whole catalog is written)', () => {
    expect(CONTRACT_IDS.filter(id => !ids.includes(id))).toEqual([])
  })

  it('marks only the declared look-alikes as not environmental, and every contract id as environmental', () => {
    for (const id of CONTRACT_IDS) {
      const r = getRule(id)
      if (r) expect({ id, environmental: r.environmental }).toEqual({ id, environmental: true })
    }
  })

  it('gives every rule a title, a severity, and something to do', () => {
    for (const r of rules) {
      expect(r.title.length).toBeGreaterThan(3)
      expect(r.title).not.toMatch(/\.$/)
      expect(['error', 'warning', 'notice']).toContain(r.severity)
      expect(typeof r.diagnose === 'function' || typeof r.preflight === 'function').toBe(true)
      // A rule that diagnoses says which evidence it reads (or which failure kinds).
      if (typeof r.diagnose === 'function')
        expect(typeof r.claims === 'function' || (r.kinds?.length ?? 0) > 0).toBe(true)
      expect(Array.isArray(r.fixes)).toBe(true)
    }
  })

  it.each(ids)('%s has its doc with the fixed headers in order', id => {
    const path = docsPath(id)
    expect(existsSync(path)).toBe(true)
    const doc = readFileSync(path, 'utf8')
    expect(doc.startsWith(`# ${id}`)).toBe(true)
    const headers = doc.split('\n').filter(l => l.startsWith('## '))
    expect(headers).toEqual(DOC_HEADERS)
    const sources = doc.slice(doc.indexOf('## Sources'))
    expect(sources).toMatch(/https?:\/\//)
  })

  it.each(ids)('%s has its test file with firing and silent cases', id => {
    const path = join('__tests__', 'catalog', 'rules', `${id}.test.ts`)
    expect(existsSync(path)).toBe(true)
    const text = readFileSync(path, 'utf8')
    expect(text).toMatch(/run(Rule|Preflight)Cases\(/)
    expect(text).toMatch(/fires:\s*\[/)
    expect(text).toMatch(/silent:\s*\[/)
  })

  it('has no orphan docs or tests', () => {
    const docs = readdirSync('docs/rules')
      .filter(f => f.endsWith('.md') && f !== 'README.md')
      .map(f => f.replace(/\.md$/, ''))
    const tests = readdirSync(join('__tests__', 'catalog', 'rules')).map(f => f.replace(/\.test\.ts$/, ''))
    // docker-/compose-/workflow- docs belong to the Dockerfile linter, not this registry.
    expect(docs.filter(d => !ids.includes(d) && !/^(docker|compose|workflow)-/.test(d))).toEqual([])
    expect(tests.filter(t => !ids.includes(t))).toEqual([])
  })

  it.each(ids)('%s keeps a short header that links its doc (the doc holds the essay)', id => {
    const src = readFileSync(join('src', 'catalog', 'rules', `${id}.ts`), 'utf8')
    const header = /^\/\*\*[\s\S]*?\*\//.exec(src)?.[0] ?? ''
    expect({ id, links: header.includes(`docs/rules/${id}.md`) }).toEqual({ id, links: true })
    expect({ id, lines: header.split('\n').length <= 8 }).toEqual({ id, lines: true })
    // The id is stated once, in defineRule: no cause() or finding() builder that names it again.
    expect(src.match(new RegExp(`'${id}'`, 'g'))?.length ?? 0).toBe(1)
  })

  it('builds the tuning allow-list from the rules: every key, value and direction is a rule fix', () => {
    const fixes = rules.flatMap(r =>
      r.fixes.filter(f => f.kind === 'sysctl' && !f.manual).map(f => ({ rule: r.id, fix: f }))
    )
    for (const spec of ALLOWLIST) {
      const mine = fixes.filter(x => x.fix.kind === 'sysctl' && x.fix.key === spec.key)
      expect({ key: spec.key, rules: mine.map(x => x.rule) }).toEqual({ key: spec.key, rules: spec.rules })
      for (const { fix } of mine)
        if (fix.kind === 'sysctl')
          expect([spec.key, fix.value, fix.better]).toEqual([spec.key, spec.target, spec.better])
    }
    expect(new Set(fixes.map(x => (x.fix.kind === 'sysctl' ? x.fix.key : ''))).size).toBe(ALLOWLIST.length)
  })

  it('refuses a rule fix the allow-list has no safety policy for, and two rules that disagree', () => {
    const stray = defineRule({
      id: 'stray',
      title: 'Stray',
      environmental: true,
      severity: 'notice',
      fixes: [{ kind: 'sysctl', key: 'kernel.pid_max', value: '1', better: 'lower' }]
    })
    expect(() => buildAllowlist([...rules, stray])).toThrow(/disagree/)
    const unknownKey = defineRule({
      id: 'unknown-key',
      title: 'Unknown key',
      environmental: true,
      severity: 'notice',
      fixes: [{ kind: 'sysctl', key: 'net.ipv6.conf.all.disable_ipv6', value: '0', better: 'lower' }]
    })
    expect(() => buildAllowlist([unknownKey])).toThrow(/no safety policy/)
  })

  it("plans exactly each rule's own fix values (rlimits, env) for a diagnosed cause", () => {
    const facts = makeFacts(
      rl('nofile', 256, 256),
      rl('nproc', 100, 100),
      user(1001),
      memoryCg({ max: 1 << 30 })
    )
    for (const r of rules) {
      const plan = planTune({
        facts,
        causes: [
          { rule: r.id, confidence: 'high', evidence: ['too many open files', 'signal: killed'], remedy: '' }
        ],
        env: { RUNNER_TEMP: '/tmp/rt' }
      })
      for (const f of r.fixes) {
        if (f.kind === 'rlimit' && f.name === 'nofile')
          expect(
            plan.steps.some(
              s => s.command.includes(`${f.value}:${f.value}`) || s.command.includes(`=${f.value}`)
            )
          ).toBe(true)
        if (f.kind === 'env' && typeof f.value === 'object')
          expect(plan.steps.find(s => s.key === f.name)?.to).toBe(`/tmp/rt/${f.value.jobDir}`)
      }
    }
    // And the remedy text of each rule shows its sysctl values.
    for (const r of rules)
      for (const f of r.fixes)
        if (f.kind === 'sysctl')
          expect({ id: r.id, has: r.remedy(null).includes(f.key) }).toEqual({ id: r.id, has: true })
    void sysctl
  })

  it('lists rules for the CLI with their docs path', () => {
    const infos = ruleInfos()
    expect(infos.map(i => i.id)).toEqual(ids)
    for (const i of infos) expect(i.docs).toBe(`docs/rules/${i.id}.md`)
  })
})
