/**
 * The probes on this real machine, compared with what the kernel says and with limits we set
 * ourselves: prlimit for NOFILE, a throw-away pids cgroup (pids.max=64) for the cgroup facts, and the
 * same inside a private cgroup namespace (`unshare -C`), where the mount root reads `/..`.
 * Runs the probes in a child process (so the limits and cgroup apply to it) two ways: a small bundle
 * of src/probes, and the built CLI (`node dist/cli.js doctor --json --go-probe off`) when dist/ is
 * current. Skips, saying why, when not Linux or not root.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { SYSCTL_KEYS, valueOf, type Facts } from '../../src/facts/types.js'

const REPO = join(import.meta.dirname, '../..')
const CLI = join(REPO, 'dist/cli.js')
const skipReason =
  process.platform !== 'linux'
    ? `not Linux (${process.platform})`
    : process.getuid?.() !== 0
      ? 'not root'
      : null
if (skipReason) console.log(`doctor-real: skipped: ${skipReason}`)
const d = skipReason ? describe.skip : describe

let work = ''
let probeJs = ''

function runFacts(cmd: string, args: string[]): Facts {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30000, maxBuffer: 16 << 20 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} -> ${r.status}: ${r.stderr.slice(0, 2000)}`)
  const j = JSON.parse(r.stdout) as { facts?: Facts } & Facts
  return j.facts ?? j
}

/** The built CLI, when it exists and answers `doctor --json` with facts; otherwise why not. */
function cliUsable(): string | null {
  if (!existsSync(CLI)) return 'dist/cli.js does not exist (run npm run bundle)'
  const r = spawnSync('node', [CLI, 'doctor', '--json', '--go-probe', 'off'], {
    encoding: 'utf8',
    timeout: 30000
  })
  try {
    const j = JSON.parse(r.stdout) as { facts?: Facts }
    if (!j.facts?.rlimits) return 'dist/cli.js doctor --json has no facts.rlimits'
    return null
  } catch {
    return `dist/cli.js doctor --json did not print JSON (exit ${r.status}): ${r.stderr.slice(0, 200)}`
  }
}

/** A cgroup for pids we create and remove: v1 pids hierarchy if mounted, else cgroup2 with pids delegated. */
function pidsCgroupRoot(): { root: string; v1: boolean } | null {
  const mi = readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
  for (const line of mi) {
    const [left, right] = line.split(' - ')
    if (!right) continue
    const f = left.split(' ')
    const [fstype, , sopts] = right.split(' ')
    if (fstype === 'cgroup' && sopts.split(',').includes('pids') && f[3] === '/')
      return { root: f[4], v1: true }
  }
  for (const line of mi) {
    const [left, right] = line.split(' - ')
    if (!right || !right.startsWith('cgroup2 ')) continue
    const mp = left.split(' ')[4]
    try {
      if (readFileSync(join(mp, 'cgroup.subtree_control'), 'utf8').split(/\s+/).includes('pids'))
        return { root: mp, v1: false }
    } catch {
      // not delegated
    }
  }
  return null
}

d('probes on this machine', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'geg-it-'))
    const entry = join(work, 'probe.ts')
    writeFileSync(
      entry,
      `import { NodeHost } from ${JSON.stringify(join(REPO, 'src/host/node-host.ts'))}
import { probeFacts } from ${JSON.stringify(join(REPO, 'src/probes/index.ts'))}
const t0 = performance.now()
const facts = await probeFacts(new NodeHost(), { workingDirectory: process.cwd(), goProbe: 'off' })
process.stdout.write(JSON.stringify({ facts, ms: performance.now() - t0 }))
`
    )
    probeJs = join(work, 'probe.mjs')
    buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: probeJs,
      logLevel: 'silent'
    })
  })
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('reads the kernel release, sysctls and rlimits the kernel reports', () => {
    const r = spawnSync('node', [probeJs], { encoding: 'utf8', timeout: 30000 })
    const { facts, ms } = JSON.parse(r.stdout) as { facts: Facts; ms: number }
    console.log(`probeFacts took ${ms.toFixed(0)} ms (including go env -json and unshare)`)
    expect(facts.system.kernel).toEqual({ value: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim() })
    for (const k of SYSCTL_KEYS) {
      const p = '/proc/sys/' + k.split('.').join('/')
      if (existsSync(p)) expect(facts.sysctl[k]).toEqual({ value: readFileSync(p, 'utf8').trim() })
      else expect(facts.sysctl[k]).toEqual({ unknown: expect.stringContaining('not present on this kernel') })
    }
    expect(valueOf(facts.system.user)?.uid).toBe(0)
  })

  it('sees the NOFILE limit prlimit gives the step shell, despite Node raising its own soft limit', () => {
    // As in a workflow step: a shell with the limits runs the probe (not as its last command, so the
    // shell stays the parent) and would run go test next.
    const facts = runFacts('prlimit', ['--nofile=1234:4321', 'sh', '-c', `node ${probeJs}; exit $?`])
    expect(facts.rlimits.nofile).toEqual({
      value: { soft: 1234, hard: 4321, note: expect.stringContaining('raised its own soft limit to 4321') }
    })
    // prlimit on node itself: Node raises soft to hard before any JS runs (src/node.cc); the parent
    // (jest) has other limits, so the soft 1234 is gone and the fact says so instead of guessing.
    const direct = runFacts('prlimit', ['--nofile=1234:4321', 'node', probeJs])
    expect(direct.rlimits.nofile).toEqual({
      value: { soft: 4321, hard: 4321, note: expect.stringContaining('cannot be recovered') }
    })
  })

  it('sees pids.max of a cgroup it is placed in, also inside a private cgroup namespace', () => {
    const cg = pidsCgroupRoot()
    if (!cg) {
      console.log('no writable pids cgroup hierarchy: skipped')
      return
    }
    const name = `go-env-guard-it-${process.pid}`
    const dir = join(cg.root, name)
    mkdirSync(dir)
    try {
      writeFileSync(join(dir, 'pids.max'), '64')
      const inCg = (...cmd: string[]) => ['-c', `echo $$ > ${dir}/cgroup.procs && exec "$@"`, 'sh', ...cmd]
      const facts = runFacts('sh', inCg('node', probeJs))
      const c = valueOf(facts.cgroup)!
      const key = cg.v1 ? 'pids' : 'unified'
      expect(c.paths[key]).toEqual({ path: `/${name}`, dir })
      expect(valueOf(c.pids)).toMatchObject({ max: 64, dir, effectiveMax: 64 })
      expect(valueOf(c.pids)?.current).toBeGreaterThanOrEqual(1)

      // unshare -C: /proc/self/cgroup says "/" and the mount root reads "/.."; the probe must still
      // find the directory (through cgroup.procs), not report the hierarchy root.
      if (spawnSync('unshare', ['-C', 'true']).status === 0) {
        const ns = runFacts('sh', inCg('unshare', '-C', 'node', probeJs))
        const n = valueOf(ns.cgroup)!
        expect(n.namespaced).toBe(true)
        expect(n.paths[key]).toEqual({ path: '/', dir })
        expect(valueOf(n.pids)).toMatchObject({ max: 64, dir })
      } else console.log('unshare -C not permitted: namespace case skipped')

      const why = cliUsable()
      if (why) console.log(`CLI check skipped: ${why}`)
      else {
        const viaCli = runFacts('sh', inCg('node', CLI, 'doctor', '--json', '--go-probe', 'off'))
        expect(valueOf(valueOf(viaCli.cgroup)?.pids)).toMatchObject({ max: 64, dir })
      }
    } finally {
      for (let i = 0; i < 50; i++) {
        try {
          rmdirSync(dir)
          break
        } catch {
          execFileSync('sleep', ['0.1'])
        }
      }
    }
    expect(existsSync(dir)).toBe(false)
  })

  it('gives the same NOFILE through the built CLI (when dist/ is current)', () => {
    const why = cliUsable()
    if (why) {
      console.log(`CLI check skipped: ${why}`)
      return
    }
    // As a workflow step would: the shell holds the limits and stays the CLI's parent.
    const facts = runFacts('prlimit', [
      '--nofile=1234:4321',
      'sh',
      '-c',
      `node ${CLI} doctor --json --go-probe off; exit $?`
    ])
    expect(facts.rlimits.nofile).toMatchObject({ value: { soft: 1234, hard: 4321 } })
  })
})
