import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { formatSize } from '../shell.js'
import { describe, finding, imageOf, packagesOf, runsGoTests, testsEvidence } from './common.js'

const DEFAULT_SHM = 64 * 1024 * 1024
/** Things that are known to live in /dev/shm: headless browsers (chromedp, rod, playwright), POSIX shm. */
const SHM_USERS =
  /(chromium|chromedp|headless-shell|chrome|go-rod|playwright|puppeteer|firefox|\/dev\/shm|shm_open)/i

export const rule: DockerRule = {
  id: 'docker-shm-size',
  title: '/dev/shm left at 64 MiB where tests use shared memory',
  severity: 'warning',
  docs: docsPath('docker-shm-size'),
  explains: ['shm-size'],
  check(ctx) {
    const out = []
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue
      if (spec.ipc && /^(host|shareable|container:|service:)/.test(spec.ipc.value)) continue
      if (spec.tmpfs.some(t => t.path.replace(/\/+$/, '') === '/dev/shm')) continue
      const image = imageOf(spec) ?? ''
      const hay = [image, spec.command, ...packagesOf(spec)].join(' ')
      const user = SHM_USERS.exec(hay)
      if (spec.shmSize) {
        if (spec.shmSize.value > DEFAULT_SHM || !user) continue
      } else if (!user) continue
      const size = spec.shmSize ? formatSize(spec.shmSize.value) : '64 MiB (Docker default)'
      const at = spec.shmSize ?? { file: spec.file, line: spec.line }
      out.push(
        finding(
          rule,
          at,
          `${describe(spec)} runs tests that use shared memory (${user?.[0]}) with /dev/shm at ${size}. Headless Chrome and other shm users crash or fail with \`no space left on device\` under /dev/shm, or die with SIGBUS, once it fills.`,
          [
            `/dev/shm: ${size}${spec.shmSize ? ` (${spec.shmSize.file}:${spec.shmSize.line})` : ''}`,
            `shared-memory user: ${user?.[0]}`,
            testsEvidence(spec)
          ],
          'Give it room: `--shm-size=1g` (compose `shm_size: 1gb`, job `container.options: --shm-size=1g`), or run Chrome with `--disable-dev-shm-usage`.'
        )
      )
    }
    return out
  }
}
