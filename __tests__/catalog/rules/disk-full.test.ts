import rule from '../../../src/catalog/rules/disk-full.js'
import { makeFacts, runPreflightCases, runRuleCases, storage, tempDir } from '../harness.js'

// e2e/scenarios/disk-full: GOTMPDIR on a 256 KiB tmpfs (full once the linker starts writing).
const scenarioFacts = makeFacts(
  tempDir('GOTMPDIR', '/tmp/go-env-guard-e2e-tmpfs.x', { sizeBytes: 262144, availBytes: 4096 })
)
const roomy = makeFacts(storage('GOCACHE', '/root/.cache/go-build', {}), storage('workspace', '/work', {}))

runRuleCases(rule, {
  fires: [
    {
      name: 'real link: mapping output file failed: no space left on device',
      fixture: 'disk-full',
      facts: captured => captured ?? scenarioFacts,
      confidence: 'high',
      evidence: ['mapping output file failed: no space left on device', 'GOTMPDIR']
    },
    { name: 'no facts: medium', fixture: 'disk-full', facts: null, confidence: 'low' },
    {
      name: 'inodes exhausted on the cache volume',
      output: 'write /root/.cache/go-build/ab/abc-d: no space left on device\n',
      facts: makeFacts(storage('GOCACHE', '/root/.cache/go-build', { inodesFree: 10, inodesTotal: 100000 })),
      confidence: 'high',
      evidence: ['10 of 100000 inodes free']
    },
    { name: 'plenty of space everywhere probed: low', fixture: 'disk-full', facts: roomy, confidence: 'low' },
    {
      // Verbatim from golang/go#29561 (OpenBSD builder): the BSD kernel's console line, no Go errno text.
      name: "a BSD kernel's 'file system is full'",
      output:
        '[gopher@cubox ~ 104]$ go build -o /tmp/main /tmp/main.go\n\n/home: write failed, file system is full\n\n/home: write failed, file system is full\n',
      facts: null,
      confidence: 'low',
      evidence: ['/home: write failed, file system is full']
    }
  ],
  silent: [
    {
      name: 'inotify watches ENOSPC is inotify-limit',
      output: 'inotify_add_watch /bin: no space left on device\n',
      facts: scenarioFacts
    },
    {
      name: '/dev/shm is shm-size',
      output: 'open /dev/shm/x: no space left on device\n',
      facts: scenarioFacts
    },
    {
      name: 'userns ENOSPC is userns-disabled',
      output: 'fork/exec /usr/bin/id: no space left on device\n',
      facts: scenarioFacts
    },
    {
      // The real userns-max-zero run: t.Errorf puts the file:line prefix before fork/exec.
      name: 'real CLONE_NEWUSER ENOSPC behind a t.Errorf prefix is userns-disabled',
      fixture: 'userns-max-zero',
      facts: scenarioFacts
    },
    { name: 'assertion failure', fixture: 'assertion-failure', facts: scenarioFacts }
  ]
})

runPreflightCases(rule, {
  fires: [
    { name: 'GOTMPDIR almost full', facts: scenarioFacts, severity: 'error' },
    {
      name: 'workspace with 600 MiB',
      facts: makeFacts(storage('workspace', '/work', { availBytes: 600 * 1024 ** 2 })),
      severity: 'warning'
    }
  ],
  silent: [{ name: 'roomy', facts: roomy }]
})
