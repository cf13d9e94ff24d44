/**
 * Failure paths that this machine cannot produce on demand, over a FixtureHost whose /proc/sys is a
 * temporary directory: EPERM (an LSM or seccomp denial), EROFS, the GITHUB_ENV export, tampered
 * state files, a crash between the write-ahead record and the write, and the action's main/post calls.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureHost, type FixtureOptions } from '../../src/host/fixture-host.js'
import { HostError } from '../../src/host/host.js'
import { restoreInPost, tuneInMain, actionStatePath, type TuneRecord } from '../../src/remediate/action.js'
import { applyPlan, githubEnvEntry } from '../../src/remediate/apply.js'
import type { PlanStep, TunePlan } from '../../src/remediate/plan.js'
import { restoreState } from '../../src/remediate/restore.js'
import { emptyState, parseState, readStateFile, writeStateFile } from '../../src/remediate/state.js'
import { makeFacts, runner, sysctl, user } from '../catalog/harness.js'
import { tmp } from './helpers.js'
import type { ChangeStatus, SysctlChange } from '../../src/remediate/state.js'

/** A sysctl change as apply records it in the state. */
const recorded = (key: string, before: string, after: string, status: ChangeStatus): SysctlChange => ({
  kind: 'sysctl',
  key,
  before,
  after,
  rule: 'x',
  method: 'direct',
  status,
  at: '',
  netns: null
})

/** A FixtureHost whose writes to some paths fail with a given errno. */
class FailingHost extends FixtureHost {
  constructor(
    opts: FixtureOptions,
    private readonly failures: Record<string, string>
  ) {
    super(opts)
  }
  override async writeFile(
    path: string,
    data: string,
    options?: { append?: boolean; mode?: number }
  ): Promise<void> {
    const code = this.failures[path]
    if (code) throw new HostError(code, path, `${code}: ${path}`)
    return super.writeFile(path, data, options)
  }
  override async writeFileAtomic(path: string, data: string, options?: { mode?: number }): Promise<void> {
    const code = this.failures[path]
    if (code) throw new HostError(code, path, `${code}: ${path}`)
    return super.writeFileAtomic(path, data, options)
  }
}

function root(values: Record<string, string>): string {
  const dir = tmp('fixture')
  for (const [key, v] of Object.entries(values)) {
    const p = join(dir, 'proc/sys', key.replace(/\./g, '/'))
    mkdirSync(join(p, '..'), { recursive: true })
    writeFileSync(p, v + '\n')
  }
  mkdirSync(join(dir, 'proc/sys/kernel/random'), { recursive: true })
  writeFileSync(join(dir, 'proc/sys/kernel/random/boot_id'), 'boot-1\n')
  return dir
}
const read = (dir: string, key: string) =>
  readFileSync(join(dir, 'proc/sys', key.replace(/\./g, '/')), 'utf8').trim()
const step = (key: string, from: string, to: string): PlanStep => ({
  kind: 'sysctl',
  key,
  from,
  to,
  command: '',
  reason: 'test',
  rule: 'max-map-count',
  scope: 'host',
  auto: true
})
const planOf = (...steps: PlanStep[]): TunePlan => ({ steps, notes: [], where: 'local' })
const ROOT = { method: 'direct' as const, detail: 'root' }
const STEP = '0123456789abcdef'
/** The step identity tuneInMain needs; `saved` keeps every record main saved (the last one wins). */
function stepIdentity(): {
  stepId: string
  macKey: string
  save: (r: TuneRecord) => void
  saved: TuneRecord[]
} {
  const saved: TuneRecord[] = []
  return { stepId: STEP, macKey: 'ab'.repeat(32), save: r => void saved.push(structuredClone(r)), saved }
}

describe('apply: write errors', () => {
  it('EPERM: reported as permission denied, recorded as failed, nothing to restore', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FailingHost({ root: dir, uid: 0 }, { '/proc/sys/vm/max_map_count': 'EPERM' })
    const res = await applyPlan(host, planOf(step('vm.max_map_count', '65530', '262144')), {
      statePath: '/state.json'
    })
    expect(res.outcomes[0]).toMatchObject({ status: 'failed' })
    expect(res.outcomes[0]!.detail).toBe('permission denied writing vm.max_map_count (EPERM)')
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
    const saved = await readStateFile(host, '/state.json')
    expect(saved!.state.changes.map(c => c.status)).toEqual(['failed'])
    const r = await restoreState(host, saved!.state, { statePath: '/state.json', privilege: ROOT })
    expect(r.outcomes).toEqual([])
  })

  it('EROFS: skipped with "change it on the host", not a failure', async () => {
    const dir = root({ 'net.core.somaxconn': '128' })
    const host = new FailingHost({ root: dir, uid: 0 }, { '/proc/sys/net/core/somaxconn': 'EROFS' })
    const res = await applyPlan(host, planOf(step('net.core.somaxconn', '128', '4096')), { statePath: null })
    expect(res.outcomes[0]!.status).toBe('skipped')
    expect(res.outcomes[0]!.detail).toMatch(/read-only here .* or with `--sysctl` on the container/)
  })

  it('refuses to change anything when the original cannot be recorded first', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FailingHost({ root: dir, uid: 0 }, { '/state.json': 'EACCES' })
    const res = await applyPlan(host, planOf(step('vm.max_map_count', '65530', '262144')), {
      statePath: '/state.json'
    })
    expect(res.outcomes[0]!.status).toBe('failed')
    expect(res.outcomes[0]!.detail).toMatch(/original value could not be recorded/)
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
    expect(res.state.changes).toEqual([])
  })

  it('refuses a state file that is a symlink', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    writeFileSync(join(dir, 'victim'), 'precious\n')
    symlinkSync(join(dir, 'victim'), join(dir, 'state.json'))
    const host = new FixtureHost({ root: dir, uid: 0 })
    await expect(readStateFile(host, '/state.json')).rejects.toThrow(/symbolic link/)
    const res = await applyPlan(host, planOf(step('vm.max_map_count', '65530', '262144')), {
      statePath: '/state.json'
    })
    expect(res.outcomes[0]!.status).toBe('failed')
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('precious\n')
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
  })

  it('a second apply of the same key keeps the first original', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const a = await applyPlan(host, planOf(step('vm.max_map_count', '65530', '100000')), {
      statePath: null,
      privilege: ROOT
    })
    const b = await applyPlan(host, planOf(step('vm.max_map_count', '100000', '262144')), {
      statePath: null,
      state: a.state,
      privilege: ROOT
    })
    expect(b.state.changes).toEqual([
      expect.objectContaining({ before: '65530', after: '262144', status: 'applied' })
    ])
    await restoreState(host, b.state, { statePath: null, privilege: ROOT })
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
  })
})

describe('restore: state it cannot trust', () => {
  it('drops keys outside the allow-list and never touches them', async () => {
    const dir = root({ 'kernel.core_pattern': 'core', 'vm.max_map_count': '262144' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const raw = {
      ...emptyState('t', 'boot-1'),
      changes: [
        {
          kind: 'sysctl',
          key: 'kernel.core_pattern',
          before: '|/tmp/evil',
          after: 'core',
          status: 'applied',
          netns: null
        },
        {
          kind: 'sysctl',
          key: 'vm.max_map_count',
          before: '65530',
          after: '262144',
          status: 'applied',
          netns: null
        }
      ]
    }
    const { state, warnings } = parseState(raw, 'state.json')
    expect(warnings.join('\n')).toMatch(/"kernel.core_pattern" is not on the tuning allow-list; refused/)
    const r = await restoreState(host, state, { statePath: null, privilege: ROOT })
    expect(r.outcomes.map(o => [o.key, o.status])).toEqual([['vm.max_map_count', 'restored']])
    expect(read(dir, 'kernel.core_pattern')).toBe('core')
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
  })

  it('will not "restore" to a value more relaxed than what tune set (a tampered original)', async () => {
    const dir = root({ 'vm.mmap_rnd_bits': '28' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const state = emptyState('t', 'boot-1')
    state.changes.push(recorded('vm.mmap_rnd_bits', '16', '28', 'applied'))
    const r = await restoreState(host, state, { statePath: null, privilege: ROOT })
    expect(r.outcomes[0]!.status).toBe('skipped')
    expect(read(dir, 'vm.mmap_rnd_bits')).toBe('28')
  })

  it('after a reboot (other boot_id) there is nothing to put back', async () => {
    const dir = root({ 'vm.max_map_count': '262144' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const state = emptyState('t', 'boot-0')
    state.changes.push(recorded('vm.max_map_count', '65530', '262144', 'applied'))
    const r = await restoreState(host, state, { statePath: null, privilege: ROOT })
    expect(r.outcomes[0]!.detail).toMatch(/rebooted/)
    expect(read(dir, 'vm.max_map_count')).toBe('262144')
  })

  it('a pending entry (crash between record and write) whose value never changed is simply closed', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FixtureHost({ root: dir, uid: 0 })
    const state = emptyState('t', 'boot-1')
    state.changes.push(recorded('vm.max_map_count', '65530', '262144', 'pending'))
    await writeStateFile(host, '/s.json', state)
    const r = await restoreState(host, (await readStateFile(host, '/s.json'))!.state, {
      statePath: '/s.json',
      privilege: ROOT
    })
    expect(r.outcomes[0]).toMatchObject({ status: 'already' })
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
  })

  it('rejects a file that is not a tune state', async () => {
    expect(() => parseState({ version: 2 }, 'x.json')).toThrow(/not a go-env-guard tune state/)
    expect(() => parseState(null, 'x.json')).toThrow(/not a go-env-guard tune state/)
  })
})

describe('environment for the following steps', () => {
  it('GITHUB_ENV gets the multi-line form with a random delimiter', () => {
    expect(githubEnvEntry('GOMEMLIMIT', '1843MiB', 'ghadelimiter_x')).toBe(
      'GOMEMLIMIT<<ghadelimiter_x\n1843MiB\nghadelimiter_x\n'
    )
    expect(() => githubEnvEntry('BAD NAME', 'v', 'd')).toThrow(/invalid variable name/)
    expect(() => githubEnvEntry('A', 'x d y', 'd')).toThrow(/delimiter/)
  })

  it('GOTMPDIR: creates the directory, checks it is exec-capable, appends to GITHUB_ENV', async () => {
    const dir = root({})
    mkdirSync(join(dir, 'proc/self'), { recursive: true })
    // mountinfo: / is ext4 rw (exec allowed); /tmp is a noexec tmpfs.
    writeFileSync(
      join(dir, 'proc/self/mountinfo'),
      '22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n30 22 0:40 / /tmp rw,nosuid,nodev,noexec - tmpfs tmpfs rw\n'
    )
    writeFileSync(join(dir, 'github_env'), '')
    const host = new FixtureHost({
      root: dir,
      uid: 1001,
      env: { RUNNER_TEMP: '/runner/_temp', GITHUB_ENV: '/github_env' }
    })
    const facts = makeFacts(user(1001), runner('github-hosted'))
    const main = await tuneInMain(host, {
      ...stepIdentity(),
      mode: 'apply',
      restore: true,
      facts,
      findings: [
        { rule: 'noexec-tmp', severity: 'error', title: 't', message: 'm', evidence: [], remedy: 'r' }
      ]
    })
    expect(main.apply!.outcomes[0]).toMatchObject({ status: 'applied', value: '/runner/_temp/gotmp' })
    expect(main.env).toEqual({ GOTMPDIR: '/runner/_temp/gotmp' })
    expect(readFileSync(join(dir, 'github_env'), 'utf8')).toMatch(
      /^GOTMPDIR<<(ghadelimiter_[0-9a-f]{32})\n\/runner\/_temp\/gotmp\n\1\n$/
    )
    expect(main.view!.steps[0]).toMatchObject({
      status: 'applied',
      title: 'GOTMPDIR (unset) -> /runner/_temp/gotmp'
    })

    // A RUNNER_TEMP on the noexec mount would not help: refused.
    const bad = new FixtureHost({
      root: dir,
      uid: 1001,
      env: { RUNNER_TEMP: '/tmp/rt', GITHUB_ENV: '/github_env' }
    })
    const res = await tuneInMain(bad, {
      ...stepIdentity(),
      mode: 'apply',
      restore: true,
      facts,
      findings: main.plan!.steps.length
        ? [{ rule: 'noexec-tmp', severity: 'error', title: 't', message: 'm', evidence: [], remedy: 'r' }]
        : []
    })
    expect(res.apply!.outcomes[0]!.status).toBe('failed')
    expect(res.apply!.outcomes[0]!.detail).toMatch(/mounted noexec/)
  })
})

describe('action main and post', () => {
  it('main saves its record before the first change; post restores from the file it names', async () => {
    const dir = root({ 'vm.max_map_count': '65530', 'fs.inotify.max_user_instances': '128' })
    const env = { RUNNER_TEMP: '/rt' }
    const host = new FixtureHost({ root: dir, uid: 0, env })
    const facts = makeFacts(user(0), runner('self-hosted'), sysctl('vm.max_map_count', 65530))
    const id = stepIdentity()
    const main = await tuneInMain(host, {
      ...id,
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
          causes: [
            {
              rule: 'max-map-count',
              confidence: 'high',
              evidence: ['mmap: cannot allocate memory'],
              remedy: ''
            }
          ]
        }
      ]
    })
    expect(main.state!.changes).toEqual([
      expect.objectContaining({ key: 'vm.max_map_count', before: '65530', after: '262144' })
    ])
    expect(main.view!.steps[0]).toMatchObject({ status: 'pending-restore' })
    expect(read(dir, 'vm.max_map_count')).toBe('262144')
    expect(actionStatePath(env, STEP)).toBe(`/rt/go-env-guard/action-tune-state-${STEP}.json`)
    // The first record was saved before anything changed; the later ones after each record.
    expect(id.saved[0]!.state!.changes).toEqual([])
    expect(id.saved.at(-1)!.state!.changes[0]).toMatchObject({ status: 'applied' })

    // Post with only the first record (main killed before it saved more): the file has the rest.
    const post = await restoreInPost(host, id.saved[0], { restore: true })
    expect(post.warnings).toEqual([])
    expect(post.view!.steps).toEqual([
      expect.objectContaining({ title: 'vm.max_map_count 262144 -> 65530', status: 'restored' })
    ])
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
    // Post again (a re-run): nothing to do.
    const again = await restoreInPost(host, id.saved.at(-1), { restore: true })
    expect(again.view).toBeUndefined()
    expect(read(dir, 'fs/inotify/max_user_instances'.replace(/\//g, '.'))).toBe('128')
  })

  it('restore: false leaves the change and says so', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FixtureHost({ root: dir, uid: 0, env: { RUNNER_TEMP: '/rt' } })
    const facts = makeFacts(user(0), runner('self-hosted'), sysctl('vm.max_map_count', 65530))
    const id = stepIdentity()
    await tuneInMain(host, {
      ...id,
      mode: 'apply',
      restore: false,
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
      ]
    })
    const post = await restoreInPost(host, id.saved.at(-1), { restore: false })
    expect(post.view!.note).toMatch(/restore: false/)
    expect(read(dir, 'vm.max_map_count')).toBe('262144')
  })

  it('tune: plan changes nothing and shows the commands', async () => {
    const dir = root({ 'vm.max_map_count': '65530' })
    const host = new FixtureHost({ root: dir, uid: 1001, env: {} })
    const facts = makeFacts(user(1001), runner('github-hosted'), sysctl('vm.max_map_count', 65530))
    const r = await tuneInMain(host, {
      ...stepIdentity(),
      mode: 'plan',
      restore: true,
      facts,
      findings: [
        {
          rule: 'max-map-count',
          severity: 'warning',
          title: 't',
          message: 'm',
          evidence: ['vm.max_map_count = 65530'],
          remedy: ''
        }
      ]
    })
    expect(r.view).toEqual({
      mode: 'plan',
      steps: [
        {
          title: 'vm.max_map_count 65530 -> 262144',
          command: 'sudo sysctl -w vm.max_map_count=262144',
          status: 'planned',
          detail: 'max-map-count (preflight warning): vm.max_map_count = 65530'
        }
      ]
    })
    expect(read(dir, 'vm.max_map_count')).toBe('65530')
    expect(host.execCalls).toEqual([])
  })
})
