import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/userns-test-assumption.js'
import type { FactsMod } from '../harness.js'
import { makeFacts, runRuleCases, sysctl, user } from '../harness.js'

const seccomp =
  (mode: 'disabled' | 'filter'): FactsMod =>
  f => {
    f.security.seccomp = known({ mode, filters: mode === 'disabled' ? 0 : 1 })
  }
// The real values of the machine e2e/scenarios/userns-uid-assumption ran on: user.max_user_namespaces 96365
// (/proc/sys/user/max_user_namespaces), no unprivileged_userns_clone file, Seccomp: 0, no AppArmor; uid 65534.
const open = (...more: FactsMod[]) =>
  makeFacts(sysctl('user.max_user_namespaces', 96365), seccomp('disabled'), user(65534), ...more)

runRuleCases(rule, {
  fires: [
    {
      name: 'real run: unprivileged test maps host UID 0 where nothing restricts user namespaces',
      fixture: 'userns-uid-assumption',
      facts: captured => captured ?? open(),
      confidence: 'medium',
      evidence: ['fork/exec /bin/true: operation not permitted', 'seccomp: disabled'],
      remedy: ['os.Getuid()']
    }
  ],
  silent: [
    { name: 'log alone: cannot rule out a restriction', fixture: 'userns-uid-assumption', facts: null },
    {
      name: 'seccomp filter in place (seccomp-blocked)',
      fixture: 'userns-uid-assumption',
      facts: open(seccomp('filter'))
    },
    {
      name: 'AppArmor mediation on (apparmor-userns)',
      fixture: 'userns-uid-assumption',
      facts: open(sysctl('kernel.apparmor_restrict_unprivileged_userns', 1))
    },
    {
      name: 'Debian knob 0 (userns-disabled)',
      fixture: 'userns-uid-assumption',
      facts: open(sysctl('kernel.unprivileged_userns_clone', 0))
    },
    { name: 'running as root', fixture: 'userns-uid-assumption', facts: open(user(0)) },
    {
      name: 'seccomp state unknown',
      fixture: 'userns-uid-assumption',
      facts: makeFacts(sysctl('user.max_user_namespaces', 96365), user(65534))
    }
  ]
})
