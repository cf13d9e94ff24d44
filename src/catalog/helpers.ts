/**
 * Pure helpers shared by the catalog rules: signature matching over failure output (the matched lines
 * become evidence), fact readers that turn `{unknown}` into null, confidence combination, Go version
 * comparison, and remedy builders that differ for GitHub-hosted, self-hosted and container jobs.
 * No I/O here: everything reads the Failure and the Facts it is given.
 */
import type {
  CgroupCpu,
  CgroupMemory,
  CgroupPids,
  CounterSnapshot,
  Facts,
  GoInfo,
  Limit,
  MountFact,
  RlimitName,
  SpaceFact,
  SysctlKey
} from '../facts/types.js'
import { valueOf } from '../facts/types.js'
import { parseGoVersion } from '../core/go-version.js'
import type { Confidence } from '../core/model.js'
import { fmtBytes } from '../facts/format.js'

export { fmtBytes }

// ---------------------------------------------------------------------------------------------
// Signature matching

/** Evidence lines per cause; one line is clipped to this many characters. */
export const MAX_EVIDENCE_LINES = 4
const MAX_LINE_CHARS = 240

export const clip = (s: string, max = MAX_LINE_CHARS): string =>
  s.length <= max ? s : `${s.slice(0, max - 1)}…`

/** Splits output into lines (LF or CRLF). The engine does this once per failure (RuleContext.lines). */
export const splitLines = (output: string): string[] => output.split(/\r?\n/)

const asList = (re: RegExp | readonly RegExp[]): readonly RegExp[] =>
  Array.isArray(re) ? re : [re as RegExp]

/**
 * The lines as one text, joined once per array: rules call matchLines several times per failure, and
 * failures are diagnosed one at a time, so the last array is the one asked for again. One slot, not a
 * WeakMap: see docs/perf.md ("Joined lines").
 */
let lastLines: readonly string[] | null = null
let lastText = ''
const joined = (lines: readonly string[]): string => {
  if (lines !== lastLines) {
    lastText = lines.join('\n')
    lastLines = lines
  }
  return lastText
}

const GLOBAL = new WeakMap<RegExp, RegExp>()
/** `re` with the g and m flags added (cached): finds candidate lines in one pass over the text. */
const globalOf = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re)
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace(/[gym]/g, '')}gm`)
    GLOBAL.set(re, g)
  }
  return g
}

/**
 * Where the global regex `g` matches in `text`, line by line: for each line a match starts on, the
 * match and that line's bounds (`text.slice(start, end)`, without its newline); the search then goes
 * on from the next line, so each line comes at most once.
 */
export function* linesMatching(
  text: string,
  g: RegExp
): Generator<{ match: RegExpExecArray; start: number; end: number }> {
  g.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = g.exec(text)) !== null) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1
    let end = text.indexOf('\n', m.index)
    if (end < 0) end = text.length
    yield { match: m, start, end }
    if (end >= text.length) return
    g.lastIndex = end + 1
  }
}

/**
 * The lines matching any of the regexes, trimmed, clipped, deduplicated, at most `max`, in output order.
 * Regexes must not carry the `g` or `y` flag (they are stateful); matching is per line, so `^`/`$`
 * anchor to a line. Each regex scans the text once (a global multiline search) and every candidate line
 * is confirmed with the regex itself, so a 400-line goroutine dump costs one pass per regex, not one
 * test per line.
 */
export function matchLines(
  lines: readonly string[],
  re: RegExp | readonly RegExp[],
  max = MAX_EVIDENCE_LINES
): string[] {
  const res = asList(re)
  const text = joined(lines)
  const hits = new Set<number>()
  for (const r of res)
    for (const { start, end } of linesMatching(text, globalOf(r)))
      if (r.test(text.slice(start, end))) hits.add(start)
  const out: string[] = []
  const seen = new Set<string>()
  for (const start of [...hits].sort((a, b) => a - b)) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = clip(text.slice(start, end).replace(/\r$/, '').trim())
    if (seen.has(line)) continue
    seen.add(line)
    out.push(line)
    if (out.length >= max) break
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Fact readers: each returns null when the fact is unknown or there are no facts at all, so a rule
// can tell "unknown" (null) from a value. `evidence` is a ready-made line for Cause/Finding evidence.

export interface Reading<T> {
  value: T
  evidence: string
}

/** RLIM_INFINITY as a number that compares as expected. */
const limitNumber = (l: Limit): number => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l)
export const fmtLimit = (n: number): string => (Number.isFinite(n) ? String(n) : 'unlimited')

const RLIMIT_LABEL: Record<RlimitName, string> = {
  nofile: 'RLIMIT_NOFILE (ulimit -n)',
  nproc: 'RLIMIT_NPROC (ulimit -u)',
  as: 'RLIMIT_AS (ulimit -v)',
  stack: 'RLIMIT_STACK (ulimit -s)',
  memlock: 'RLIMIT_MEMLOCK (ulimit -l)'
}

export function rlimit(
  facts: Facts | null,
  name: RlimitName
): Reading<{ soft: number; hard: number }> | null {
  const r = facts ? valueOf(facts.rlimits?.[name]) : undefined
  if (!r) return null
  const soft = limitNumber(r.soft)
  const hard = limitNumber(r.hard)
  return {
    value: { soft, hard },
    evidence: `${RLIMIT_LABEL[name]}: soft ${fmtLimit(soft)}, hard ${fmtLimit(hard)}`
  }
}

/** A sysctl as an integer (first field for multi-field values); null when unknown or not numeric. */
export function sysctlNumber(facts: Facts | null, key: SysctlKey): Reading<number> | null {
  const raw = facts ? valueOf(facts.sysctl?.[key]) : undefined
  if (raw === undefined) return null
  const n = Number.parseInt(raw.trim().split(/\s+/)[0] ?? '', 10)
  if (!Number.isFinite(n)) return null
  return { value: n, evidence: `${key} = ${raw.trim()}` }
}

const cgroupDir = (dir: string): string => (dir ? ` (${dir})` : '')

/**
 * GOMEMLIMIT as this share of the memory limit; the rest is headroom for memory outside the Go heap.
 * The failure catalog gives 80-90%; 90% is automemlimit's default (github.com/KimMachineGun/automemlimit,
 * which gitlab-runner uses). One figure for the rules, the Dockerfile lint and `tune`.
 */
const GOMEMLIMIT_SHARE = 0.9

/** GOMEMLIMIT, in whole MiB, for a memory limit in bytes: 1843 for 2 GiB, 115 for 128 MiB. */
export function gomemlimitMiB(limitBytes: number): number {
  return Math.floor((limitBytes * GOMEMLIMIT_SHARE) / 1048576)
}

/** `90%`: GOMEMLIMIT_SHARE as the rules' texts say it. */
export const GOMEMLIMIT_PERCENT = `${Math.round(GOMEMLIMIT_SHARE * 100)}%`

/**
 * The limit that binds: the tightest among the cgroup and its visible ancestors (the probes'
 * effectiveMax) when it is below the cgroup's own, else the own one. A parent's limit (a Kubernetes
 * pod, a systemd slice, a container above a nested cgroup) stops the tests as surely as their own
 * cgroup's. `where` names the directory that sets it, and the own value when that differs.
 */
function bindingLimit(
  own: number | null,
  dir: string,
  effective: number | null | undefined,
  effectiveDir: string | null | undefined,
  show: (n: number | null) => string
): { max: number | null; where: string } {
  if (effective === undefined || effective === null || (own !== null && own <= effective))
    return { max: own, where: cgroupDir(dir) }
  const at = effectiveDir ? `set at ${effectiveDir}; ` : 'set by an ancestor; '
  return { max: effective, where: ` (${at}${dir || 'this cgroup'}: ${show(own)})` }
}

export function cgroupMemory(facts: Facts | null): Reading<CgroupMemory> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const m = cg ? valueOf(cg.memory) : undefined
  if (!m) return null
  const show = (n: number | null): string => (n === null ? 'unlimited' : fmtBytes(n))
  const { max, where } = bindingLimit(m.max, m.dir, m.effectiveMax, m.effectiveMaxDir, show)
  return {
    value: max === m.max ? m : { ...m, max },
    evidence: `cgroup ${cg?.version ?? ''} memory limit ${show(max)}${where}`.replace('  ', ' ')
  }
}

export function cgroupPids(facts: Facts | null): Reading<CgroupPids> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const p = cg ? valueOf(cg.pids) : undefined
  if (!p) return null
  const show = (n: number | null): string => (n === null ? 'max (unlimited)' : String(n))
  const { max, where } = bindingLimit(p.max, p.dir, p.effectiveMax, p.effectiveMaxDir, show)
  const cur = p.current === null ? '' : `, current ${p.current}`
  return {
    value: max === p.max ? p : { ...p, max },
    evidence: `cgroup pids.max ${show(max)}${cur}${where}`
  }
}

export function cgroupCpu(facts: Facts | null): Reading<CgroupCpu> | null {
  const cg = facts ? valueOf(facts.cgroup) : undefined
  const c = cg ? valueOf(cg.cpu) : undefined
  if (!c) return null
  const q =
    c.quotaUs === null || c.periodUs === null
      ? 'no CPU quota'
      : `CPU quota ${c.quotaUs}us per ${c.periodUs}us period (${(c.limitCpus ?? c.quotaUs / c.periodUs).toFixed(2)} CPUs)`
  return { value: c, evidence: `cgroup ${q}${cgroupDir(c.dir)}` }
}

type CounterKey = Exclude<keyof CounterSnapshot, 'at'>

const COUNTER_LABEL: Record<CounterKey, string> = {
  memoryOomKill: 'cgroup memory oom_kill',
  memoryOom: 'cgroup memory oom events',
  pidsEventsMax: 'cgroup pids.events max (forks rejected)',
  cpuNrThrottled: 'cgroup cpu.stat nr_throttled',
  cpuThrottledUsec: 'cgroup cpu.stat throttled time (us)',
  listenOverflows: 'TcpExtListenOverflows',
  vmstatOomKill: '/proc/vmstat oom_kill'
}

/**
 * How much a counter grew between `facts.counters.before` and `.after` (a negative delta, e.g. after a
 * cgroup was recreated, reads as unknown). null when either side is missing.
 */
export function counterDelta(facts: Facts | null, key: CounterKey): Reading<number> | null {
  const b = facts?.counters?.before?.[key]
  const a = facts?.counters?.after?.[key]
  if (b === null || b === undefined || a === null || a === undefined) return null
  const d = a - b
  if (d < 0) return null
  return { value: d, evidence: `${COUNTER_LABEL[key]}: ${b} before the tests, ${a} after (+${d})` }
}

export function isRoot(facts: Facts | null): boolean | null {
  const u = facts ? valueOf(facts.system?.user) : undefined
  return u ? u.root : null
}

export function goInfo(facts: Facts | null): GoInfo | null {
  return (facts ? valueOf(facts.go) : undefined) ?? null
}

/** A Go environment variable as the probe saw it; undefined when Go facts are unknown. */
export function goEnv(facts: Facts | null, name: keyof GoInfo['env']): string | null | undefined {
  const g = goInfo(facts)
  if (!g) return undefined
  const v = g.env[name]
  return v === null || v.trim() === '' ? null : v.trim()
}

/** Temp directories with their mount facts known. */
export function tempMounts(facts: Facts | null): { role: string; path: string; mount: MountFact }[] {
  const out: { role: string; path: string; mount: MountFact }[] = []
  for (const t of facts?.mounts?.tempDirs ?? []) {
    const m = valueOf(t.mount)
    if (m) out.push({ role: t.role, path: t.path, mount: m })
  }
  return out
}

/** Storage locations (GOCACHE, temp, workspace...) with their free space known. */
export function storageSpaces(facts: Facts | null): { role: string; path: string; space: SpaceFact }[] {
  const out: { role: string; path: string; space: SpaceFact }[] = []
  for (const s of facts?.mounts?.storage ?? []) {
    const v = valueOf(s.space)
    if (v) out.push({ role: s.role, path: s.path, space: v })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Go versions

/** <0, 0, >0 like a comparator; null when either side does not parse. */
export function compareGoVersions(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = parseGoVersion(a, { anywhere: true })
  const y = parseGoVersion(b, { anywhere: true })
  if (!x || !y) return null
  return x.major - y.major || x.minor - y.minor || (x.patch ?? 0) - (y.patch ?? 0)
}

/** Whether the Go toolchain is at least `v` (e.g. '1.19'); null when the Go version is unknown. */
export function goAtLeast(facts: Facts | null, v: string): boolean | null {
  const c = compareGoVersions(goInfo(facts)?.version ?? valueOf(facts?.goProbe)?.goVersion, v)
  return c === null ? null : c >= 0
}

/** Whether the main module's go.mod `go` line is at least `v`; null when there is no known go.mod line. */
function goModAtLeast(facts: Facts | null, v: string): boolean | null {
  const c = compareGoVersions(goInfo(facts)?.goModGo, v)
  return c === null ? null : c >= 0
}

/**
 * Whether a behaviour introduced in Go `v` behind a GODEBUG default applies: Go picks GODEBUG defaults
 * from the main module's go line (https://go.dev/doc/godebug), so it needs both toolchain >= v and
 * go.mod `go` >= v. false as soon as either is known to be older; null when it cannot be decided.
 */
export function goDefaultAtLeast(facts: Facts | null, v: string): boolean | null {
  const tool = goAtLeast(facts, v)
  const mod = goModAtLeast(facts, v)
  if (tool === false || mod === false) return false
  if (tool === null || mod === null) return null
  return true
}

// ---------------------------------------------------------------------------------------------
// Confidence

export const lowerConfidence = (c: Confidence): Confidence | null =>
  c === 'high' ? 'medium' : c === 'medium' ? 'low' : null

/**
 * What the facts say about a cause: `conclusive` (a counter that only moves for this cause moved during
 * the run), `corroborates` (a limit/setting that makes the cause plausible), `unknown` (no facts, or the
 * relevant ones could not be read), `contradicts` (a value that rules the cause out or points elsewhere).
 */
export type Support = 'conclusive' | 'corroborates' | 'unknown' | 'contradicts'

/** The strongest: conclusive > contradicts > corroborates > unknown (a contradiction beats support). */
export function combineSupport(...s: Support[]): Support {
  if (s.includes('conclusive')) return 'conclusive'
  if (s.includes('contradicts')) return 'contradicts'
  if (s.includes('corroborates')) return 'corroborates'
  return 'unknown'
}

/**
 * The confidence policy: a `specific` signature is text only this cause produces (e.g.
 * `too many open files`); `generic` text has several causes (`signal: killed`, `panic: test timed out`).
 *
 * | support      | specific | generic |
 * |--------------|----------|---------|
 * | conclusive   | high     | high    |
 * | corroborates | high     | medium  |
 * | unknown      | medium   | low     |
 * | contradicts  | low      | null    |
 *
 * So a signature alone (no facts) is at most medium, and a contradiction lowers it or drops it.
 */
export function confidenceFor(signature: 'specific' | 'generic', support: Support): Confidence | null {
  switch (support) {
    case 'conclusive':
      return 'high'
    case 'corroborates':
      return signature === 'specific' ? 'high' : 'medium'
    case 'unknown':
      return signature === 'specific' ? 'medium' : 'low'
    case 'contradicts':
      return signature === 'specific' ? 'low' : null
  }
}

// ---------------------------------------------------------------------------------------------
// Where the job runs, and remedies that differ by it

export type Where = 'github-hosted' | 'self-hosted' | 'container' | 'local' | 'unknown'

/** A container job wins over the runner kind: inside it, host settings cannot be changed. */
export function whereRuns(facts: Facts | null): Where {
  if (!facts) return 'unknown'
  const c = valueOf(facts.system?.container)
  if (c?.inContainer) return 'container'
  const r = valueOf(facts.system?.runner)
  if (!r) return 'unknown'
  if (r.kind === 'not-actions') return 'local'
  return r.kind
}
