import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { describe, envValue, finding, runsGoTests, testsEvidence } from './common.js'

/** The directory go test writes and execs the test binary in: $GOTMPDIR, else $TMPDIR, else /tmp. */
function testBinaryDir(env: (n: string) => string | undefined): string {
  const g = env('GOTMPDIR')
  if (g && g.startsWith('/')) return g
  const t = env('TMPDIR')
  if (t && t.startsWith('/')) return t
  return '/tmp'
}

const covers = (mount: string, dir: string): boolean => {
  const m = mount.replace(/\/+$/, '') || '/'
  return dir === m || dir.startsWith(m === '/' ? '/' : m + '/')
}

/** Docker merges tmpfs options left to right on top of its defaults `noexec,nosuid,nodev`. */
export function tmpfsIsNoexec(options: readonly string[]): boolean {
  let noexec = true
  for (const o of options) {
    if (o === 'exec') noexec = false
    else if (o === 'noexec') noexec = true
  }
  return noexec
}

export const rule: DockerRule = {
  id: 'docker-tmpfs-noexec',
  title: 'tmpfs without exec where go test runs its binary',
  severity: 'error',
  docs: docsPath('docker-tmpfs-noexec'),
  explains: ['noexec-tmp'],
  check(ctx) {
    const out = []
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue
      const dir = testBinaryDir(n => envValue(spec, n))
      for (const t of spec.tmpfs) {
        if (!t.path.startsWith('/') || !covers(t.path, dir) || !tmpfsIsNoexec(t.options)) continue
        const shortSyntax = spec.origin === 'compose' && t.raw.startsWith('tmpfs:')
        const fix =
          spec.origin === 'compose'
            ? shortSyntax
              ? `tmpfs: - ${t.path}:exec`
              : `the short syntax \`tmpfs: - ${t.path}:exec\``
            : `--tmpfs ${t.path}:exec`
        out.push(
          finding(
            rule,
            t,
            `${describe(spec)} mounts a tmpfs on ${t.path} without \`exec\`. Docker mounts tmpfs with noexec by default, and go test writes the test binary under ${dir} and executes it there, so every package fails with \`fork/exec ${dir}/go-build…/x.test: permission denied\`.`,
            [
              `${t.raw} (${t.file}:${t.line})`,
              `options: ${t.options.length ? t.options.join(',') : '(none: Docker defaults rw,noexec,nosuid,nodev)'}`,
              testsEvidence(spec),
              `test binaries go to ${dir} ($GOTMPDIR, else $TMPDIR, else /tmp)`
            ],
            `Mount it executable with ${fix}, or point GOTMPDIR at an exec-able directory that exists in the container (for example \`GOTMPDIR=/go/tmp\` after \`mkdir -p /go/tmp\`).`
          )
        )
      }
    }
    return out
  }
}
