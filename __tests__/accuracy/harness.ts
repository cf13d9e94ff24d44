/**
 * The accuracy harness (issue 4, "accuracy on output that nobody here wrote"): runs every public
 * excerpt in __tests__/fixtures/public/ through the real parser and diagnose(), twice (log only, and
 * with the thread's own facts merged into a neutral base), and scores top-1 and false positives.
 *
 * Shared by __tests__/accuracy/accuracy.test.ts (floors) and scripts/accuracy.mjs (docs/accuracy.md).
 * It reads files (test code may); the parser and diagnose are passed in, so nothing here depends on
 * their module paths and a missing module is reported instead of crashing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Facts, SysctlKey } from '../../src/facts/types.js'
import { RLIMIT_NAMES, SYSCTL_KEYS } from '../../src/facts/types.js'
import type { TestRun } from '../../src/gotest/model.js'
import type { Conclusion, Confidence, ReportFailure } from '../../src/core/model.js'
import { getRule } from '../../src/catalog/index.js'
import { groupFailures } from '../../src/diagnose/group.js'

export { CONTRACT_IDS } from '../contract-ids.js'
import { CONTRACT_IDS } from '../contract-ids.js'

/** Look-alikes: the code's own fault. Reporting them is right; they are never environmental. */
export const LOOK_ALIKES = [
  'fd-leak',
  'port-in-use',
  'deadlock-timeout',
  'go-thread-cap',
  'userns-test-assumption'
] as const

/** Environmental labels the corpus may use beyond the contract's ids (catalog rules that exist or are asked for). */
export const EXTRA_ENVIRONMENTAL = ['gomaxprocs-quota', 'tzdata-missing'] as const
export const ENVIRONMENTAL_LABELS: readonly string[] = [...CONTRACT_IDS, ...EXTRA_ENVIRONMENTAL]

export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T

export interface Fixture {
  slug: string
  url: string
  /** How the cause was confirmed (wild corpus): maintainer, fix-commit, reporter-verified, docs. */
  confirmation?: string
  /** The main shapes of the excerpt (wild corpus): text, json, testify, ci-prefixed, fragment... */
  shape?: string
  title: string
  excerpt: string
  confirmedCause: string
  expected: string | null
  environmental: boolean
  facts: DeepPartial<Facts>
  notes?: string
}

/** What the harness needs from src/diagnose/diagnose.ts: the top groups and every failure's causes. */
export interface DiagnosisLike {
  failures: ReportFailure[]
  conclusions: Conclusion[]
}
/** A diagnosis that blames every run on one rule (for tests of the scorer itself). */
export function blameOne(rule: string, confidence: Confidence = 'low'): DiagnosisLike {
  const cause = { rule, confidence, evidence: [], remedy: '' }
  return {
    failures: [{ package: null, test: null, kind: 'test', excerpt: '', causes: [cause] }],
    conclusions: []
  }
}
export type DiagnoseFn = (run: TestRun, facts: Facts | null) => DiagnosisLike
export type ParseFn = (text: string) => TestRun

const URL_RE = /^https:\/\/[^\s/]+\/\S+$/
const MAX_EXCERPT = 64 * 1024

/** Reads and validates every fixture; throws one error listing every problem found. */
export function loadFixtures(dir: string): Fixture[] {
  const problems: string[] = []
  const out: Fixture[] = []
  const known = new Set<string>([...ENVIRONMENTAL_LABELS, ...LOOK_ALIKES])
  for (const name of readdirSync(dir)
    .filter(n => n.endsWith('.json'))
    .sort()) {
    const slug = name.slice(0, -'.json'.length)
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    } catch (e) {
      problems.push(`${name}: not JSON (${(e as Error).message})`)
      continue
    }
    const f = raw as Record<string, unknown>
    const bad = (why: string) => problems.push(`${name}: ${why}`)
    if (typeof f.url !== 'string' || !URL_RE.test(f.url))
      bad('url must be the https URL of the public thread')
    if (typeof f.title !== 'string' || !f.title) bad('title missing')
    if (typeof f.excerpt !== 'string' || !f.excerpt.trim()) bad('excerpt missing')
    else if (f.excerpt.length > MAX_EXCERPT) bad('excerpt over 64 KiB')
    if (typeof f.confirmedCause !== 'string' || !f.confirmedCause) bad('confirmedCause missing')
    if (!(f.expected === null || (typeof f.expected === 'string' && known.has(f.expected))))
      bad(`expected must be null or a contract/look-alike id, got ${JSON.stringify(f.expected)}`)
    if (typeof f.environmental !== 'boolean') bad('environmental must be a boolean')
    const envId = typeof f.expected === 'string' && ENVIRONMENTAL_LABELS.includes(f.expected)
    if (typeof f.environmental === 'boolean' && f.environmental !== envId)
      bad('environmental must be true exactly when expected is an environmental id')
    if (f.facts !== undefined && (typeof f.facts !== 'object' || f.facts === null || Array.isArray(f.facts)))
      bad('facts must be an object')
    out.push({
      slug,
      url: f.url as string,
      title: f.title as string,
      excerpt: f.excerpt as string,
      confirmedCause: f.confirmedCause as string,
      expected: (f.expected ?? null) as string | null,
      environmental: f.environmental as boolean,
      facts: (f.facts ?? {}) as DeepPartial<Facts>,
      notes: typeof f.notes === 'string' ? f.notes : undefined,
      ...(typeof f.confirmation === 'string' ? { confirmation: f.confirmation } : {}),
      ...(typeof f.shape === 'string' ? { shape: f.shape } : {})
    })
  }
  if (problems.length) throw new Error(`invalid fixtures:\n  ${problems.join('\n  ')}`)
  return out
}

const NOT_STATED = 'not stated in the public thread'

/**
 * A neutral machine: every fact unknown. The threads say little about their machines, so "neutral"
 * means "nothing known" rather than "healthy": a healthy base would invent evidence against the
 * environment (e.g. a 65536 open-file limit) that the thread never gave.
 */
export function neutralFacts(): Facts {
  const u = { unknown: NOT_STATED }
  const rlimits = Object.fromEntries(RLIMIT_NAMES.map(n => [n, u])) as Facts['rlimits']
  const sysctl = Object.fromEntries(SYSCTL_KEYS.map((k: SysctlKey) => [k, u])) as Facts['sysctl']
  return {
    collectedAt: '1970-01-01T00:00:00.000Z',
    system: { kernel: u, arch: u, distro: u, runner: u, container: u, user: u, cpus: u, memory: u },
    rlimits,
    sysctl,
    cgroup: u,
    security: { seccomp: u, noNewPrivs: u, capabilities: u, apparmor: u, userns: u },
    mounts: { tempDirs: [], devShm: u, storage: [] },
    network: { ipv6Loopback: u, portRange: u },
    go: u
  }
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Deep merge of plain objects; a fact ({value} or {unknown}) in the patch replaces the base's whole. */
export function mergeFacts(base: Facts, patch: DeepPartial<Facts>): Facts {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isPlain(a) || !isPlain(b) || 'value' in b || 'unknown' in b) return b === undefined ? a : b
    const out: Record<string, unknown> = { ...a }
    for (const [k, v] of Object.entries(b)) out[k] = merge(a[k], v)
    return out
  }
  return merge(base, patch) as Facts
}

/** The contract's fallback: text that is not go test output is one failure of kind `log`. */
export function logOnlyRun(text: string): TestRun {
  return {
    format: 'unknown',
    packages: [],
    failures: [{ package: null, test: null, kind: 'log', excerpt: text.slice(0, 2000), output: text }],
    totals: { packages: 0, tests: 0, passed: 0, failed: 1, skipped: 0 },
    partial: []
  }
}

/**
 * Adapts whatever src/gotest/index.ts exports to `text -> TestRun`: a one-shot parse function, or a
 * streaming `createParser()` with a write/push/feed method and an end/finish/result method.
 */
export function parserFrom(mod: Record<string, unknown>): ParseFn | null {
  for (const name of ['parseText', 'parseGoTest', 'parse']) {
    const fn = mod[name]
    if (typeof fn === 'function') return text => fn(text) as TestRun
  }
  const create = mod.createParser
  if (typeof create !== 'function') return null
  return text => {
    const p = create() as Record<string, unknown>
    const call = (names: string[], ...args: unknown[]): unknown => {
      for (const n of names) {
        const m = p[n]
        if (typeof m === 'function') return (m as (...a: unknown[]) => unknown).apply(p, args)
      }
      throw new Error(`createParser() result has none of ${names.join('/')}`)
    }
    call(['write', 'push', 'feed'], text)
    const r = call(['end', 'finish', 'result', 'done'])
    if (r && typeof r === 'object' && 'failures' in r) return r as TestRun
    const again = p.result ?? p.run
    if (typeof again === 'function') return again.call(p) as TestRun
    if (again && typeof again === 'object') return again as TestRun
    throw new Error('createParser(): could not obtain the TestRun')
  }
}

export interface ModeResult {
  /** Top cause (the first cause group), or null. */
  got: string | null
  gotEnvironmental: boolean
  /** Every rule reported for any failure of the excerpt, in order. */
  all: string[]
  correct: boolean
  /** An environmental cause reported anywhere although the thread says the code was at fault. */
  falsePositive: boolean
  /** The same at medium or high confidence (what the look-alike budget counts). */
  confidentFalsePositive: boolean
  failures: number
  error?: string
}

export interface CaseResult {
  fixture: Fixture
  logOnly: ModeResult
  withFacts: ModeResult
}

/** What the scorer needs from the rule registry (src/catalog/index.ts `rules`). */
export interface RegistryEntry {
  id: string
  environmental: boolean
}

/**
 * Whether a reported rule id is environmental: the registry's own `environmental` flag decides (so a
 * look-alike such as port-in-use is never counted as a false positive, and an environmental rule
 * outside the contract list, e.g. gomaxprocs-quota, is); ids the registry does not know fall back to
 * the contract list, then to diagnose's group flag.
 */
export function environmentalOf(
  registry: Iterable<RegistryEntry | string>
): (id: string, d?: DiagnosisLike) => boolean {
  const flag = new Map<string, boolean>()
  for (const e of registry) {
    if (typeof e === 'string') {
      if (!flag.has(e)) flag.set(e, true)
    } else flag.set(e.id, e.environmental)
  }
  return (id, d) => {
    const f = flag.get(id)
    if (f !== undefined) return f
    if ((CONTRACT_IDS as readonly string[]).includes(id)) return true
    // Last, as diagnose's own grouping said: a rule that leads a cause group, environmental unless the
    // catalog says otherwise.
    return (d ? groupFailures(d.failures, d.conclusions) : []).some(
      g => g.rule === id && (getRule(id)?.environmental ?? true)
    )
  }
}

function score(
  f: Fixture,
  run: () => { d: DiagnosisLike; n: number },
  isEnv: (id: string, d?: DiagnosisLike) => boolean
): ModeResult {
  try {
    const { d, n } = run()
    const top = groupFailures(d.failures, d.conclusions)[0]
    const got = top ? top.rule : null
    const all = [...new Set(d.failures.flatMap(x => x.causes.map(c => c.rule)))]
    const env = (id: string) => isEnv(id, d)
    const confident = d.failures.some(x =>
      x.causes.some(c => env(c.rule) && (c.confidence === 'medium' || c.confidence === 'high'))
    )
    return {
      got,
      gotEnvironmental: got !== null && env(got),
      all,
      // A case whose thread blamed the code without a look-alike of ours (null) is answered right by
      // nothing, or by any look-alike: each says "the code, not the machine".
      correct: got === f.expected || (f.expected === null && got !== null && !env(got)),
      falsePositive: !f.environmental && all.some(env),
      confidentFalsePositive: !f.environmental && confident,
      failures: n
    }
  } catch (e) {
    const error = (e as Error).message
    return {
      got: null,
      gotEnvironmental: false,
      all: [],
      correct: false,
      falsePositive: false,
      confidentFalsePositive: false,
      failures: 0,
      error
    }
  }
}

/**
 * Runs the corpus. `registry` is the rule registry (`rules` of src/catalog/index.ts): each reported
 * rule's environmental flag comes from it. Plain ids are taken as environmental (the contract list is
 * the default when no registry is given).
 */
export function runCorpus(
  fixtures: Fixture[],
  parse: ParseFn,
  diagnose: DiagnoseFn,
  registry: Iterable<RegistryEntry | string> = CONTRACT_IDS
): CaseResult[] {
  const ids = environmentalOf(registry)
  return fixtures.map(fixture => {
    const runOf = () => {
      const r = parse(fixture.excerpt)
      return r.failures.length ? r : logOnlyRun(fixture.excerpt)
    }
    const facts = mergeFacts(neutralFacts(), fixture.facts)
    const logOnly = score(
      fixture,
      () => {
        const r = runOf()
        return { d: diagnose(r, null), n: r.failures.length }
      },
      ids
    )
    const withFacts = score(
      fixture,
      () => {
        const r = runOf()
        return { d: diagnose(r, facts), n: r.failures.length }
      },
      ids
    )
    return { fixture, logOnly, withFacts }
  })
}

export interface Summary {
  cases: number
  environmentalCases: number
  lookAlikeOrNullCases: number
  logOnly: { correct: number; top1: number; falsePositives: number; errors: number }
  withFacts: { correct: number; top1: number; falsePositives: number; errors: number }
}

export function summarize(results: CaseResult[]): Summary {
  const mode = (k: 'logOnly' | 'withFacts') => {
    const correct = results.filter(r => r[k].correct).length
    return {
      correct,
      top1: results.length ? correct / results.length : 0,
      falsePositives: results.filter(r => r[k].falsePositive).length,
      errors: results.filter(r => r[k].error).length
    }
  }
  return {
    cases: results.length,
    environmentalCases: results.filter(r => r.fixture.environmental).length,
    lookAlikeOrNullCases: results.filter(r => !r.fixture.environmental).length,
    logOnly: mode('logOnly'),
    withFacts: mode('withFacts')
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`
const cell = (m: ModeResult) =>
  (m.error ? `error: ${m.error.replace(/\|/g, '\\|').slice(0, 60)}` : (m.got ?? 'null')) +
  (m.correct ? ' ✓' : ' ✗') +
  (m.falsePositive ? ' (FP)' : '') +
  (m.all.filter(r => r !== m.got).length ? ` (also: ${m.all.filter(r => r !== m.got).join(', ')})` : '')

/** The markdown table and figures written to docs/accuracy.md. */
export function renderMarkdown(results: CaseResult[], parserNote: string): string {
  const s = summarize(results)
  const lines = [
    '# Diagnosis accuracy on public go test failures',
    '',
    'Generated by `node scripts/accuracy.mjs` from `__tests__/fixtures/public/*.json`: verbatim excerpts',
    'from public GitHub threads whose cause was confirmed in the thread. Each excerpt goes through the',
    'real parser and `diagnose()`, once from the log alone (facts `null`) and once with the facts the',
    'thread itself states merged into a neutral base (every fact unknown). Do not tune the corpus to the',
    'rules: the corpus is the judge.',
    '',
    `Parser: ${parserNote}`,
    '',
    '| | log only | with facts |',
    '|---|---|---|',
    `| top-1 correct (of ${s.cases}) | ${s.logOnly.correct} (${pct(s.logOnly.top1)}) | ${s.withFacts.correct} (${pct(s.withFacts.top1)}) |`,
    `| false positives (of ${s.lookAlikeOrNullCases} look-alike/null cases) | ${s.logOnly.falsePositives} | ${s.withFacts.falsePositives} |`,
    `| errors | ${s.logOnly.errors} | ${s.withFacts.errors} |`,
    '',
    `${s.environmentalCases} excerpts have an environmental cause; ${s.lookAlikeOrNullCases} are the code's own fault`,
    '(look-alikes) or have nothing environmental to report. "top-1" is the first cause group; a false',
    'positive is any environmental cause reported (at any confidence, for any failure of the excerpt) for',
    "an excerpt whose thread blamed the code; whether a rule is environmental is the rule registry's own",
    'flag, so a correct look-alike (fd-leak, port-in-use, deadlock-timeout, go-thread-cap) is never one.',
    '"also:" lists the other rules reported for the excerpt, below the top cause or for other failures.',
    '',
    '| slug | expected | got (log only) | got (with facts) | thread |',
    '|---|---|---|---|---|'
  ]
  for (const r of results)
    lines.push(
      `| ${r.fixture.slug} | ${r.fixture.expected ?? 'null'} | ${cell(r.logOnly)} | ${cell(r.withFacts)} | ${r.fixture.url} |`
    )
  lines.push('')
  return lines.join('\n')
}

/** One split's figures per expected label: what docs/accuracy.md shows for a split nobody may read. */
export interface CauseRow {
  label: string
  cases: number
  logOnly: number
  withFacts: number
}

export interface SplitScore {
  cases: number
  environmental: number
  lookAlikes: number
  /** Right top cause among the environmental cases. */
  envTop1: { logOnly: number; withFacts: number }
  /** Right answer among look-alike cases (the look-alike named, or nothing for null). */
  lookAlikeRight: { logOnly: number; withFacts: number }
  falsePositives: { logOnly: number; withFacts: number }
  /** Look-alike cases with an environmental cause at medium or high. */
  confidentFalsePositives: { logOnly: number; withFacts: number }
  errors: number
  perCause: CauseRow[]
}

/** Aggregates only: no slug, URL, title or excerpt (safe to print for the held-out split). */
export function scoreSplit(results: CaseResult[]): SplitScore {
  const env = results.filter(r => r.fixture.environmental)
  const look = results.filter(r => !r.fixture.environmental)
  const count = (list: CaseResult[], f: (m: ModeResult) => boolean) => ({
    logOnly: list.filter(r => f(r.logOnly)).length,
    withFacts: list.filter(r => f(r.withFacts)).length
  })
  const labels = [...new Set(results.map(r => r.fixture.expected ?? 'null'))].sort()
  return {
    cases: results.length,
    environmental: env.length,
    lookAlikes: look.length,
    envTop1: count(env, m => m.correct),
    lookAlikeRight: count(look, m => m.correct),
    falsePositives: count(look, m => m.falsePositive),
    confidentFalsePositives: count(look, m => m.confidentFalsePositive),
    errors: results.filter(r => r.logOnly.error || r.withFacts.error).length,
    perCause: labels.map(label => {
      const list = results.filter(r => (r.fixture.expected ?? 'null') === label)
      const c = count(list, m => m.correct)
      return { label, cases: list.length, logOnly: c.logOnly, withFacts: c.withFacts }
    })
  }
}

const frac = (n: number, d: number) => (d ? `${n}/${d} (${Math.round((100 * n) / d)}%)` : '0/0')

/** A split's aggregate figures and per-cause table, as Markdown. */
export function renderSplit(name: string, s: SplitScore): string {
  const lines = [
    `| ${name} | log only | with the threads' facts |`,
    '|---|---|---|',
    `| environmental cases: right top cause | ${frac(s.envTop1.logOnly, s.environmental)} | ${frac(s.envTop1.withFacts, s.environmental)} |`,
    `| look-alikes: right answer (the look-alike, or nothing) | ${frac(s.lookAlikeRight.logOnly, s.lookAlikes)} | ${frac(s.lookAlikeRight.withFacts, s.lookAlikes)} |`,
    `| look-alikes with an environmental cause at any confidence | ${s.falsePositives.logOnly} | ${s.falsePositives.withFacts} |`,
    `| look-alikes with an environmental cause at medium or high | ${s.confidentFalsePositives.logOnly} | ${s.confidentFalsePositives.withFacts} |`,
    `| errors | ${s.errors} | |`,
    '',
    '| expected | cases | right, log only | right, with facts |',
    '|---|---|---|---|',
    ...s.perCause.map(r => `| ${r.label} | ${r.cases} | ${r.logOnly} | ${r.withFacts} |`),
    ''
  ]
  return lines.join('\n')
}

/** The per-case table (public and development splits only). */
export function renderCases(results: CaseResult[]): string {
  const lines = ['| slug | expected | got (log only) | got (with facts) | thread |', '|---|---|---|---|---|']
  for (const r of results)
    lines.push(
      `| ${r.fixture.slug} | ${r.fixture.expected ?? 'null'} | ${cell(r.logOnly)} | ${cell(r.withFacts)} | ${r.fixture.url} |`
    )
  return lines.join('\n') + '\n'
}
