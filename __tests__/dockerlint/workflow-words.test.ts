import { describe, expect, it } from '@jest/globals'
import { WORKFLOW_WORDS } from '../../src/dockerlint/index.js'
import { lintFiles } from './helpers.js'

/**
 * The lint parses a workflow only when it holds one of WORKFLOW_WORDS. Each case here holds exactly
 * one of those words and gets a finding, so a word dropped from the list fails its case.
 */
const words = WORKFLOW_WORDS.source.split('|')
const job = (body: string) => `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n${body}`
const cases: { word: string; rule: string; workflow: string }[] = [
  {
    word: 'container',
    rule: 'docker-tmpfs-noexec',
    workflow: job(
      '    container:\n      image: golang:1.26\n      options: --tmpfs /tmp:rw,noexec\n    steps:\n      - run: go test ./...\n'
    )
  },
  {
    word: 'services',
    rule: 'docker-go-eol',
    workflow: job(
      '    services:\n      tool:\n        image: golang:1.18\n    steps:\n      - run: go test ./...\n'
    )
  },
  {
    word: 'docker',
    rule: 'docker-pids-limit-low',
    workflow: job('    steps:\n      - run: docker run --pids-limit 32 golang:1.26 go test ./...\n')
  },
  {
    word: 'podman',
    rule: 'docker-pids-limit-low',
    workflow: job('    steps:\n      - run: podman run --pids-limit 32 golang:1.26 go test ./...\n')
  },
  {
    word: 'ulimit',
    rule: 'workflow-ulimit-lost',
    workflow: job('    steps:\n      - run: ulimit -n 65536\n      - run: go test ./...\n')
  },
  {
    word: 'race',
    rule: 'workflow-race-cgo-disabled',
    workflow: job('    env:\n      CGO_ENABLED: 0\n    steps:\n      - run: go test -race ./...\n')
  }
]

describe('WORKFLOW_WORDS: which workflows are parsed', () => {
  it('has a case for every word', () => {
    expect(cases.map(c => c.word).sort()).toEqual([...words].sort())
  })
  it.each(cases)('a workflow whose only such word is "$word" is parsed and gets $rule', async c => {
    const others = words.filter(w => w !== c.word && new RegExp(w, 'i').test(c.workflow))
    expect(others).toEqual([])
    const r = await lintFiles({ '.github/workflows/ci.yml': c.workflow })
    expect(r.findings.map(f => f.rule)).toContain(c.rule)
  })
  it('lists a workflow without any of them as linted, without parsing it (no YAML error reported)', async () => {
    const broken = 'on: push\njobs:\n  build:\n    steps: [ { run: npm ci }\n'
    const r = await lintFiles({ '.github/workflows/release.yml': broken })
    expect(r.files).toEqual(['.github/workflows/release.yml'])
    expect(r.errors).toEqual([])
    expect(r.findings).toEqual([])
    // The same file with a word in it is parsed, and its YAML error is reported.
    const r2 = await lintFiles({ '.github/workflows/release.yml': broken + '# docker\n' })
    expect(r2.errors.map(e => e.rule)).toEqual(['docker-lint-parse-error'])
  })
})
