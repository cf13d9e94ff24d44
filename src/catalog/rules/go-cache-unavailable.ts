/**
 * go-cache-unavailable: the go command cannot locate or create its build cache: `build cache is
 * required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are
 * defined` (cmd/go internal/cache/default.go; reproduced with env -u HOME -u GOCACHE -u XDG_CACHE_HOME,
 * e2e/scenarios/go-cache-unavailable), a relative GOCACHE, or an unwritable one. Failure catalog 2.16.
 *
 * The wording changed across releases (cmd/go/internal/cache/default.go):
 *   Go 1.10/1.11: `initializing cache in $GOCACHE: mkdir /non-existent: permission denied` (golang/go#23638)
 *   Go 1.12+:     `build cache is required, but could not be located: ...`,
 *                 `failed to initialize build cache at DIR: ...`,
 *                 `build cache is disabled by GOCACHE=off, but required as of Go 1.12`, which Go 1.12
 *                 also printed when HOME was missing and GOCACHE was never set (golang/go#29243).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, goInfo, matchLines, remedyFor } from '../helpers.js'

export const CACHE_SIGNATURES = [
  /build cache is required, but could not be located/,
  /failed to initialize build cache at .+/,
  /GOCACHE is not an absolute path/,
  /GOCACHE=off is no longer supported/,
  /build cache is disabled by GOCACHE=off/,
  /initializing cache in \$GOCACHE: /
]

const rule: Rule = defineRule({
  id: 'go-cache-unavailable',
  title: 'Go build cache cannot be located or written',
  environmental: true,
  severity: 'error',
  triggers: CACHE_SIGNATURES,

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, CACHE_SIGNATURES)
    if (matched.length === 0) return null
    const g = goInfo(facts)
    let support: Support = 'unknown'
    const evidence = [...matched]
    const why = facts && 'unknown' in facts.go ? facts.go.unknown : ''
    if (!g && /build cache|GOCACHE/.test(why)) {
      // The probe's own `go env` failed for the same reason: the environment, not the test.
      support = 'corroborates'
      evidence.push(`go env failed while probing: ${why}`)
    } else if (g) {
      const bad = g.gocache === null || g.gocache === '' || g.gocache === 'off' || !g.gocache.startsWith('/')
      support = bad ? 'corroborates' : 'unknown'
      evidence.push(`go env GOCACHE = ${g.gocache === null ? '(none)' : JSON.stringify(g.gocache)}`)
    }
    const confidence = confidenceFor('specific', support)
    return confidence ? cause('go-cache-unavailable', confidence, evidence, cacheRemedy(facts)) : null
  },

  preflight(facts) {
    const g = goInfo(facts)
    if (!g) return []
    const v = g.gocache
    if (v !== null && v !== '' && v !== 'off' && v.startsWith('/')) return []
    return [
      finding(rule, {
        message:
          v === null || v === ''
            ? 'Go has no build cache: GOCACHE is unset and neither $XDG_CACHE_HOME nor $HOME is defined, so go test stops before building.'
            : `GOCACHE=${v} is not usable (it must be an absolute path; "off" is no longer supported).`,
        evidence: [`go env GOCACHE = ${JSON.stringify(v ?? '')}`],
        remedy: cacheRemedy(facts)
      })
    ]
  }
})

function cacheRemedy(facts: Parameters<typeof remedyFor>[0]): string {
  return remedyFor(facts, {
    githubHosted:
      'set an absolute cache path in the job env: `GOCACHE: ${{ runner.temp }}/go-build` (or keep HOME defined).',
    selfHosted:
      'define `HOME` for the runner service, or set `GOCACHE=/var/cache/go-build` (absolute, writable by the runner user).',
    container:
      'set `GOCACHE=/tmp/go-build` (or `HOME`) in the container env: minimal images and `env -i` wrappers leave both unset.'
  })
}

export default rule
