import rule from '../../../src/catalog/rules/thread-limit.js'
import { go, makeFacts, pidsCg, rl, runPreflightCases, runRuleCases, sysctl, user } from '../harness.js'

// e2e/scenarios/thread-limit: uid 65534 under prlimit --nproc=60:60; threads-max is this VM's value.
const scenarioFacts = makeFacts(
  rl('nproc', 60, 60),
  user(65534),
  sysctl('kernel.threads-max', 192730),
  go('go1.26.8', '1.22')
)

runRuleCases(rule, {
  fires: [
    {
      name: 'real runtime newosproc EAGAIN as uid 65534 under RLIMIT_NPROC=60',
      fixture: 'thread-limit',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['failed to create new OS thread', 'soft 60']
    },

    {
      name: 'runaway thread count with a low RLIMIT_NPROC for a non-root user: medium, says so',
      output:
        'runtime: failed to create new OS thread (have 4000 already; errno=11)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: makeFacts(rl('nproc', 2048, 2048), user(1001)),
      confidence: 'medium',
      evidence: ['already had 4000 threads']
    },
    {
      // Since Go went through libc on macOS, newosproc prints only this line when pthread_create still
      // fails after its EAGAIN retries (runtime/os_darwin.go), then exits 1; macOS has no cgroups.
      name: "macOS's bare thread failure, log alone: low, names macOS's limits",
      output: 'runtime: failed to create new OS thread\n',
      kind: 'panic',
      facts: null,
      confidence: 'low',
      evidence: ['shows macOS', 'kern.num_taskthreads']
    },
    {
      // FreeBSD and NetBSD print the errno number: 35 is their EAGAIN (sys/errno.h).
      name: 'a thread refused with errno 35 (EAGAIN on a BSD), log alone: low, says a BSD',
      output: 'runtime: failed to create new OS thread (have 40 already; errno=35)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: null,
      confidence: 'low',
      evidence: ['shows a BSD']
    },
    {
      name: 'fork/exec EAGAIN of a macOS path, log alone: low',
      output: '    x_test.go:9: fork/exec /Users/dev/go/bin/tool: resource temporarily unavailable\n',
      facts: null,
      confidence: 'low',
      evidence: ['shows macOS']
    },
    {
      name: 'root, but kernel.threads-max is tiny',
      output: 'x_test.go:9: fork/exec /bin/sh: resource temporarily unavailable\n',
      facts: makeFacts(user(0), sysctl('kernel.threads-max', 2000)),
      confidence: 'high',
      evidence: ['kernel.threads-max = 2000']
    }
  ],
  silent: [
    {
      // The runtime's own count (newosproc: `have N already`) says the process made 9000 threads itself.
      name: 'runaway thread creation (have 9000 already), log alone: low, not medium',
      output:
        'runtime: failed to create new OS thread (have 9000 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc\n',
      kind: 'panic'
    },
    { name: 'log alone: pids-limit leads (no ulimit -u in the log)', fixture: 'thread-limit', facts: null },
    {
      name: 'runaway thread count as root with an ample threads-max: nothing left to blame',
      output:
        'runtime: failed to create new OS thread (have 9000 already; errno=11)\nfatal error: newosproc\n',
      kind: 'panic',
      facts: makeFacts(user(0), sysctl('kernel.threads-max', 192730))
    },
    {
      name: 'root under a pids cgroup: NPROC is not enforced for root',
      fixture: 'pids-limit',
      facts: makeFacts(
        user(0),
        rl('nproc', 60, 60),
        sysctl('kernel.threads-max', 192730),
        pidsCg({ max: 60 })
      )
    },
    {
      name: 'the Go runtime thread cap is not an OS limit',
      fixture: 'go-thread-cap-control',
      facts: scenarioFacts
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})

runPreflightCases(rule, {
  fires: [
    { name: 'non-root with ulimit -u 60', facts: scenarioFacts, evidence: ['RLIMIT_NPROC'] },
    { name: 'threads-max 2000', facts: makeFacts(user(0), sysctl('kernel.threads-max', 2000)) }
  ],
  silent: [
    {
      name: 'root with ulimit -u 60 (not enforced)',
      facts: makeFacts(user(0), rl('nproc', 60, 60), sysctl('kernel.threads-max', 192730))
    },
    { name: 'non-root with 192730', facts: makeFacts(user(1001), rl('nproc', 192730, 192730)) }
  ]
})
