/**
 * Issue 19, the CLI as a user meets it: the BUILT dist/cli.js run as a child process. `GEG_DIST`
 * points at another build (main's dist/, to show that each test failed before the fix).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = process.cwd()
const DIST = process.env.GEG_DIST || join(ROOT, 'dist')
const REAL = join(ROOT, '__tests__/fixtures/real')

function cli(args: string[], env: Record<string, string> = {}, input?: string) {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root'
  }
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('point 1: explain does not use this machine as evidence about another', () => {
  it('a CI log with EMFILE, read here, is diagnosed from the log and says so', () => {
    const r = cli(['explain', join(REAL, 'nofile-limit/go-test.json')])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Facts: none.')
    expect(r.out).not.toMatch(/descriptors is far more than a test suite needs/)
    expect(r.out).toMatch(/\[nofile-limit\]/)
  })

  it('with the facts recorded where the tests ran, the cause is certain, and the file is named', () => {
    const facts = join(REAL, 'nofile-limit/facts.json')
    const r = cli(['explain', join(REAL, 'nofile-limit/go-test.json'), '--facts', facts])
    expect(r.out).toMatch(/\[nofile-limit\] high confidence/)
    expect(r.out).toContain(`Facts: file ${facts} (recorded at`)
  })

  it('a newosproc crash under pids.max with its facts is pids-limit, not "not linked"', () => {
    const r = cli([
      'explain',
      join(REAL, 'pids-limit/go-test.json'),
      '--facts',
      join(REAL, 'pids-limit/facts.json')
    ])
    expect(r.out).toMatch(/\[pids-limit\]/)
  })

  it('--facts here uses this machine, and says so', () => {
    const r = cli(['explain', join(REAL, 'nofile-limit/go-test.json'), '--facts', 'here'])
    expect(r.out).toMatch(/Facts: this machine, probed at .* \(--facts here\)/)
  })
})

describe('point 2: input with no go test output is an error, never a green verdict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geg-ux-garbage-'))
  const log = readFileSync(join(REAL, 'nofile-limit/go-test.txt'))
  // A real zip of the log (python's zipfile; the archive format node has no writer for).
  const zip = join(dir, 'logs.zip')
  const py = spawnSync('python3', [
    '-c',
    'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED).write(sys.argv[2], "go-test.txt")',
    zip,
    join(REAL, 'nofile-limit/go-test.txt')
  ])
  let x = 0x2545f491
  const random = Buffer.alloc(200 * 1024)
  for (let i = 0; i < random.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    random[i] = x & 0xff
  }
  const inputs: [string, string, RegExp][] = [
    ['a .gz of a real log', 'go-test.txt.gz', /gzip-compressed data \(gunzip it first\)/],
    ['an empty file', 'empty.json', /is empty/],
    ['200 KB of random bytes', 'random.bin', /binary data/],
    ['README.md', join(ROOT, 'README.md'), /no go test output found in .*README\.md: it holds \d+ lines of/]
  ]
  writeFileSync(join(dir, 'go-test.txt.gz'), gzipSync(log))
  writeFileSync(join(dir, 'empty.json'), '')
  writeFileSync(join(dir, 'random.bin'), random)
  if (py.status === 0) inputs.push(['a .zip of a real log', zip, /a zip archive \(unzip it first\)/])
  it.each(inputs)('%s: exit 2, the reason on stderr, no verdict on stdout', (_what, file, why) => {
    const r = cli(['explain', file.startsWith('/') ? file : join(dir, file), '--no-probe'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(why)
    expect(r.out).not.toMatch(/no environmental problems|✓|build failed/)
  })
  it('the zip case ran (python3 made the archive)', () => expect(py.status).toBe(0))
})

describe('point 10: the CLI as Go developers expect', () => {
  const commands: Record<string, string[]> = {
    doctor: ['--dir', '--json', '--go-probe', '--fail-on'],
    explain: ['--facts', '--dir', '--json'],
    test: ['--dir', '--json'],
    tune: ['--rule', '--report', '--state', '--dir', '--json'],
    rules: ['--json']
  }
  it.each(Object.entries(commands))('%s --help and -h explain every option, exit 0', (cmd, options) => {
    for (const flag of ['--help', '-h']) {
      const r = cli([cmd, flag])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^Usage: go-env-guard ${cmd}`))
      for (const o of options) expect(r.out).toMatch(new RegExp(`^  ${o}\\b`, 'm'))
    }
  })

  it('FORCE_COLOR colours a pipe; NO_COLOR never colours', () => {
    const log = join(REAL, 'nofile-limit/go-test.json')
    expect(cli(['explain', log], { FORCE_COLOR: '1' }).out).toContain('\x1b[')
    expect(cli(['explain', log], { NO_COLOR: '1' }).out).not.toContain('\x1b[')
  })

  it('wraps to the terminal width (COLUMNS) at spaces, the same words in the same order', () => {
    const log = join(REAL, 'nofile-limit/go-test.json')
    for (const args of [
      ['explain', log],
      ['rules', 'nofile-limit']
    ]) {
      const wide = cli(args, { COLUMNS: '1000' }).out
      const narrow = cli(args, { COLUMNS: '80' }).out
      const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)
      expect(words(narrow)).toEqual(words(wide))
      // Only indented code lines and single words longer than the line (URLs) may pass 80 columns.
      for (const l of narrow.split('\n'))
        if ([...l].length > 80)
          expect(
            l.startsWith('    ') ||
              l
                .trim()
                .replace(/^[-•] /, '')
                .split(' ').length === 1
          ).toBe(true)
    }
  })

  it('doctor prints its findings after the facts table, where the terminal leaves them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geg-doctor-'))
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n')
    writeFileSync(join(dir, 'Dockerfile'), 'FROM golang:1.20\nRUN go test ./...\n')
    const r = cli(['doctor', '--dir', dir, '--go-probe', 'off'])
    expect(r.out).toContain('docker-go-older-than-gomod')
    expect(r.out.indexOf('Preflight findings')).toBeGreaterThan(r.out.indexOf('\nFacts\n'))
  })

  it('rules ID is terminal text without Markdown syntax or internal references', () => {
    for (const id of ['nofile-limit', 'cpu-throttling-timeout', 'disk-full']) {
      const r = cli(['rules', id])
      expect(r.code).toBe(0)
      expect(r.out).not.toMatch(/^#+ /m)
      expect(r.out).not.toContain('```')
      // Captured go test output (indented code) may name its package; the prose names nothing internal.
      const prose = r.out
        .split('\n')
        .filter(l => !l.startsWith('    '))
        .join('\n')
      expect(prose).not.toMatch(/e2e\/scenarios|failure catalog|__tests__/)
    }
  })
})

describe('point 11: fail-on says which findings tripped it', () => {
  it('doctor --fail-on warning names the findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geg-failon-'))
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n')
    writeFileSync(join(dir, 'Dockerfile'), 'FROM golang:1.20\n')
    const r = cli(['doctor', '--dir', dir, '--go-probe', 'off', '--fail-on', 'error'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/--fail-on error is met by .*docker-go-older-than-gomod \(error\)/)
  })
})
