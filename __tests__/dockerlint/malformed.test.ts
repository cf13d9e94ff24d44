import { describe, expect, it } from '@jest/globals'
import { symlinkSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeHost } from '../../src/host/node-host.js'
import { DEFAULT_GLOBS, lintRepository } from '../../src/dockerlint/index.js'
import { tempRepo } from './helpers.js'

const lint = (root: string, maxFileBytes?: number) =>
  lintRepository(new NodeHost(), { root, globs: [...DEFAULT_GLOBS], maxFileBytes })

describe('malformed and hostile input', () => {
  it('reports broken YAML with its line and keeps linting the other files', async () => {
    const root = tempRepo({
      'compose.yml': 'services:\n  a:\n    image: golang:1.26\n  b: [unclosed\n',
      Dockerfile: 'FROM golang:1.22\n'
    })
    const r = await lint(root)
    const err = r.errors.find(e => e.file === 'compose.yml')
    expect(err?.rule).toBe('docker-lint-parse-error')
    expect(err?.line).toBeGreaterThanOrEqual(4)
    expect(r.findings.some(f => f.rule === 'docker-go-eol' && f.file === 'Dockerfile')).toBe(true)
  })
  it('reports an unterminated heredoc on the RUN line', async () => {
    const r = await lint(tempRepo({ Dockerfile: 'FROM golang:1.26\nRUN <<EOF\ngo test ./...\n' }))
    expect(r.errors.map(e => [e.rule, e.line])).toEqual([['docker-lint-parse-error', 2]])
    expect(r.errors[0].message).toMatch(/never terminated/)
  })
  it('reports an unknown instruction and a Dockerfile without FROM', async () => {
    const r = await lint(tempRepo({ 'a/Dockerfile': 'RUN echo\nSET -eux\n' }))
    expect(r.errors.map(e => e.line).sort()).toEqual([1, 1, 2])
  })
  it('skips a binary file with a finding, never silently', async () => {
    const root = tempRepo({})
    writeFileSync(join(root, 'Dockerfile'), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0xff, 0xfe]))
    const r = await lint(root)
    expect(r.errors.map(e => [e.rule, e.file])).toEqual([['docker-lint-skipped', 'Dockerfile']])
    expect(r.files).toEqual([])
  })
  it('does not read a 5 MB file: it is a finding', async () => {
    const root = tempRepo({})
    writeFileSync(join(root, 'Dockerfile'), 'FROM golang:1.22\n' + '# pad\n'.repeat(900_000))
    const t0 = Date.now()
    const r = await lint(root)
    expect(Date.now() - t0).toBeLessThan(2000)
    expect(r.errors[0]).toMatchObject({ rule: 'docker-lint-skipped', file: 'Dockerfile' })
    expect(r.errors[0].message).toMatch(/over the 1048576-byte limit/)
    expect(r.findings).toEqual([])
  })
  it('reports and skips a symlink whose target is outside the workspace; follows one that stays inside', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gedl-out-'))
    writeFileSync(join(outside, 'Dockerfile'), 'FROM golang:1.20\n')
    const root = tempRepo({ 'real/Dockerfile.base': 'FROM golang:1.21\n' })
    mkdirSync(join(root, 'svc'))
    symlinkSync(join(outside, 'Dockerfile'), join(root, 'svc/Dockerfile'))
    symlinkSync(join(root, 'real/Dockerfile.base'), join(root, 'Dockerfile'))
    symlinkSync(outside, join(root, 'linkdir'))
    const r = await lint(root)
    expect(r.errors.map(e => [e.rule, e.file])).toEqual([['docker-lint-skipped', 'svc/Dockerfile']])
    expect(r.errors[0].message).toMatch(/outside the workspace/)
    expect(r.files).toEqual(['Dockerfile', 'real/Dockerfile.base'])
    expect(r.findings.some(f => f.message.includes('1.20'))).toBe(false)
  })
  it('skips .git, node_modules, vendor and testdata', async () => {
    const r = await lint(
      tempRepo({
        '.git/Dockerfile': 'FROM x\n',
        'node_modules/p/Dockerfile': 'FROM x\n',
        'vendor/m/Dockerfile': 'FROM x\n',
        'pkg/testdata/Dockerfile': 'FROM x\n',
        'ok/Dockerfile': 'FROM golang:1.26\n'
      })
    )
    expect(r.files).toEqual(['ok/Dockerfile'])
  })
  it('survives garbage and odd YAML shapes', async () => {
    const r = await lint(
      tempRepo({
        'compose.yml': '- just\n- a list\n',
        'docker-compose.yml':
          'services:\n  a: 5\n  b:\n    tmpfs: 7\n    ulimits: {nofile: nonsense}\n    mem_limit: lots\n',
        '.github/workflows/x.yml': 'jobs: 5\n',
        '.github/workflows/y.yml': 'on: push\njobs:\n  t:\n    steps: 3\n',
        'Dockerfile.q': 'FROM golang:1.26\nRUN "unterminated \\\n'
      })
    )
    expect(r.files.length).toBe(5)
    expect(r.findings.filter(f => f.message.includes('failed:'))).toEqual([])
  })
  it('an unreadable root is a finding, not a throw', async () => {
    const r = await lintRepository(new NodeHost(), { root: '/nonexistent/dir', globs: ['**/Dockerfile'] })
    expect(r.errors[0].rule).toBe('docker-lint-skipped')
  })
})
