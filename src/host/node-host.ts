import { spawn } from 'node:child_process'
import { promises as fsp } from 'node:fs'
import type {
  DirEntry,
  ExecOptions,
  ExecResult,
  FsStats,
  Host,
  PathStat,
  ProcessExit,
  SpawnOptions,
  StreamChunk,
  StreamingProcess
} from './host.js'
import { HostError } from './host.js'

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

/** The real machine. */
export class NodeHost implements Host {
  readonly env = process.env
  readonly uid = typeof process.getuid === 'function' ? process.getuid() : null
  readonly gid = typeof process.getgid === 'function' ? process.getgid() : null
  readonly pid = process.pid
  readonly platform = process.platform
  readonly arch = process.arch
  readonly isTTY = Boolean(process.stdout.isTTY)

  async readFile(path: string, maxBytes = DEFAULT_MAX_READ): Promise<string> {
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
   * Reads into one reused 1 MiB buffer: each yielded chunk is valid only until the next one is asked
   * for (the go test parser copies what it keeps). A fresh buffer per chunk left hundreds of dead
   * megabytes for the garbage collector on a large log.
   */
  async *readStream(path: string): AsyncIterable<Buffer> {
    if (path === '-') {
      try {
        for await (const chunk of process.stdin)
          yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      } catch (e) {
        throw wrap(e, path)
      }
      return
    }
    let fh: fsp.FileHandle | undefined
    try {
      fh = await fsp.open(path, 'r')
      const buf = Buffer.allocUnsafe(1 << 20)
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, null)
        if (bytesRead === 0) return
        yield buf.subarray(0, bytesRead)
      }
    } catch (e) {
      throw wrap(e, path)
    } finally {
      await fh?.close().catch(() => undefined)
    }
  }

  async readDir(path: string): Promise<DirEntry[]> {
    try {
      const ents = await fsp.readdir(path, { withFileTypes: true })
      return ents.map(d => ({ name: d.name, kind: kindOf(d) }))
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async lstat(path: string): Promise<PathStat> {
    try {
      const s = await fsp.lstat(path)
      return { kind: kindOf(s), size: s.size, mode: s.mode }
    } catch (e) {
      throw wrap(e, path)
    }
  }

  async realpath(path: string): Promise<string> {
    try {
      return await fsp.realpath(path)
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
        resolve({
          code: null,
          signal: null,
          stdout: '',
          stderr: '',
          timedOut: false,
          truncated: false,
          startError: String(e)
        })
        return
      }
      const out: Buffer[] = []
      const err: Buffer[] = []
      let outLen = 0
      let errLen = 0
      let truncated = false
      let timedOut = false
      let startError: string | undefined
      const timer = setTimeout(() => {
        timedOut = true
        killGroup(child.pid, () => child.kill('SIGKILL'))
      }, options.timeoutMs)
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
      child.on('error', e => {
        startError = `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`.trim()
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
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ? (options.env as NodeJS.ProcessEnv) : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.timeoutMs !== undefined
    })
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
    const onEnd = () => {
      open--
      notify()
    }
    child.stdout?.on('data', onData('stdout')).on('end', onEnd)
    child.stderr?.on('data', onData('stderr')).on('end', onEnd)
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
    return { output: output(), exit, kill: sig => void child.kill(sig ?? 'SIGTERM') }
  }

  now(): number {
    return Date.now()
  }
}
