/**
 * Inputs that are not what they claim: binary detection is by the share of odd bytes, not one NUL
 * (a log with a stray NUL keeps its failures), and every input that holds no go test output at all
 * (unreadable, a device, a directory behind a link, compressed, binary, empty) is exit 2 with its
 * reason, never a green "no problems". Run against an older build with GEG_DIST=<its dist/>.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { notText } from '../../src/gotest/sniff.js'
import { DIST, ROOT } from '../helpers/action-steps.js'

const FAIL_LOG = join(ROOT, '__tests__/fixtures/gotest/go1.26.8/fail.json.txt')
let dir: string

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
  dir = mkdtempSync(join(tmpdir(), 'geg-inputs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const explain = (...args: string[]) =>
  spawnSync(process.execPath, [join(DIST, 'cli.js'), 'explain', ...args, '--no-probe', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    input: '',
    timeout: 20_000
  })

describe('binary detection by ratio', () => {
  it('a log with a stray NUL byte keeps its failures', () => {
    const log = readFileSync(FAIL_LOG)
    const at = log.indexOf(0x0a, 100)
    writeFileSync(
      join(dir, 'nul.json'),
      Buffer.concat([log.subarray(0, at), Buffer.from([0]), log.subarray(at)])
    )
    const r = explain('nul.json')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as { failures: unknown[] }
    expect(report.failures.length).toBeGreaterThan(0)
  })

  it('names compressed data, UTF-16 and random bytes, and lets text with a few odd bytes through', () => {
    expect(notText(gzipSync('x'))).toMatch(/gzip/)
    expect(notText(Buffer.from('PK\x03\x04rest', 'latin1'))).toMatch(/zip/)
    expect(notText(Buffer.from('\ufeffok', 'utf16le'))).toMatch(/UTF-16/)
    expect(notText(Buffer.from([...Array(4096)].map((_, i) => (i * 7919) % 256)))).toMatch(/binary data/)
    const text = Buffer.from('ok  \texample.com/x\t0.1s\n'.repeat(200) + '\0\x01\x02' + 'ünïcödé\n')
    expect(notText(text)).toBeNull()
    expect(notText(Buffer.alloc(0))).toBeNull()
  })
})

describe('explain: an input with no go test output is exit 2 with its reason', () => {
  it.each([
    [
      'gzip',
      () => writeFileSync(join(dir, 'a.gz'), gzipSync(readFileSync(FAIL_LOG))),
      'a.gz',
      /gzip-compressed/
    ],
    [
      'random bytes',
      () =>
        writeFileSync(
          join(dir, 'rnd'),
          Buffer.from([...Array(200_000)].map((_, i) => (i * 2654435761) >>> 24))
        ),
      'rnd',
      /binary data/
    ],
    ['empty', () => writeFileSync(join(dir, 'empty.json'), ''), 'empty.json', /empty: no go test output/],
    [
      'a dangling symlink',
      () => symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.json')),
      'dangling.json',
      /does not exist/
    ],
    [
      'a symlink to a directory',
      () => (mkdirSync(join(dir, 'd')), symlinkSync(join(dir, 'd'), join(dir, 'dlink'))),
      'dlink',
      /directory/
    ],
    ['a device', () => undefined, '/dev/zero', /not a regular file or pipe/],
    ['empty standard input', () => undefined, '-', /standard input is empty/]
  ])('%s', (_what, make, file, why) => {
    make()
    const r = explain(file)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(why)
  })

  it('one bad input among good ones: the report of the good one, and exit 2', () => {
    writeFileSync(join(dir, 'empty2.json'), '')
    const r = explain(FAIL_LOG, 'empty2.json')
    expect(r.status).toBe(2)
    expect((JSON.parse(r.stdout) as { failures: unknown[] }).failures.length).toBeGreaterThan(0)
    expect(r.stderr).toMatch(/empty2\.json is empty/)
  })
})
