/**
 * noexec-tmp: go test builds the test binary in its work directory (GOTMPDIR, else TMPDIR, else /tmp)
 * and cannot run it there: `fork/exec /tmp/go-build.../x.test: permission denied` on a noexec mount.
 * Doc: docs/rules/noexec-tmp.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { goInfo, tempMounts } from '../fact-readers.js'

const under = (path: string, dir: string): boolean =>
  path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`)

/** The temp dir role go test builds into: GOTMPDIR when set, else TMPDIR, else /tmp. */
function usedRole(facts: Facts | null): string {
  const roles = new Set((facts?.mounts?.tempDirs ?? []).map(t => t.role))
  return goInfo(facts)?.gotmpdir || roles.has('GOTMPDIR')
    ? 'GOTMPDIR'
    : roles.has('TMPDIR')
      ? 'TMPDIR'
      : '/tmp'
}

const rule: Rule = defineRule({
  id: 'noexec-tmp',
  title: 'Temporary directory mounted noexec',
  environmental: true,
  severity: 'error',
  claims: e => e.kind === 'errno' && e.errno === 'EACCES' && e.op === 'fork/exec' && !!e.path,
  fixes: [{ kind: 'env', name: 'GOTMPDIR', value: { jobDir: 'gotmp' } }],
  advice: {
    selfHosted:
      'Create the directory first (`mkdir -p "$RUNNER_TEMP/gotmp"`), or remount the temp dir with `exec`.',
    container:
      '`--tmpfs /tmp:exec` in `container.options`, or `GOTMPDIR` on a directory mounted without noexec.'
  },

  diagnose(m) {
    const e = m.evidence.find(x => x.role === 'test-binary' || x.role === 'build-dir') ?? m.evidence[0]!
    const path = e.path!
    const isGoWork = e.role === 'test-binary' || e.role === 'build-dir'
    const temps = tempMounts(m.facts)
    // The test binary is built in the directory the go command uses, even when the facts were probed
    // with another temp path (a fresh mktemp per job). Other paths: the temp dir that holds them.
    const used = isGoWork ? temps.filter(t => t.role === usedRole(m.facts)) : []
    const containing = temps.filter(t => under(path, t.path))
    const longest = Math.max(0, ...containing.map(t => t.path.length))
    const holder = used.length > 0 ? used : containing.filter(t => t.path.length === longest)
    let support: Support = 'unknown'
    if (holder.some(t => t.mount.noexec)) support = 'corroborates'
    else if (holder.length > 0) support = 'contradicts'
    // A helper binary outside the temp dirs (or not known to be in one): not this rule.
    if (!isGoWork && holder.length === 0 && e.role !== 'temp') return null
    const confidence = confidenceFor(isGoWork ? 'specific' : 'generic', support)
    if (confidence === null) return null
    return m.cause(
      confidence,
      holder.map(
        t =>
          `${t.role} ${t.path} is on ${t.mount.mountPoint} (${t.mount.fsType}, ${t.mount.options.join(',')})`
      ),
      { lines: [...new Set(m.evidence.map(x => x.text))].slice(0, 4) }
    )
  },

  preflight(facts, p) {
    const temps = tempMounts(facts).filter(t => t.mount.noexec)
    if (temps.length === 0) return []
    const used = usedRole(facts)
    return temps.map(t =>
      p.finding({
        severity: t.role === used ? 'error' : 'warning',
        message:
          t.role === used
            ? `${t.role} (${t.path}) is mounted noexec: go test builds the test binary there and cannot run it.`
            : `${t.role} (${t.path}) is mounted noexec: tests that build and run helpers in a temp dir fail.`,
        evidence: [`${t.path} on ${t.mount.mountPoint}: ${t.mount.options.join(',')}`]
      })
    )
  }
})

export default rule
