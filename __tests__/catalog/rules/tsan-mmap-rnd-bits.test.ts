import { known } from '../../../src/facts/types.js'
import rule from '../../../src/catalog/rules/tsan-mmap-rnd-bits.js'
import { makeFacts, runPreflightCases, runRuleCases, sysctl } from '../harness.js'

// Not reproduced: vm.mmap_rnd_bits is host-wide, and this machine is shared. Texts from
// actions/runner-images#9491 ("FATAL: ThreadSanitizer: unexpected memory mapping") and
// google/sanitizers#1716 (the personality CHECK), as quoted in failure catalog 2.31.
const MAPPING = 'FATAL: ThreadSanitizer: unexpected memory mapping 0x5e6583a81000-0x5e6583a8b000\n'
const x86 = (bits: number) =>
  makeFacts(sysctl('vm.mmap_rnd_bits', bits), f => {
    f.system.arch = known('x86_64')
  })

runRuleCases(rule, {
  fires: [
    {
      name: 'ubuntu 24.04 kernel default 32 bits',
      output: MAPPING,
      facts: x86(32),
      confidence: 'high',
      remedy: ['vm.mmap_rnd_bits=28']
    },
    { name: 'log alone', output: MAPPING, confidence: 'medium' },
    {
      name: 'personality re-exec refused by a seccomp filter',
      output:
        'ThreadSanitizer: CHECK failed: tsan_platform_linux.cpp:282 "((personality(old_personality | ADDR_NO_RANDOMIZE))) != ((-1))" (0xffffffffffffffff, 0xffffffffffffffff)\n',
      facts: makeFacts(sysctl('vm.mmap_rnd_bits', 32), f => {
        f.security.seccomp = known({ mode: 'filter', filters: 1 })
      }),
      confidence: 'high'
    }
  ],
  silent: [
    { name: 'hosted-image value 28 (this machine too)', output: MAPPING, facts: x86(28) },
    {
      name: 'a plain -race report is not this',
      output: 'WARNING: DATA RACE\nWrite at 0x00c000012345 by goroutine 7:\n',
      facts: x86(32)
    }
  ]
})

runPreflightCases(rule, {
  fires: [{ name: '32 bits on x86_64', facts: x86(32), severity: 'notice' }],
  silent: [
    { name: '28 bits', facts: x86(28) },
    {
      name: '33 bits on arm64 (other layout)',
      facts: makeFacts(sysctl('vm.mmap_rnd_bits', 33), f => {
        f.system.arch = known('aarch64')
      })
    }
  ]
})
