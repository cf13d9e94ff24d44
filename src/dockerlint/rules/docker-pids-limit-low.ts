import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { describe, finding, runsGoTests, testsEvidence } from './common.js'

/**
 * Below this many tasks (processes + threads) a parallel `go test ./...` is at risk: the go command,
 * up to GOMAXPROCS compilers and linkers, and up to GOMAXPROCS test binaries each with GOMAXPROCS+
 * threads (more when tests block in syscalls or use cgo) all count against pids.max.
 */
export const PIDS_THRESHOLD = 256

export const rule: DockerRule = {
  id: 'docker-pids-limit-low',
  title: 'pids limit too low for parallel tests',
  severity: 'warning',
  docs: docsPath('docker-pids-limit-low'),
  explains: ['pids-limit', 'thread-limit'],
  check(ctx) {
    const out = []
    for (const spec of ctx.containers) {
      const p = spec.pidsLimit
      if (!runsGoTests(spec) || !p || p.value <= 0 || p.value >= PIDS_THRESHOLD) continue
      out.push(
        finding(
          rule,
          p,
          `${describe(spec)} caps the container at ${p.value} tasks (processes and threads). go test runs the compiler and several test binaries in parallel, each with many threads; past the cap clone() fails with EAGAIN: \`runtime: failed to create new OS thread (have N already; errno=11)\` / \`fork/exec …: resource temporarily unavailable\`. The runtime's hint "ulimit -u" is misleading here.`,
          [`pids limit ${p.value} (${p.file}:${p.line})`, `below ${PIDS_THRESHOLD}`, testsEvidence(spec)],
          `Raise the limit (\`--pids-limit 4096\` / compose \`pids_limit: 4096\`), or lower parallelism with \`go test -p 1 -parallel 4\`.`
        )
      )
    }
    return out
  }
}
