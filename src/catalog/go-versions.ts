/** Go version checks on the facts: toolchain, go.mod `go` line, and GODEBUG defaults that need both. */
import { parseGoVersion } from '../core/go-version.js'
import type { Facts } from '../facts/types.js'
import { valueOf } from '../facts/types.js'
import { goInfo } from './fact-readers.js'

/** <0, 0, >0 like a comparator; null when either side does not parse. */
export function compareGoVersions(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = parseGoVersion(a, { anywhere: true })
  const y = parseGoVersion(b, { anywhere: true })
  if (!x || !y) return null
  return x.major - y.major || x.minor - y.minor || (x.patch ?? 0) - (y.patch ?? 0)
}

/** Whether the Go toolchain is at least `v` (e.g. '1.19'); null when the Go version is unknown. */
export function goAtLeast(facts: Facts | null, v: string): boolean | null {
  const c = compareGoVersions(goInfo(facts)?.version ?? valueOf(facts?.goProbe)?.goVersion, v)
  return c === null ? null : c >= 0
}

/** Whether the main module's go.mod `go` line is at least `v`; null when there is no known go.mod line. */
function goModAtLeast(facts: Facts | null, v: string): boolean | null {
  const c = compareGoVersions(goInfo(facts)?.goModGo, v)
  return c === null ? null : c >= 0
}

/**
 * Whether a behaviour introduced in Go `v` behind a GODEBUG default applies: Go picks GODEBUG defaults
 * from the main module's go line (https://go.dev/doc/godebug), so it needs both toolchain >= v and
 * go.mod `go` >= v. false as soon as either is known to be older; null when it cannot be decided.
 */
export function goDefaultAtLeast(facts: Facts | null, v: string): boolean | null {
  const tool = goAtLeast(facts, v)
  const mod = goModAtLeast(facts, v)
  if (tool === false || mod === false) return false
  if (tool === null || mod === null) return null
  return true
}
