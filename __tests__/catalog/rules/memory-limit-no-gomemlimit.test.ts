import rule from '../../../src/catalog/rules/memory-limit-no-gomemlimit.js'
import { go, makeFacts, memoryCg, runPreflightCases } from '../harness.js'
import { known } from '../../../src/facts/types.js'

const ram = (bytes: number) => (f: ReturnType<typeof makeFacts>) => {
  f.system.memory = known({ totalBytes: bytes, availableBytes: null })
}
const GiB = 1024 ** 3

runPreflightCases(rule, {
  fires: [
    {
      // The oom-kill scenario's cgroup (128 MiB) with the probe's view of an unset GOMEMLIMIT.
      name: '128 MiB cgroup limit, GOMEMLIMIT unset',
      facts: makeFacts(memoryCg({ max: 134217728 }), go('go1.26.8', '1.22'), ram(8 * GiB)),
      severity: 'warning',
      remedy: ['GOMEMLIMIT=115MiB'] // floor(134217728 * 0.9 / 1048576) = 115
    },
    {
      name: '4 GiB container on a 16 GiB host',
      facts: makeFacts(memoryCg({ max: 4 * GiB }), go('go1.25.3'), ram(16 * GiB)),
      remedy: ['GOMEMLIMIT=3686MiB']
    },
    {
      // A Kubernetes pod's limit above an unlimited container cgroup binds just the same.
      name: '2 GiB limit set by the parent cgroup, none on the own',
      facts: makeFacts(
        memoryCg({ max: null, effectiveMax: 2 * GiB, effectiveMaxDir: '/sys/fs/cgroup/kubepods.slice/pod1' }),
        go('go1.25.3'),
        ram(16 * GiB)
      ),
      evidence: [
        'memory limit 2.0 GiB (set at /sys/fs/cgroup/kubepods.slice/pod1; /sys/fs/cgroup/test: unlimited)'
      ],
      remedy: ['GOMEMLIMIT=1843MiB']
    }
  ],
  silent: [
    {
      name: 'GOMEMLIMIT set',
      facts: makeFacts(memoryCg({ max: 4 * GiB }), go('go1.25.3', null, { GOMEMLIMIT: '3500MiB' }))
    },
    { name: 'no memory limit', facts: makeFacts(memoryCg({ max: null }), go('go1.25.3')) },
    {
      name: 'no memory limit here nor above',
      facts: makeFacts(memoryCg({ max: null, effectiveMax: null }), go('go1.25.3'))
    },
    {
      name: 'limit above the RAM (no real limit)',
      facts: makeFacts(memoryCg({ max: 9007199254740991 }), go('go1.25.3'), ram(16 * GiB))
    },
    { name: 'Go environment unknown', facts: makeFacts(memoryCg({ max: 4 * GiB })) }
  ]
})
