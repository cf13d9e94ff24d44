import rule from '../../../src/catalog/rules/inotify-limit.js'
import { makeFacts, rl, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

// e2e/scenarios/inotify-instances|inotify-watches (harness engineer's): limits lowered in a child user
// namespace (/proc/sys/user/max_inotify_*), host fs.inotify.* at this VM's 128 / 192536, NOFILE 20000.
const hostVm = [
  sysctl('fs.inotify.max_user_instances', 128),
  sysctl('fs.inotify.max_user_watches', 192536),
  rl('nofile', 20000, 20000)
]

runRuleCases(rule, {
  fires: [
    {
      // Verbatim from the matrix capture tail-inotify-watches (nxadm/tail v1.4.11 with
      // user.max_inotify_watches=0 in a child user namespace; TMPDIR had room).
      name: 'real tail suite: ENOSPC naming no file, with the watches used up: medium',
      output: '    tail_test.go:777: tail ended with error: no space left on device\n',
      facts: makeFacts(sysctl('fs.inotify.max_user_watches', 192530), sysctl('user.max_inotify_watches', 0)),
      confidence: 'medium',
      evidence: ['user.max_inotify_watches = 0']
    },
    {
      // Verbatim from the matrix capture fsnotify-inotify-instances (fsnotify v1.9.0 under
      // user.max_inotify_instances=2 in a child user namespace): fsnotify's NewWatcher is inotify_init1.
      name: 'real fsnotify suite: newWatcher EMFILE under a user-namespace instance limit of 2',
      output: '    fsnotify_test.go:278: newWatcher: too many open files\n',
      facts: makeFacts(
        sysctl('fs.inotify.max_user_instances', 128),
        sysctl('user.max_inotify_instances', 2),
        rl('nofile', 20000, 20000)
      ),
      confidence: 'high',
      evidence: ['user.max_inotify_instances = 2']
    },
    {
      name: 'real fsnotify suite: newWatcher EMFILE, log alone',
      output: '    fsnotify_test.go:278: newWatcher: too many open files\n',
      facts: null,
      confidence: 'low'
    },
    {
      name: 'real inotify_init1 EMFILE at user.max_inotify_instances=4',
      fixture: 'inotify-instances',
      facts: captured => captured ?? makeFacts(...hostVm, sysctl('user.max_inotify_instances', 4)),
      confidence: 'high',
      evidence: ['create inotify watcher', 'user.max_inotify_instances = 4']
    },
    { name: 'instances: no facts, medium', fixture: 'inotify-instances', facts: null, confidence: 'low' },
    {
      name: 'host default 128 instances corroborates',
      fixture: 'inotify-instances',
      facts: makeFacts(...hostVm),
      confidence: 'high',
      remedy: ['fs.inotify.max_user_instances=1280']
    },
    {
      name: 'real inotify_add_watch ENOSPC (watches): no facts',
      fixture: 'inotify-watches',
      facts: null,
      confidence: 'low'
    }
  ],
  silent: [
    {
      name: 'ENOSPC naming no file, log alone: a full disk as likely (disk-full speaks)',
      output: '    tail_test.go:777: tail ended with error: no space left on device\n',
      facts: null
    },
    {
      name: 'ENOSPC naming no file, the watch limit ample',
      output: '    tail_test.go:777: tail ended with error: no space left on device\n',
      facts: makeFacts(sysctl('fs.inotify.max_user_watches', 655360))
    },
    {
      name: 'plain EMFILE without inotify is nofile-limit/fd-leak',
      fixture: 'nofile-limit',
      facts: makeFacts(...hostVm)
    },
    { name: 'disk full', fixture: 'disk-full', facts: makeFacts(...hostVm) },
    {
      name: 'inotify EMFILE under a hard NOFILE of 64 with ample inotify limits',
      output: 'create fsnotify watcher: too many open files\n',
      facts: makeFacts(sysctl('fs.inotify.max_user_instances', 1280), rl('nofile', 64, 64))
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'default 128 instances',
      facts: makeFacts(...hostVm),
      evidence: ['fs.inotify.max_user_instances = 128']
    },
    {
      name: 'user namespace lower than the host',
      facts: makeFacts(
        sysctl('fs.inotify.max_user_instances', 1280),
        sysctl('user.max_inotify_instances', 4)
      ),
      evidence: ['user namespace']
    }
  ],
  silent: [
    {
      name: 'hosted values',
      facts: makeFacts(
        sysctl('fs.inotify.max_user_instances', 1280),
        sysctl('fs.inotify.max_user_watches', 655360)
      )
    }
  ]
})
