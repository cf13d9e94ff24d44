import type { Finding } from '../../core/model.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { describe, finding, runsGoTests, testsEvidence } from './common.js'

export const NOFILE_HARD_MIN = 4096
export const NPROC_MIN = 512

const fmt = (n: number | null): string => (n === null ? '?' : n === Infinity ? 'unlimited' : String(n))

export const rule: DockerRule = {
  id: 'docker-ulimit-low',
  title: 'ulimit too low for tests',
  severity: 'warning',
  docs: docsPath('docker-ulimit-low'),
  explains: ['nofile-limit', 'thread-limit'],
  check(ctx) {
    const out: Finding[] = []
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue
      for (const u of spec.ulimits) {
        if (u.name === 'nofile' && u.hard !== null && u.hard < NOFILE_HARD_MIN) {
          out.push(
            finding(
              rule,
              u,
              `${describe(spec)} sets the open-files hard limit to ${fmt(u.hard)}. Go 1.19+ raises the soft limit to the hard limit, so only the hard limit counts, and ${fmt(u.hard)} is low for tests that open many sockets or files: \`socket: too many open files\` / \`accept4: too many open files\`.`,
              [
                `${u.raw} (${u.file}:${u.line})`,
                `soft ${fmt(u.soft)}, hard ${fmt(u.hard)} < ${NOFILE_HARD_MIN}`,
                testsEvidence(spec)
              ],
              'Raise it, e.g. `--ulimit nofile=65536:65536` (compose: `ulimits: { nofile: { soft: 65536, hard: 65536 } }`).'
            )
          )
        }
        if (u.name === 'nproc' && u.soft !== null && u.soft < NPROC_MIN) {
          out.push(
            finding(
              rule,
              u,
              `${describe(spec)} sets RLIMIT_NPROC to ${fmt(u.soft)}. It counts every thread of the user (system-wide, per UID), so a non-root test run fails to create threads: \`runtime: failed to create new OS thread (… errno=11)\`. It is not enforced for root.`,
              [`${u.raw} (${u.file}:${u.line})`, `soft ${fmt(u.soft)} < ${NPROC_MIN}`, testsEvidence(spec)],
              'Raise it (`--ulimit nproc=8192`) or drop it; limit processes with `--pids-limit` instead, which is per container.',
              'notice'
            )
          )
        }
      }
    }
    return out
  }
}
