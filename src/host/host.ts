/**
 * The only I/O seam. Probes, remediation and publishing receive a Host; tests hand in a
 * FixtureHost backed by a captured /proc and /sys tree. Nothing outside src/host imports fs or
 * child_process (enforced by eslint's no-restricted-imports).
 */

export interface ExecOptions {
  /** Hard limit; the child is killed (SIGKILL) when it expires. Required: no unbounded exec. */
  timeoutMs: number
  cwd?: string
  /** Replaces the environment when given; otherwise the host's environment is inherited. */
  env?: Record<string, string | undefined>
  input?: string
  /** Bytes kept per stream; the rest is dropped and `truncated` is set. Default 1 MiB. */
  maxOutputBytes?: number
}

export interface ExecResult {
  /** Exit code, or null when killed by a signal or not started. */
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
  timedOut: boolean
  truncated: boolean
  /** Set when the program could not be started (ENOENT, EACCES...). */
  startError?: string
}

/** The result of a program that could not be started. */
export function notStarted(startError: string): ExecResult {
  return { code: null, signal: null, stdout: '', stderr: '', timedOut: false, truncated: false, startError }
}

export interface StreamChunk {
  stream: 'stdout' | 'stderr'
  chunk: Buffer
}

export interface ProcessExit {
  code: number | null
  signal: string | null
  timedOut: boolean
  /** Set when the program could not be started. */
  startError?: string
}

/** A running child whose output is consumed as it arrives (go test -json can be gigabytes). */
export interface StreamingProcess {
  /** stdout and stderr chunks in arrival order; ends when both streams close. */
  output: AsyncIterable<StreamChunk>
  exit: Promise<ProcessExit>
  kill(signal?: NodeJS.Signals): void
  /**
   * What became of SpawnOptions.oomScoreAdj: the value written to /proc/<pid>/oom_score_adj, or why it
   * could not be. Absent when none was asked for.
   */
  oomScoreAdj?: { ok: true; value: number } | { ok: false; reason: string }
}

export interface SpawnOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  /** Optional hard limit; none by default (go test has its own -timeout). */
  timeoutMs?: number
  /**
   * Written to the child's /proc/<pid>/oom_score_adj as soon as it has started (before it can start
   * children of its own, which inherit it). 1000 makes the kernel's OOM killer choose the child and its
   * descendants before this process. Raising the value needs no privilege; where it fails, the reason is
   * in StreamingProcess.oomScoreAdj.
   */
  oomScoreAdj?: number
}

export interface DirEntry {
  name: string
  kind: 'file' | 'dir' | 'symlink' | 'other'
}

export interface FsStats {
  /** Block size in bytes. */
  bsize: number
  blocks: number
  bfree: number
  bavail: number
  files: number
  ffree: number
}

export interface PathStat {
  kind: 'file' | 'dir' | 'symlink' | 'other'
  size: number
  mode: number
  /** The owner's uid (-1 where the platform has none). */
  uid: number
  /** Device and inode: what a later open is checked against (see ReadStreamOptions.expect). */
  dev: number
  ino: number
}

export interface ReadStreamOptions {
  /**
   * Read only the regular file that a check saw: opened without following a final symlink and
   * without blocking, then refused (HostError ENOTFILE / ECHANGED) unless it is a regular file with
   * this device and inode.
   */
  expect?: { dev: number; ino: number }
}

/** An error from the host with the errno code kept (ENOENT, EACCES, EPERM, EROFS...). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    message?: string
  ) {
    super(message ?? `${code}: ${path}`)
    this.name = 'HostError'
  }
}

export interface Host {
  /** Reads a text file, at most maxBytes (default 1 MiB); throws HostError. */
  readFile(path: string, maxBytes?: number): Promise<string>
  /**
   * Streams a file in chunks (for logs of any size); `-` is standard input. A chunk may be overwritten once
   * the next one is requested: copy what you keep. Errors surface as HostError. A character or block
   * device or a socket is refused (ENOTFILE): `/dev/zero` would never end. Pipes and FIFOs are read.
   */
  readStream(path: string, options?: ReadStreamOptions): AsyncIterable<Buffer>
  readDir(path: string): Promise<DirEntry[]>
  /** lstat: never follows a final symlink. */
  lstat(path: string): Promise<PathStat>
  realpath(path: string): Promise<string>
  readlink(path: string): Promise<string>
  statfs(path: string): Promise<FsStats>
  writeFile(path: string, data: string, options?: { append?: boolean; mode?: number }): Promise<void>
  /**
   * Replaces `path` all at once: writes `<dir>/.<name>.tmp` (created with O_EXCL, `mode`, default 0600),
   * fsyncs it, renames it over `path` and fsyncs the directory. A reader sees the old content or the new,
   * never a part; a crash leaves at most the temp file, which the next write replaces (see tempPathFor).
   */
  writeFileAtomic(path: string, data: string, options?: { mode?: number }): Promise<void>
  /** Creates `path` with O_EXCL (fails with EEXIST when it exists, even as a symlink) holding `data`. */
  createExclusive(path: string, data: string, options?: { mode?: number }): Promise<void>
  mkdir(path: string): Promise<void>
  /** Creates one directory with `mode` (not its parents); EEXIST when it exists. */
  mkdirPrivate(path: string, mode: number): Promise<void>
  rm(path: string): Promise<void>
  /** Removes one file or symlink (never a directory's contents); ENOENT when it is not there. */
  unlink(path: string): Promise<void>
  /** Whether a process with this pid exists (signal 0; EPERM counts as alive). */
  processAlive(pid: number): boolean
  exec(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult>
  /** Starts a process whose output is streamed, not buffered. */
  spawnStream(command: string, args: readonly string[], options: SpawnOptions): StreamingProcess
  /** The process environment as the host sees it. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Process identity; null where the platform has none. */
  readonly uid: number | null
  readonly gid: number | null
  readonly pid: number
  readonly platform: string
  readonly arch: string
  now(): number
}

/** The temp file writeFileAtomic uses for `path`: `.<name>.tmp` next to it (one per target). */
export function tempPathFor(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.tmp`
}

/** The errno-style code of what a Host method threw (`EUNKNOWN` for anything that is not a HostError). */
export function errorCode(e: unknown): string {
  return e instanceof HostError ? e.code : 'EUNKNOWN'
}

/** Reads a file, returning a value or the reason it could not be read. Never throws. */
export async function tryRead(
  host: Host,
  path: string,
  maxBytes?: number
): Promise<{ ok: true; text: string } | { ok: false; reason: string; code: string }> {
  try {
    return { ok: true, text: await host.readFile(path, maxBytes) }
  } catch (e) {
    const code = errorCode(e)
    return { ok: false, code, reason: describeError(code, path) }
  }
}

export function describeError(code: string, path: string): string {
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist on this system`
    case 'EACCES':
    case 'EPERM':
      return `permission denied reading ${path}`
    case 'EINVAL':
      return `${path} cannot be read here (EINVAL)`
    case 'EISDIR':
      return `${path} is a directory, not a file`
    case 'ENOTFILE':
      return `${path} is not a regular file or pipe (a device or socket is never read)`
    case 'ECHANGED':
      return `${path} was replaced while being opened; not read`
    case 'ELOOP':
      return `${path} became a symbolic link; not followed`
    default:
      return `${path} could not be read (${code})`
  }
}
