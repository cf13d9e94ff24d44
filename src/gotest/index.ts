/**
 * Streaming `go test` ingestion: `-json` (Go 1.19 to 1.26, build events of 1.24+ included) and plain
 * text (`go test`, `go test -v`), auto-detected per line, several files, CRLF and ANSI colour.
 *
 * Wiring:
 *   const layout = await discoverLayout(host, workspace, workingDirectory)
 *   const run = await parseFiles(host, files, { layout })            // explain, the action's `results`
 *   // the action's go-test mode, fed from the child's stdout as it arrives:
 *   const p = createParser({ layout, onEvent: e => { const l = formatLive(e); if (l) core.info(l) } })
 *   child.stdout.on('data', b => p.push(b)); ...; const run = await verifyLocations(host, p.end(), layout)
 */
import type { Host } from '../host/host.js'
import { describeError, errorCode } from '../host/host.js'
import type { Failure, TestRun } from './model.js'
import type { Parser, ParserOptions } from './parser.js'
import { createParser } from './parser.js'
import type { SourceLayout } from './location.js'

export type { SourceLayout, Location } from './location.js'
export { packageDir } from './location.js'
export { discoverLayout, modulePath } from './layout.js'
export { createParser, excerptOf } from './parser.js'
export type { Parser, ParserOptions } from './parser.js'
export { formatLive } from './live.js'
export type { LiveEvent, LiveLine } from './live.js'

/**
 * Parses saved output files (`-` is standard input) in order. A file that cannot be read makes the
 * run partial with the reason; it never throws. Locations are checked to exist in the workspace.
 */
/**
 * An input to read: a path (`-` is standard input), or a path the workspace jail admitted, read only
 * if it is still the file the jail saw (see Host.readStream), under the name the user gave it.
 */
export type InputFile = string | { path: string; name: string; expect: { dev: number; ino: number } }

const inputPath = (f: InputFile): string => (typeof f === 'string' ? f : f.path)
const inputName = (f: InputFile): string =>
  typeof f === 'string' ? (f === '-' ? 'standard input' : f) : f.name

export async function parseFiles(
  host: Host,
  paths: readonly InputFile[],
  opts: ParserOptions = {}
): Promise<TestRun> {
  const parser = createParser(opts)
  await feedFiles(host, parser, paths)
  const run = parser.end()
  return opts.layout ? verifyLocations(host, run, opts.layout) : run
}

/**
 * Pushes the files (`-` is standard input) into the parser, one source each; a file that cannot be
 * read is recorded with parser.fail. `afterChunk` runs after each chunk (a streaming caller writes out
 * the failures that chunk completed); what it throws is not a read error and reaches the caller. Does
 * not end the parser.
 */
export async function feedFiles(
  host: Host,
  parser: Parser,
  paths: readonly InputFile[],
  afterChunk?: () => Promise<void>
): Promise<void> {
  for (const file of paths) {
    const path = inputName(file)
    parser.beginSource(path)
    const stream = host.readStream(inputPath(file), typeof file === 'string' ? {} : { expect: file.expect })
    const chunks = stream[Symbol.asyncIterator]()
    try {
      for (;;) {
        let next: IteratorResult<Buffer>
        try {
          next = await chunks.next()
        } catch (e) {
          const code = errorCode(e)
          parser.fail(describeError(code, path))
          break
        }
        if (next.done === true) break
        parser.push(next.value)
        if (afterChunk) await afterChunk()
      }
    } finally {
      // Closes the file when afterChunk threw (a no-op once the stream has ended).
      await chunks.return?.()
    }
  }
}

/**
 * Drops any failure location whose file is not a regular file inside the workspace (a basename that
 * came from a helper in another package, a path from another checkout): no location beats a wrong one.
 */
export async function verifyLocations(host: Host, run: TestRun, layout: SourceLayout): Promise<TestRun> {
  const verify = locationVerifier(host, layout)
  const failures = run.failures
  for (let i = 0; i < failures.length; i++) failures[i] = await verify(failures[i])
  return run
}

/**
 * verifyLocations for one failure at a time (the file checks are cached across calls): the failure
 * itself, or a copy without `file` and `line`. (A copy, not `delete`: deleting properties turns an
 * object into a dictionary, 3 KB of garbage per failure and slower reads after.)
 */
export function locationVerifier(host: Host, layout: SourceLayout): (f: Failure) => Promise<Failure> {
  const root = layout.repoRoot.replace(/\/+$/, '')
  const cache = new Map<string, boolean>()
  return async f => {
    if (f.file === undefined) return f
    let ok = cache.get(f.file)
    if (ok === undefined) {
      try {
        ok = (await host.lstat(`${root}/${f.file}`)).kind === 'file'
      } catch {
        ok = false
      }
      cache.set(f.file, ok)
    }
    if (ok) return f
    const { file: _file, line: _line, ...rest } = f
    return rest
  }
}
