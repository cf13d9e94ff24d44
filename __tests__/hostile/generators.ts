/**
 * Generators of hostile and huge inputs (issue 21): each writes its input to a file (or a tree) on demand,
 * in 1 MiB pieces, so the suite holds no megabyte fixtures and the jest process never holds an input.
 * Where an input is a go test log, it ends with a real capture (__tests__/fixtures/real/nofile-limit) so
 * that a run which read it all has one failure to diagnose.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const REAL = join(process.cwd(), '__tests__/fixtures/real/nofile-limit')
export const realJson = (): string => readFileSync(join(REAL, 'go-test.json'), 'utf8')
export const realText = (): string => readFileSync(join(REAL, 'go-test.txt'), 'utf8')

/** Writes what `piece(i)` returns for i = 0..n-1, then `tail`, buffering 1 MiB at a time. */
export function writeRepeated(path: string, n: number, piece: (i: number) => string, tail = ''): void {
  const fd = openSync(path, 'w')
  try {
    let buf = ''
    for (let i = 0; i < n; i++) {
      buf += piece(i)
      if (buf.length >= 1 << 20) {
        writeSync(fd, buf)
        buf = ''
      }
    }
    writeSync(fd, buf + tail)
  } finally {
    closeSync(fd)
  }
}

/** Bytes from a fixed-seed xorshift: "random" input that is the same on every run. */
export function pseudoRandomBytes(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.allocUnsafe(n)
  let x = seed >>> 0
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    b[i] = x & 0xff
  }
  return b
}

export type Gen = (path: string) => void

/** `go test -json` of n passing packages, then the real failure. */
export const jsonPackages =
  (n: number): Gen =>
  path =>
    writeRepeated(
      path,
      n,
      i =>
        `{"Action":"start","Package":"example.com/p/n${i}"}\n` +
        `{"Action":"output","Package":"example.com/p/n${i}","Output":"ok  \\texample.com/p/n${i}\\t0.01s\\n"}\n` +
        `{"Action":"pass","Package":"example.com/p/n${i}","Elapsed":0.01}\n`,
      realJson()
    )

/** Plain `go test` text of n passing packages, then the real failure. */
export const textPackages =
  (n: number): Gen =>
  path =>
    writeRepeated(path, n, i => `ok  \texample.com/p/n${i}\t0.01s\n`, realText())

/** One package with n failing tests (-json), each with two output lines. */
export const jsonFailingTests =
  (n: number): Gen =>
  path =>
    writeRepeated(
      path,
      n,
      i =>
        `{"Action":"run","Package":"example.com/big","Test":"TestN${i}"}\n` +
        `{"Action":"output","Package":"example.com/big","Test":"TestN${i}","Output":"    big_test.go:9: listen tcp 127.0.0.1:0: socket: too many open files\\n"}\n` +
        `{"Action":"fail","Package":"example.com/big","Test":"TestN${i}","Elapsed":0}\n`,
      `{"Action":"fail","Package":"example.com/big","Elapsed":1}\n`
    )

/** A single line of `bytes` bytes (no newline until the end), then the real failure. */
export const hugeLine =
  (bytes: number): Gen =>
  path =>
    writeRepeated(path, bytes >> 20, () => 'x'.repeat(1 << 20), '\n' + realJson())

/** A -json line nested `depth` deep (a recursion bomb for a recursive parser), its package's pass, then the real failure. */
export const deepNesting =
  (depth: number): Gen =>
  path =>
    writeFileSync(
      path,
      `{"Action":"output","Package":"p","X":${'['.repeat(depth)}${']'.repeat(depth)}}\n` +
        '{"Action":"pass","Package":"p","Elapsed":0}\n' +
        realJson()
    )

/** Pseudo-random bytes: binary, not go test output. */
export const binary =
  (bytes: number): Gen =>
  path =>
    writeFileSync(path, pseudoRandomBytes(bytes))

/** The real capture with NUL bytes and invalid UTF-8 sprinkled into every output line. */
export const nulAndInvalidUtf8: Gen = path =>
  writeFileSync(
    path,
    Buffer.concat(
      realJson()
        .split('\n')
        .map(l =>
          Buffer.concat([
            Buffer.from(l.replace(/"Output":"/, '"Output":"\\u0000')),
            Buffer.from([0xff, 0xfe, 0x0a])
          ])
        )
    )
  )

/** The real capture with workflow commands and Markdown in test output (the report must keep them inert). */
export const injection: Gen = path =>
  writeFileSync(
    path,
    realJson().replace(
      /"Output":"(\s+nofile_limit_test\.go)/,
      '"Output":"::set-env name=X::1\\n::add-mask::x\\n<img src=x onerror=alert(1)> [a](javascript:alert(1))\\n$1'
    )
  )

/** An empty file. */
export const empty: Gen = path => writeFileSync(path, '')

/** A tree of n Dockerfiles, 100 per directory, each with findings. */
export const dockerfileTree =
  (n: number): Gen =>
  root => {
    for (let i = 0; i < n; i++) {
      const dir = join(root, `s${Math.floor(i / 100)}`, `p${i}`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        join(dir, 'Dockerfile'),
        'FROM golang:1.18\nENV CGO_ENABLED=0\nRUN ulimit -n 1024 && go test -race ./...\n'
      )
    }
  }

/** One Dockerfile of n chained stages (FROM sN AS sN+1, ENV each). */
export const stageChain =
  (n: number): Gen =>
  root => {
    mkdirSync(root, { recursive: true })
    const lines = ['FROM golang:1.18 AS s0']
    for (let i = 1; i < n; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV A${i}=1`, 'RUN go test ./...')
    writeFileSync(join(root, 'Dockerfile'), lines.join('\n') + '\n')
  }

/** A compose file with a billion-laughs alias bomb (9 levels of 9). */
export const yamlBomb: Gen = root => {
  mkdirSync(root, { recursive: true })
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  const names = 'abcdefghi'
  for (let k = 1; k < 9; k++) {
    const p = names[k - 1]
    lines.push(`x-${names[k]}: &${names[k]} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`)
  }
  lines.push('services:', '  app:', '    image: golang:1.18', '    environment:', '      X: *i')
  writeFileSync(join(root, 'compose.yml'), lines.join('\n') + '\n')
}

/** A Dockerfile over the 1 MiB per-file limit and a symlink that leads out of the tree. */
export const bigFileAndEscape: Gen = root => {
  mkdirSync(root, { recursive: true })
  writeRepeated(join(root, 'Dockerfile'), 40_000, i => `RUN echo ${i} ${'y'.repeat(20)}\n`, '')
  mkdirSync(join(root, 'sub'))
  writeFileSync(join(root, 'sub', 'Dockerfile.ok'), 'FROM golang:1.18\n')
}
