import rule from '../../../src/catalog/rules/pids-limit.js'
import {
  counters,
  go,
  inContainer,
  makeFacts,
  pidsCg,
  rl,
  runPreflightCases,
  runRuleCases,
  sysctl,
  user,
  withCounters
} from '../harness.js'

// e2e/scenarios/pids-limit: pids.max=60; its run.sh printed `pids.events: max 1` after the run (CAPTURED.md).
const scenarioFacts = makeFacts(
  pidsCg({ max: 60, current: 3 }),
  counters({ pidsEventsMax: 0 }, { pidsEventsMax: 1 }),
  user(0),
  go('go1.26.8', '1.22')
)

runRuleCases(rule, {
  fires: [
    {
      name: 'runaway thread creation (have 9000 already), log alone: low, not medium',
      output:
        'runtime: failed to create new OS thread (have 9000 already; errno=11)\nfatal error: newosproc\n',
      kind: 'panic',
      confidence: 'low'
    },
    {
      // coreutils' nproc (the CPU count) is not RLIMIT_NPROC: it must not hand the log to thread-limit.
      name: 'a build log that runs make -j$(nproc)',
      output:
        '+ make -j$(nproc) test\nruntime: failed to create new OS thread (have 12 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc\n',
      kind: 'panic',
      confidence: 'low'
    },
    {
      name: 'signature alone, no container in the log',
      fixture: 'pids-limit',
      facts: null,
      confidence: 'low'
    },
    {
      name: 'signature alone in a container log: low, with the check',
      output:
        'docker run --rm -v $PWD:/src golang:1.22 go test ./...\n    x_test.go:20: fork/exec /usr/bin/sleep: resource temporarily unavailable\n',
      confidence: 'low',
      evidence: ['a pids limit is the usual cap']
    },

    {
      name: 'real fork/exec EAGAIN in a pids.max=60 cgroup, rejected-fork counter moved',
      fixture: 'pids-limit',
      facts: captured =>
        captured ? withCounters(captured, { pidsEventsMax: 0 }, { pidsEventsMax: 1 }) : scenarioFacts,
      confidence: 'high',
      evidence: ['fork/exec /usr/bin/sleep: resource temporarily unavailable', '+1']
    },

    {
      name: 'captured facts (pids.max 60) without counters: high',
      fixture: 'pids-limit',
      confidence: 'high',
      evidence: ['pids.max 60']
    },
    {
      name: 'runtime thread creation EAGAIN with the misleading ulimit -u hint, pids.max 512 in a container',
      output:
        'runtime: failed to create new OS thread (have 21 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: makeFacts(pidsCg({ max: 512 }), inContainer()),
      confidence: 'high',
      evidence: ['pids.max 512', 'ulimit -u'],
      remedy: ['--pids-limit']
    },
    {
      name: 'runaway thread count but the rejected-fork counter moved: still high',
      output:
        'runtime: failed to create new OS thread (have 5000 already; errno=11)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: makeFacts(pidsCg({ max: 8192 }), counters({ pidsEventsMax: 0 }, { pidsEventsMax: 3 })),
      confidence: 'high',
      evidence: ['already had 5000 threads']
    }
  ],
  silent: [
    // From the log alone a cgroup limit and RLIMIT_NPROC print the same: outside a container thread-limit speaks.

    { name: 'no pids limit', fixture: 'pids-limit', facts: makeFacts(pidsCg({ max: null })) },
    {
      // errno 35 is EAGAIN on FreeBSD and NetBSD, which have no cgroups.
      name: 'a thread refused with errno 35 (a BSD), log alone',
      output: 'runtime: failed to create new OS thread (have 40 already; errno=35)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: null
    },
    {
      name: "macOS's bare thread failure, log alone",
      output: 'runtime: failed to create new OS thread\n',
      kind: 'panic',
      facts: null
    },
    {
      name: 'fork/exec EAGAIN under a macOS path, log alone',
      output: '    x_test.go:9: fork/exec /Users/dev/go/bin/tool: resource temporarily unavailable\n',
      facts: null
    },
    {
      name: 'the thread-limit run (RLIMIT_NPROC, no pids cgroup limit)',
      fixture: 'thread-limit',
      facts: makeFacts(pidsCg({ max: null }), rl('nproc', 60, 60), user(65534))
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts },
    {
      name: 'limit set but no fork was rejected',
      output: 'fork/exec /bin/true: resource temporarily unavailable\n',
      facts: makeFacts(
        pidsCg({ max: 100 }),
        counters({ pidsEventsMax: 0 }, { pidsEventsMax: 0 }),
        sysctl('kernel.threads-max', 63000)
      )
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    { name: 'pids.max 60', facts: makeFacts(pidsCg({ max: 60 })), severity: 'error' },
    {
      name: 'pids.max 4096 (a small TasksMax)',
      facts: makeFacts(pidsCg({ max: 4096 })),
      severity: 'warning'
    },
    {
      // The job's own cgroup is unlimited; the service slice above it is not (probes: effectiveMax).
      name: 'pids.max 256 set by a parent cgroup',
      facts: makeFacts(
        pidsCg({
          max: null,
          effectiveMax: 256,
          effectiveMaxDir: '/sys/fs/cgroup/system.slice/runner.service'
        })
      ),
      severity: 'error',
      evidence: [
        'cgroup pids.max 256 (set at /sys/fs/cgroup/system.slice/runner.service; /sys/fs/cgroup/test: max (unlimited))'
      ]
    }
  ],
  silent: [
    { name: 'unlimited', facts: makeFacts(pidsCg({ max: null })) },
    { name: 'unlimited here and above', facts: makeFacts(pidsCg({ max: null, effectiveMax: null })) },
    {
      name: 'a parent limit looser than the own one',
      facts: makeFacts(pidsCg({ max: 38000, effectiveMax: 38000, effectiveMaxDir: '/sys/fs/cgroup/a' }))
    },
    { name: 'systemd default-ish 38000', facts: makeFacts(pidsCg({ max: 38000 })) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
