import { describe, expect, it } from '@jest/globals'
import { planTune, sysctlCommand, type PlanInput } from '../../src/remediate/plan.js'
import type { Cause, Finding } from '../../src/core/model.js'
import {
  cpuCg,
  go,
  inContainer,
  makeFacts,
  memoryCg,
  rl,
  runner,
  sysctl,
  user,
  type FactsMod
} from '../catalog/harness.js'

const finding = (
  rule: string,
  evidence: string[] = [],
  severity: Finding['severity'] = 'warning'
): Finding => ({
  rule,
  severity,
  title: rule,
  message: `${rule} message`,
  evidence,
  remedy: 'fix it'
})
const cause = (rule: string, confidence: Cause['confidence'], evidence: string[] = []): Cause => ({
  rule,
  confidence,
  evidence,
  remedy: 'fix it'
})
const facts = (...mods: FactsMod[]) => makeFacts(user(1001), runner('github-hosted'), ...mods)
const plan = (input: Partial<PlanInput> & { facts: PlanInput['facts'] }) => planTune({ env: {}, ...input })

describe('planTune: sysctl steps', () => {
  it('raises the inotify limit a finding names, to the hosted-image value, and not the other one', () => {
    const p = plan({
      facts: facts(sysctl('fs.inotify.max_user_instances', 128), sysctl('fs.inotify.max_user_watches', 8192)),
      findings: [finding('inotify-limit', ['fs.inotify.max_user_instances = 128'])]
    })
    // A low instance count says nothing about watches: raising max_user_watches "because instances =
    // 128" was wrong (each fix's `when` says which findings and causes it answers).
    expect(p.steps.map(s => [s.kind, s.key, s.from, s.to, s.auto])).toEqual([
      ['sysctl', 'fs.inotify.max_user_instances', '128', '1280', true]
    ])
    expect(p.steps[0]!.command).toBe('sudo sysctl -w fs.inotify.max_user_instances=1280')
    expect(p.steps[0]!.reason).toContain('fs.inotify.max_user_instances = 128')
    expect(p.steps[0]!.rule).toBe('inotify-limit')
    const w = plan({
      facts: facts(sysctl('fs.inotify.max_user_instances', 128), sysctl('fs.inotify.max_user_watches', 8192)),
      findings: [finding('inotify-limit', ['fs.inotify.max_user_watches = 8192'])]
    })
    expect(w.steps.map(s => s.key)).toEqual(['fs.inotify.max_user_watches'])
  })

  it('plans nothing when the value is already at or above the target (never lowers)', () => {
    const p = plan({
      facts: facts(
        sysctl('fs.inotify.max_user_instances', 8192),
        sysctl('fs.inotify.max_user_watches', 1048576)
      ),
      findings: [finding('inotify-limit')]
    })
    expect(p.steps).toEqual([])
  })

  it('plans nothing without a finding or cause, whatever the values', () => {
    const p = plan({
      facts: facts(sysctl('vm.max_map_count', 65530), sysctl('fs.inotify.max_user_instances', 128))
    })
    expect(p.steps).toEqual([])
  })

  it('ignores low-confidence causes and says so', () => {
    const p = plan({
      facts: facts(sysctl('vm.max_map_count', 65530)),
      causes: [cause('max-map-count', 'low')]
    })
    expect(p.steps).toEqual([])
    expect(p.notes.join(' ')).toMatch(/max-map-count: only low-confidence/)
  })

  it('drops the sudo for root and quotes a range value', () => {
    const p = plan({
      facts: makeFacts(user(0), sysctl('net.ipv4.ip_local_port_range', '32768\t60999')),
      causes: [cause('ephemeral-ports', 'high')]
    })
    expect(p.steps[0]!.command).toBe("sysctl -w 'net.ipv4.ip_local_port_range=1024 65535'")
    expect(p.steps[0]!.from).toBe('32768 60999')
    expect(p.steps[0]!.warning).toMatch(/ip_local_reserved_ports/)
    expect(sysctlCommand('vm.max_map_count', '262144', false)).toBe('sudo sysctl -w vm.max_map_count=262144')
  })

  it('keeps fs.file-max for ENFILE only (EMFILE is the rlimit)', () => {
    const f = facts(sysctl('fs.file-max', 100000), rl('nofile', 1024, 1024))
    const emfile = plan({
      facts: f,
      causes: [cause('nofile-limit', 'high', ['open x: too many open files'])]
    })
    expect(emfile.steps.map(s => s.key)).not.toContain('fs.file-max')
    const enfile = plan({
      facts: f,
      causes: [cause('nofile-limit', 'medium', ['open x: too many open files in system'])]
    })
    expect(enfile.steps.map(s => s.key)).toContain('fs.file-max')
  })

  it('does not auto-apply the security relaxations from a preflight finding, only for a diagnosed failure', () => {
    const f = facts(sysctl('kernel.apparmor_restrict_unprivileged_userns', 1))
    const pre = plan({ facts: f, findings: [finding('apparmor-userns', [], 'notice')] })
    expect(pre.steps).toHaveLength(1)
    expect(pre.steps[0]!.auto).toBe(false)
    expect(pre.steps[0]!.manual).toMatch(/plan only/)
    expect(pre.steps[0]!.warning).toMatch(/security relaxation/)
    const diag = plan({ facts: f, causes: [cause('apparmor-userns', 'medium')] })
    expect(diag.steps[0]!.auto).toBe(true)
    expect(diag.steps[0]!.to).toBe('0')
  })

  it('treats vm.mmap_rnd_bits (safe value lower) as plan-only unless diagnosed or requested', () => {
    const f = facts(sysctl('vm.mmap_rnd_bits', 32))
    expect(plan({ facts: f, findings: [finding('tsan-mmap-rnd-bits')] }).steps[0]!.auto).toBe(false)
    expect(plan({ facts: f, rules: ['tsan-mmap-rnd-bits'] }).steps[0]!.auto).toBe(true)
    expect(
      plan({ facts: facts(sysctl('vm.mmap_rnd_bits', 28)), rules: ['tsan-mmap-rnd-bits'] }).steps
    ).toEqual([])
  })

  it('in a container: host-wide keys become manual host changes, net.* keys stay automatic with the --sysctl hint', () => {
    const f = facts(inContainer(), sysctl('vm.max_map_count', 65530), sysctl('net.core.somaxconn', 128))
    const p = plan({ facts: f, causes: [cause('max-map-count', 'high'), cause('somaxconn-backlog', 'high')] })
    const mm = p.steps.find(s => s.key === 'vm.max_map_count')!
    expect(mm.auto).toBe(false)
    expect(mm.manual).toMatch(/host-wide and cannot be changed from inside a container/)
    const sc = p.steps.find(s => s.key === 'net.core.somaxconn')!
    expect(sc.auto).toBe(true)
    expect(sc.scope).toBe('network-namespace')
    expect(sc.warning).toMatch(/--sysctl net.core.somaxconn=4096/)
  })

  it('says why a key cannot be tuned when its value is unknown, but not for absent distro-only knobs', () => {
    const f = facts()
    f.sysctl['vm.max_map_count'] = { unknown: 'permission denied reading /proc/sys/vm/max_map_count' }
    f.sysctl['kernel.unprivileged_userns_clone'] = {
      unknown: 'kernel.unprivileged_userns_clone is not present on this kernel'
    }
    const p = plan({ facts: f, causes: [cause('max-map-count', 'high'), cause('userns-disabled', 'high')] })
    expect(p.steps).toEqual([])
    expect(p.notes.join('\n')).toMatch(/vm.max_map_count cannot be tuned: permission denied/)
    expect(p.notes.join('\n')).not.toMatch(/unprivileged_userns_clone/)
  })

  it('plans nothing without facts', () => {
    expect(planTune({ facts: null, rules: ['inotify-limit'] }).steps).toEqual([])
  })
})

describe('planTune: environment steps', () => {
  it('GOTMPDIR under RUNNER_TEMP for noexec-tmp, created first', () => {
    const p = plan({
      facts: facts(),
      findings: [finding('noexec-tmp')],
      env: { RUNNER_TEMP: '/home/runner/work/_temp' }
    })
    expect(p.steps).toHaveLength(1)
    expect(p.steps[0]).toMatchObject({
      kind: 'env',
      key: 'GOTMPDIR',
      to: '/home/runner/work/_temp/gotmp',
      auto: true,
      scope: 'job'
    })
    expect(p.steps[0]!.command).toBe(
      'mkdir -p "$RUNNER_TEMP/gotmp" && echo "GOTMPDIR=$RUNNER_TEMP/gotmp" >> "$GITHUB_ENV"'
    )
  })

  it('does not override a GOTMPDIR the workflow set', () => {
    const p = plan({
      facts: facts(),
      findings: [finding('noexec-tmp')],
      env: { RUNNER_TEMP: '/t', GOTMPDIR: '/tmp/mine' }
    })
    expect(p.steps[0]!.auto).toBe(false)
    expect(p.steps[0]!.from).toBe('/tmp/mine')
  })

  it('GOMEMLIMIT is 90% of the tightest memory limit, in MiB', () => {
    // 2 GiB limit -> 0.9 * 2048 MiB = 1843.2 -> 1843MiB (the example).
    const p = plan({
      facts: facts(memoryCg({ max: 4 * 1024 ** 3, effectiveMax: 2 * 1024 ** 3 })),
      causes: [cause('oom-kill', 'high')]
    })
    expect(p.steps[0]).toMatchObject({ kind: 'env', key: 'GOMEMLIMIT', to: '1843MiB' })
    expect(p.steps[0]!.command).toBe('echo "GOMEMLIMIT=1843MiB" >> "$GITHUB_ENV"')
  })

  it('no GOMEMLIMIT without a memory limit; a note instead', () => {
    const p = plan({
      facts: facts(memoryCg({ max: null, effectiveMax: null })),
      causes: [cause('oom-kill', 'high')]
    })
    expect(p.steps).toEqual([])
    expect(p.notes.join(' ')).toMatch(/no cgroup memory limit/)
  })

  it('GOMAXPROCS from the CPU quota only where Go does not follow it (Go < 1.25 or go.mod < 1.25)', () => {
    const quota = cpuCg({ quotaUs: 150000, periodUs: 100000, effectiveLimitCpus: 1.5 })
    const old = plan({
      facts: facts(quota, go('go1.24.3', '1.24')),
      causes: [cause('cpu-throttling-timeout', 'medium')]
    })
    expect(old.steps[0]).toMatchObject({ key: 'GOMAXPROCS', to: '2' })
    const oldMod = plan({
      facts: facts(quota, go('go1.26.8', '1.22')),
      causes: [cause('cpu-throttling-timeout', 'medium')]
    })
    expect(oldMod.steps[0]).toMatchObject({ key: 'GOMAXPROCS', to: '2' })
    const aware = plan({
      facts: facts(quota, go('go1.26.8', '1.25')),
      causes: [cause('cpu-throttling-timeout', 'medium')]
    })
    expect(aware.steps).toEqual([])
    expect(aware.notes.join(' ')).toMatch(/already follows the CPU quota/)
  })
})

describe('planTune: snippets', () => {
  it('a self-hosted runner with a low hard NOFILE gets a systemd drop-in for actions.runner.*.service', () => {
    const p = plan({
      facts: makeFacts(user(1001), runner('self-hosted'), rl('nofile', 1024, 1024)),
      causes: [cause('nofile-limit', 'high', ['accept4: too many open files'])]
    })
    const s = p.steps.find(x => x.key === 'runner-service-nofile')!
    expect(s.kind).toBe('snippet')
    expect(s.auto).toBe(false)
    expect(s.command).toContain("'actions.runner.*'")
    expect(s.command).toContain("printf '[Service]\\nLimitNOFILE=65536\\n'")
    expect(s.command).toContain('systemctl daemon-reload')
    expect(s.manual).toMatch(/between jobs/)
    expect(p.steps.find(x => x.key === 'docker-ulimit-nofile')!.command).toBe(
      'docker run --ulimit nofile=65536:65536 ...'
    )
  })

  it('a container job gets container.options instead', () => {
    const p = plan({
      facts: makeFacts(user(0), inContainer(), rl('nofile', 1024, 1024)),
      causes: [cause('nofile-limit', 'high', ['too many open files'])]
    })
    expect(p.steps.map(s => s.command)).toEqual(['container:\n  options: --ulimit nofile=65536:65536'])
  })

  it('no NOFILE snippet when the hard limit is already high', () => {
    const p = plan({
      facts: facts(rl('nofile', 1024, 1048576)),
      causes: [cause('nofile-limit', 'medium', ['too many open files'])]
    })
    expect(p.steps).toEqual([])
  })
})
