/**
 * race-requires-cgo: `go test -race` needs cgo and a C compiler: `go: -race requires cgo`, `cgo: C
 * compiler "gcc" not found`. Doc: docs/rules/race-requires-cgo.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'
import { goInfo } from '../fact-readers.js'

function cgoFacts(facts: Facts | null): { support: Support; evidence: string[] } {
  const g = goInfo(facts)
  if (!g) return { support: 'unknown', evidence: [] }
  const evidence: string[] = []
  if (g.cgoEnabled === false) evidence.push('go env CGO_ENABLED = 0')
  if (g.ccFound === false) evidence.push(`C compiler ${g.cc ?? 'gcc'} not found on PATH`)
  // Facts probed elsewhere (explain --facts) may still say cgo works; the go command's own verdict wins.
  return { support: evidence.length > 0 ? 'corroborates' : 'unknown', evidence }
}

const rule: Rule = defineRule({
  id: 'race-requires-cgo',
  title: 'The race detector needs cgo and a C compiler',
  environmental: true,
  severity: 'warning',
  claims: e => e.kind === 'cgo',
  fixes: [],
  advice: {
    githubHosted:
      'hosted images ship gcc: set `CGO_ENABLED: 1` in the job or step `env` (something set it to 0) and check that `CC` names an installed compiler.',
    selfHosted:
      'install a C compiler (`sudo apt-get install -y gcc`) and set `CGO_ENABLED=1` for the test step.',
    container:
      'install a C compiler in the image: `RUN apk add --no-cache gcc musl-dev` (alpine) or `RUN apt-get update && apt-get install -y gcc libc6-dev` (Debian), and set `ENV CGO_ENABLED=1`.',
    always: 'Or drop -race from that job (keep it in one job that has cgo).'
  },

  diagnose(m) {
    const s = cgoFacts(m.facts)
    // The go command's own message names the cause: specific even without facts.
    return m.cause(confidenceFor('specific', s.support) ?? 'medium', s.evidence)
  },

  preflight(facts, p) {
    const g = goInfo(facts)
    if (!g || !/(?:^|\s)-race(?:\s|=true|$)/.test(g.goflags ?? '')) return []
    const s = cgoFacts(facts)
    if (s.support !== 'corroborates') return []
    return [
      p.finding({
        message:
          'GOFLAGS asks for -race, but cgo is off or no C compiler is available: every `go test` will fail before running.',
        evidence: [`GOFLAGS = ${g.goflags ?? ''}`, ...s.evidence]
      })
    ]
  }
})

export default rule
