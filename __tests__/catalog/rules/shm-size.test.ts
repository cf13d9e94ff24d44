import { known } from '../../../src/facts/types.js'
import type { MountFact } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/shm-size.js'
import type { FactsMod } from '../harness.js'
import { inContainer, makeFacts, runPreflightCases, runRuleCases } from '../harness.js'

const shm =
  (sizeBytes: number, availBytes = sizeBytes): FactsMod =>
  f => {
    const m: MountFact = {
      path: '/dev/shm',
      mountPoint: '/dev/shm',
      fsType: 'tmpfs',
      options: ['rw', 'nosuid', 'nodev'],
      noexec: false,
      readOnly: false,
      sizeBytes,
      availBytes
    }
    f.mounts.devShm = known(m)
  }
const MiB = 1024 * 1024
// e2e/scenarios/shm-small/run.sh mounts a 1 MiB tmpfs (size=1m); this machine's own /dev/shm is 24 GiB.
runRuleCases(rule, {
  fires: [
    {
      name: 'real run: 16 MiB segment on a 1 MiB /dev/shm',
      fixture: 'shm-small',
      facts: captured => captured ?? makeFacts(shm(1 * MiB)),
      confidence: 'high',
      evidence: [/write \/dev\/shm\/segment-\d+: no space left on device/, /size 1(\.0)? MiB/],
      remedy: ['--shm-size']
    },
    { name: 'real run, log alone', fixture: 'shm-small', facts: null, confidence: 'medium' },
    {
      name: 'Docker default 64 MiB in a container job',
      fixture: 'shm-small',
      facts: makeFacts(shm(64 * MiB), inContainer()),
      confidence: 'high',
      remedy: ['container.options']
    }
  ],
  silent: [
    {
      name: 'real run but /dev/shm is 24 GiB (filled by something else)',
      fixture: 'shm-small',
      facts: makeFacts(shm(24 * 1024 * MiB, 0))
    },
    {
      name: 'disk full elsewhere',
      output: 'write /tmp/x: no space left on device\n',
      facts: makeFacts(shm(64 * MiB))
    }
  ]
})

runPreflightCases(rule, {
  fires: [
    {
      name: 'Docker default 64 MiB',
      facts: makeFacts(shm(64 * MiB)),
      severity: 'notice',
      evidence: ['size 64 MiB']
    }
  ],
  silent: [
    { name: '24 GiB (this machine)', facts: makeFacts(shm(24 * 1024 * MiB)) },
    { name: 'unknown', facts: makeFacts() }
  ]
})
