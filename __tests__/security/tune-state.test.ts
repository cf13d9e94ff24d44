/**
 * "Lost restores" (the tune part of the security sweep), shown with real processes and real sysctls:
 * the built CLI and the action's main and post steps run inside a Sandbox (a network namespace of their
 * own, /proc/sys read-only except /proc/sys/net), where net.core.somaxconn and
 * net.ipv4.ip_local_port_range start narrow (100, "40000 42999") so that both the CLI's `--rule` and the
 * action's own preflight plan to widen them. Each case ends with every sysctl as it was before apply, and
 * the host's allow-listed sysctls never move.
 *
 * - kill -9 (strace -e inject=<syscall>:signal=KILL:when=N -P <state file> -P <its temp file>) at every
 *   write, fsync and rename of the state file, for the CLI and for the action's main;
 * - ENOSPC (error=ENOSPC) at each of them;
 * - the action used twice in one job, in both post orders, and twice at once;
 * - tampered state files.
 * strace's `when=N` counts per thread, so the runs use UV_THREADPOOL_SIZE=1: every asynchronous file
 * operation then happens on the one pool thread, and N counts them all.
 *
 * Skipped, with the reason printed, unless root with unshare, nsenter and strace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { ALLOWLIST } from '../../src/remediate/allowlist.js'
import {
  actionEnv,
  buildBundles,
  hostSnapshot,
  liveCommands,
  parseCommandFile,
  PORTS,
  postEnv,
  Sandbox,
  skipReason,
  SOMAXCONN,
  stepFiles,
  tmp,
  type Ran
} from './sandbox.js'

const REASON = skipReason()
if (REASON) console.warn(`__tests__/security/tune-state.test.ts: skipped: ${REASON}`)
const d = REASON ? describe.skip : describe

const NARROW = { [SOMAXCONN]: '100', [PORTS]: '40000 42999' }
const WIDE = { [SOMAXCONN]: '4096', [PORTS]: '1024 65535' }
const RULES = ['--rule', 'somaxconn-backlog,ephemeral-ports']
const SYSCALLS = ['write', 'fsync', 'rename'] as const
const HOST_KEYS = ALLOWLIST.map(s => s.key)

let dist = ''
let hostBefore: Record<string, string> = {}
const timings: string[] = []

beforeAll(async () => {
  if (REASON) return
  hostBefore = hostSnapshot(HOST_KEYS)
  dist = await buildBundles()
}, 180_000)

afterAll(() => {
  if (REASON) return
  console.log(`tune-state timings:\n${timings.join('\n')}`)
  expect(hostSnapshot(HOST_KEYS)).toEqual(hostBefore)
})

const values = (sb: Sandbox): Record<string, string> => ({
  [SOMAXCONN]: sb.get(SOMAXCONN),
  [PORTS]: sb.get(PORTS)
})
const narrow = (sb: Sandbox): void => {
  sb.set(SOMAXCONN, NARROW[SOMAXCONN]!)
  sb.set(PORTS, NARROW[PORTS]!)
}
const tempOf = (path: string): string => path.replace(/([^/]+)$/, '.$1.tmp')
const stepId = (): string => randomBytes(8).toString('hex')
const killed = (r: Ran): boolean => r.signal === 'SIGKILL' || r.code === 137

/** strace arguments: inject `what` at the n-th `syscall` on the given paths (none: trace only). */
function strace(
  paths: readonly string[],
  inject: { syscall: string; n: number; what: 'signal=KILL' | 'error=ENOSPC' } | null,
  out = '/dev/null'
): string[] {
  return [
    '-f',
    '-qq',
    '-o',
    out,
    '-e',
    'signal=none',
    '-e',
    'trace=write,pwrite64,fsync,fdatasync,rename,renameat,renameat2',
    ...(inject ? ['-e', `inject=${inject.syscall}:${inject.what}:when=${inject.n}`] : []),
    ...paths.flatMap(p => ['-P', p])
  ]
}

/** How many times each syscall touched the paths in a run without injection. */
function counts(traceFile: string): Record<string, number> {
  const text = readFileSync(traceFile, 'utf8')
  const out: Record<string, number> = {}
  for (const sc of SYSCALLS) out[sc] = (text.match(new RegExp(`\\b${sc}\\(`, 'g')) ?? []).length
  return out
}

/** Whether a file holds complete JSON (the state file must never be seen half-written). */
function completeJson(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'))
    return true
  } catch {
    return false
  }
}

// ---- the CLI ---------------------------------------------------------------------------------------

const cliEnv = (): Record<string, string> => ({
  ...(process.env as Record<string, string>),
  UV_THREADPOOL_SIZE: '1',
  RUNNER_TEMP: '',
  GITHUB_ENV: ''
})
const cli = (sb: Sandbox, args: string[], cwd: string, pre: string[] = []): Promise<Ran> =>
  pre.length
    ? sb.run('strace', [...pre, process.execPath, join(dist, 'cli.js'), ...args], { env: cliEnv(), cwd })
    : sb.run(process.execPath, [join(dist, 'cli.js'), ...args], { env: cliEnv(), cwd })

d('tune state under kill -9 and ENOSPC (the CLI)', () => {
  it('kill -9 at every write, fsync and rename of the state file: a fresh `tune restore` puts every sysctl back', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    const dir = tmp('cli-kill')
    const F = join(dir, 'state.json')
    const points: string[] = []
    let changedThenKilled = 0
    try {
      for (const syscall of SYSCALLS) {
        let n = 1
        for (; n <= 60; n++) {
          rmSync(F, { force: true })
          rmSync(tempOf(F), { force: true })
          narrow(sb)
          const apply = await cli(
            sb,
            ['tune', 'apply', '--state', F, ...RULES],
            dir,
            strace([F, tempOf(F)], { syscall, n, what: 'signal=KILL' })
          )
          // Atomic replacement: the file is the previous version or the new one, never a part.
          if (existsSync(F))
            expect({ syscall, n, complete: completeJson(F) }).toEqual({ syscall, n, complete: true })
          const mid = values(sb)
          if (killed(apply) && JSON.stringify(mid) !== JSON.stringify(NARROW)) changedThenKilled++
          const restore = await cli(sb, ['tune', 'restore', '--state', F], dir)
          expect({
            syscall,
            n,
            restore: restore.code,
            values: values(sb),
            temp: existsSync(tempOf(F))
          }).toEqual({
            syscall,
            n,
            restore: 0,
            values: NARROW,
            temp: false
          })
          if (!killed(apply)) {
            expect({ syscall, n, apply: apply.code, stderr: apply.stderr }).toEqual({
              syscall,
              n,
              apply: 0,
              stderr: ''
            })
            break
          }
        }
        expect(n).toBeGreaterThan(1) // it was killed at least once
        points.push(`${syscall}: killed at ${n - 1}`)
      }
      // Some kills came after a sysctl had changed: those are the restores that used to be lost.
      expect(changedThenKilled).toBeGreaterThan(0)
    } finally {
      sb.stop()
    }
    timings.push(`CLI kill -9 (${points.join(', ')}): ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }, 300_000)

  it('ENOSPC at every write, fsync and rename of the state file: after `tune restore` every sysctl is as before', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    const dir = tmp('cli-enospc')
    const F = join(dir, 'state.json')
    try {
      narrow(sb)
      const trace = join(dir, 'trace.txt')
      const clean = await cli(
        sb,
        ['tune', 'apply', '--state', F, ...RULES],
        dir,
        strace([F, tempOf(F)], null, trace)
      )
      expect(clean.code).toBe(0)
      const n0 = counts(trace)
      expect(n0['write']).toBeGreaterThanOrEqual(5)
      await cli(sb, ['tune', 'restore', '--state', F], dir)
      let runs = 0
      for (const syscall of SYSCALLS)
        for (let n = 1; n <= n0[syscall]!; n++) {
          rmSync(F, { force: true })
          narrow(sb)
          const apply = await cli(
            sb,
            ['tune', 'apply', '--state', F, ...RULES],
            dir,
            strace([F, tempOf(F)], { syscall, n, what: 'error=ENOSPC' })
          )
          expect(killed(apply)).toBe(false)
          if (existsSync(F))
            expect({ syscall, n, complete: completeJson(F) }).toEqual({ syscall, n, complete: true })
          const restore = await cli(sb, ['tune', 'restore', '--state', F], dir)
          expect({ syscall, n, restore: restore.code, values: values(sb) }).toEqual({
            syscall,
            n,
            restore: 0,
            values: NARROW
          })
          runs++
        }
      timings.push(
        `CLI ENOSPC (${runs} runs: ${SYSCALLS.map(s => `${s} ${n0[s]}`).join(', ')}): ${((Date.now() - t0) / 1000).toFixed(1)} s`
      )
    } finally {
      sb.stop()
    }
  }, 300_000)
})

// ---- the action ------------------------------------------------------------------------------------

interface Step {
  rt: string
  ws: string
  env: Record<string, string>
  files: ReturnType<typeof stepFiles>
  id: string
}

function newStep(
  root: string,
  name: string,
  rt: string,
  ws: string,
  extra: Record<string, string> = {}
): Step {
  const files = stepFiles(root, name)
  const id = stepId()
  return {
    rt,
    ws,
    files,
    id,
    env: actionEnv(ws, rt, files, { UV_THREADPOOL_SIZE: '1', GO_ENV_GUARD_TEST_STEP_ID: id, ...extra })
  }
}

function job(name: string): { root: string; rt: string; ws: string } {
  const root = tmp(name)
  const rt = join(root, 'runner-temp')
  const ws = join(root, 'ws')
  mkdirSync(rt, { recursive: true })
  mkdirSync(ws, { recursive: true })
  return { root, rt, ws }
}

/** The step's own state file, the temp file it is written through, and the shared name used before. */
const statePaths = (s: Step): string[] => {
  const f = join(s.rt, 'go-env-guard', `action-tune-state-${s.id}.json`)
  return [f, tempOf(f), join(s.rt, 'go-env-guard', 'action-tune-state.json')]
}
/** Whichever action state file exists for the step (this version's name, or the shared one). */
const stateFileOf = (s: Step): string | null =>
  statePaths(s).find(p => !p.endsWith('.tmp') && existsSync(p)) ?? null

const main = (sb: Sandbox, s: Step, pre: string[] = []): Promise<Ran> =>
  pre.length
    ? sb.run('strace', [...pre, process.execPath, join(dist, 'index.js')], { env: s.env, cwd: s.ws })
    : sb.run(process.execPath, [join(dist, 'index.js')], { env: s.env, cwd: s.ws })

async function post(
  sb: Sandbox,
  s: Step,
  root: string,
  edit?: (e: Record<string, string>) => void
): Promise<Ran> {
  const pf = stepFiles(root, `post-${s.id}`)
  const env = postEnv(s.env, s.files, pf)
  edit?.(env)
  const r = await sb.run(process.execPath, [join(dist, 'post.js')], { env, cwd: s.ws })
  expect({ post: r.code }).toEqual({ post: 0 })
  return r
}

const reportOf = (s: Step): string | undefined => parseCommandFile(s.files.output)['report']

d('the action under kill -9 and ENOSPC (main, then post)', () => {
  it('main killed at every write, fsync and rename of its state file: post restores, from the saved step state when the file is unusable', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    const points: string[] = []
    let fellBack = 0
    try {
      for (const syscall of SYSCALLS) {
        let n = 1
        let done = false
        for (; n <= 60 && !done; n++)
          for (const variant of ['as left', 'cut in half'] as const) {
            const j = job('act-kill')
            const s = newStep(j.root, 'main', j.rt, j.ws)
            narrow(sb)
            const m = await main(sb, s, strace(statePaths(s), { syscall, n, what: 'signal=KILL' }))
            const file = stateFileOf(s)
            if (file && variant === 'as left')
              expect({ syscall, n, complete: completeJson(file) }).toEqual({ syscall, n, complete: true })
            const changed = JSON.stringify(values(sb)) !== JSON.stringify(NARROW)
            // The old failure, made on purpose: a state file cut short (as a truncate-then-write left it).
            if (file && variant === 'cut in half') truncateSync(file, Math.floor(statSync(file).size / 2))
            const p = await post(sb, s, j.root)
            expect({ syscall, n, variant, values: values(sb) }).toEqual({
              syscall,
              n,
              variant,
              values: NARROW
            })
            expect(liveCommands(p.stdout).filter(l => l.startsWith('::error'))).toEqual([])
            if (variant === 'cut in half' && file && changed) {
              expect(p.stdout).toMatch(
                /tune state file unusable: .*restoring from the saved step state instead/
              )
              fellBack++
            }
            if (!killed(m)) {
              expect({ syscall, n, main: m.code }).toEqual({ syscall, n, main: 0 })
              done = true
            }
          }
        expect(n).toBeGreaterThan(2) // killed at least once
        points.push(`${syscall}: killed at ${n - 2}`)
      }
      expect(fellBack).toBeGreaterThan(0)
    } finally {
      sb.stop()
    }
    timings.push(
      `action kill -9 (${points.join(', ')}; 2 posts each): ${((Date.now() - t0) / 1000).toFixed(1)} s`
    )
  }, 600_000)

  it('ENOSPC at every write, fsync and rename of the state file: after post every sysctl is as before', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    try {
      const j0 = job('act-enospc')
      const s0 = newStep(j0.root, 'main', j0.rt, j0.ws)
      narrow(sb)
      const trace = join(j0.root, 'trace.txt')
      expect((await main(sb, s0, strace(statePaths(s0), null, trace))).code).toBe(0)
      const n0 = counts(trace)
      expect(n0['write']).toBeGreaterThanOrEqual(5)
      await post(sb, s0, j0.root)
      expect(values(sb)).toEqual(NARROW)
      let runs = 0
      for (const syscall of SYSCALLS)
        for (let n = 1; n <= n0[syscall]!; n++) {
          const j = job('act-enospc')
          const s = newStep(j.root, 'main', j.rt, j.ws)
          narrow(sb)
          const m = await main(sb, s, strace(statePaths(s), { syscall, n, what: 'error=ENOSPC' }))
          expect(killed(m)).toBe(false)
          await post(sb, s, j.root)
          expect({ syscall, n, values: values(sb) }).toEqual({ syscall, n, values: NARROW })
          runs++
        }
      timings.push(
        `action ENOSPC (${runs} runs: ${SYSCALLS.map(s => `${s} ${n0[s]}`).join(', ')}): ${((Date.now() - t0) / 1000).toFixed(1)} s`
      )
    } finally {
      sb.stop()
    }
  }, 600_000)
})

d('the action used twice (one RUNNER_TEMP)', () => {
  it.each([
    ['main1, main2, post2, post1', [1, 0]],
    ['main1, main2, post1, post2', [0, 1]]
  ] as const)(
    '%s: every sysctl as before at the end; two reports',
    async (_name, order) => {
      const t0 = Date.now()
      const sb = await Sandbox.start()
      try {
        const j = job('twice')
        const steps = [newStep(j.root, 'main1', j.rt, j.ws), newStep(j.root, 'main2', j.rt, j.ws)]
        narrow(sb)
        for (const s of steps) expect((await main(sb, s)).code).toBe(0)
        expect(values(sb)).toEqual(WIDE)
        const reports = steps.map(reportOf)
        for (const i of order) await post(sb, steps[i]!, j.root)
        expect(values(sb)).toEqual(NARROW)
        expect(new Set(reports).size).toBe(2)
        for (const r of reports) expect(existsSync(r!)).toBe(true)
      } finally {
        sb.stop()
      }
      timings.push(`twice, ${_name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    },
    120_000
  )

  it('both mains change the keys (a step between them narrows them again); posts crossed: the keys stay relaxed until the last post, which puts back the first original', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    try {
      const j = job('twice-crossed')
      const [a, b] = [newStep(j.root, 'main1', j.rt, j.ws), newStep(j.root, 'main2', j.rt, j.ws)]
      narrow(sb)
      expect((await main(sb, a!)).code).toBe(0)
      narrow(sb) // the user's own step, between the two uses
      expect((await main(sb, b!)).code).toBe(0)
      expect(values(sb)).toEqual(WIDE)
      const p1 = await post(sb, a!, j.root)
      // main2 changed the keys after main1 and has not restored: main1's post leaves them to it.
      expect(values(sb)).toEqual(WIDE)
      expect(p1.stdout).toMatch(/handed-over\s+net\.core\.somaxconn/)
      await post(sb, b!, j.root)
      expect(values(sb)).toEqual(NARROW)
    } finally {
      sb.stop()
    }
    timings.push(`twice, both change, crossed posts: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }, 120_000)

  it('two mains at once, then their posts at once, five times: every sysctl as before each time; two reports', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    try {
      for (let round = 0; round < 5; round++) {
        const j = job('concurrent')
        const steps = [newStep(j.root, 'main1', j.rt, j.ws), newStep(j.root, 'main2', j.rt, j.ws)]
        narrow(sb)
        const mains = await Promise.all(steps.map(s => main(sb, s)))
        expect(mains.map(m => m.code)).toEqual([0, 0])
        expect(values(sb)).toEqual(WIDE)
        const reports = steps.map(reportOf)
        await Promise.all(steps.map(s => post(sb, s, j.root)))
        expect({ round, values: values(sb) }).toEqual({ round, values: NARROW })
        expect(new Set(reports).size).toBe(2)
        for (const r of reports) expect(existsSync(r!)).toBe(true)
      }
    } finally {
      sb.stop()
    }
    timings.push(`two at once, 5 rounds: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }, 180_000)
})

// ---- tampering -------------------------------------------------------------------------------------

type Entry = { key: string; before: string; after: string; note?: string }
function tamper(path: string, edit: (changes: Entry[]) => void): void {
  const st = JSON.parse(readFileSync(path, 'utf8')) as { changes: Entry[] }
  edit(st.changes)
  writeFileSync(path, JSON.stringify(st, null, 2))
}
const entry = (changes: Entry[], key: string): Entry => changes.find(c => c.key === key)!
const FORGED = '\n::error::x'

d('tampered state', () => {
  it('CLI: "before" somaxconn 1, and a value holding "\\n::error::x": nothing written, a warning, no raw newline in the output', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    const dir = tmp('cli-tamper')
    try {
      // 1: a tighter "original" than the key's floor.
      const F1 = join(dir, 'one.json')
      narrow(sb)
      expect((await cli(sb, ['tune', 'apply', '--state', F1, ...RULES], dir)).code).toBe(0)
      tamper(F1, c => void (entry(c, SOMAXCONN).before = '1'))
      const r1 = await cli(sb, ['tune', 'restore', '--state', F1], dir)
      expect(sb.get(SOMAXCONN)).toBe('4096') // never 1
      expect(sb.get(PORTS)).toBe(NARROW[PORTS]) // the untouched entry is restored
      expect(r1.stdout).toMatch(/net\.core\.somaxconn: 1 is below the floor of 16 that restore ever writes/)

      // 2: a value and a note holding a newline and a workflow command.
      const F2 = join(dir, 'two.json')
      narrow(sb)
      expect((await cli(sb, ['tune', 'apply', '--state', F2, ...RULES], dir)).code).toBe(0)
      tamper(F2, c => {
        entry(c, PORTS).before = NARROW[PORTS] + FORGED
        entry(c, SOMAXCONN).note = FORGED
      })
      const r2 = await cli(sb, ['tune', 'restore', '--state', F2], dir)
      expect(sb.get(PORTS)).toBe(WIDE[PORTS]) // refused: nothing written
      expect(r2.stdout + r2.stderr).toMatch(
        /the entry for net\.ipv4\.ip_local_port_range holds a value that is not a net\.ipv4\.ip_local_port_range value; refused \(never written\)/
      )
      expect(liveCommands(r2.stdout + r2.stderr)).toEqual([])
      expect(r2.stdout + r2.stderr).not.toContain(FORGED)
    } finally {
      sb.stop()
    }
    timings.push(`CLI tampered: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }, 120_000)

  it('CLI: a state file that is a symlink, owned by another user, or writable by others is refused; nothing is written', async () => {
    const sb = await Sandbox.start()
    const dir = tmp('cli-owner')
    try {
      const F = join(dir, 'state.json')
      narrow(sb)
      expect((await cli(sb, ['tune', 'apply', '--state', F, ...RULES], dir)).code).toBe(0)
      chmodSync(F, 0o666)
      const open = await cli(sb, ['tune', 'restore', '--state', F], dir)
      expect(open.code).toBe(2)
      expect(open.stderr).toMatch(/writable by others \(mode 666\); refusing to trust it/)
      chmodSync(F, 0o600)
      chownSync(F, 65534, 65534)
      const theirs = await cli(sb, ['tune', 'restore', '--state', F], dir)
      expect(theirs.code).toBe(2)
      expect(theirs.stderr).toMatch(/owned by uid 65534, not by this user \(uid 0\)/)
      chownSync(F, 0, 0)
      symlinkSync(F, join(dir, 'link.json'))
      const link = await cli(sb, ['tune', 'restore', '--state', join(dir, 'link.json')], dir)
      expect(link.code).toBe(2)
      expect(link.stderr).toMatch(/is a symbolic link/)
      expect(values(sb)).toEqual(WIDE) // nothing was written by any of them
      expect((await cli(sb, ['tune', 'restore', '--state', F], dir)).code).toBe(0)
      expect(values(sb)).toEqual(NARROW)
    } finally {
      sb.stop()
    }
  }, 120_000)

  it('action: entries changed in the state file are refused ("tampered"); post restores from the saved step state, or writes nothing without it; no raw newline reaches the log', async () => {
    const t0 = Date.now()
    const sb = await Sandbox.start()
    try {
      for (const saved of ['kept', 'emptied'] as const) {
        const j = job('act-tamper')
        const s = newStep(j.root, 'main', j.rt, j.ws)
        narrow(sb)
        expect((await main(sb, s)).code).toBe(0)
        expect(values(sb)).toEqual(WIDE)
        tamper(stateFileOf(s)!, c => {
          entry(c, SOMAXCONN).before = '1'
          entry(c, PORTS).before = NARROW[PORTS] + FORGED
        })
        const p = await post(sb, s, j.root, env => {
          if (saved === 'kept') return
          // As if main had been killed before it saved its record of the changes.
          const k = 'STATE_go-env-guard-tune'
          const rec = JSON.parse(env[k] ?? '{}') as { state?: { changes: unknown[] } }
          if (rec.state) rec.state.changes = []
          env[k] = JSON.stringify(rec)
        })
        expect(sb.get(SOMAXCONN)).not.toBe('1')
        expect(p.stdout).toMatch(
          /::warning::go-env-guard: tampered: the entry for net\.core\.somaxconn in \S+ does not carry this step's signature; refused \(never written\)/
        )
        expect(p.stdout).toMatch(
          /the entry for net\.ipv4\.ip_local_port_range holds a value that is not a net\.ipv4\.ip_local_port_range value; refused/
        )
        expect(liveCommands(p.stdout).filter(l => !l.startsWith('::warning::go-env-guard: '))).toEqual([])
        expect(p.stdout).not.toContain(FORGED)
        expect({ saved, values: values(sb) }).toEqual({ saved, values: saved === 'kept' ? NARROW : WIDE })
      }
    } finally {
      sb.stop()
    }
    timings.push(`action tampered: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }, 120_000)
})
