/**
 * Namespaced keys and a read-only /proc/sys, for real, without touching the host's values:
 * - `unshare -n`: a new network namespace has its own net.core.somaxconn and ip_local_port_range; the
 *   CLI runs inside it (plan, apply, restore), and the host namespace's values must not move.
 * - `unshare -m` with /proc/sys bind-mounted read-only (what Docker does for unprivileged containers):
 *   apply reports EROFS as "change it on the host" instead of failing.
 * Skipped unless root with unshare available. Registered from real.test.ts (not a test file of its own)
 * so that it runs serially with the other tests that change host sysctls, under one safety net.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NodeHost } from '../../src/host/node-host.js'
import { restoreState } from '../../src/remediate/restore.js'
import { readStateFile } from '../../src/remediate/state.js'
import { canWriteSysctls, cliBundle, readKey, snapshotAllowlisted, tmp } from './helpers.js'

function hasUnshare(): boolean {
  try {
    execFileSync('unshare', ['-n', '-m', 'true'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}
/** Runs a POSIX shell script in new namespaces; returns its stdout. */
function inNamespaces(flags: string[], script: string, dir: string): string {
  const path = join(dir, 'script.sh')
  writeFileSync(path, `set -eu\n${script}\n`)
  return execFileSync('unshare', [...flags, 'sh', path], {
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 90000,
    env: {
      ...process.env,
      RUNNER_TEMP: '',
      GITHUB_ENV: '',
      CLI: cliBundle(),
      NODE: process.execPath,
      DIR: dir
    }
  })
}

export function namespaceCases(): void {
  const REAL = canWriteSysctls() && hasUnshare()
  const d = REAL ? describe : describe.skip

  d('network namespace (unshare -n)', () => {
    it('raises somaxconn and widens the port range inside the namespace, restores them, host untouched', () => {
      const hostBefore = snapshotAllowlisted()
      const dir = tmp('netns')
      const out = inNamespaces(
        ['-n'],
        `
# A narrow namespace, as a container runtime might leave it: somaxconn 128, ports 40000-50000.
echo 128 > /proc/sys/net/core/somaxconn
echo "40000 50000" > /proc/sys/net/ipv4/ip_local_port_range
readlink /proc/self/ns/net > "$DIR/netns"
"$NODE" "$CLI" tune plan --rule somaxconn-backlog,ephemeral-ports --json > "$DIR/plan.json"
"$NODE" "$CLI" tune apply --rule somaxconn-backlog,ephemeral-ports --state "$DIR/state.json" --json > "$DIR/apply.json"
echo "applied $(cat /proc/sys/net/core/somaxconn) $(cat /proc/sys/net/ipv4/ip_local_port_range)"
"$NODE" "$CLI" tune restore --state "$DIR/state.json" --json > "$DIR/restore.json"
echo "restored $(cat /proc/sys/net/core/somaxconn) $(cat /proc/sys/net/ipv4/ip_local_port_range)"
`,
        dir
      )
      const lines = out.trim().split('\n')
      expect(lines).toContain('applied 4096 1024\t65535')
      expect(lines).toContain('restored 128 40000\t50000')
      const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as {
        plan: { steps: { key: string; from: string; to: string; scope: string }[] }
      }
      expect(plan.plan.steps.map(s => [s.key, s.from, s.to, s.scope])).toEqual([
        ['net.core.somaxconn', '128', '4096', 'network-namespace'],
        ['net.ipv4.ip_local_port_range', '40000 50000', '1024 65535', 'network-namespace']
      ])
      const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
        changes: { key: string; netns: string; status: string }[]
      }
      const netns = readFileSync(join(dir, 'netns'), 'utf8').trim()
      expect(state.changes.map(c => [c.key, c.netns, c.status])).toEqual([
        ['net.core.somaxconn', netns, 'restored'],
        ['net.ipv4.ip_local_port_range', netns, 'restored']
      ])
      // The host's own network namespace never saw any of it.
      expect(snapshotAllowlisted()).toEqual(hostBefore)
    })

    it('a restore run from another network namespace leaves net.* keys alone', async () => {
      const hostSomaxconn = readKey('net.core.somaxconn')
      const dir = tmp('netns2')
      inNamespaces(
        ['-n'],
        `
echo 128 > /proc/sys/net/core/somaxconn
"$NODE" "$CLI" tune apply --rule somaxconn-backlog --state "$DIR/state.json" --json > "$DIR/apply.json"
`,
        dir
      )
      const host = new NodeHost()
      const loaded = await readStateFile(host, join(dir, 'state.json'))
      expect(loaded!.state.changes[0]).toMatchObject({
        key: 'net.core.somaxconn',
        before: '128',
        after: '4096',
        status: 'applied'
      })
      // The host namespace has 4096 too: without the namespace check, restore would write 128 here.
      const r = await restoreState(host, loaded!.state, { statePath: null })
      expect(r.outcomes[0]).toMatchObject({ status: 'skipped' })
      expect(r.outcomes[0]!.detail).toMatch(/network namespace net:\[\d+\], and this is net:\[\d+\]/)
      expect(readKey('net.core.somaxconn')).toBe(hostSomaxconn)
    })
  })

  d('read-only /proc/sys (unshare -m, bind mount remounted ro)', () => {
    it('apply says the change must happen on the host; nothing changes; exit 0', () => {
      const hostBefore = snapshotAllowlisted()
      const dir = tmp('rosys')
      const out = inNamespaces(
        ['-m'],
        `
mount --bind /proc/sys /proc/sys
mount -o remount,ro,bind /proc/sys
if "$NODE" "$CLI" tune apply --rule inotify-limit --state "$DIR/state.json" --json > "$DIR/apply.json"; then echo "exit 0"; else echo "exit $?"; fi
`,
        dir
      )
      expect(out.trim()).toBe('exit 0')
      const apply = JSON.parse(readFileSync(join(dir, 'apply.json'), 'utf8')) as {
        outcomes: { step: string; status: string; detail: string }[]
      }
      const inst = apply.outcomes.find(o => o.step === 'fs.inotify.max_user_instances')!
      expect(inst.status).toBe('skipped')
      expect(inst.detail).toMatch(/\/proc\/sys is read-only here .*must be changed on the host/)
      const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
        changes: { status: string }[]
      }
      expect(state.changes.every(c => c.status === 'failed')).toBe(true)
      expect(snapshotAllowlisted()).toEqual(hostBefore)
    })
  })
}
