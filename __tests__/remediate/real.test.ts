/**
 * Changes REAL host sysctls on this machine and puts them back. Keys used: fs.inotify.max_user_watches
 * (raised by 1 or 2; harmless: a per-user cap on inotify watches) and, in the CLI round trip,
 * fs.inotify.max_user_instances. Every value is remembered before it changes; each test restores in
 * `finally`, and afterAll writes every original back as a safety net. All in one file so that no two
 * jest workers touch the same key at once.
 * Skipped unless running as root with a writable /proc/sys. The namespace cases (./namespaces.cases.ts)
 * run here too, serially, under the same safety net.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NodeHost } from '../../src/host/node-host.js'
import { applyPlan } from '../../src/remediate/apply.js'
import type { PlanStep, TunePlan } from '../../src/remediate/plan.js'
import { detectPrivilege, explainWriteError, writeSysctl } from '../../src/remediate/privilege.js'
import { restoreState } from '../../src/remediate/restore.js'
import { readStateFile } from '../../src/remediate/state.js'
import {
  AsUserHost,
  canWriteSysctls,
  fakeSudo,
  hasCapSysResource,
  PASSING_SUDO,
  readKey,
  REFUSING_SUDO,
  remember,
  restoreAll,
  runCli,
  snapshotAllowlisted,
  tmp,
  writeKey
} from './helpers.js'
import { namespaceCases } from './namespaces.cases.js'

const REAL = canWriteSysctls()
const d = REAL ? describe : describe.skip
const WATCHES = 'fs.inotify.max_user_watches'

// Safety net for everything below: every host-wide allow-listed key is remembered before any test runs.
beforeAll(() => {
  if (REAL) for (const key of Object.keys(snapshotAllowlisted())) if (!key.startsWith('net.')) remember(key)
})
afterAll(() => {
  if (!REAL) return
  const failed = restoreAll()
  if (failed.length) throw new Error(`could not restore: ${failed.join(', ')}`)
})

const step = (key: string, from: string, to: string, rule = 'inotify-limit'): PlanStep => ({
  kind: 'sysctl',
  key,
  from,
  to,
  command: `sysctl -w ${key}=${to}`,
  reason: 'test',
  rule,
  scope: 'host',
  auto: true
})
const planOf = (...steps: PlanStep[]): TunePlan => ({ steps, notes: [], where: 'local' })

d('real sysctls (root)', () => {
  it('raises fs.inotify.max_user_watches by 1, reads it back, and restore puts the original back', async () => {
    const orig = remember(WATCHES)
    const host = new NodeHost()
    const statePath = join(tmp('state'), 'tune-state.json')
    try {
      const up = String(Number(orig) + 1)
      const res = await applyPlan(host, planOf(step(WATCHES, orig, up)), { statePath })
      expect(res.outcomes[0]).toMatchObject({ status: 'applied', value: up, method: 'direct' })
      expect(readKey(WATCHES)).toBe(up)
      // The state file on disk has the original, as restore (maybe in another process) needs it.
      const onDisk = await readStateFile(host, statePath)
      expect(onDisk!.state.changes).toEqual([
        expect.objectContaining({
          key: WATCHES,
          before: orig,
          after: up,
          status: 'applied',
          method: 'direct'
        })
      ])
      const back = await restoreState(host, onDisk!.state, { statePath })
      expect(back.outcomes).toEqual([expect.objectContaining({ key: WATCHES, status: 'restored', live: up })])
      expect(readKey(WATCHES)).toBe(orig)
      // Idempotent: a second restore finds nothing to do and changes nothing.
      const again = await restoreState(host, (await readStateFile(host, statePath))!.state, { statePath })
      expect(again.outcomes).toEqual([])
      expect(again.alreadyHandled).toBe(1)
      expect(readKey(WATCHES)).toBe(orig)
    } finally {
      writeKey(WATCHES, orig)
    }
  })

  it('leaves a value changed by someone else since apply alone, with a warning', async () => {
    const orig = remember(WATCHES)
    const host = new NodeHost()
    const statePath = join(tmp('state'), 'tune-state.json')
    try {
      const res = await applyPlan(host, planOf(step(WATCHES, orig, String(Number(orig) + 1))), { statePath })
      expect(res.outcomes[0]!.status).toBe('applied')
      const theirs = String(Number(orig) + 2)
      writeKey(WATCHES, theirs) // someone else changes it in between
      const back = await restoreState(host, res.state, { statePath })
      expect(back.outcomes[0]).toMatchObject({ status: 'left-alone', live: theirs })
      expect(back.warnings.join('\n')).toMatch(/changed by someone else/)
      expect(readKey(WATCHES)).toBe(theirs)
      expect((await readStateFile(host, statePath))!.state.changes[0]!.status).toBe('left-alone')
    } finally {
      writeKey(WATCHES, orig)
    }
    expect(readKey(WATCHES)).toBe(orig)
  })

  it('never lowers: a planned value below the live one is refused and nothing is written', async () => {
    const orig = remember(WATCHES)
    const host = new NodeHost()
    try {
      const res = await applyPlan(host, planOf(step(WATCHES, orig, String(Number(orig) - 1))), {
        statePath: null
      })
      expect(res.outcomes[0]!.status).not.toBe('applied')
      expect(res.outcomes[0]!.detail).toMatch(/never lowers|already/)
      expect(res.state.changes).toEqual([])
      expect(readKey(WATCHES)).toBe(orig)
    } finally {
      writeKey(WATCHES, orig)
    }
  })

  it('refuses a key outside the allow-list without touching it', async () => {
    const before = readFileSync('/proc/sys/kernel/core_pattern', 'utf8')
    const res = await applyPlan(new NodeHost(), planOf(step('kernel.core_pattern', 'core', '|/bin/false')), {
      statePath: null
    })
    expect(res.outcomes[0]).toMatchObject({ status: 'failed' })
    expect(res.outcomes[0]!.detail).toMatch(/not on the tuning allow-list/)
    expect(readFileSync('/proc/sys/kernel/core_pattern', 'utf8')).toBe(before)
  })

  it("as a user whose sudo asks for a password: plan only, with sudo's own message", async () => {
    const orig = remember(WATCHES)
    const host = new AsUserHost(1001, fakeSudo(REFUSING_SUDO))
    const priv = await detectPrivilege(host)
    expect(priv.method).toBe('none')
    expect(priv.detail).toMatch(/`sudo -n true` failed \(exit 1\): sudo: a password is required/)
    const res = await applyPlan(host, planOf(step(WATCHES, orig, String(Number(orig) + 1))), {
      statePath: null
    })
    expect(res.outcomes[0]).toMatchObject({ status: 'skipped' })
    expect(res.outcomes[0]!.detail).toMatch(/a password is required/)
    expect(res.state.changes).toEqual([])
    expect(readKey(WATCHES)).toBe(orig)
  })

  it('as a user without sudo installed: plan only', async () => {
    const host = new AsUserHost(1001, tmp('nosudo'))
    // PATH still has /usr/bin; this machine has no sudo there (checked by the assertion).
    const priv = await detectPrivilege(host)
    expect(priv.method).toBe('none')
    expect(priv.detail).toMatch(/sudo is not installed|`sudo -n true` failed/)
  })

  it('as a user with working sudo -n: changes and restores through `sudo -n sysctl -w`', async () => {
    const orig = remember(WATCHES)
    const host = new AsUserHost(1001, fakeSudo(PASSING_SUDO))
    const statePath = join(tmp('state'), 'tune-state.json')
    try {
      const up = String(Number(orig) + 1)
      const res = await applyPlan(host, planOf(step(WATCHES, orig, up)), { statePath })
      expect(res.privilege?.method).toBe('sudo')
      expect(res.outcomes[0]).toMatchObject({ status: 'applied', method: 'sudo', value: up })
      expect(readKey(WATCHES)).toBe(up)
      const back = await restoreState(host, res.state, { statePath })
      expect(back.outcomes[0]).toMatchObject({ status: 'restored' })
      expect(readKey(WATCHES)).toBe(orig)
    } finally {
      writeKey(WATCHES, orig)
    }
  })

  it('sudo -n works but the write is refused: reported as a failure, nothing recorded as applied', async () => {
    const orig = remember(WATCHES)
    // sudo passes `true`, but for sysctl behaves like a sudoers rule that does not allow it.
    const dir = fakeSudo('[ "$2" = "true" ] && exit 0\necho "sudo: a password is required" >&2\nexit 1')
    const host = new AsUserHost(1001, dir)
    const res = await applyPlan(host, planOf(step(WATCHES, orig, String(Number(orig) + 1))), {
      statePath: null
    })
    expect(res.outcomes[0]).toMatchObject({ status: 'skipped', method: 'sudo' })
    expect(res.outcomes[0]!.detail).toMatch(/sudo refused: sudo: a password is required/)
    expect(res.state.changes[0]!.status).toBe('failed')
    expect(readKey(WATCHES)).toBe(orig)
  })

  const noSysResource = !hasCapSysResource()
  ;(noSysResource ? it : it.skip)(
    'a real EACCES: user.max_user_namespaces without CAP_SYS_RESOURCE',
    async () => {
      // Writing the value it already has: harmless even if it were allowed. The kernel (kernel/ucount.c
      // set_permissions) makes user.* read-only without CAP_SYS_RESOURCE, so open(O_WRONLY) fails.
      const cur = readKey('user.max_user_namespaces')
      const w = await writeSysctl(new NodeHost(), 'user.max_user_namespaces', cur, 'direct')
      expect(w).toMatchObject({ ok: false, code: 'EACCES' })
      const ex = explainWriteError('user.max_user_namespaces', 'EACCES', '')
      expect(ex.status).toBe('failed')
      expect(ex.detail).toMatch(/CAP_SYS_RESOURCE/)
      expect(readKey('user.max_user_namespaces')).toBe(cur)
    }
  )
})

d('CLI round trip on this machine: tune plan, apply, restore', () => {
  it('leaves every allow-listed sysctl exactly as it found it', () => {
    const INSTANCES = 'fs.inotify.max_user_instances'
    remember(INSTANCES)
    remember(WATCHES)
    const statePath = join(tmp('cli'), 'tune-state.json')
    const env = { ...process.env, RUNNER_TEMP: '', GITHUB_ENV: '' }
    try {
      // A fixable condition: the plan needs an inotify limit below its target. On a machine already
      // at 1280, lower it by one (restored in finally and in afterAll).
      if (Number(readKey(INSTANCES)) >= 1280) writeKey(INSTANCES, String(Number(readKey(INSTANCES)) - 1))
      const before = snapshotAllowlisted()

      const plan = runCli(['tune', 'plan', '--rule', 'inotify-limit', '--json', '--state', statePath], env)
      expect(plan.code).toBe(0)
      const planned = JSON.parse(plan.stdout) as { plan: TunePlan }
      const inst = planned.plan.steps.find(s => s.key === INSTANCES)!
      expect(inst).toMatchObject({
        from: before[INSTANCES],
        to: '1280',
        auto: true,
        command: `sysctl -w ${INSTANCES}=1280`
      })
      expect(snapshotAllowlisted()).toEqual(before) // plan changes nothing

      const apply = runCli(['tune', 'apply', '--rule', 'inotify-limit', '--state', statePath], env)
      expect(apply.stderr).toBe('')
      expect(apply.code).toBe(0)
      expect(apply.stdout).toMatch(/applied\s+fs.inotify.max_user_instances/)
      expect(readKey(INSTANCES)).toBe('1280')
      if (Number(before[WATCHES]) < 655360) expect(readKey(WATCHES)).toBe('655360')

      const restore = runCli(['tune', 'restore', '--state', statePath, '--json'], env)
      expect(restore.code).toBe(0)
      const restored = JSON.parse(restore.stdout) as { outcomes: { key: string; status: string }[] }
      expect(restored.outcomes.map(o => o.status).every(s => s === 'restored')).toBe(true)
      expect(restored.outcomes.map(o => o.key)).toContain(INSTANCES)
      expect(snapshotAllowlisted()).toEqual(before)

      // Restore again: nothing to do, still identical.
      const again = runCli(['tune', 'restore', '--state', statePath], env)
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(/Nothing left to restore/)
      expect(snapshotAllowlisted()).toEqual(before)
    } finally {
      restoreAll()
    }
  })

  it('rejects bad usage with exit 2 and one line', () => {
    const r = runCli(['tune', 'frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^go-env-guard: tune takes plan, apply or restore/)
  })
})

namespaceCases()
