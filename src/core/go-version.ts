export interface GoVersion {
  major: number
  minor: number
  /** null when the text gives none (`1.22`). */
  patch: number | null
}

/**
 * Parses `go1.26.8`, `1.22`, `1.22.3`, `go1.21rc2` (a pre-release counts as the release it precedes, the
 * go.mod semantics); null when the text does not start with a version. With `anywhere`, the first `go1.N`
 * later in the text counts too (`devel go1.27-abcdef ...`, as `go version` prints a development build).
 */
export function parseGoVersion(
  s: string | null | undefined,
  opts: { anywhere?: boolean } = {}
): GoVersion | null {
  if (!s) return null
  const t = s.trim()
  const m =
    /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?/.exec(t) ??
    (opts.anywhere ? /go(\d+)\.(\d+)(?:\.(\d+))?/.exec(t) : null)
  if (!m) return null
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? null : Number(m[3]) }
}
