/**
 * The restore-order ledger, the atomic state file and the action's signed records, over a FixtureHost
 * (its /run, /tmp and /proc/sys are a temporary directory). The same behaviour with real processes and
 * real sysctls is in __tests__/security/tune-state.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { FixtureHost } from '../../src/host/fixture-host.js'
import { tempPathFor } from '../../src/host/host.js'
import { restoreInPost, tuneInMain, type TuneRecord } from '../../src/remediate/action.js'
import { belowFloor, specFor, validValue } from '../../src/remediate/allowlist.js'
import { applyPlan } from '../../src/remediate/apply.js'
import { ledgerDir, withLedger, type Ledger } from '../../src/remediate/ledger.js'
import { oneLine } from '../../src/remediate/oneline.js'
import type { PlanStep, TunePlan } from '../../src/remediate/plan.js'
import { refuseRestore, restoreState } from '../../src/remediate/restore.js'
import { emptyState, entryMac, macValid, readStateFile, writeStateFile } from '../../src/remediate/state.js'
import { makeFacts, runner, sysctl, user } from '../catalog/harness.js'
import { tmp } from './helpers.js'

const ROOT = { method: 'direct' as const, detail: 'root' }
const A = 'cli:aaaaaaaaaaaaaaaa'
const B = 'cli:bbbbbbbbbbbbbbbb'

function root(values: Record<string, string>): string {
  const dir = tmp('ledger')
  for (const [key, v] of Object.entries(values)) {
    const p = join(dir, 'proc/sys', key.replace(/\./g, '/'))
    mkdirSync(join(p, '..'), { recursive: true })
    writeFileSync(p, v + '\n')
  }
  mkdirSync(join(dir, 'proc/sys/kernel/random'), { recursive: true })
  writeFileSync(join(dir, 'proc/sys/kernel/random/boot_id'), 'boot-1\n')
  return dir
}
const read = (dir: string, key: string): string =>
  readFileSync(join(dir, 'proc/sys', key.replace(/\./g, '/')), 'utf8').trim()
const set = (dir: string, key: string, v: string): void =>
  writeFileSync(join(dir, 'proc/sys', key.replace(/\./g, '/')), v + '\n')
const step = (key: string, from: string, to: string, rule = 'max-map-count'): PlanStep => ({
  kind: 'sysctl',
  key,
  from,
  to,
  command: '',
  reason: 'test',
  rule,
  scope: 'host',
  auto: true
})
const planOf = (...steps: PlanStep[]): TunePlan => ({ steps, notes: [], where: 'local' })
const MMC = 'vm.max_map_count'

async function stackOf(
  host: FixtureHost,
  key: string
): Promise<{ owner: string; before: string; after: string }[]> {
  const { value } = await withLedger(host, 'boot-1', async l => (l as Ledger).stack(key, null))
  return value.map(({ owner, before, after }) => ({ owner, before, after }))
}

describe('the ledger: one stack per key, restored in reverse order across owners', () => {
  it('lives in /run/go-env-guard as root, else $XDG_RUNTIME_DIR/go-env-guard, else /tmp/go-env-guard-<uid>', () => {
    expect(ledgerDir(new FixtureHost({ root: '/x', uid: 0 }))).toBe('/run/go-env-guard')
    expect(
      ledgerDir(new FixtureHost({ root: '/x', uid: 1001, env: { XDG_RUNTIME_DIR: '/run/user/1001' } }))
    ).toBe('/run/user/1001/go-env-guard')
    expect(ledgerDir(new FixtureHost({ root: '/x', uid: 1001 }))).toBe('/tmp/go-env-guard-1001')
  })

  it('crossed restores: the first owner writes nothing and hands its original to the later one, which puts it back', async () => {
    const dir = root({ [MMC]: '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const a = await applyPlan(host, planOf(step(MMC, '65530', '100000')), {
      statePath: null,
      owner: A,
      privilege: ROOT
    })
    set(dir, MMC, '70000') // someone (a user's step) changes it in between
    const b = await applyPlan(host, planOf(step(MMC, '70000', '262144')), {
      statePath: null,
      owner: B,
      privilege: ROOT
    })
    expect(await stackOf(host, MMC)).toEqual([
      { owner: A, before: '65530', after: '100000' },
      { owner: B, before: '70000', after: '262144' }
    ])
    const ra = await restoreState(host, a.state, { statePath: null, privilege: ROOT })
    expect(ra.outcomes[0]).toMatchObject({ status: 'handed-over' })
    expect(ra.outcomes[0]!.detail).toMatch(/a later go-env-guard step \(cli:b+\) changed it after this one/)
    expect(read(dir, MMC)).toBe('262144') // still relaxed: B has not restored
    expect(a.state.changes[0]!.status).toBe('handed-over')
    expect(await stackOf(host, MMC)).toEqual([{ owner: B, before: '65530', after: '262144' }])
    const rb = await restoreState(host, b.state, { statePath: null, privilege: ROOT })
    expect(rb.outcomes[0]).toMatchObject({ status: 'restored' })
    expect(read(dir, MMC)).toBe('65530') // the value before the first apply
    expect(await stackOf(host, MMC)).toEqual([])
  })

  it('in order: the top owner restores its own original, then the one below finds it already back', async () => {
    const dir = root({ [MMC]: '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const a = await applyPlan(host, planOf(step(MMC, '65530', '100000')), {
      statePath: null,
      owner: A,
      privilege: ROOT
    })
    set(dir, MMC, '65530')
    const b = await applyPlan(host, planOf(step(MMC, '65530', '262144')), {
      statePath: null,
      owner: B,
      privilege: ROOT
    })
    await restoreState(host, b.state, { statePath: null, privilege: ROOT })
    expect(read(dir, MMC)).toBe('65530')
    const ra = await restoreState(host, a.state, { statePath: null, privilege: ROOT })
    expect(ra.outcomes[0]).toMatchObject({ status: 'already' })
    expect(read(dir, MMC)).toBe('65530')
  })

  it('a step that finds the key already set by another, unrestored step holds it: the key stays relaxed until the last restore', async () => {
    const dir = root({ [MMC]: '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const a = await applyPlan(host, planOf(step(MMC, '65530', '262144')), {
      statePath: null,
      owner: A,
      privilege: ROOT
    })
    const b = await applyPlan(host, planOf(step(MMC, '65530', '262144')), {
      statePath: null,
      owner: B,
      privilege: ROOT
    })
    expect(b.outcomes[0]).toMatchObject({ status: 'unchanged' })
    expect(b.outcomes[0]!.detail).toMatch(/this step holds it/)
    expect(b.state.changes).toEqual([
      expect.objectContaining({ before: '262144', after: '262144', status: 'applied' })
    ])
    await restoreState(host, a.state, { statePath: null, privilege: ROOT })
    expect(read(dir, MMC)).toBe('262144')
    await restoreState(host, b.state, { statePath: null, privilege: ROOT })
    expect(read(dir, MMC)).toBe('65530')
  })

  it('a value set by something other than go-env-guard is not held', async () => {
    const dir = root({ [MMC]: '262144' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const b = await applyPlan(host, planOf(step(MMC, '65530', '262144')), {
      statePath: null,
      owner: B,
      privilege: ROOT
    })
    expect(b.state.changes).toEqual([])
    expect(await stackOf(host, MMC)).toEqual([])
  })

  it('breaks a lock whose pid is dead; waits for a live one and then goes on without the ledger, saying so', async () => {
    const dir = root({ [MMC]: '65530' })
    const lockDir = join(dir, 'run/go-env-guard')
    mkdirSync(lockDir, { recursive: true, mode: 0o700 })
    writeFileSync(join(lockDir, 'ledger.lock'), '999999\n')
    const dead = new FixtureHost({ root: dir, uid: 0, alive: () => false })
    const r = await withLedger(dead, 'boot-1', async (l, why) => ({ l: l !== null, why }))
    expect(r.value).toEqual({ l: true, why: null })
    expect(existsSync(join(lockDir, 'ledger.lock'))).toBe(false) // released
    writeFileSync(join(lockDir, 'ledger.lock'), '999999\n')
    const alive = new FixtureHost({ root: dir, uid: 0, alive: () => true })
    const t0 = Date.now()
    const w = await withLedger(alive, 'boot-1', async (l, why) => ({ l: l !== null, why }), { waitMs: 300 })
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300)
    expect(w.value.l).toBe(false)
    expect(w.value.why).toMatch(/ledger\.lock is held by pid 999999 for more than 0\.3 s/)
  })

  it('refuses a directory that is a symlink, owned by someone else, or writable by others', async () => {
    for (const kind of ['symlink', 'owner', 'mode'] as const) {
      const dir = root({})
      const target = join(dir, 'elsewhere')
      mkdirSync(target, { mode: 0o700 })
      mkdirSync(join(dir, 'tmp'))
      const ld = join(dir, 'tmp/go-env-guard-1001')
      if (kind === 'symlink') symlinkSync(target, ld)
      else {
        mkdirSync(ld, { mode: 0o700 })
        if (kind === 'owner') chownSync(ld, 65534, 65534)
        else chmodSync(ld, 0o777)
      }
      const host = new FixtureHost({ root: dir, uid: 1001 })
      const r = await withLedger(host, 'boot-1', async (_l, why) => why)
      expect(r.value).toMatch(
        kind === 'symlink'
          ? /is a symbolic link; refused/
          : kind === 'owner'
            ? /owned by uid 65534/
            : /writable by group or others/
      )
    }
  })

  it('forgets everything after a reboot (another boot id)', async () => {
    const dir = root({ [MMC]: '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    await applyPlan(host, planOf(step(MMC, '65530', '262144')), {
      statePath: null,
      owner: A,
      privilege: ROOT
    })
    expect(await stackOf(host, MMC)).toHaveLength(1)
    const { value } = await withLedger(host, 'boot-2', async l => l!.stack(MMC, null))
    expect(value).toEqual([])
  })
})

describe('the state file', () => {
  it('is replaced atomically: no temp file is left, and a leftover one from a crash is removed on the next read', async () => {
    const dir = root({})
    const host = new FixtureHost({ root: dir, uid: 0 })
    await writeStateFile(host, '/s/state.json', emptyState('t', 'boot-1'))
    expect(existsSync(join(dir, 's/.state.json.tmp'))).toBe(false)
    expect(tempPathFor('/s/state.json')).toBe('/s/.state.json.tmp')
    writeFileSync(join(dir, 's/.state.json.tmp'), '{"half":')
    expect(await readStateFile(host, '/s/state.json')).not.toBeNull()
    expect(existsSync(join(dir, 's/.state.json.tmp'))).toBe(false)
  })

  it('empty or cut short: a one-line reason', async () => {
    const dir = root({})
    const host = new FixtureHost({ root: dir, uid: 0 })
    mkdirSync(join(dir, 's'))
    writeFileSync(join(dir, 's/empty.json'), '', { mode: 0o600 })
    writeFileSync(join(dir, 's/cut.json'), '{"version":1,"tool":"go-env', { mode: 0o600 })
    await expect(readStateFile(host, '/s/empty.json')).rejects.toThrow(/\/s\/empty.json is empty/)
    await expect(readStateFile(host, '/s/cut.json')).rejects.toThrow(/is not JSON \(truncated\?\)/)
  })

  it("a value that is not of its key's shape is refused, and the warning does not repeat it", async () => {
    const dir = root({})
    const host = new FixtureHost({ root: dir, uid: 0 })
    const st = emptyState('t', 'boot-1')
    const change = {
      kind: 'sysctl',
      key: 'net.core.somaxconn',
      after: '4096',
      rule: 'x',
      method: 'direct',
      status: 'applied',
      at: '',
      netns: null
    }
    mkdirSync(join(dir, 's'))
    writeFileSync(
      join(dir, 's/x.json'),
      JSON.stringify({
        ...st,
        changes: [
          { ...change, before: '128\n::error::pwned' },
          { ...change, before: '-1' },
          { ...change, before: '128 129' }
        ]
      }),
      { mode: 0o600 }
    )
    const r = (await readStateFile(host, '/s/x.json'))!
    expect(r.state.changes).toEqual([])
    expect(r.warnings).toHaveLength(3)
    for (const w of r.warnings)
      expect(w).toMatch(/holds a value that is not a net.core.somaxconn value; refused \(never written\)/)
    expect(r.warnings.join('')).not.toContain('pwned')
  })
})

describe('values, floors and inert text', () => {
  it('shapes: unsigned fields, as many as the target has, within range', () => {
    const som = specFor('net.core.somaxconn')!
    const ports = specFor('net.ipv4.ip_local_port_range')!
    expect(validValue(som, '4096')).toBe(true)
    for (const bad of ['', ' 4096', '4096\n', '-1', '1 2', '4096x', '99999999999'])
      expect(validValue(som, bad)).toBe(false)
    expect(validValue(ports, '32768\t60999')).toBe(true)
    for (const bad of ['60999 32768', '1024', '1024 65536', '1024 65535 1'])
      expect(validValue(ports, bad)).toBe(false)
  })

  it('floors: restore never writes somaxconn below 16, nor a port range of fewer than 1024 ports', () => {
    expect(belowFloor(specFor('net.core.somaxconn')!, '1')).toMatch(/below the floor of 16/)
    expect(belowFloor(specFor('net.core.somaxconn')!, '100')).toBeNull()
    expect(belowFloor(specFor('net.ipv4.ip_local_port_range')!, '40000 40001')).toMatch(
      /leaves 2 ports, fewer than the floor of 1024/
    )
    expect(belowFloor(specFor('net.ipv4.ip_local_port_range')!, '40000 42999')).toBeNull()
    expect(refuseRestore('net.core.somaxconn', '1', '4096')).toMatch(/not written, left at 4096/)
    expect(refuseRestore('vm.mmap_rnd_bits', '33', '28')).toMatch(/not a vm.mmap_rnd_bits value/)
  })

  it('oneLine: no control character, line or paragraph separator survives', () => {
    expect(oneLine('a\r\n::error::x\u2028b\u0085c\u001b[31m')).toBe('a ::error::x b c [31m')
  })
})

describe('the action: a signed file, a saved record, and the fallback', () => {
  const facts = makeFacts(user(0), runner('self-hosted'), sysctl(MMC, 65530))
  const KEY = 'cd'.repeat(32)
  async function mainOnce(dir: string): Promise<{ host: FixtureHost; saved: TuneRecord[]; file: string }> {
    const host = new FixtureHost({ root: dir, uid: 0, env: { RUNNER_TEMP: '/rt' } })
    const saved: TuneRecord[] = []
    await tuneInMain(host, {
      mode: 'apply',
      restore: true,
      facts,
      findings: [],
      failures: [
        {
          package: 'p',
          test: 'T',
          kind: 'test',
          excerpt: '',
          causes: [{ rule: 'max-map-count', confidence: 'high', evidence: [], remedy: '' }]
        }
      ],
      stepId: 'feedfacefeedface',
      macKey: KEY,
      save: r => void saved.push(structuredClone(r))
    })
    return { host, saved, file: join(dir, 'rt/go-env-guard/action-tune-state-feedfacefeedface.json') }
  }

  it('every entry of the file is signed; an entry changed afterwards fails the check', async () => {
    const dir = root({ [MMC]: '65530' })
    const { file } = await mainOnce(dir)
    const st = JSON.parse(readFileSync(file, 'utf8'))
    const c = st.changes[0]
    expect(c.mac).toBe(entryMac(KEY, c, st.bootId))
    expect(macValid(KEY, c, st.bootId)).toBe(true)
    expect(macValid(KEY, { ...c, before: '1024' }, st.bootId)).toBe(false)
    expect(macValid('00'.repeat(32), c, st.bootId)).toBe(false)
  })

  it('a state file cut in half: post says so and restores from the saved step state', async () => {
    const dir = root({ [MMC]: '65530' })
    const { host, saved, file } = await mainOnce(dir)
    expect(read(dir, MMC)).toBe('262144')
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100))
    const post = await restoreInPost(host, saved.at(-1), { restore: true })
    expect(post.warnings.join('\n')).toMatch(
      /tune state file unusable: .* is not JSON \(truncated\?\).*; restoring from the saved step state instead/
    )
    expect(read(dir, MMC)).toBe('65530')
  })

  it('a tampered entry is refused with a warning "tampered"; without a saved copy nothing is written', async () => {
    const dir = root({ [MMC]: '65530' })
    const { host, saved, file } = await mainOnce(dir)
    const st = JSON.parse(readFileSync(file, 'utf8'))
    st.changes[0].before = '100000'
    writeFileSync(file, JSON.stringify(st))
    const first = structuredClone(saved[0]!) // the record saved before the first change: no entries
    const post = await restoreInPost(host, first, { restore: true })
    expect(post.warnings.join('\n')).toMatch(
      /tampered: the entry for vm.max_map_count .* refused \(never written\)/
    )
    expect(read(dir, MMC)).toBe('262144')
    // With the last record (it has the entry), the saved entry is used instead.
    const again = await restoreInPost(host, saved.at(-1), { restore: true })
    expect(again.warnings.join('\n')).toMatch(/the saved step state has it, and restore uses that/)
    expect(read(dir, MMC)).toBe('65530')
  })
})
