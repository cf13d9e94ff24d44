/**
 * Just enough shell to read CI scripts: split `run:` blocks and RUN instructions into simple
 * commands (quotes, escapes, `\` continuations, `&&`/`||`/`;`/`|`), find `docker run` with its
 * options, and find `go test` invocations (also inside `sh -c "..."`). Bounded: at most
 * MAX_TOKENS tokens per script; unterminated quotes end at the end of the text.
 */

export interface Token {
  text: string
  line: number
}

export type SimpleCommand = Token[]

const MAX_TOKENS = 50_000

/** Tokenises `text` whose first line is `firstLine` (or whose lines are given by `lines`). */
export function splitCommands(text: string, firstLine = 1, lines?: readonly number[]): SimpleCommand[] {
  const lineOf = (row: number): number => (lines && row < lines.length ? lines[row] : firstLine + row)
  const out: SimpleCommand[] = []
  let cmd: SimpleCommand = []
  let cur = ''
  let curLine = -1
  let row = 0
  let count = 0
  const flush = (): void => {
    if (curLine >= 0) {
      cmd.push({ text: cur, line: lineOf(curLine) })
      count++
    }
    cur = ''
    curLine = -1
  }
  const endCmd = (): void => {
    flush()
    if (cmd.length > 0) out.push(cmd)
    cmd = []
  }
  const start = (): void => {
    if (curLine < 0) curLine = row
  }
  for (let i = 0; i < text.length && count < MAX_TOKENS; i++) {
    const c = text[i]
    if (c === '\n') {
      row++
      endCmd()
      continue
    }
    if (c === '\\') {
      if (text[i + 1] === '\n') {
        i++
        row++
        flush()
        continue
      }
      if (text[i + 1] === '\r' && text[i + 2] === '\n') {
        i += 2
        row++
        flush()
        continue
      }
      start()
      cur += text[i + 1] ?? ''
      i++
      continue
    }
    if (c === "'" || c === '"') {
      start()
      const q = c
      i++
      while (i < text.length && text[i] !== q) {
        if (text[i] === '\n') row++
        if (q === '"' && text[i] === '\\' && i + 1 < text.length) {
          i++
          if (text[i] === '\n') {
            row++
            i++
            continue
          }
        }
        cur += text[i]
        i++
      }
      continue
    }
    if (c === '$' && text[i + 1] === '{' && text[i + 2] === '{') {
      // A GitHub expression: opaque up to the closing `}}`.
      start()
      const end = text.indexOf('}}', i)
      const stop = end < 0 ? text.length : end + 2
      cur += text.slice(i, stop)
      i = stop - 1
      continue
    }
    if (c === '$' && text[i + 1] === '(') {
      start()
      let depth = 0
      let j = i + 1
      for (; j < text.length; j++) {
        if (text[j] === '(') depth++
        else if (text[j] === ')' && --depth === 0) break
        else if (text[j] === '\n') row++
      }
      cur += text.slice(i, j + 1)
      i = j
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      flush()
      continue
    }
    if (c === '#' && curLine < 0) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++
      continue
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endCmd()
      while (text[i + 1] === '&' || text[i + 1] === '|' || text[i + 1] === ';') i++
      continue
    }
    start()
    cur += c
  }
  endCmd()
  return out
}

const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/

export interface GoTest {
  line: number
  race: boolean
  /** `VAR=value` assignments written before `go test` on the same command. */
  env: Map<string, string>
  text: string
}

/** `go test` invocations, including inside `sh -c '...'` / `bash -c` strings (one level). */
export function findGoTests(cmds: readonly SimpleCommand[], depth = 0): GoTest[] {
  const out: GoTest[] = []
  for (const cmd of cmds) {
    let k = 0
    const env = new Map<string, string>()
    while (
      k < cmd.length &&
      (cmd[k].text === 'sudo' ||
        cmd[k].text === 'env' ||
        cmd[k].text === 'exec' ||
        cmd[k].text === 'time' ||
        ASSIGN.test(cmd[k].text))
    ) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(cmd[k].text)
      if (m) env.set(m[1], m[2])
      k++
    }
    const prog = cmd[k]?.text.replace(/^.*\//, '')
    if ((prog === 'go' && cmd[k + 1]?.text === 'test') || prog === 'gotestsum') {
      const args = cmd.slice(k + 1).map(t => t.text)
      const race = args.some(
        a => a === '-race' || a === '--race' || a === '-race=true' || /(^|\s)-race(\s|$)/.test(a)
      )
      out.push({ line: cmd[k].line, race, env, text: cmd.map(t => t.text).join(' ') })
      continue
    }
    if (depth < 2) {
      for (let j = 0; j < cmd.length - 1; j++) {
        if (/^-[a-z]*c$/.test(cmd[j].text) && j > 0) {
          const inner = cmd[j + 1]
          for (const t of findGoTests(splitCommands(inner.text, inner.line), depth + 1))
            out.push({ ...t, line: inner.line })
        }
      }
    }
  }
  return out
}

/** A compiled test binary run directly (`./pkg.test -test.v`). */
export function runsTestBinary(cmds: readonly SimpleCommand[]): boolean {
  return cmds.some(c =>
    c.some((t, i) => i <= 2 && /\.test$/.test(t.text.trim().split(/\s+/)[0]) && !t.text.startsWith('-'))
  )
}

// ---- docker run ---------------------------------------------------------------------------------

/** `docker run` options that take no value (everything else does). */
const BOOL_LONG = new Set([
  'detach',
  'interactive',
  'tty',
  'rm',
  'privileged',
  'init',
  'read-only',
  'publish-all',
  'no-healthcheck',
  'oom-kill-disable',
  'help',
  'quiet',
  'sig-proxy',
  'disable-content-trust',
  'use-api-socket'
])
const BOOL_SHORT = new Set(['d', 'i', 't', 'P', 'q'])

export interface DockerRunOption {
  name: string
  value: string | null
  line: number
}

export interface DockerRun {
  line: number
  options: DockerRunOption[]
  image: Token | null
  command: Token[]
}

function normName(flag: string): string {
  const short: Record<string, string> = {
    e: 'env',
    m: 'memory',
    v: 'volume',
    w: 'workdir',
    u: 'user',
    p: 'publish',
    h: 'hostname',
    l: 'label',
    c: 'cpu-shares',
    a: 'attach'
  }
  return short[flag] ?? flag
}

/**
 * Parses options (`--flag value`, `--flag=value`, `-it`, `-m=1g`) from `tokens[from]` until the
 * first positional (the image) when `expectImage`, else to the end (job `container.options`).
 */
export function parseDockerOptions(tokens: readonly Token[], from = 0, expectImage = true): DockerRun {
  const options: DockerRunOption[] = []
  let i = from
  let image: Token | null = null
  for (; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.text === '--') {
      i++
      break
    }
    if (t.text.startsWith('--')) {
      const eq = t.text.indexOf('=')
      const name = eq > 0 ? t.text.slice(2, eq) : t.text.slice(2)
      if (eq > 0) options.push({ name, value: t.text.slice(eq + 1), line: t.line })
      else if (BOOL_LONG.has(name)) options.push({ name, value: null, line: t.line })
      else {
        options.push({ name, value: tokens[i + 1]?.text ?? null, line: t.line })
        i++
      }
      continue
    }
    if (t.text.startsWith('-') && t.text.length > 1) {
      const body = t.text.slice(1)
      const eq = body.indexOf('=')
      if (eq > 0) {
        options.push({ name: normName(body.slice(0, eq)), value: body.slice(eq + 1), line: t.line })
        continue
      }
      if ([...body].every(ch => BOOL_SHORT.has(ch))) {
        for (const ch of body) options.push({ name: ch, value: null, line: t.line })
        continue
      }
      // `-m1g` (value glued) or `-m 1g`, possibly after booleans (`-itm 1g` is unusual; take the last).
      const flag = body[0]
      if (body.length > 1 && !BOOL_SHORT.has(flag)) {
        options.push({ name: normName(flag), value: body.slice(1), line: t.line })
        continue
      }
      const last = body[body.length - 1]
      for (const ch of body.slice(0, -1)) options.push({ name: ch, value: null, line: t.line })
      options.push({ name: normName(last), value: tokens[i + 1]?.text ?? null, line: t.line })
      i++
      continue
    }
    if (expectImage) {
      image = t
      i++
      break
    }
  }
  return {
    line: tokens[from - 1]?.line ?? tokens[from]?.line ?? 0,
    options,
    image,
    command: expectImage ? tokens.slice(i) : []
  }
}

/** `docker run` / `docker container run` / `podman run` in the commands. */
export function findDockerRuns(cmds: readonly SimpleCommand[]): DockerRun[] {
  const out: DockerRun[] = []
  for (const cmd of cmds) {
    let k = 0
    while (k < cmd.length && (cmd[k].text === 'sudo' || ASSIGN.test(cmd[k].text))) k++
    const prog = cmd[k]?.text.replace(/^.*\//, '')
    if (prog !== 'docker' && prog !== 'podman') continue
    // Global options before the subcommand (`docker --context x run`): skip `--x value` pairs.
    let j = k + 1
    while (j < cmd.length && cmd[j].text.startsWith('-')) j += cmd[j].text.includes('=') ? 1 : 2
    if (cmd[j]?.text === 'container') j++
    if (cmd[j]?.text !== 'run') continue
    const run = parseDockerOptions(cmd, j + 1, true)
    run.line = cmd[k].line
    out.push(run)
  }
  return out
}

// ---- values -------------------------------------------------------------------------------------

/**
 * Docker's size syntax (go-units RAMInBytes): a number with an optional b/k/m/g/t/p unit and an
 * optional trailing `b`, binary multiples (`1g` = 1024^3). Plain numbers are bytes.
 */
export function parseSize(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : null
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?\s*$/i.exec(raw)
  if (!m) return null
  const mult: Record<string, number> = {
    '': 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5
  }
  return Math.round(parseFloat(m[1]) * mult[m[2].toLowerCase()])
}

export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = bytes
  let u = 0
  while (v >= 1024 && u < units.length - 1 && v % 1024 === 0) {
    v /= 1024
    u++
  }
  if (u === 0 && bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MiB`
  return `${v} ${units[u]}`
}

/** `nofile=1024:4096`, `nofile=1024`, `nproc=-1`. */
export function parseUlimit(raw: string): { name: string; soft: number | null; hard: number | null } | null {
  const m = /^\s*([a-z]+)\s*=\s*(-?\d+|unlimited)(?:\s*:\s*(-?\d+|unlimited))?\s*$/i.exec(raw)
  if (!m) return null
  const num = (s: string | undefined): number | null =>
    s === undefined ? null : s === 'unlimited' || s === '-1' ? Infinity : Number(s)
  const soft = num(m[2])
  const hard = m[3] === undefined ? soft : num(m[3])
  return { name: m[1].toLowerCase(), soft, hard }
}
