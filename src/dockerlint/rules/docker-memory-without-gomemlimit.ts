import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { formatSize } from '../shell.js'
import { GOMEMLIMIT_PERCENT, gomemlimitMiB } from '../../catalog/gomemlimit.js'
import { describe, finding, runsGoTests, testsEvidence } from './common.js'

export const rule: DockerRule = {
  id: 'docker-memory-without-gomemlimit',
  title: 'Memory limit without GOMEMLIMIT',
  severity: 'warning',
  docs: docsPath('docker-memory-without-gomemlimit'),
  explains: ['oom-kill'],
  check(ctx) {
    const out = []
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec) || !spec.memory || spec.memory.value <= 0) continue
      if (spec.env.has('GOMEMLIMIT') || spec.envOpaque) continue
      const limit = spec.memory.value
      const suggested = Math.max(1, gomemlimitMiB(limit))
      out.push(
        finding(
          rule,
          spec.memory,
          `${describe(spec)} limits memory to ${formatSize(limit)} but does not set GOMEMLIMIT. No Go release derives GOMEMLIMIT from the cgroup limit, so the collector only reacts to GOGC and a test binary (or the compiler) can grow past the limit and be OOM-killed: \`signal: killed\` or a bare \`FAIL pkg\` with no test output.`,
          [
            `memory limit ${formatSize(limit)} (${spec.memory.file}:${spec.memory.line})`,
            'GOMEMLIMIT not set in the container environment',
            testsEvidence(spec)
          ],
          `Set GOMEMLIMIT to ${GOMEMLIMIT_PERCENT} of the limit (\`GOMEMLIMIT=${suggested}MiB\`). It applies per process, and go test runs up to GOMAXPROCS test binaries and compilers at once, so also lower parallelism (\`go test -p 1\` or \`-p 2\`) or raise the limit.`
        )
      )
    }
    return out
  }
}
