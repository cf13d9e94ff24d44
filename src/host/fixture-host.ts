import { promises as fsp } from 'node:fs'
import { join } from 'node:path'
import type {
  DirEntry,
  ExecOptions,
  ExecResult,
  FsStats,
  Host,
  PathStat,
  ReadStreamOptions,
  SpawnOptions,
  StreamingProcess
} from './host.js'
import { HostError, notStarted } from './host.js'
import { NodeHost } from './node-host.js'

/**
 * A Host whose file system is a captured tree: `/proc/self/limits` is read from
 * `<root>/proc/self/limits`. Used by tests and by `--facts`-less replays. Paths listed in
 * `denied` raise EACCES, as on a machine where we are not root; exec answers come from `exec`.
 */
export interface FixtureOptions {
  root: string
  env?: Record<string, string | undefined>
  uid?: number | null
  gid?: number | null
  denied?: readonly string[]
  exec?: (command: string, args: readonly string[], options: ExecOptions) => ExecResult | undefined
  statfs?: Record<string, FsStats>
  now?: number
  /** Which pids are alive (default: the real machine's answer). */
  alive?: (pid: number) => boolean
}

export class FixtureHost implements Host {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly uid: number | null
  readonly gid: number | null
  readonly pid = 4242
  readonly platform = 'linux'
  readonly arch = 'x64'
  private readonly real = new NodeHost()
  /** Every exec the code under test asked for, in order. */
  readonly execCalls: { command: string; args: readonly string[] }[] = []

  constructor(private readonly opts: FixtureOptions) {
    this.env = opts.env ?? {}
    this.uid = opts.uid === undefined ? 1001 : opts.uid
    this.gid = opts.gid === undefined ? 1001 : opts.gid
  }

  private map(path: string): string {
    if (this.opts.denied?.some(d => path === d || path.startsWith(d.endsWith('/') ? d : d + '/'))) {
      throw new HostError('EACCES', path)
    }
    return join(this.opts.root, path)
  }

  readFile(path: string, maxBytes?: number): Promise<string> {
    return this.real.readFile(this.map(path), maxBytes).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  async *readStream(path: string, options?: ReadStreamOptions): AsyncIterable<Buffer> {
    try {
      yield* this.real.readStream(this.map(path), options)
    } catch (e) {
      throw new HostError((e as HostError).code, path)
    }
  }

  readDir(path: string): Promise<DirEntry[]> {
    return this.real.readDir(this.map(path)).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  /** Files this process created are reported as owned by the fixture's uid (the user it plays). */
  async lstat(path: string): Promise<PathStat> {
    const st = await this.real.lstat(this.map(path)).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
    const mine = st.uid === (this.real.uid ?? -1) && this.uid !== null
    return mine ? { ...st, uid: this.uid! } : st
  }

  async realpath(path: string): Promise<string> {
    const r = await this.real.realpath(this.map(path)).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
    return r.startsWith(this.opts.root) ? r.slice(this.opts.root.length) || '/' : r
  }

  readlink(path: string): Promise<string> {
    return this.real.readlink(this.map(path)).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  async statfs(path: string): Promise<FsStats> {
    const s = this.opts.statfs?.[path]
    if (s) return s
    throw new HostError('ENOENT', path)
  }

  async writeFile(path: string, data: string, options?: { append?: boolean; mode?: number }): Promise<void> {
    const p = this.map(path)
    await fsp.mkdir(join(p, '..'), { recursive: true })
    await this.real.writeFile(p, data, options)
  }

  async writeFileAtomic(path: string, data: string, options?: { mode?: number }): Promise<void> {
    const p = this.map(path)
    await fsp.mkdir(join(p, '..'), { recursive: true })
    await this.real.writeFileAtomic(p, data, options).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  async createExclusive(path: string, data: string, options?: { mode?: number }): Promise<void> {
    const p = this.map(path)
    await fsp.mkdir(join(p, '..'), { recursive: true })
    await this.real.createExclusive(p, data, options).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  mkdir(path: string): Promise<void> {
    return this.real.mkdir(this.map(path))
  }

  /** Parents are created as needed (the fixture tree has no /run or /tmp of its own). */
  async mkdirPrivate(path: string, mode: number): Promise<void> {
    const p = this.map(path)
    await fsp.mkdir(join(p, '..'), { recursive: true })
    await this.real.mkdirPrivate(p, mode).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  rm(path: string): Promise<void> {
    return this.real.rm(this.map(path))
  }

  unlink(path: string): Promise<void> {
    return this.real.unlink(this.map(path)).catch(e => {
      throw new HostError((e as HostError).code, path)
    })
  }

  processAlive(pid: number): boolean {
    return this.opts.alive ? this.opts.alive(pid) : this.real.processAlive(pid)
  }

  async exec(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
    this.execCalls.push({ command, args })
    const r = this.opts.exec?.(command, args, options)
    return r ?? notStarted(`ENOENT spawn ${command}`)
  }

  /** Streams the canned exec answer (stdout, then stderr) as one chunk each. */
  spawnStream(command: string, args: readonly string[], options: SpawnOptions): StreamingProcess {
    const result = this.exec(command, args, {
      timeoutMs: options.timeoutMs ?? 0,
      cwd: options.cwd,
      env: options.env
    })
    async function* output() {
      const r = await result
      if (r.stdout) yield { stream: 'stdout' as const, chunk: Buffer.from(r.stdout) }
      if (r.stderr) yield { stream: 'stderr' as const, chunk: Buffer.from(r.stderr) }
    }
    return {
      output: output(),
      exit: result.then(r => ({
        code: r.code,
        signal: r.signal,
        timedOut: r.timedOut,
        startError: r.startError
      })),
      kill: () => undefined
    }
  }

  now(): number {
    return this.opts.now ?? 1_700_000_000_000
  }
}
