/**
 * Go versions of container images, and which Go releases are still supported.
 *
 * Go's release policy: "Each major Go release is supported until there are two newer major
 * releases" (https://go.dev/doc/devel/release#policy), i.e. the two newest minors are supported.
 * The table below is the release history from https://go.dev/doc/devel/release, as of 2026-11-21,
 * when the newest minor is 1.26 and the supported ones are therefore 1.26 and 1.25 (the machine
 * this was written on runs go1.26.8). Add a row when a new minor ships; an image newer than the
 * table is treated as supported, never as end-of-life.
 */
import { parseGoVersion, type GoVersion } from '../core/go-version.js'

export const GO_RELEASES: readonly { minor: string; released: string }[] = [
  { minor: '1.17', released: '2021-08-16' },
  { minor: '1.18', released: '2022-03-15' },
  { minor: '1.19', released: '2022-08-02' },
  { minor: '1.20', released: '2023-02-01' },
  { minor: '1.21', released: '2023-08-08' },
  { minor: '1.22', released: '2024-02-06' },
  { minor: '1.23', released: '2024-08-13' },
  { minor: '1.24', released: '2025-02-11' },
  { minor: '1.25', released: '2025-08-12' },
  { minor: '1.26', released: '2026-02' }
]
export const GO_TABLE_DATE = '2026-11-21'

export function cmpMinor(a: GoVersion, b: GoVersion): number {
  return a.major - b.major || a.minor - b.minor
}

/** Compares patch levels too when both sides have one. */
export function cmpVersion(a: GoVersion, b: GoVersion): number {
  const c = cmpMinor(a, b)
  if (c !== 0) return c
  return a.patch !== null && b.patch !== null ? a.patch - b.patch : 0
}

export const fmtMinor = (v: GoVersion): string => `${v.major}.${v.minor}`
export const fmtVersion = (v: GoVersion): string =>
  v.patch === null ? fmtMinor(v) : `${fmtMinor(v)}.${v.patch}`

/** The supported minors (the two newest of the table), newest first. */
export function supportedMinors(table = GO_RELEASES): GoVersion[] {
  return table
    .map(r => parseGoVersion(r.minor) as GoVersion)
    .sort((a, b) => cmpMinor(b, a))
    .slice(0, 2)
}

export function isEndOfLife(v: GoVersion, table = GO_RELEASES): boolean {
  const sup = supportedMinors(table)
  return cmpMinor(v, sup[sup.length - 1]) < 0
}

export interface ImageRef {
  /** Repository without registry and `library/` (`golang`, `cimg/go`, `alpine`). */
  repo: string
  tag: string | null
  /** Unresolved `${VAR}` somewhere in the reference. */
  unresolved: boolean
}

export function parseImage(ref: string): ImageRef {
  const unresolved = /\$\{|\$[A-Za-z_]|\$\{\{/.test(ref)
  let r = ref.trim().replace(/@sha256:[0-9a-f]+$/i, '')
  let tag: string | null = null
  const lastSlash = r.lastIndexOf('/')
  const colon = r.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = r.slice(colon + 1)
    r = r.slice(0, colon)
  }
  const parts = r.split('/')
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
    parts.shift()
  if (parts[0] === 'library' && parts.length > 1) parts.shift()
  if (parts[0] === 'docker' && parts[1] === 'library') parts.splice(0, 2)
  return { repo: parts.join('/').toLowerCase(), tag, unresolved }
}

/** Images whose tag is a Go version: the official `golang` image and CircleCI's `cimg/go`. */
const GO_IMAGE_REPOS = new Set(['golang', 'cimg/go', 'circleci/golang'])

/**
 * The Go version of an image reference: `{version}` for `golang:1.24.3-alpine`, `{floating}` for
 * `golang`, `golang:alpine`, `golang:latest` (the newest release), null when not a Go image or
 * the tag is not known (`golang:${GO_VERSION}` without a default).
 */
export function goVersionOfImage(ref: string): { version: GoVersion | null; floating: boolean } | null {
  const img = parseImage(ref)
  if (!GO_IMAGE_REPOS.has(img.repo)) return null
  if (img.unresolved) return null
  if (
    img.tag === null ||
    /^(latest|alpine[\d.]*|bookworm|bullseye|buster|trixie|windowsservercore.*|nanoserver.*)$/.test(img.tag)
  ) {
    return { version: null, floating: true }
  }
  const v = parseGoVersion(img.tag)
  if (!v) return null
  // `1-alpine` / `1` style tags float within major 1.
  if (!/^\d+\.\d+/.test(img.tag)) return { version: null, floating: true }
  return { version: v, floating: false }
}

export const isOfficialGolang = (ref: string): boolean => parseImage(ref).repo === 'golang'
