/**
 * race-requires-cgo: `go test -race` needs cgo, and cgo needs a C compiler. Reproduced with go1.26.8
 * (e2e/scenarios/race-cgo-disabled, race-no-cc):
 *   CGO_ENABLED=0:                 `go: -race requires cgo; enable cgo by setting CGO_ENABLED=1`
 *   CGO_ENABLED=1, no gcc on PATH: `cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH`
 *   CGO_ENABLED unset, no gcc:     the go command turns cgo off itself, then the first message.
 * Failure catalog 2.29. Alpine/distroless images lack gcc (`apk add gcc musl-dev`).
 * Older cmd/go prefixed the subcommand: `go test: -race requires cgo; enable cgo by setting
 * CGO_ENABLED=1` (speechly/nlu-example-parser#15); -msan and -asan print the same sentence.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Facts } from '../../facts/types.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, finding, goInfo, matchLines, remedyFor } from '../helpers.js'

export const RACE_NEEDS_CGO =
  /^go(?: (?:test|build|run|install|vet|list))?: -(?:race|msan|asan) requires cgo/m
export const NO_CC = /^cgo: C compiler "[^"]*" not found/m

const remedy = (facts: Facts | null): string =>
  remedyFor(facts, {
    githubHosted:
      'hosted images ship gcc: set `CGO_ENABLED: 1` in the job or step `env` (something set it to 0) and check that `CC` names an installed compiler.',
    selfHosted:
      'install a C compiler (`sudo apt-get install -y gcc`) and set `CGO_ENABLED=1` for the test step.',
    container:
      'install a C compiler in the image: `RUN apk add --no-cache gcc musl-dev` (alpine) or `RUN apt-get update && apt-get install -y gcc libc6-dev` (Debian), and set `ENV CGO_ENABLED=1`.',
    always: 'Or drop -race from that job (keep it in one job that has cgo).'
  })

function cgoFacts(facts: Facts | null): { support: Support; evidence: string[] } {
  const g = goInfo(facts)
  if (!g) return { support: 'unknown', evidence: [] }
  const evidence: string[] = []
  if (g.cgoEnabled === false) evidence.push('go env CGO_ENABLED = 0')
  if (g.ccFound === false) evidence.push(`C compiler ${g.cc ?? 'gcc'} not found on PATH`)
  if (evidence.length > 0) return { support: 'corroborates', evidence }
  // Facts probed elsewhere (explain --facts) may still say cgo works; the go command's own verdict wins.
  return { support: 'unknown', evidence }
}

const rule: Rule = defineRule({
  id: 'race-requires-cgo',
  title: 'The race detector needs cgo and a C compiler',
  environmental: true,
  severity: 'warning',
  triggers: [RACE_NEEDS_CGO, NO_CC],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [RACE_NEEDS_CGO, NO_CC])
    if (matched.length === 0) return null
    const s = cgoFacts(facts)
    // The go command's own message names the cause: specific even without facts.
    const confidence = confidenceFor('specific', s.support) ?? 'medium'
    return cause('race-requires-cgo', confidence, [...matched, ...s.evidence], remedy(facts))
  },

  preflight(facts) {
    const g = goInfo(facts)
    if (!g || !/(?:^|\s)-race(?:\s|=true|$)/.test(g.goflags ?? '')) return []
    const s = cgoFacts(facts)
    if (s.support !== 'corroborates') return []
    return [
      finding(rule, {
        message:
          'GOFLAGS asks for -race, but cgo is off or no C compiler is available: every `go test` will fail before running.',
        evidence: [`GOFLAGS = ${g.goflags ?? ''}`, ...s.evidence],
        remedy: remedy(facts)
      })
    ]
  }
})

export default rule
