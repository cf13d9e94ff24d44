/**
 * File and line of a failure, relative to the repository root, only when sure.
 *
 * - `t.Errorf` and friends print `    x_test.go:12: msg` with the BASENAME only (golang/go#37708), so
 *   the package directory comes from the layout: import path -> module (longest go.mod module path
 *   prefix) -> directory.
 * - Panic traces print absolute paths from the machine that ran the tests (`/home/runner/work/r/r/pkg/
 *   x_test.go:10 +0x27`), under the frame's function (`example.com/m/pkg.TestX(...)`). The function's
 *   package gives the directory through the layout, so a runner path maps into this workspace even
 *   when its prefix differs; with -trimpath the path is `module/path/file.go` instead.
 * - Build errors are relative to the directory go test ran in (the working directory).
 */
import { posix } from 'node:path'

export interface SourceLayout {
  /** Absolute path of the repository root (GITHUB_WORKSPACE). */
  repoRoot: string
  /** Every Go module found: module path and directory relative to repoRoot ('' = the root). */
  modules: { path: string; dir: string }[]
  /** Where go test ran, relative to repoRoot ('' = the root); build error paths are relative to it. */
  workingDirectory?: string
}

export interface Location {
  file: string
  line: number
}

/** Directory of a package relative to the repository root, or null when no module holds it. */
export function packageDir(layout: SourceLayout | undefined, importPath: string): string | null {
  if (!layout) return null
  const ip = importPath.replace(/ \[.*\]$/, '').replace(/_test$/, '')
  let best: { path: string; dir: string } | null = null
  for (const m of layout.modules) {
    if ((ip === m.path || ip.startsWith(m.path + '/')) && (!best || m.path.length > best.path.length))
      best = m
  }
  if (!best) return null
  const rest = ip.slice(best.path.length).replace(/^\//, '')
  return posix.join(best.dir || '.', rest || '.').replace(/^\.$/, '')
}

function inRepo(rel: string): string | null {
  const n = posix.normalize(rel)
  if (n === '..' || n.startsWith('../') || n.startsWith('/')) return null
  return n === '.' ? null : n
}

const TEST_LINE_RE = /^(?: {4})+([\w.+-]+\.go):(\d+): /
// The runtime escapes dots in a path's last element as %2e, so the package ends at the first dot after the last slash.
const FRAME_FUNC_RE = /^((?:[^\s/(]+\/)*[^\s./(]+)\.(\S.*)\(.*\)$/
const FRAME_FILE_RE = /^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$/

/** The stack frame location inside the repository, first frame first (runtime and testing frames skipped). */
function frameLocation(
  layout: SourceLayout,
  lines: string[],
  from: number,
  wantFunc?: RegExp
): Location | null {
  let goroutines = 0
  for (let i = from; i + 1 < lines.length; i++) {
    const fm = FRAME_FUNC_RE.exec(lines[i])
    if (!fm) {
      // A panic's frames are in the first goroutine after it; stop at the next one.
      if (/^goroutine \d+ \[/.test(lines[i]) && wantFunc === undefined && ++goroutines > 1) return null
      continue
    }
    const file = FRAME_FILE_RE.exec(lines[i + 1])
    if (!file) continue
    if (wantFunc && !wantFunc.test(lines[i])) continue
    const loc = mapFrame(layout, fm[1], file[1])
    if (loc) return { file: loc, line: Number(file[2]) }
  }
  return null
}

/** Maps a frame's file to the repo, given the frame function's package path. */
export function mapFrame(layout: SourceLayout, funcPkg: string, path: string): string | null {
  const dir = packageDir(layout, funcPkg)
  if (dir === null) return null
  const base = posix.basename(path)
  // The file must sit in the function's package directory: check the trailing directory names agree.
  const fileDir = posix.dirname(path)
  const want = dir === '' ? '' : dir
  const rootAbs = layout.repoRoot.replace(/\/+$/, '')
  if (path.startsWith('/')) {
    if (fileDir === posix.join(rootAbs, want) || (want !== '' && fileDir.endsWith('/' + want))) {
      return inRepo(posix.join(want, base))
    }
    if (want === '' && fileDir === rootAbs) return inRepo(base)
    // A runner path whose tail is the package's import-path tail (module at repo root elsewhere).
    const pkgTail = funcPkg.split('/').slice(-1)[0]
    if (want !== '' && fileDir.endsWith('/' + pkgTail) && want.endsWith(pkgTail)) {
      return null // ambiguous: the tails agree but the directory does not; no guess
    }
    return null
  }
  // -trimpath: module/path/file.go
  if (path.startsWith(funcPkg.replace(/ \[.*\]$/, '') + '/') && path.slice(funcPkg.length + 1) === base) {
    return inRepo(posix.join(want, base))
  }
  return null
}

/** Location of a test failure from its output. */
export function locateFailure(
  layout: SourceLayout | undefined,
  f: { package: string | null; test: string | null; kind: string; output: string; build?: boolean }
): Location | null {
  if (!layout) return null
  const lines = f.output.split('\n')
  if (f.build) {
    const wd = layout.workingDirectory ?? ''
    for (const l of lines) {
      const m = /^(?:\.\/)?([^\s:]+\.go):(\d+)(?::\d+)?: /.exec(l)
      if (!m) continue
      const p = m[1]
      if (p.startsWith('/')) {
        const root = layout.repoRoot.replace(/\/+$/, '') + '/'
        if (p.startsWith(root)) {
          const r = inRepo(p.slice(root.length))
          if (r) return { file: r, line: Number(m[2]) }
        }
        return null
      }
      const r = inRepo(posix.join(wd || '.', p))
      return r ? { file: r, line: Number(m[2]) } : null
    }
    return null
  }
  if (f.package === null) return null
  if (f.kind === 'panic') {
    const at = lines.findIndex(l => l.startsWith('panic: ') && !l.startsWith('panic: test timed out'))
    if (at >= 0) {
      const loc = frameLocation(layout, lines, at + 1)
      if (loc) return loc
    }
  }
  if (f.kind === 'timeout' && f.test) {
    const top = f.test.split('/')[0]
    const pkg = f.package.replace(/ \[.*\]$/, '')
    const want = new RegExp('^' + escapeRe(pkg) + '\\.' + escapeRe(top) + '\\(')
    const loc = frameLocation(layout, lines, 0, want)
    if (loc) return loc
  }
  const dir =
    packageDir(layout, f.package) ?? shortPackageDir(layout, f.package) ?? runnerPackageDir(layout, f.package)
  if (dir === null) return null
  // A _test.go line first; `testing.go:NNN: race detected...` comes from the testing package itself.
  let other: RegExpExecArray | null = null
  for (const l of lines) {
    const m = TEST_LINE_RE.exec(l)
    if (!m) continue
    if (m[1].endsWith('_test.go')) return at(dir, m)
    if (other === null && m[1] !== 'testing.go') other = m
  }
  if (other) return at(dir, other)
  return absoluteLocation(lines, dir)
}

/**
 * A package named relative to its module (gotestsum's summary: `fail` for example.com/m/fail): its
 * directory under the module at the repository root, or under the only module. A guess that the
 * location check (verifyLocations) then confirms or drops.
 */
function shortPackageDir(layout: SourceLayout, pkg: string): string | null {
  if (/^[^/]*\./.test(pkg) || pkg.startsWith('/')) return null
  const wd = (layout.workingDirectory ?? '').replace(/^\.$/, '')
  // The module of the directory the tool ran in, else the outermost one.
  const m =
    layout.modules.find(x => x.dir === wd) ??
    layout.modules.reduce<SourceLayout['modules'][number] | undefined>(
      (o, x) => (o === undefined || x.dir.length < o.dir.length ? x : o),
      undefined
    )
  if (!m) return null
  return inRepo(posix.join(m.dir || '.', pkg))
}

/**
 * A package named by its absolute directory on the machine that ran the tests (the ginkgo CLI names a
 * suite by its `Running Suite: <name> - <dir>` line): the directory under this repository's root, else
 * the path's tail from the directory of a module in it (`/home/runner/work/r/r/<module dir>/pkg`), the
 * deepest such module. A module at the repository root anchors nothing: no guess.
 */
function runnerPackageDir(layout: SourceLayout, pkg: string): string | null {
  if (!pkg.startsWith('/')) return null
  const root = layout.repoRoot.replace(/\/+$/, '') + '/'
  if (pkg.startsWith(root)) return inRepo(pkg.slice(root.length))
  let mod = ''
  let from = -1
  for (const m of layout.modules) {
    if (m.dir.length <= mod.length) continue
    const i = (pkg + '/').lastIndexOf('/' + m.dir + '/')
    if (i >= 0) {
      mod = m.dir
      from = i + 1
    }
  }
  return from < 0 ? null : inRepo(pkg.slice(from))
}

// An absolute path to a file of the package (testify's `Error Trace:`, ginkgo's `In [It] at:`), from
// the machine that ran the tests: it names this repository's file when its directory ends with the
// package's directory.
const ABS_FILE_RE = /(?:^|\s)(\/[^\s:]+\.go):(\d+)\b/

function absoluteLocation(lines: string[], dir: string): Location | null {
  if (dir === '') return null
  // Ginkgo's `In [It] at: FILE:LINE` is where the spec failed (its block's first line is where the spec
  // is declared), so those lines come first; a _test.go file before any other. One pass: the best of
  // [at: _test.go, any _test.go, at: other, any other].
  const best: (Location | null)[] = [null, null, null, null]
  for (const l of lines) {
    const m = ABS_FILE_RE.exec(l)
    if (!m || !posix.dirname(m[1]).endsWith('/' + dir)) continue
    const r = inRepo(posix.join(dir, posix.basename(m[1])))
    if (!r) continue
    const rank = (r.endsWith('_test.go') ? 0 : 2) + (l.includes(' at: /') ? 0 : 1)
    best[rank] ??= { file: r, line: Number(m[2]) }
    if (rank === 0) break
  }
  return best[0] ?? best[1] ?? best[2] ?? best[3]
}

function at(dir: string, m: RegExpExecArray): Location | null {
  const r = inRepo(posix.join(dir || '.', m[1]))
  return r ? { file: r, line: Number(m[2]) } : null
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
