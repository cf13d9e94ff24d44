// The e2e harness's own pieces: the report checker (e2e/lib/check.mjs) and the shell helpers
// (e2e/lib/common.sh). The helpers that need root (cgroups, namespaces) are tested only as root.
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repo = resolve(import.meta.dirname, '..', '..')
const checker = join(repo, 'e2e', 'lib', 'check.mjs')
const lib = join(repo, 'e2e', 'lib', 'common.sh')
const isRoot = process.getuid?.() === 0

interface Verdict {
  ok: boolean
  got: string
  confidence: string
  problems: string[]
}

/** A scratch scenario inside the real e2e/scenarios tree (the checker resolves paths from the repo). */
function scratch(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(repo, 'e2e', 'scenarios', '.check-test-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

const testSource = [
  'package x', //                            1
  '', //                                     2
  'import "testing"', //                     3
  '', //                                     4
  'func TestLimit(t *testing.T) {', //       5
  '\tt.Fatalf("listen: too many open files")', // 6
  '}', //                                    7
  ''
].join('\n')

function check(
  scenario: object,
  report: object | string,
  mode: 'cli' | 'action',
  exit: number,
  rules?: object
): Verdict {
  const s = scratch({ 'x_test.go': testSource, 'scenario.json': JSON.stringify(scenario) })
  const work = mkdtempSync(join(tmpdir(), 'e2e-check-'))
  try {
    const reportPath = join(work, 'report.json')
    writeFileSync(reportPath, typeof report === 'string' ? report : JSON.stringify(report))
    const args = [checker, join(s.dir, 'scenario.json'), reportPath, mode, String(exit), repo]
    if (rules) {
      writeFileSync(join(work, 'rules.json'), JSON.stringify(rules))
      args.push(join(work, 'rules.json'))
    }
    const out = execFileSync(process.execPath, args, { encoding: 'utf8' })
    return JSON.parse(out) as Verdict
  } finally {
    s.cleanup()
    rmSync(work, { recursive: true, force: true })
  }
}

const rel = (dirName: string) => `e2e/scenarios/${dirName}/x_test.go`

/** The checker is called with a scratch directory whose name it does not know in advance: build the
 *  report lazily from the directory name by pointing file at a placeholder replaced below. */
function checkWith(
  scenario: object,
  failure: (file: string) => object,
  mode: 'cli' | 'action' = 'action',
  exit = 1,
  rules?: object
): Verdict {
  const s = scratch({ 'x_test.go': testSource, 'scenario.json': JSON.stringify(scenario) })
  const work = mkdtempSync(join(tmpdir(), 'e2e-check-'))
  try {
    const name = s.dir.split('/').pop() as string
    const report = {
      version: 1,
      tool: { name: 'go-env-guard', version: '0.0.0' },
      facts: {},
      findings: [],
      failures: [failure(rel(name))],
      totals: { packages: 1, tests: 1, passed: 0, failed: 1, skipped: 0 }
    }
    const reportPath = join(work, 'report.json')
    writeFileSync(reportPath, JSON.stringify(report))
    const args = [checker, join(s.dir, 'scenario.json'), reportPath, mode, String(exit), repo]
    if (rules) {
      writeFileSync(join(work, 'rules.json'), JSON.stringify(rules))
      args.push(join(work, 'rules.json'))
    }
    return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Verdict
  } finally {
    s.cleanup()
    rmSync(work, { recursive: true, force: true })
  }
}

const nofileScenario = {
  description: 'd',
  rule: 'nofile-limit',
  confidence: 'high',
  test: 'TestLimit',
  kind: 'test',
  control: false,
  goTestArgs: ['-count=1']
}
const cause = (rule: string, confidence = 'high') => ({
  rule,
  confidence,
  evidence: ['RLIMIT_NOFILE soft 64'],
  remedy: 'ulimit -n 65536'
})
const failureAt =
  (line: number, causes: object[], extra: object = {}) =>
  (file: string) => ({
    package: 'example.com/e2e/x',
    test: 'TestLimit',
    kind: 'test',
    file,
    line,
    excerpt: 'too many open files',
    causes,
    ...extra
  })

describe('e2e/lib/check.mjs', () => {
  it('accepts the expected top cause, confidence and a location inside the failing test', () => {
    const v = checkWith(nofileScenario, failureAt(6, [cause('nofile-limit')]))
    expect(v).toEqual({ ok: true, got: 'nofile-limit', confidence: 'high', problems: [] })
  })

  it('rejects a different top cause and says where the expected one was', () => {
    const v = checkWith(nofileScenario, failureAt(6, [cause('inotify-limit'), cause('nofile-limit')]))
    expect(v.ok).toBe(false)
    expect(v.got).toBe('inotify-limit')
    expect(v.problems.join()).toContain('want nofile-limit (found at position 2)')
  })

  it('rejects a wrong confidence, a missing remedy and a line outside the test function', () => {
    expect(checkWith(nofileScenario, failureAt(6, [cause('nofile-limit', 'low')])).problems).toEqual([
      'confidence low, want high'
    ])
    const noRemedy = { ...cause('nofile-limit'), remedy: '' }
    expect(checkWith(nofileScenario, failureAt(6, [noRemedy])).problems).toEqual(['top cause has no remedy'])
    expect(checkWith(nofileScenario, failureAt(3, [cause('nofile-limit')])).problems.join()).toMatch(
      /line 3 is not inside func TestLimit \(lines 5-7\)/
    )
    expect(checkWith(nofileScenario, failureAt(99, [cause('nofile-limit')])).problems.join()).toMatch(
      /line 99 is outside/
    )
  })

  it('requires action paths relative to the repository root, not absolute or under ..', () => {
    const abs = checkWith(nofileScenario, file => ({
      ...failureAt(6, [cause('nofile-limit')])(file),
      file: join(repo, file)
    }))
    expect(abs.problems.join()).toContain('is not relative to the repository root')
    const cwdRelative = checkWith(nofileScenario, file => ({
      ...failureAt(6, [cause('nofile-limit')])(file),
      file: file.replace(/^e2e\//, '')
    }))
    expect(cwdRelative.problems.join()).toContain('does not exist relative to the repository root')
    // The CLI has no workspace: a path relative to its working directory (e2e/) is accepted.
    const cli = checkWith(
      nofileScenario,
      file => ({ ...failureAt(6, [cause('nofile-limit')])(file), file: file.replace(/^e2e\//, '') }),
      'cli'
    )
    expect(cli.problems).toEqual([])
  })

  it('fails a run that exited 0 although go test failed, and a missing test', () => {
    expect(checkWith(nofileScenario, failureAt(6, [cause('nofile-limit')]), 'cli', 0).problems).toEqual([
      'cli exited 0: go test passed (the condition did not take effect) or its status was lost'
    ])
    const other = checkWith(nofileScenario, file => ({ ...failureAt(6, [])(file), test: 'TestOther' }))
    expect(other.ok).toBe(false)
    expect(other.problems.join()).toContain('no failure for TestLimit; failures: TestOther(test)')
  })

  it('controls: no environmental cause, but code-fault rules are allowed', () => {
    const control = { ...nofileScenario, rule: null, confidence: null, control: true }
    expect(checkWith(control, failureAt(6, [])).ok).toBe(true)
    const env = checkWith(control, failureAt(6, [cause('nofile-limit', 'low')]))
    expect(env.ok).toBe(false)
    expect(env.problems.join()).toContain('control got environmental cause(s): nofile-limit(low)')
    const rules = [
      { id: 'fd-leak', environmental: false },
      { id: 'nofile-limit', environmental: true }
    ]
    expect(checkWith(control, failureAt(6, [cause('fd-leak', 'medium')]), 'action', 1, rules).ok).toBe(true)
    expect(checkWith(control, failureAt(6, [cause('fd-leak', 'medium')]), 'action', 1).ok).toBe(false)
  })

  it('reports "not wired" for an empty or non-report output instead of crashing', () => {
    expect(check(nofileScenario, '', 'cli', 1)).toMatchObject({ ok: false, got: 'not wired' })
    expect(check(nofileScenario, '{"hello": 1}', 'cli', 1)).toMatchObject({ ok: false, got: 'not wired' })
    expect(check(nofileScenario, 'garbage\n', 'cli', 1).problems.join()).toContain('not JSON')
  })
})

function bash(script: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-c', `source ${JSON.stringify(lib)}\n${script}`], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 20000
  })
}

describe('e2e/lib/common.sh', () => {
  it('e2e_skip prints one reason and exits 77', () => {
    const r = bash('e2e_skip "no pids controller"; echo not reached')
    expect(r.status).toBe(77)
    expect(r.stderr).toBe('skip: no pids controller\n')
    expect(r.stdout).toBe('')
  })

  it('runs cleanups last-registered first on exit and on TERM, and returns the command status', () => {
    const ok = bash('e2e_on_exit "echo first"; e2e_on_exit "echo second"; e2e_run sh -c "exit 3"')
    expect(ok.status).toBe(3)
    expect(ok.stdout).toBe('second\nfirst\n')
    const term = bash(
      'e2e_on_exit "echo cleaned"; (sleep 0.3; kill -TERM $$) & e2e_run sleep 30; echo not reached'
    )
    expect(term.status).toBe(143)
    expect(term.stdout).toBe('cleaned\n')
  })

  const rootIt = isRoot ? it : it.skip

  rootIt('sysctl_set_restore restores on exit, and e2e_sweep restores after a SIGKILL (in a netns)', () => {
    const state = mkdtempSync(join(tmpdir(), 'e2e-state-'))
    try {
      // net.core.somaxconn is per network namespace: the host's value is never touched.
      const r = spawnSync(
        'unshare',
        [
          '-n',
          'bash',
          '-c',
          `source ${JSON.stringify(lib)}
           before=$(cat /proc/sys/net/core/somaxconn)
           bash -c 'source ${lib}; sysctl_set_restore net.core.somaxconn 7; cat /proc/sys/net/core/somaxconn'
           echo "after-exit $(cat /proc/sys/net/core/somaxconn) before $before"
           bash -c 'source ${lib}; sysctl_set_restore net.core.somaxconn 9; kill -KILL $$'
           echo "after-kill $(cat /proc/sys/net/core/somaxconn)"
           e2e_sweep 2>/dev/null
           echo "after-sweep $(cat /proc/sys/net/core/somaxconn)"`
        ],
        { encoding: 'utf8', env: { ...process.env, E2E_STATE_DIR: state }, timeout: 20000 }
      )
      const lines = r.stdout.trim().split('\n')
      const before = lines[1].split(' ')[3]
      expect(lines[0]).toBe('7')
      expect(lines[1]).toBe(`after-exit ${before} before ${before}`)
      expect(lines[2]).toBe('after-kill 9')
      expect(lines[3]).toBe(`after-sweep ${before}`)
      expect(existsSync(join(state, 'sysctl.net.core.somaxconn'))).toBe(false)
    } finally {
      rmSync(state, { recursive: true, force: true })
    }
  })

  const cgroupIt = isRoot && existsSync('/sys/fs/cgroup/pids/cgroup.procs') ? it : it.skip

  cgroupIt('with_cgroup_v1 puts the command under the limit and removes the cgroup afterwards', () => {
    const r = bash(
      `with_cgroup_v1 pids "pids.max=5" bash -c 'cat "$E2E_CGROUP/pids.max"; echo "$E2E_CGROUP"; grep -c . "$E2E_CGROUP/cgroup.procs"'`
    )
    expect(r.status).toBe(0)
    const [max, dir] = r.stdout.trim().split('\n')
    expect(max).toBe('5')
    expect(dir).toMatch(/\/go-env-guard-e2e-\d+-pids$/)
    expect(existsSync(dir)).toBe(false)
  })

  const nsIt = isRoot ? it : it.skip

  nsIt('with_mountns_tmpfs mounts a noexec tmpfs only inside the namespace', () => {
    const r = bash(
      `E2E_TMPFS_ENV="TMPDIR GOTMPDIR" with_mountns_tmpfs "noexec,size=1m" sh -c 'echo "$TMPDIR $GOTMPDIR"; grep " $E2E_TMPFS " /proc/self/mountinfo | grep -c noexec'`
    )
    expect(r.status).toBe(0)
    const [dirs, count] = r.stdout.trim().split('\n')
    const [tmp, gotmp] = dirs.split(' ')
    expect(tmp).toBe(gotmp)
    expect(count).toBe('1')
    // Outside, the mount is gone and the directory removed.
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(` ${tmp} `)
    expect(existsSync(tmp)).toBe(false)
  })

  nsIt('with_userns_root lowers a per-user-namespace limit without touching the host', () => {
    const host = readFileSync('/proc/sys/user/max_inotify_instances', 'utf8').trim()
    const r = bash(
      'E2E_USERNS_LIMITS="max_inotify_instances=3" with_userns_root sh -c "cat /proc/sys/user/max_inotify_instances; id -u"'
    )
    expect(r.stdout).toBe('3\n0\n')
    expect(readFileSync('/proc/sys/user/max_inotify_instances', 'utf8').trim()).toBe(host)
  })

  nsIt('with_netns sets namespaced sysctls inside only, with loopback up', () => {
    const host = readFileSync('/proc/sys/net/core/somaxconn', 'utf8').trim()
    const r = bash(
      'with_netns net.core.somaxconn=3 -- sh -c "cat /proc/sys/net/core/somaxconn; ip -o link show lo"'
    )
    const [inside, lo] = r.stdout.trim().split('\n')
    expect(inside).toBe('3')
    expect(lo).toMatch(/<LOOPBACK,UP,LOWER_UP>/)
    expect(readFileSync('/proc/sys/net/core/somaxconn', 'utf8').trim()).toBe(host)
  })
})
