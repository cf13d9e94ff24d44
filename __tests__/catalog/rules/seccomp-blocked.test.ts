import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { known } from '../../../src/facts/types.js'
import type { GoProbeInfo } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/seccomp-blocked.js'
import type { FactsMod } from '../harness.js'
import { FIXTURES, makeFacts, runPreflightCases, runRuleCases, user } from '../harness.js'

/** The plain-text capture (the harness's small JSON reader keeps a crashed test's output apart from its package). */
const txt = (name: string) => readFileSync(join(FIXTURES, name, 'go-test.txt'), 'utf8')

const seccomp =
  (mode: 'disabled' | 'filter', filters = 1): FactsMod =>
  f => {
    f.security.seccomp = known({ mode, filters: mode === 'disabled' ? 0 : filters })
  }
const probe =
  (syscalls: GoProbeInfo['syscalls']): FactsMod =>
  f => {
    f.goProbe = known({
      goVersion: 'go1.26.8',
      gomaxprocs: 2,
      numCPU: 2,
      nofileSoft: 20000,
      nofileHard: 20000,
      execInTemp: [],
      userns: { ok: false, error: 'operation not permitted' },
      syscalls,
      listen: { ipv4: { ok: true }, ipv6: { ok: true } },
      threads: { created: 100, limit: 100 },
      cgo: { enabled: true, ccWorks: true },
      timing: { buildMs: 0, runMs: 5, cached: true }
    })
  }
// The e2e seccomp scenarios run as root under one filter (seccomp-run.c): /proc/self/status shows
// "Seccomp: 2", "Seccomp_filters: 1".
const filtered = () => makeFacts(seccomp('filter'), user(0))

runRuleCases(rule, {
  fires: [
    {
      name: 'real run: Docker-like clone/unshare rule, CLONE_NEWUSER gets EPERM',
      fixture: 'seccomp-userns-eperm',
      facts: captured => captured ?? filtered(),
      confidence: 'medium',
      evidence: ['fork/exec /bin/true: operation not permitted', 'seccomp mode: filter'],
      remedy: ['seccomp']
    },
    {
      name: 'same run with the Go probe showing unshare refused: conclusive',
      fixture: 'seccomp-userns-eperm',
      facts: makeFacts(
        seccomp('filter'),
        user(0),
        probe({ unshare: { errno: 'EPERM', expected: ['OK'], blocked: true } })
      ),
      confidence: 'high',
      evidence: ['probe: unshare returned EPERM']
    },
    {
      name: 'real run: pidfd_open trapped, SIGSYS in os.checkPidfd (golang/go#69065 shape)',
      output: txt('seccomp-sigsys'),
      kind: 'package',
      test: null,
      facts: filtered(),
      confidence: 'high',
      evidence: ['SIGSYS: bad system call', 'os.checkPidfd()'],
      remedy: ['pidfd_open']
    },
    {
      name: 'real run, log alone: SIGSYS is specific, so medium',
      output: txt('seccomp-sigsys'),
      kind: 'package',
      test: null,
      confidence: 'medium'
    },
    {
      name: 'real run: clone3 EPERM aborts a cgo test binary',
      fixture: 'seccomp-clone3-cgo',
      facts: captured => captured ?? filtered(),
      confidence: 'high',
      evidence: ['runtime/cgo: pthread_create failed: Operation not permitted'],
      remedy: ['20.10.10']
    }
  ],
  silent: [
    {
      name: 'fork/exec EPERM with no seccomp filter',
      fixture: 'seccomp-userns-eperm',
      facts: makeFacts(seccomp('disabled'), user(0))
    },
    { name: 'fork/exec EPERM from the log alone', fixture: 'seccomp-userns-eperm', facts: null },
    {
      name: 'real look-alike run (uid 65534 maps UID 0, Seccomp: 0)',
      fixture: 'userns-uid-assumption',
      facts: captured => captured ?? makeFacts(seccomp('disabled'), user(65534))
    },
    { name: 'real userns-max-zero run (ENOSPC, not EPERM)', fixture: 'userns-max-zero', facts: filtered() },
    {
      name: 'pthread_create EAGAIN is a thread limit, not seccomp',
      output: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\n',
      kind: 'package',
      test: null,
      facts: filtered()
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'Go probe: pidfd_open and clone3 refused',
      facts: makeFacts(
        seccomp('filter'),
        probe({
          pidfd_open: { errno: 'EPERM', expected: ['EINVAL'], blocked: true },
          clone3: { errno: 'EPERM', expected: ['EINVAL', 'ENOSYS'], blocked: true }
        })
      ),
      severity: 'warning',
      evidence: ['probe: pidfd_open returned EPERM']
    }
  ],
  silent: [
    {
      name: 'a filter, but every probed call behaves',
      facts: makeFacts(
        seccomp('filter'),
        probe({ clone3: { errno: 'ENOSYS', expected: ['EINVAL', 'ENOSYS'], blocked: false } })
      )
    },
    { name: 'no probe run', facts: filtered() }
  ]
})
