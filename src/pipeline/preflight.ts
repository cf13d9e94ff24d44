/**
 * The preflight half of the pipeline: probe -> lint -> preflight findings -> report. Kept apart from
 * pipeline.ts (the test-output half) so that `doctor` loads neither the go test parser nor diagnosis.
 */
import { lintRepository } from '../dockerlint/index.js'
import type { Facts } from '../facts/types.js'
import { isKnown } from '../facts/types.js'
import type { Totals } from '../gotest/model.js'
import type { Host } from '../host/host.js'
import { preflight } from '../diagnose/preflight-findings.js'
import { probeFacts, probeGoRuntime } from '../probes/index.js'
import { findRepoRoot } from '../probes/repo-root.js'
import type { Report } from '../report/model.js'
import { severityRank, type Conclusion, type Finding, type ReportFailure } from '../core/model.js'
import { VERSION } from '../core/version.js'

export const zeroTotals = (): Totals => ({ packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 })

export function assembleReport(parts: {
  facts: Facts | null
  findings?: Finding[]
  failures?: ReportFailure[]
  conclusions?: Conclusion[]
  totals?: Totals
}): Report {
  return {
    version: 1,
    tool: { name: 'go-env-guard', version: VERSION },
    facts: parts.facts ?? {},
    findings: parts.findings ?? [],
    failures: parts.failures ?? [],
    ...(parts.conclusions?.length ? { conclusions: parts.conclusions } : {}),
    totals: parts.totals ?? zeroTotals()
  }
}

export interface PreflightOptions {
  dir: string
  goProbe: 'auto' | 'off'
  /** Globs for the container-file lint; empty disables it. */
  dockerfiles: readonly string[]
}

export interface PreflightResult {
  facts: Facts
  findings: Finding[]
  repoRoot: string
  /** The container-file lint's own findings (part of `findings`), for withGoProbe. */
  lintFindings: Finding[]
}

/** Facts, their findings and the container-file lint: what `doctor` and the action's main step report. */
export async function runPreflight(host: Host, opts: PreflightOptions): Promise<PreflightResult> {
  const repoRoot = await findRepoRoot(host, opts.dir)
  // The lint walks, reads and parses while the probes wait on their commands; only its rules need
  // the go.mod line that the Go probe reads.
  const factsP = probeFacts(host, { workingDirectory: opts.dir, goProbe: opts.goProbe })
  const goModGo = factsP.then(f => (isKnown(f.go) ? f.go.value.goModGo : null)).catch(() => null)
  const [facts, lint] = await Promise.all([
    factsP,
    opts.dockerfiles.length > 0
      ? lintRepository(host, { root: repoRoot, globs: [...opts.dockerfiles], goModGo })
      : { findings: [], errors: [], files: [] }
  ])
  const lintFindings = [...lint.errors, ...lint.findings]
  const findings = [...preflight(facts), ...lintFindings]
  return { facts, findings: sortFindings(findings), repoRoot, lintFindings }
}

/**
 * A preflight run with goProbe 'off', completed by the Go runtime probe now (after go test, see
 * probeGoRuntime): the facts with goProbe set, and every preflight finding of them again.
 */
export async function withGoProbe(host: Host, pre: PreflightResult, dir: string): Promise<PreflightResult> {
  const facts: Facts = { ...pre.facts, goProbe: await probeGoRuntime(host, dir) }
  const findings = sortFindings([...preflight(facts), ...pre.lintFindings])
  return { ...pre, facts, findings }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      a.rule.localeCompare(b.rule) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0)
  )
}
