/**
 * Zero live workflow commands from hostile input, over everything the built main, post and CLI print:
 * a Go module whose test names, test output, vet messages and panics carry every form of command the
 * runner knows (helpers/runner-rules hostileLines), the same output saved for `results` mode (and a
 * crafted -json log whose package names are hostile), a plain-text log, a Dockerfile and compose file
 * full of them, and a report handed to `tune plan --report`. The runner-rules emulation reads each
 * step's whole output. Run against an older build with GEG_DIST=<its dist/>.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, DIST, mainThenPost, ROOT, runStep } from '../helpers/action-steps.js'
import { foreignCommands, hostileLines } from '../helpers/runner-rules.js'

const HAVE_GO = spawnSync('go', ['version']).status === 0
const goIt = HAVE_GO ? it : it.skip

let base: string
let ws: string
let files: string
const lines = hostileLines()

/** A Go string literal: quotes, backslashes, control and non-ASCII characters escaped. */
const goString = (s: string): string =>
  '"' +
  [...s]
    .map(c => {
      const n = c.codePointAt(0)!
      if (c === '"' || c === '\\') return '\\' + c
      return n < 0x20 || n > 0x7e ? `\\U${n.toString(16).padStart(8, '0')}` : c
    })
    .join('') +
  '"'

function hostileModule(dir: string): void {
  mkdirSync(join(dir, 'hostile'), { recursive: true })
  writeFileSync(join(dir, 'go.mod'), 'module example.com/hostile\n\ngo 1.22\n')
  const list = `var lines = []string{\n${lines.map(l => `\t${goString(l)},`).join('\n')}\n}\n`
  writeFileSync(
    join(dir, 'hostile/hostile_test.go'),
    `package hostile

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

${list}
func TestHostileNames(t *testing.T) {
	for _, name := range []string{"##[error]x", "##[stop-commands]x", "::error pwnkey=1::x", "::stop-commands::evil"} {
		t.Run(name, func(t *testing.T) { t.Fatal("open /tmp/" + name + ": too many open files") })
	}
}

func TestHostileOutput(t *testing.T) {
	for _, l := range lines {
		fmt.Println(l)
		fmt.Fprintln(os.Stderr, l)
	}
	t.Log("start\\n" + strings.Join(lines, "\\n"))
	t.Error("socket: too many open files\\n" + strings.Join(lines, "\\n"))
}

func TestHostilePanic(t *testing.T) {
	panic("::error pwnkey=1::x\\n##[error]x\\n" + strings.Join(lines, "\\n"))
}
`
  )
  // A vet failure during go test: its message quotes the argument.
  mkdirSync(join(dir, 'vetfail'), { recursive: true })
  writeFileSync(
    join(dir, 'vetfail/v_test.go'),
    'package vetfail\n\nimport (\n\t"fmt"\n\t"testing"\n)\n\nfunc TestVet(t *testing.T) { fmt.Printf("%d\\n", "##[error]x ::error pwnkey=1::y") }\n'
  )
}

function hostileJsonLog(): string {
  const ev = (o: object) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', ...o })
  const out: string[] = []
  for (const [i, l] of lines.slice(0, 40).entries()) {
    const pkg = `example.com/${l.replace(/\s/g, '_')}/p${i}`
    out.push(ev({ Action: 'run', Package: pkg, Test: `TestX/${l}` }))
    out.push(
      ev({ Action: 'output', Package: pkg, Test: `TestX/${l}`, Output: `${l}\n    x_test.go:3: ${l}\n` })
    )
    out.push(ev({ Action: 'fail', Package: pkg, Test: `TestX/${l}`, Elapsed: 0 }))
    out.push(ev({ Action: 'output', Package: pkg, Output: `FAIL\t${pkg}\t0.01s\n` }))
    out.push(ev({ Action: 'fail', Package: pkg, Elapsed: 0 }))
  }
  return out.join('\n') + '\n'
}

function hostileText(): string {
  return [
    '=== RUN   TestA',
    ...lines.map(l => `    a_test.go:9: ${l}`),
    ...lines,
    '--- FAIL: TestA (0.00s)',
    '=== RUN   TestB/##[error]x',
    '    b_test.go:3: dial tcp 127.0.0.1:80: connect: cannot assign requested address',
    '--- FAIL: TestB/##[error]x (0.00s)',
    'FAIL',
    'FAIL\texample.com/::error pwnkey=1::x\t0.01s',
    ''
  ].join('\n')
}

function hostileContainerFiles(dir: string): void {
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM golang:1.18',
      ...lines.map(l => `RUN ulimit -n 64 && echo ${JSON.stringify(l)} && go test ./...`)
    ].join('\n') + '\n'
  )
  writeFileSync(
    join(dir, 'compose.yml'),
    `services:\n  t:\n    image: golang:1.26\n    pids_limit: 8\n    command: go test ./...\n    environment:\n${lines
      .slice(0, 20)
      .map((l, i) => `      V${i}: ${JSON.stringify(l)}`)
      .join('\n')}\n    tmpfs:\n      - /tmp:noexec\n`
  )
}

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
  base = mkdtempSync(join(tmpdir(), 'geg-live-'))
  ws = join(base, 'ws')
  files = join(base, 'files')
  mkdirSync(join(files, 'runner-temp'), { recursive: true })
  mkdirSync(ws)
  hostileModule(ws)
  hostileContainerFiles(ws)
  writeFileSync(join(ws, 'hostile.json'), hostileJsonLog())
  writeFileSync(join(ws, 'hostile.txt'), hostileText())
}, 120_000)

afterAll(() => rmSync(base, { recursive: true, force: true }))

const lint = 'Dockerfile\ncompose.yml'

describe('the action prints no live command from hostile input', () => {
  goIt(
    'go-test mode: hostile test names, output, stderr, vet and panics',
    async () => {
      const r = await runStep(
        'index',
        ws,
        actionEnv(ws, files, { 'go-test': '-count=1 ./...', dockerfiles: lint }),
        120_000
      )
      expect(r.code).toBe(1) // go test failed, and nothing switched our own commands off
      expect(r.stdout).toContain('TestHostileNames')
      expect(foreignCommands(r.stdout)).toEqual([])
      // Our own annotations still reach the runner.
      expect(r.stdout).toMatch(/^::(error|warning|notice) /m)
    },
    180_000
  )

  it('results mode: a hostile -json log (packages, tests, output) and a text log', async () => {
    const r = await mainThenPost(
      ws,
      actionEnv(ws, files, { results: 'hostile.json\nhostile.txt', dockerfiles: lint })
    )
    expect(r.post.summary).toContain('TestX')
    expect(foreignCommands(r.main.stdout)).toEqual([])
    expect(foreignCommands(r.post.stdout)).toEqual([])
  }, 120_000)
})

describe('the CLI in CI prints no live command from hostile input', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], {
      cwd: ws,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        GITHUB_ACTIONS: 'true',
        ...env
      },
      maxBuffer: 64 << 20
    })
  const both = (r: { stdout: string; stderr: string }) => r.stdout + '\n' + r.stderr

  it.each([
    ['explain text', ['explain', 'hostile.json', 'hostile.txt', '--no-probe']],
    ['explain --json', ['explain', 'hostile.json', 'hostile.txt', '--no-probe', '--json']],
    ['doctor over hostile container files', ['doctor', '--go-probe', 'off']],
    ['doctor --json', ['doctor', '--go-probe', 'off', '--json']]
  ])('%s', (_what, args) => {
    const r = cli(args)
    expect(r.stdout.length).toBeGreaterThan(100)
    expect(foreignCommands(both(r))).toEqual([])
    if (args.includes('--json')) expect(() => JSON.parse(r.stdout)).not.toThrow()
  })

  it('also with CI=true alone (another CI system)', () => {
    const r = cli(['explain', 'hostile.txt', '--no-probe'], { GITHUB_ACTIONS: '', CI: 'true' })
    expect(foreignCommands(both(r))).toEqual([])
  })

  it('tune plan --report with hostile evidence (\\r and newlines inside)', () => {
    const report = {
      version: 1,
      tool: { name: 'go-env-guard', version: '0.0.0' },
      facts: {},
      findings: [],
      failures: [
        {
          package: '::error pwnkey=1::pkg',
          test: '##[error]T',
          kind: 'test',
          excerpt: lines.join('\n'),
          causes: ['nofile-limit', 'ephemeral-ports', 'somaxconn-backlog'].map(rule => ({
            rule,
            confidence: 'high',
            evidence: [`x\r::error pwnkey=1::${rule}`, ...lines],
            remedy: `ulimit -n 65536\n::add-mask::${rule}`
          }))
        }
      ],
      totals: { packages: 1, tests: 1, passed: 0, failed: 1, skipped: 0 }
    }
    writeFileSync(join(ws, 'report.json'), JSON.stringify(report))
    for (const extra of [[], ['--json']]) {
      const r = cli(['tune', 'plan', '--report', 'report.json', ...extra])
      expect(foreignCommands(both(r))).toEqual([])
    }
  })
})
