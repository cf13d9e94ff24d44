import rule from '../../../src/catalog/rules/gomaxprocs-quota.js'
import { cpuCg, cpus, go, makeFacts, runPreflightCases } from '../harness.js'

// Version conditions from golang/go internal/godebugs/table.go (containermaxprocs: Changed 25, Old "0")
// and https://go.dev/doc/go1.25: aware only with Go >= 1.25 AND go.mod go >= 1.25, GOMAXPROCS unset.
const quota2of8 = [cpuCg({ quotaUs: 200000, periodUs: 100000 }), cpus(8)]

runPreflightCases(rule, {
  fires: [
    {
      name: 'Go 1.24 toolchain, 2-CPU quota on 8 CPUs',
      facts: makeFacts(...quota2of8, go('go1.24.13', '1.24')),
      remedy: ['GOMAXPROCS=2'],
      evidence: ['2.00 CPUs']
    },
    {
      name: 'Go 1.26 but go.mod says go 1.22',
      facts: makeFacts(...quota2of8, go('go1.26.8', '1.22')),
      evidence: ['go.mod go line 1.22']
    },
    {
      name: 'explicit GOMAXPROCS=8 above the quota',
      facts: makeFacts(...quota2of8, go('go1.26.8', '1.26', { GOMAXPROCS: '8' })),
      evidence: ['GOMAXPROCS=8']
    },
    {
      name: 'aware toolchain, turned off by GODEBUG',
      facts: makeFacts(...quota2of8, go('go1.26.8', '1.26', { GODEBUG: 'containermaxprocs=0' }))
    }
  ],
  silent: [
    { name: 'Go 1.26 with go 1.25: cgroup-aware', facts: makeFacts(...quota2of8, go('go1.26.8', '1.25')) },
    {
      // updatemaxprocs=0 stops the periodic re-reading only; the start-up value still follows the quota.
      name: 'aware toolchain with updatemaxprocs=0',
      facts: makeFacts(...quota2of8, go('go1.26.8', '1.26', { GODEBUG: 'updatemaxprocs=0' }))
    },
    {
      name: 'GOMAXPROCS=2 matches the quota',
      facts: makeFacts(...quota2of8, go('go1.24.13', '1.24', { GOMAXPROCS: '2' }))
    },
    { name: 'no quota', facts: makeFacts(cpuCg({ quotaUs: null }), cpus(8), go('go1.24.13', '1.24')) },
    {
      name: 'quota of 2 CPUs on a 2-CPU machine',
      facts: makeFacts(cpuCg({ quotaUs: 200000 }), cpus(2), go('go1.24.13', '1.24'))
    },
    { name: 'go.mod unknown: cannot tell', facts: makeFacts(...quota2of8, go('go1.26.8', null)) }
  ]
})
