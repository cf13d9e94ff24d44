/**
 * The built CLI (dist/cli.js and its chunks in dist/chunks/), run as a user runs it.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const REPO = join(import.meta.dirname, '../..')
const CLI = join(REPO, 'dist/cli.js')

describe('dist/cli.js', () => {
  it('loads each command from its chunk', () => {
    const repo = mkdtempSync(join(tmpdir(), 'geg-cli-'))
    mkdirSync(join(repo, '.github/workflows'), { recursive: true })
    writeFileSync(join(repo, 'Dockerfile'), 'FROM golang:1.18\nRUN go test ./...\n')
    writeFileSync(
      join(repo, 'compose.yml'),
      'services:\n  t:\n    image: golang:1.26\n    pids_limit: 32\n    command: go test ./...\n'
    )
    writeFileSync(
      join(repo, '.github/workflows/ci.yml'),
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ulimit -n 65536\n      - run: go test ./...\n'
    )
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: repo, input: '' })
    const doctor = run('doctor', '--json', '--go-probe', 'off', '--dir', repo)
    expect(doctor.stderr).toBe('')
    const rules = (JSON.parse(doctor.stdout) as { findings: { rule: string }[] }).findings.map(f => f.rule)
    // One finding from each parser: Dockerfile, compose file, workflow.
    expect(rules).toEqual(
      expect.arrayContaining(['docker-go-test-in-build', 'docker-pids-limit-low', 'workflow-ulimit-lost'])
    )
    expect(run('doctor', '--go-probe', 'off', '--dir', repo).status).toBe(0)
    expect(run('rules', '--json').status).toBe(0)
    const log = join(REPO, '__tests__/fixtures/gotest/go1.26.8/fail.json.txt')
    const explain = run('explain', log, '--no-probe', '--json')
    expect(explain.stderr).toBe('')
    expect(explain.status).toBe(0)
    // An empty input holds no go test output: exit 2 with the reason, never a green verdict.
    const empty = run('explain', '-', '--no-probe', '--json')
    expect(empty.status).toBe(2)
    expect(empty.stderr).toBe('go-env-guard: standard input is empty: no go test output\n')
    expect(run('tune', 'plan', '--json').status).toBe(0)
    expect(run('--version').stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('stops quietly with status 0 when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [CLI, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', d => (stderr += String(d)))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
    expect(stderr).not.toMatch(/EPIPE|Error/)
    expect(code).toBe(0)
  })
})
