import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HostError, tryRead } from '../src/host/host.js'
import { NodeHost } from '../src/host/node-host.js'

const host = new NodeHost()

describe('NodeHost', () => {
  it('reads /proc files whose stat size is 0, bounded by maxBytes', async () => {
    const limits = await host.readFile('/proc/self/limits')
    expect(limits).toMatch(/^Limit\s+Soft Limit/)
    expect((await host.readFile('/proc/self/status', 10)).length).toBe(10)
  })

  it('turns errno into HostError and tryRead into a reason, never a throw', async () => {
    await expect(host.readFile('/nonexistent/x')).rejects.toBeInstanceOf(HostError)
    const r = await tryRead(host, '/nonexistent/x')
    expect(r).toEqual({ ok: false, code: 'ENOENT', reason: '/nonexistent/x does not exist on this system' })
  })

  it('kills an exec that outlives its timeout and bounds its output', async () => {
    const slow = await host.exec('sleep', ['5'], { timeoutMs: 100 })
    expect(slow.timedOut).toBe(true)
    expect(slow.signal).toBe('SIGKILL')
    const big = await host.exec('head', ['-c', '100000', '/dev/zero'], {
      timeoutMs: 5000,
      maxOutputBytes: 1000
    })
    expect(big.stdout.length).toBe(1000)
    expect(big.truncated).toBe(true)
    const missing = await host.exec('/nonexistent/cmd', [], { timeoutMs: 1000 })
    expect(missing.startError).toMatch(/ENOENT/)
  })

  it('streams a child process output in order and reports its exit', async () => {
    const p = host.spawnStream(
      'sh',
      ['-c', 'for i in 1 2 3; do echo line$i; done; echo oops >&2; exit 3'],
      {}
    )
    let out = ''
    let err = ''
    for await (const c of p.output) {
      if (c.stream === 'stdout') out += c.chunk
      else err += c.chunk
    }
    expect(out).toBe('line1\nline2\nline3\n')
    expect(err).toBe('oops\n')
    expect(await p.exit).toMatchObject({ code: 3, signal: null, timedOut: false })
  })

  it('reports a program that cannot start instead of hanging', async () => {
    const p = host.spawnStream('/nonexistent/go', ['test'], {})
    for await (const _ of p.output) void _
    const exit = await p.exit
    expect(exit.code).toBeNull()
    expect(exit.startError).toMatch(/ENOENT/)
  })

  it('streams a large file in chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-'))
    const f = join(dir, 'big.txt')
    writeFileSync(f, 'x'.repeat(3 << 20))
    let total = 0
    let chunks = 0
    for await (const c of host.readStream(f)) {
      total += c.length
      chunks++
    }
    expect(total).toBe(3 << 20)
    expect(chunks).toBeGreaterThan(1)
  })

  it('streams a file byte for byte while reading ahead (each chunk copied before the next is asked for)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-'))
    for (const size of [0, 1, (1 << 20) - 1, 1 << 20, (5 << 20) + 12345]) {
      const f = join(dir, `f${size}`)
      const data = Buffer.alloc(size)
      for (let i = 0; i < size; i++) data[i] = (i * 2654435761) >>> 24
      writeFileSync(f, data)
      const got: Buffer[] = []
      for await (const c of host.readStream(f)) got.push(Buffer.from(c))
      expect(Buffer.concat(got).equals(data)).toBe(true)
    }
  })

  it('reads a FIFO in order (a pipe cannot be read at offsets)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-'))
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}\n`).join('')
    const writer = spawn('sh', ['-c', `cat > "${fifo}"`], { stdio: ['pipe', 'ignore', 'ignore'] })
    writer.stdin.end(lines)
    const got: Buffer[] = []
    for await (const c of host.readStream(fifo)) got.push(Buffer.from(c))
    expect(Buffer.concat(got).toString()).toBe(lines)
  })

  it('closes the file when the reader stops early, with reads still in flight', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-'))
    const f = join(dir, 'big.txt')
    writeFileSync(f, 'y'.repeat(4 << 20))
    const open = (): string[] =>
      readdirSync('/proc/self/fd').flatMap(fd => {
        try {
          return [readlinkSync(`/proc/self/fd/${fd}`)]
        } catch {
          return []
        }
      })
    for await (const c of host.readStream(f)) {
      expect(open()).toContain(f)
      expect(c.length).toBe(1 << 20)
      break
    }
    expect(open()).not.toContain(f)
  })
})

describe('NodeHost exec timeouts', () => {
  it('kills the grandchildren that hold the pipes open, not only the child', async () => {
    const t0 = Date.now()
    // sh starts a background sleep that inherits stdout; killing only sh would leave us waiting 20 s.
    const r = await host.exec('sh', ['-c', 'sleep 20 & sleep 20'], { timeoutMs: 200 })
    expect(r.timedOut).toBe(true)
    expect(Date.now() - t0).toBeLessThan(5000)
  })
})
