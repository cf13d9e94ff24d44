/**
 * noexec-tmp: go test writes the test binary under $GOTMPDIR (else $TMPDIR, else /tmp) and execs it; a
 * `noexec` mount gives EACCES: `fork/exec .../go-buildNNN/b001/pkg.test: permission denied`. Failure
 * catalog 2.14, reproduced with a noexec tmpfs (e2e/scenarios/noexec-tmp). cmd/go gives no hint
 * (https://github.com/golang/go/issues/52941).
 *
 * Anything the go command itself built in its work directory (`go-buildNNN/`) counts, whatever the
 * layout inside it: `b001/pkg.test` (Go >= 1.10), `cmd/addr2line/_test/addr2line.test` (Go <= 1.9,
 * chromebrew/chromebrew#87) or `command-line-arguments/_obj/exe/main` from `go run` (perkeep/perkeep#915).
 * cmd/go creates those files executable, so EACCES on exec means the mount (or an exec-denying security
 * policy), not the file.
 */
import type { Facts } from '../../facts/types.js'
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import {
  cause,
  confidenceFor,
  finding,
  firstMatch,
  goInfo,
  matchLines,
  remedyFor,
  tempMounts
} from '../helpers.js'

/** An executable the go command built in its own work directory (`$WORK`, `go-buildNNN`). */
export const GO_BUILD_EXEC = /fork\/exec (\S*\/go-build\d+\/\S+): permission denied/
export const EXEC_EACCES = /fork\/exec (\/\S+): permission denied/

const under = (path: string, dir: string): boolean =>
  path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`)

const rule: Rule = defineRule({
  id: 'noexec-tmp',
  title: 'Temporary directory mounted noexec',
  environmental: true,
  severity: 'error',
  triggers: [EXEC_EACCES],

  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EXEC_EACCES)
    if (!m) return null
    const path = m[1] as string
    const isGoWork = GO_BUILD_EXEC.test(m[0])
    const temps = tempMounts(facts)
    // The test binary (or go run's executable) is built in the directory the go command uses (GOTMPDIR, else TMPDIR, else /tmp), even
    // when the facts were probed with another temp path (a fresh mktemp per job). Other paths: the temp
    // dir that contains them most closely.
    const used = isGoWork ? temps.filter(t => t.role === usedRole(facts)) : []
    const containing = temps.filter(t => under(path, t.path))
    const longest = Math.max(0, ...containing.map(t => t.path.length))
    const holder = used.length > 0 ? used : containing.filter(t => t.path.length === longest)
    let support: Support = 'unknown'
    if (holder.some(t => t.mount.noexec)) support = 'corroborates'
    else if (holder.length > 0) support = 'contradicts'
    // A helper binary outside the temp dirs: not this rule.
    if (!isGoWork && holder.length === 0) return null
    const confidence = confidenceFor(isGoWork ? 'specific' : 'generic', support)
    if (confidence === null) return null
    const evidence = [...matchLines(lines, EXEC_EACCES)]
    for (const t of holder)
      evidence.push(
        `${t.role} ${t.path} is on ${t.mount.mountPoint} (${t.mount.fsType}, ${t.mount.options.join(',')})`
      )
    return cause('noexec-tmp', confidence, evidence, noexecRemedy(facts))
  },

  preflight(facts) {
    const temps = tempMounts(facts).filter(t => t.mount.noexec)
    if (temps.length === 0) return []
    const used = usedRole(facts)
    return temps.map(t =>
      finding(rule, {
        severity: t.role === used ? 'error' : 'warning',
        message:
          t.role === used
            ? `${t.role} (${t.path}) is mounted noexec: go test builds the test binary there and cannot run it.`
            : `${t.role} (${t.path}) is mounted noexec: tests that build and run helpers in a temp dir fail.`,
        evidence: [`${t.path} on ${t.mount.mountPoint}: ${t.mount.options.join(',')}`],
        remedy: noexecRemedy(facts)
      })
    )
  }
})

/** The temp dir role go test builds into: GOTMPDIR when set, else TMPDIR, else /tmp. */
function usedRole(facts: Facts | null): string {
  const roles = new Set((facts?.mounts?.tempDirs ?? []).map(t => t.role))
  return goInfo(facts)?.gotmpdir || roles.has('GOTMPDIR')
    ? 'GOTMPDIR'
    : roles.has('TMPDIR')
      ? 'TMPDIR'
      : '/tmp'
}

function noexecRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'point Go at an exec-able directory: `mkdir -p "$RUNNER_TEMP/gotmp"` and `GOTMPDIR=$RUNNER_TEMP/gotmp` in the job env.',
    selfHosted:
      '`GOTMPDIR=$RUNNER_TEMP/gotmp` (created first) in the job env, or remount the temp dir with `exec`.',
    container:
      '`--tmpfs /tmp:exec` in `container.options`, or `GOTMPDIR` on a directory mounted without noexec.'
  })
}

export default rule
