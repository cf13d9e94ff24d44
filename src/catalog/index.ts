/**
 * The rule registry: every rule of the catalog, sorted by id (the integrity test enforces it).
 *
 * To add a rule (see ./README.md for the whole checklist):
 *   1. write src/catalog/rules/<id>.ts exporting `default defineRule({ id: '<id>', ... })`;
 *   2. import it below and insert it into `rules` at its alphabetical place;
 *   3. write docs/rules/<id>.md and __tests__/catalog/rules/<id>.test.ts (firing and silent cases).
 */
import type { Rule, RuleInfo } from './rule.js'
import fdLeak from './rules/fd-leak.js'
import nofileLimit from './rules/nofile-limit.js'

export const rules: readonly Rule[] = [fdLeak, nofileLimit]

const byId = new Map(rules.map(r => [r.id, r]))

export const getRule = (id: string): Rule | undefined => byId.get(id)

export const docsPath = (id: string): string => `docs/rules/${id}.md`

/** What `go-env-guard rules [--json]` lists, in registry (id) order. */
export function ruleInfos(list: readonly Rule[] = rules): RuleInfo[] {
  return list.map(r => ({
    id: r.id,
    title: r.title,
    environmental: r.environmental,
    severity: r.severity,
    docs: docsPath(r.id),
    preflight: typeof r.preflight === 'function',
    diagnose: typeof r.diagnose === 'function'
  }))
}
