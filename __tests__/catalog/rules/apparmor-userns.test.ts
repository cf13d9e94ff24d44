import rule from '../../../src/catalog/rules/apparmor-userns.js'
import { makeFacts, runPreflightCases, runRuleCases, sysctl, user } from '../harness.js'

// Not reproducible here (no AppArmor on this kernel). Texts from failure catalog 2.19: bwrap's
// "setting up uid map: Permission denied" (google/nsjail#236 and bubblewrap reports) and skopeo/buildah's
// "Error during unshare(...): Operation not permitted" on ubuntu-24.04 (actions/runner-images#10443).
const restricted = (uid = 1001) =>
  makeFacts(sysctl('kernel.apparmor_restrict_unprivileged_userns', 1), user(uid))

runRuleCases(rule, {
  fires: [
    { name: 'log alone', output: 'bwrap: setting up uid map: Permission denied\n', confidence: 'low' },
    {
      name: 'bwrap on ubuntu-24.04 with the restriction on',
      output: 'bwrap: setting up uid map: Permission denied\n',
      facts: restricted(),
      confidence: 'medium',
      evidence: ['kernel.apparmor_restrict_unprivileged_userns = 1'],
      remedy: ['apparmor_restrict_unprivileged_userns=0']
    },
    {
      name: 'buildah/skopeo unshare text (runner-images#10443)',
      output: 'Error during unshare(CLONE_NEWUSER): Operation not permitted\n',
      facts: restricted()
    },
    {
      name: 'Go test writing setgroups under the restriction',
      output: '    x_test.go:30: write /proc/self/setgroups: permission denied\n',
      facts: restricted()
    }
  ],
  silent: [
    {
      name: 'restriction off',
      output: 'bwrap: setting up uid map: Permission denied\n',
      facts: makeFacts(sysctl('kernel.apparmor_restrict_unprivileged_userns', 0), user(1001))
    },
    {
      name: 'root is not mediated',
      output: 'bwrap: setting up uid map: Permission denied\n',
      facts: restricted(0)
    },
    {
      name: 'real userns-uid-assumption run on a machine without the knob',
      fixture: 'userns-uid-assumption',
      facts: c => c ?? makeFacts(user(65534))
    }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: 'ubuntu-24.04 default for the runner user', facts: restricted(), severity: 'notice' }],
  silent: [
    {
      name: 'restriction off',
      facts: makeFacts(sysctl('kernel.apparmor_restrict_unprivileged_userns', 0), user(1001))
    },
    { name: 'root', facts: restricted(0) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
