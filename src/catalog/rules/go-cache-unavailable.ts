/**
 * go-cache-unavailable: cmd/go cannot locate or write its build cache (GOCACHE unset with no HOME, a
 * relative or read-only GOCACHE, a cache directory it may not write). Doc: docs/rules/go-cache-unavailable.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { confidenceFor, type Support } from '../confidence.js'
import { goInfo } from '../fact-readers.js'

const rule: Rule = defineRule({
  id: 'go-cache-unavailable',
  title: 'Go build cache cannot be located or written',
  environmental: true,
  severity: 'error',
  claims: e =>
    e.kind === 'gocache' ||
    (e.kind === 'errno' &&
      e.role === 'cache' &&
      (e.errno === 'EACCES' || e.errno === 'EPERM' || e.errno === 'EROFS')),
  fixes: [{ kind: 'env', name: 'GOCACHE', value: { jobDir: 'go-build' } }],
  advice: {
    selfHosted: 'or define `HOME` for the runner service (GOCACHE defaults to $HOME/.cache/go-build).',
    container: 'minimal images and `env -i` wrappers leave both HOME and GOCACHE unset.'
  },

  diagnose(m) {
    const g = goInfo(m.facts)
    let support: Support = 'unknown'
    const evidence: string[] = []
    const why = m.facts && 'unknown' in m.facts.go ? m.facts.go.unknown : ''
    if (!g && /build cache|GOCACHE/.test(why)) {
      support = 'corroborates'
      evidence.push(`go env failed while probing: ${why}`)
    } else if (g) {
      const bad = g.gocache === null || g.gocache === '' || g.gocache === 'off' || !g.gocache.startsWith('/')
      support = bad ? 'corroborates' : 'unknown'
      evidence.push(`go env GOCACHE = ${g.gocache === null ? '(none)' : JSON.stringify(g.gocache)}`)
    }
    const confidence = confidenceFor('specific', support)
    return confidence ? m.cause(confidence, evidence) : null
  },

  preflight(facts, p) {
    const g = goInfo(facts)
    if (!g) return []
    const v = g.gocache
    if (v !== null && v !== '' && v !== 'off' && v.startsWith('/')) return []
    return [
      p.finding({
        message:
          v === null || v === ''
            ? 'Go has no build cache: GOCACHE is unset and neither $XDG_CACHE_HOME nor $HOME is defined, so go test stops before building.'
            : `GOCACHE=${v} is not usable (it must be an absolute path; "off" is no longer supported).`,
        evidence: [`go env GOCACHE = ${JSON.stringify(v ?? '')}`]
      })
    ]
  }
})

export default rule
