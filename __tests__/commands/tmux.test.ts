/**
 * Must-show of issue 19: `doctor` and `explain` on a real 80x24 terminal (tmux, Debian's package):
 * no word cut by the terminal's own wrapping, the findings on the last screen, colour off under
 * NO_COLOR, and `explain` with a terminal on stdin says what it waits for. Skips, saying why, without
 * tmux. GEG_DIST=<another build> runs an older dist/ (main's, to show the tests failed before).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = process.cwd()
const DIST = process.env.GEG_DIST || join(ROOT, 'dist')
const SOCKET = `geg-ux-${process.pid}`
const hasTmux = spawnSync('sh', ['-c', 'command -v tmux']).status === 0
if (!hasTmux) console.log('tmux test skipped: no tmux on PATH (apt-get install tmux)')
const maybe = hasTmux ? it : it.skip

const tmux = (...args: string[]): string =>
  execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8', timeout: 30_000 })
const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

afterAll(() => {
  // Only the server of this test's own socket.
  spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
})

/** Runs `command` in a fresh 80x24 session until it prints the sentinel; returns what the pane shows. */
async function onTerminal(
  name: string,
  command: string,
  env: string[] = [],
  done = '__GEG_DONE__'
): Promise<{ screen: string; history: string; joined: string; escapes: string }> {
  const script = `cd ${JSON.stringify(ROOT)} && env ${env.join(' ')} ${command}; echo ${done}; sleep 600`
  tmux('new-session', '-d', '-x', '80', '-y', '24', '-s', name, 'sh', '-c', script)
  for (let i = 0; i < 300; i++) {
    if (tmux('capture-pane', '-p', '-J', '-S', '-', '-t', name).includes(done)) break
    await sleep(100)
  }
  const grab = (...a: string[]): string => tmux('capture-pane', '-p', ...a, '-t', name)
  const out = {
    screen: grab(),
    history: grab('-S', '-'),
    joined: grab('-J', '-S', '-'),
    escapes: grab('-e', '-S', '-')
  }
  tmux('kill-session', '-t', name)
  return out
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geg-tmux-'))
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n')
  writeFileSync(join(dir, 'Dockerfile'), 'FROM golang:1.20\nRUN go test ./...\n')
  return dir
}
const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

describe('an 80-column terminal', () => {
  maybe(
    'doctor: no word cut, the findings on the last screen',
    async () => {
      const dir = workspace()
      dirs.push(dir)
      const t = await onTerminal('doctor', `node ${DIST}/cli.js doctor --go-probe off --dir ${dir}`)
      // A line longer than the terminal is wrapped by the terminal, mid-word; joined again (-J) its
      // words differ from the pane's.
      expect(words(t.history)).toEqual(words(t.joined))
      expect(t.screen).toMatch(/\[docker-go-older-than-gomod\]/)
      expect(t.screen).not.toMatch(/^ {2}RLIMIT_NOFILE /m)
    },
    60_000
  )

  maybe(
    'explain: no word cut; NO_COLOR keeps escapes out',
    async () => {
      const log = join(ROOT, '__tests__/fixtures/real/nofile-limit/go-test.json')
      const t = await onTerminal('explain', `node ${DIST}/cli.js explain ${log}`, ['NO_COLOR=1'])
      expect(t.history).toContain('TestManyListeners')
      expect(words(t.history)).toEqual(words(t.joined))
      expect(t.screen).toMatch(/fix:/)
      expect(t.escapes).not.toMatch(/\x1b\[(3[0-9]|1|2)m/)
    },
    60_000
  )

  maybe(
    'explain with a terminal on stdin says what it waits for',
    async () => {
      const name = 'stdin'
      tmux(
        'new-session',
        '-d',
        '-x',
        '80',
        '-y',
        '24',
        '-s',
        name,
        'sh',
        '-c',
        `cd ${JSON.stringify(ROOT)} && node ${DIST}/cli.js explain; sleep 600`
      )
      let screen = ''
      for (let i = 0; i < 50 && !/standard input/.test(screen); i++) {
        await sleep(100)
        screen = tmux('capture-pane', '-p', '-J', '-t', name)
      }
      tmux('kill-session', '-t', name)
      expect(screen).toMatch(/reading go test output from standard input/)
    },
    30_000
  )
})
