import { spawn } from 'node:child_process'
import { isatty } from 'node:tty'
import {
  closeSync,
  constants as fsc,
  fstatSync,
  lstatSync,
  openSync,
  promises as fsp,
  readdirSync,
  readSync,
  realpathSync,
  writeFileSync
} from 'node:fs'
import type {
  DirEntry,
  ExecOptions,
  ExecResult,
  FsStats,
  Host,
  PathStat,
  ProcessExit,
  ReadStreamOptions,
  SpawnOptions,
  StreamChunk,
  StreamingProcess
} from './host.js'
import { HostError, notStarted, tempPathFor } from './host.js'

const DEFAULT_MAX_READ = 1 << 20
const DEFAULT_MAX_OUTPUT = 1 << 20

function wrap(e: unknown, path: string): HostError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN'
  return new HostError(code, path, (e as Error)?.message)
}

function kindOf(s: {
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}): DirEntry['kind'] {
  if (s.isSymbolicLink()) return 'symlink'
  if (s.isFile()) return 'file'
  if (s.isDirectory()) return 'dir'
  return 'other'
}

/** SIGKILL to a whole process group (the child was spawned detached, so its pid is the group id). */
function killGroup(pid: number | undefined, fallback: () => void): void {
  try {
    if (pid === undefined) throw new Error('no pid')
    process.kill(-pid, 'SIGKILL')
  } catch {
    fallback()
  }
}

/**
 * /proc and /sys are served from kernel memory: a read there takes microseconds, while the same read
 * through the thread pool (open, read, close: three hops) took a few hundred, and the probes make about
 * sixty of them while the Dockerfile walk shares the pool. So these are read synchronously.
 */
const KERNEL_FS = /^\/(proc|sys)\//

function readKernelFile(path: string, maxBytes: number): string {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const want = Math.min(65536, maxBytes - total)
      if (want <= 0) break
      const buf = Buffer.allocUnsafe(want)
      const n = readSync(fd, buf, 0, want, null)
      if (n === 0) break
      chunks.push(buf.subarray(0, n))
      total += n
    }
    return Buffer.concat(chunks).toString('utf8')
  } catch (e) {
    throw wrap(e, path)
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // nothing to do
      }
    }
  }
}

/** Chunks readStream reads ahead of the one its caller is handling. */
const READ_AHEAD = 2

/** The real machine. */
export class NodeHost implements Host {
  readonly env = process.env
  readonly uid = typeof process.getuid === 'function' ? process.getuid() : null
  readonly gid = typeof process.getgid === 'function' ? process.getgid() : null
  readonly pid = process.pid
  readonly platform = process.platform
  readonly arch = process.arch

  async readFile(path: string, maxBytes = DEFAULT_MAX_READ): Promise<string> {
    if (KERNEL_FS.test(path)) return readKernelFile(path, maxBytes)
    let fh: fsp.FileHandle | undefined
    try {
      fh = await fsp.open(path, 'r')
      // /proc and /sys files report size 0, so read in chunks up to the bound instead of trusting stat.
      const chunks: Buffer[] = []
      let total = 0
      for (;;) {
        const want = Math.min(65536, maxBytes - total)
        if (want <= 0) break
        const buf = Buffer.allocUnsafe(want)
        const { bytesRead } = await fh.read(buf, 0, want, null)
        if (bytesRead === 0) break
        chunks.push(buf.subarray(0, bytesRead))
        total += bytesRead
      }
      return Buffer.concat(chunks).toString('utf8')
    } catch (e) {
      throw wrap(e, path)
    } finally {
      await fh?.close().catch(() => undefined)
    }
  }

  /**
   * Reads ahead into a ring of reused 1 MiB buffers: while the caller handles the chunk it was given,
   * the next ones are being read (read one at a time, the parser sat idle for every read, a quarter of
   * explain's time on a 500 MB log). Each yielded chunk is valid only until the next one is asked for
   * (the go test parser copies what it keeps). Fresh buffers per chunk left hundreds of dead megabytes
   * for the garbage collector on a large log.
   */
  async *readStream(path: string, options: ReadStreamOptions = {}): AsyncIterable<Buffer> {
    if (path === '-') {
      try {
        // Standard input may be a pipe, a file, a socket or a terminal; a device that is not a terminal
        // (`explain - < /dev/zero`) would never end and is refused like a named one.
        const st = fstatSync(0)
        if ((st.isCharacterDevice() && !isatty(0)) || st.isBlockDevice())
          throw Object.assign(new Error('standard input is a device'), { code: 'ENOTFILE' })
        for await (const chunk of process.stdin)
          yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      } catch (e) {
        throw wrap(e, path)
      }
      return
    }
    const SIZE = 1 << 20
    let fh: fsp.FileHandle | undefined
    const pending: Promise<{ bytesRead: number }>[] = []
    try {
      const expect = options.expect
      // O_NONBLOCK: opening a FIFO that no writer holds would otherwise wait forever; it changes
      // nothing for a regular file, and a FIFO is refused below when a regular file is expected.
      fh = await fsp.open(path, expect ? fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK : 'r')
      const file = fh
      const st = await file.stat()
      if (expect && (!st.isFile() || st.dev !== expect.dev || st.ino !== expect.ino))
        throw Object.assign(new Error(`${path} is not the file that was checked`), {
          code: st.isFile() ? 'ECHANGED' : 'ENOTFILE'
        })
      if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket())
        throw Object.assign(new Error(`${path} is a device or socket`), { code: 'ENOTFILE' })
      // A regular file is read at explicit offsets, several reads in flight; a pipe or a FIFO
      // (`explain <(go test -json ./...)`) cannot be (ESPIPE), so it is read in order, one read ahead.
      const regular = st.isFile()
      const ahead = regular ? READ_AHEAD : 1
      const ring = ahead + 1
      const bufs = Array.from({ length: ring }, () => Buffer.allocUnsafe(SIZE))
      let next = 0 // ring slot of the next read
      let pos = 0
      const issue = (): void => {
        const slot = next
        next = (next + 1) % ring
        const at = regular ? pos : null
        pos += SIZE
        pending.push(file.read(bufs[slot], 0, SIZE, at))
      }
      for (let k = 0; k < ahead; k++) issue()
      let slot = 0
      for (;;) {
        const { bytesRead } = await (pending.shift() as Promise<{ bytesRead: number }>)
        if (bytesRead === 0) return
        // A short read of a regular file is its end as it is now: reads already in flight past it are
        // dropped (bytes appended meanwhile would leave a gap). A pipe's reads are short as a rule.
        const last = regular && bytesRead < SIZE
        // The caller has asked for this chunk, so it is done with the previous one: that slot is free.
        if (!last) issue()
        const cur = bufs[slot]
        slot = (slot + 1) % ring
        yield cur.subarray(0, bytesRead)
        if (last) return
      }
    } catch (e) {
      throw wrap(e, path)
    } finally {
      // A caller that stops early leaves reads in flight: let them finish before closing the file.
      await Promise.allSettled(pending)
      await fh?.close().catch(() => undefined)
    }
  }

  // Metadata calls (readDir, lstat, realpath) are made synchronously: on a local filesystem each takes
  // microseconds, while a hop through libuv's four-thread pool took hundreds of them once the probes,
  // the Dockerfile walk and the module loader queued there together (doctor: 25 ms for a 326-directory
  // walk, 5 ms synchronously). The promise interface stays, so a host may still do them asynchronously.
  async readDir(path: string): Promise<DirEntry[]> {
    try {
      const ents = readdirSync(path, { withFileTypes: true })
      return ents.map(d => ({ name: d.name, kind: kindOf(d) }))
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async lstat(path: string): Promise<PathStat> {
    try {
      const s = lstatSync(path)
      return { kind: kindOf(s), size: s.size, mode: s.mode, uid: s.uid, dev: s.dev, ino: s.ino }
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async realpath(path: string): Promise<string> {
    try {
      return realpathSync.native(path)
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async readlink(path: string): Promise<string> {
    try {
      return await fsp.readlink(path)
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async statfs(path: string): Promise<FsStats> {
    try {
      const s = await fsp.statfs(path)
      return {
        bsize: s.bsize,
        blocks: s.blocks,
        bfree: s.bfree,
        bavail: s.bavail,
        files: s.files,
        ffree: s.ffree
      }
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async writeFile(path: string, data: string, options?: { append?: boolean; mode?: number }): Promise<void> {
    try {
      if (options?.append) await fsp.appendFile(path, data, { mode: options.mode })
      else await fsp.writeFile(path, data, { mode: options?.mode })
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async writeFileAtomic(path: string, data: string, options?: { mode?: number }): Promise<void> {
    const tmp = tempPathFor(path)
    const mode = options?.mode ?? 0o600
    let fh: fsp.FileHandle | undefined
    try {
      try {
        fh = await fsp.open(tmp, 'wx', mode)
      } catch (e) {
        // A temp file left by a writer that was killed: nobody else writes this target's temp file, so
        // it is removed (a symlink planted there is removed, never followed) and created afresh.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        await fsp.unlink(tmp)
        fh = await fsp.open(tmp, 'wx', mode)
      }
      await fh.writeFile(data, 'utf8')
      await fh.sync()
      await fh.close()
      fh = undefined
      await fsp.rename(tmp, path)
    } catch (e) {
      await fh?.close().catch(() => undefined)
      await fsp.unlink(tmp).catch(() => undefined)
      throw wrap(e, path)
    }
    // The rename is durable once the directory is: fsync it (file systems that cannot sync a
    // directory say EINVAL; the rename itself has happened).
    const slash = path.lastIndexOf('/')
    const dir = slash < 0 ? '.' : path.slice(0, slash) || '/'
    let dh: fsp.FileHandle | undefined
    try {
      dh = await fsp.open(dir, 'r')
      await dh.sync()
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw wrap(e, dir)
    } finally {
      await dh?.close().catch(() => undefined)
    }
  }

  async createExclusive(path: string, data: string, options?: { mode?: number }): Promise<void> {
    let fh: fsp.FileHandle | undefined
    try {
      fh = await fsp.open(path, 'wx', options?.mode ?? 0o600)
      await fh.writeFile(data, 'utf8')
    } catch (e) {
      throw wrap(e, path)
    } finally {
      await fh?.close().catch(() => undefined)
    }
  }

  async mkdirPrivate(path: string, mode: number): Promise<void> {
    try {
      await fsp.mkdir(path, { mode })
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async unlink(path: string): Promise<void> {
    try {
      await fsp.unlink(path)
    } catch (e) {
      throw wrap(e, path)
    }
  }

  processAlive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false
    try {
      process.kill(pid, 0)
      return true
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM'
    }
  }

  async mkdir(path: string): Promise<void> {
    try {
      await fsp.mkdir(path, { recursive: true })
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async rm(path: string): Promise<void> {
    try {
      await fsp.rm(path, { recursive: true, force: true })
    } catch (e) {
      throw wrap(e, path)
    }
  }

  exec(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT
    return new Promise(resolve => {
      let child
      try {
        child = spawn(command, args, {
          cwd: options.cwd,
          env: options.env ? (options.env as NodeJS.ProcessEnv) : process.env,
          stdio: ['pipe', 'pipe', 'pipe'],
          // Its own process group, so that a timeout also kills grandchildren (go build -> compile)
          // that hold the output pipes open; killing only the child would leave us waiting on them.
          detached: true
        })
      } catch (e) {
        resolve(notStarted(String(e)))
        return
      }
      const out: Buffer[] = []
      const err: Buffer[] = []
      let outLen = 0
      let errLen = 0
      let truncated = false
      let timedOut = false
      let startError: string | undefined
      // First, before anything that can throw: a child that could not start (EMFILE, EAGAIN under the
      // very limits this product diagnoses) emits 'error' and, without a pid, nothing else.
      child.on('error', e => {
        startError = `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`.trim()
        if (child.pid === undefined) {
          clearTimeout(timer)
          resolve(notStarted(startError))
        }
      })
      const timer = setTimeout(() => {
        timedOut = true
        killGroup(child.pid, () => child.kill('SIGKILL'))
      }, options.timeoutMs)
      if (!child.stdout || !child.stderr || !child.stdin) return
      child.stdout.on('data', (b: Buffer) => {
        if (outLen < max) out.push(b.subarray(0, max - outLen))
        else truncated = true
        outLen += b.length
      })
      child.stderr.on('data', (b: Buffer) => {
        if (errLen < max) err.push(b.subarray(0, max - errLen))
        else truncated = true
        errLen += b.length
      })
      child.stdin.on('error', () => undefined)
      if (options.input !== undefined) child.stdin.end(options.input)
      else child.stdin.end()
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        resolve({
          code,
          signal,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          timedOut,
          truncated: truncated || outLen > max || errLen > max,
          startError
        })
      })
    })
  }

  spawnStream(command: string, args: readonly string[], options: SpawnOptions): StreamingProcess {
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ? (options.env as NodeJS.ProcessEnv) : process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: options.timeoutMs !== undefined
      })
    } catch (e) {
      // Under the limits this product diagnoses spawn can also throw at once (no pipe, no process).
      const startError =
        `${(e as NodeJS.ErrnoException)?.code ?? ''} ${String((e as Error)?.message ?? e)}`.trim()
      return {
        output: (async function* () {})(),
        exit: Promise.resolve({ code: null, signal: null, timedOut: false, startError }),
        kill: () => undefined
      }
    }
    let oomScoreAdj: StreamingProcess['oomScoreAdj']
    if (options.oomScoreAdj !== undefined) {
      // Synchronously, right after exec: the go command reads packages for milliseconds before it
      // starts the compiler or a test binary, which then inherit the value.
      if (child.pid === undefined) oomScoreAdj = { ok: false, reason: 'the process did not start' }
      else {
        try {
          writeFileSync(`/proc/${child.pid}/oom_score_adj`, `${options.oomScoreAdj}\n`)
          oomScoreAdj = { ok: true, value: options.oomScoreAdj }
        } catch (e) {
          const code = (e as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN'
          oomScoreAdj = { ok: false, reason: `could not write /proc/${child.pid}/oom_score_adj: ${code}` }
        }
      }
    }
    // A small queue bridging Node streams to one async iterable; backpressure by pausing both
    // streams while the consumer has unread chunks.
    const queue: StreamChunk[] = []
    let open = 2
    let wake: (() => void) | undefined
    const notify = () => {
      const w = wake
      wake = undefined
      w?.()
    }
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      queue.push({ stream, chunk })
      if (queue.length > 64) {
        child.stdout?.pause()
        child.stderr?.pause()
      }
      notify()
    }
    // Each stream counts once, at its end or at an error (after which no 'end' may come).
    const onEnd = () => {
      open--
      notify()
    }
    const once = (): (() => void) => {
      let done = false
      return () => {
        if (done) return
        done = true
        onEnd()
      }
    }
    const outEnd = once()
    const errEnd = once()
    child.stdout?.on('data', onData('stdout')).on('end', outEnd).on('error', outEnd)
    child.stderr?.on('data', onData('stderr')).on('end', errEnd).on('error', errEnd)
    if (!child.stdout) outEnd()
    if (!child.stderr) errEnd()
    let timedOut = false
    let startError: string | undefined
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            killGroup(child.pid, () => child.kill('SIGKILL'))
          }, options.timeoutMs)
        : undefined
    const exit = new Promise<ProcessExit>(resolve => {
      child.on('error', e => {
        startError = `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`.trim()
        if (child.pid === undefined) {
          open = 0
          notify()
          if (timer) clearTimeout(timer)
          resolve({ code: null, signal: null, timedOut, startError })
        }
      })
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer)
        resolve({ code, signal, timedOut, startError })
      })
    })
    async function* output(): AsyncIterable<StreamChunk> {
      for (;;) {
        const next = queue.shift()
        if (next) {
          if (queue.length < 16) {
            child.stdout?.resume()
            child.stderr?.resume()
          }
          yield next
          continue
        }
        if (open <= 0) return
        await new Promise<void>(r => (wake = r))
      }
    }
    return {
      output: output(),
      exit,
      kill: sig => void child.kill(sig ?? 'SIGTERM'),
      ...(oomScoreAdj ? { oomScoreAdj } : {})
    }
  }

  now(): number {
    return Date.now()
  }
}
