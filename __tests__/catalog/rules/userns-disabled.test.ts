import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/userns-disabled.js'
import { makeFacts, runPreflightCases, runRuleCases, sysctl, user } from '../harness.js'

// Values as e2e/scenarios/userns-max-zero/run.sh sets them (user.max_user_namespaces=0 in its own child
// user namespace, where the job is uid 0); the host's own value is 96365.
const zero = () => makeFacts(sysctl('user.max_user_namespaces', 0), user(0))

runRuleCases(rule, {
  fires: [
    {
      name: 'real run: CLONE_NEWUSER with user.max_user_namespaces=0 gives ENOSPC',
      fixture: 'userns-max-zero',
      facts: captured => captured ?? zero(),
      confidence: 'high',
      evidence: ['fork/exec /bin/true: no space left on device', 'user.max_user_namespaces = 0'],
      remedy: ['user.max_user_namespaces=15000']
    },
    {
      name: 'real run, log alone: at most medium',
      fixture: 'userns-max-zero',
      facts: null,
      confidence: 'medium'
    },
    {
      name: 'unshare(1) ENOSPC text (failure catalog 2.17)',
      output: 'unshare: unshare failed: No space left on device\n',
      facts: zero(),
      confidence: 'high'
    },
    {
      name: 'Debian knob kernel.unprivileged_userns_clone=0 for a non-root user gives EPERM',
      output: '    x_test.go:19: run in a new user namespace: fork/exec /bin/true: operation not permitted\n',
      facts: makeFacts(sysctl('kernel.unprivileged_userns_clone', 0), user(1001)),
      confidence: 'medium',
      evidence: ['kernel.unprivileged_userns_clone = 0']
    },
    {
      // Verbatim from https://github.com/madlambda/nash/issues/252 (Arch Linux, fixed by
      // `sysctl -w kernel.unprivileged_userns_clone=1`): the test's name says it creates a user namespace.
      name: 'EPERM in a user-namespace test, log alone: low, with how to check',
      output:
        '--- FAIL: TestExecuteRforkUserNS (0.00s)\n        shell_linux_test.go:72: fork/exec /home/katz/workspace/go/src/github.com/NeowayLabs/nash/cmd/nash/nash: operation not permitted\n',
      test: 'TestExecuteRforkUserNS',
      confidence: 'low',
      evidence: ['operation not permitted', 'TestExecuteRforkUserNS creates a user namespace'],
      remedy: ['kernel.unprivileged_userns_clone=1', 'unshare -Ur true']
    }
  ],
  silent: [
    {
      // Captured: e2e/scenarios/reexec-privilege-control (as uid 65534: new mount and UTS namespaces
      // without a user namespace need CAP_SYS_ADMIN). Same text as a refused user namespace.
      name: 'real run: re-exec of /proc/self/exe refused for want of privilege, log alone',
      fixture: 'reexec-privilege-control',
      facts: null
    },
    {
      name: 'real run: re-exec of /proc/self/exe refused for want of privilege, with the facts',
      fixture: 'reexec-privilege-control'
    },
    {
      name: 'EPERM with the Debian knob absent is some other restriction',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n',
      facts: makeFacts(sysctl('user.max_user_namespaces', 96365), user(1001))
    },
    {
      name: 'EPERM as root: the Debian knob does not apply',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n',
      facts: makeFacts(sysctl('kernel.unprivileged_userns_clone', 0), user(0))
    },
    {
      name: 'EPERM from the log alone, in a test that says nothing of user namespaces',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n'
    },
    {
      name: 'EPERM in a user-namespace test, but AppArmor restricts userns (apparmor-userns)',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n',
      test: 'TestUserNS',
      facts: makeFacts(sysctl('kernel.apparmor_restrict_unprivileged_userns', 1))
    },
    {
      name: 'EPERM in a user-namespace test, the userns probe succeeded here',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n',
      test: 'TestUserNS',
      facts: makeFacts(f => {
        f.security.userns = known({ canCreate: true, detail: 'unshare -U true: ok' })
      })
    },
    {
      name: 'EPERM in a user-namespace test as root',
      output: '    x_test.go:19: fork/exec /bin/true: operation not permitted\n',
      test: 'TestUserNS',
      facts: makeFacts(user(0))
    },
    {
      name: 'real disk-full text is not a fork/exec ENOSPC',
      output: 'write /tmp/x: no space left on device\n',
      facts: zero()
    },
    {
      name: 'real look-alike run (unprivileged test mapping UID 0) with its real values',
      fixture: 'userns-uid-assumption',
      facts: captured => captured ?? makeFacts(sysctl('user.max_user_namespaces', 96365), user(65534))
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'user.max_user_namespaces=0',
      facts: zero(),
      severity: 'warning',
      evidence: ['user.max_user_namespaces = 0']
    },
    {
      name: 'unprivileged_userns_clone=0 for a non-root job',
      facts: makeFacts(sysctl('kernel.unprivileged_userns_clone', 0), user(1001)),
      evidence: ['kernel.unprivileged_userns_clone = 0']
    }
  ],
  silent: [
    {
      name: 'this machine: 96365 namespaces allowed, root',
      facts: makeFacts(sysctl('user.max_user_namespaces', 96365), user(0))
    },
    { name: 'knob 0 but root', facts: makeFacts(sysctl('kernel.unprivileged_userns_clone', 0), user(0)) },
    {
      name: 'nothing known',
      facts: makeFacts(f => {
        f.security.userns = known({ canCreate: true, detail: 'unshare -U true: ok' })
      })
    }
  ]
})
