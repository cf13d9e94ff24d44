/**
 * The action's inputs, read and validated in one place (the only caller of core.getInput). A bad
 * value stops the step with a message that names the input, what it accepts and what it got.
 */
import * as core from '@actions/core'
import type { FailOn } from '../core/model.js'
import { DEFAULT_DOCKERFILE_GLOBS } from '../dockerlint/default-globs.js'

export type TuneMode = 'off' | 'plan' | 'apply'
export type CommentMode = 'auto' | 'always' | 'never'

export interface Settings {
  workingDirectory: string
  /** Arguments after `go test -json`; null when the input is empty. */
  goTest: string[] | null
  /** Files or globs of saved `go test` output; empty when not set. */
  results: string[]
  tune: TuneMode
  restore: boolean
  comment: CommentMode
  /** Extra key of the sticky comment: the matrix leg (`comment-key` defaults to `toJSON(matrix)`). */
  commentKey: string
  githubToken: string
  /** Globs to lint; empty disables the lint. */
  dockerfiles: string[]
  goProbe: 'auto' | 'off'
  failOn: FailOn
}

export class SettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SettingsError'
  }
}

function choice<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const v = raw.trim().toLowerCase()
  if (v === '') return fallback
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new SettingsError(`Input '${name}' must be one of ${allowed.join(', ')} (got "${raw.trim()}")`)
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them. */
function bool(name: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim()
  if (v === '') return fallback
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new SettingsError(`Input '${name}' must be true or false (got "${v}")`)
}

/**
 * Splits the `go-test` input like a POSIX shell splits words, without expansions: whitespace
 * (newlines included) separates, '…' is literal, "…" allows \" and \\, a backslash escapes outside
 * quotes. `-run 'TestA|TestB' ./...` gives ['-run', 'TestA|TestB', './...'].
 */
export function splitArgs(input: string, name = 'go-test'): string[] {
  const out: string[] = []
  let cur = ''
  let inWord = false
  let i = 0
  while (i < input.length) {
    const c = input[i]!
    if (c === "'") {
      const end = input.indexOf("'", i + 1)
      if (end < 0) throw new SettingsError(`Input '${name}' has an unterminated ' quote`)
      cur += input.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (c === '"') {
      i++
      for (;;) {
        if (i >= input.length) throw new SettingsError(`Input '${name}' has an unterminated " quote`)
        const d = input[i]!
        if (d === '"') break
        if (d === '\\' && (input[i + 1] === '"' || input[i + 1] === '\\')) {
          cur += input[i + 1]
          i += 2
        } else {
          cur += d
          i++
        }
      }
      inWord = true
      i++
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[i + 1]
      inWord = true
      i += 2
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur)
      cur = ''
      inWord = false
      i++
    } else {
      cur += c
      inWord = true
      i++
    }
  }
  if (inWord) out.push(cur)
  return out
}

const lines = (raw: string): string[] =>
  raw
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))

/**
 * Builds Settings from a getInput-like function (tests pass a map; the action passes core.getInput).
 * `get` returns undefined for an input that was not provided at all (outside action.yml's defaults).
 */
export function parseSettings(getRaw: (name: string) => string | undefined): Settings {
  const get = (name: string): string => getRaw(name) ?? ''
  const goTestRaw = get('go-test').trim()
  const goTest = goTestRaw === '' ? null : splitArgs(goTestRaw)
  if (goTest) {
    // The action adds -json itself and reads its output; these would break that contract.
    const bad = goTest.find(a => /^--?(json|exec|o|c)(=|$)/.test(a))
    if (bad)
      throw new SettingsError(
        `Input 'go-test' must not contain ${bad}: the action runs \`go test -json\` itself`
      )
  }
  const results = lines(get('results'))
  if (goTest && results.length) {
    throw new SettingsError(
      "Inputs 'go-test' and 'results' cannot both be set: either the action runs go test, or it reads your saved output"
    )
  }
  const dockerRaw = getRaw('dockerfiles')
  return {
    workingDirectory: get('working-directory').trim() || '.',
    goTest,
    results,
    tune: choice('tune', get('tune'), ['off', 'plan', 'apply'] as const, 'plan'),
    restore: bool('restore', get('restore'), true),
    comment: choice('comment', get('comment'), ['auto', 'always', 'never'] as const, 'auto'),
    // An unevaluated expression (a runner that does not evaluate input defaults) is no key.
    commentKey: /^\$\{\{/.test(get('comment-key').trim()) ? '' : get('comment-key'),
    githubToken: get('github-token').trim(),
    // Absent (no action.yml default applied) means the defaults; `dockerfiles: ''` disables the lint.
    dockerfiles: dockerRaw === undefined ? [...DEFAULT_DOCKERFILE_GLOBS] : lines(dockerRaw),
    goProbe: choice('go-probe', get('go-probe'), ['auto', 'off'] as const, 'auto'),
    failOn: choice('fail-on', get('fail-on'), ['never', 'error', 'warning'] as const, 'never')
  }
}

/** Reads the action's inputs (INPUT_<NAME> variables, set by the runner from action.yml and `with:`). */
export function readSettings(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  return parseSettings(name => {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    return env[key] === undefined ? undefined : core.getInput(name)
  })
}
