/** Shared inputs for the report tests: real facts, real go test output, hand-built causes. */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect } from '@jest/globals'
import type { Facts } from '../../src/facts/types.js'
import type { Report } from '../../src/report/model.js'
import type { ReportFailure, Finding } from '../../src/core/model.js'
import type { RenderInput, RuleInfo } from '../../src/report/view.js'
import type { LinkContext } from '../../src/report/links.js'

export const ROOT = process.cwd()
export const facts = JSON.parse(
  readFileSync(join(ROOT, '__tests__/fixtures/github/facts.json'), 'utf8')
) as Facts

/** The failing test's own lines from the real capture (fixtures/real/nofile-limit/go-test.json). */
export const nofileOutput = readFileSync(
  join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json'),
  'utf8'
)
  .split('\n')
  .filter(Boolean)
  .map(l => JSON.parse(l) as { Test?: string; Output?: string })
  .filter(e => e.Test === 'TestManyListeners' && e.Output)
  .map(e => e.Output)
  .join('')

export const links: LinkContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/app',
  sha: '0123456789abcdef0123456789abcdef01234567',
  docsBase: 'https://github.com/go-env-guard/go-env-guard/blob/v1/docs/rules/',
  runUrl: 'https://github.com/octo/app/actions/runs/42'
}

export const rules: Record<string, RuleInfo> = {
  'nofile-limit': { title: 'Open-file limit (RLIMIT_NOFILE) reached', environmental: true },
  'fd-leak': { title: 'File descriptors leak in the code', environmental: false },
  'docker-shm-size': { title: '/dev/shm is 64 MiB in containers', environmental: true }
}

export const nofileFailure: ReportFailure = {
  package: 'example.com/e2e/scenarios/nofile-limit',
  test: 'TestManyListeners',
  kind: 'test',
  file: 'e2e/scenarios/nofile-limit/nofile_limit_test.go',
  line: 20,
  excerpt: nofileOutput,
  causes: [
    {
      rule: 'nofile-limit',
      confidence: 'high',
      evidence: ['the output says "socket: too many open files"', 'RLIMIT_NOFILE is 64 (soft) / 64 (hard)'],
      remedy:
        'Raise the limit before the tests: `ulimit -n 65536` (hard limit first: `prlimit --nofile=65536:65536`).'
    },
    {
      rule: 'fd-leak',
      confidence: 'low',
      evidence: ['descriptors are opened in a loop'],
      remedy: 'Close what you open.'
    }
  ]
}

export const plainFailure: ReportFailure = {
  package: 'example.com/app/calc',
  test: 'TestAdd/negative_numbers',
  kind: 'test',
  file: 'calc/add_test.go',
  line: 17,
  excerpt:
    '=== RUN   TestAdd/negative_numbers\n    add_test.go:17: Add(-1, -2) = -4, want -3\n--- FAIL: TestAdd/negative_numbers (0.00s)\n',
  causes: []
}

export const buildFailure: ReportFailure = {
  package: 'example.com/app/broken',
  test: null,
  kind: 'build',
  excerpt: 'broken/x.go:3:1: syntax error: non-declaration statement outside function body',
  causes: []
}

export const dockerFinding: Finding = {
  rule: 'docker-shm-size',
  severity: 'warning',
  title: '/dev/shm is 64 MiB in containers',
  message: 'The compose service `test` runs Go tests without `shm_size`.',
  evidence: ['compose.yml: services.test has no shm_size'],
  remedy: 'Add `shm_size: 1g` to the service.',
  file: 'compose.yml',
  line: 4
}

export function report(failures: ReportFailure[], findings: Finding[] = []): Report {
  const failed = failures.filter(f => f.test).length
  return {
    version: 1,
    tool: { name: 'go-env-guard', version: '0.1.0' },
    facts,
    findings,
    failures,
    totals: { packages: 3, tests: 12, passed: 12 - failed, failed, skipped: 1 }
  }
}

export function input(
  failures: ReportFailure[],
  findings: Finding[] = [],
  extra: Partial<RenderInput> = {}
): RenderInput {
  return {
    report: report(failures, findings),
    mode: 'go-test',
    links,
    rules,
    exitCode: failures.length ? 1 : 0,
    ...extra
  }
}

/**
 * Golden files: compared with the committed file. A missing golden file fails; UPDATE_GOLDEN=1 writes
 * (or rewrites) it instead (then review the diff).
 */
export function golden(name: string, actual: string): void {
  const path = join(ROOT, '__tests__/__outputs__', name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
  }
  if (!existsSync(path)) throw new Error(`golden ${name} is missing (UPDATE_GOLDEN=1 writes it)`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
