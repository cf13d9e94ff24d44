/** Position-aware helpers over `yaml` documents (parseDocument + LineCounter; lines are 1-based). */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node,
  type YAMLMap
} from 'yaml'
import type { Finding } from '../core/model.js'
import { parseError } from './findings.js'

export interface YamlFile {
  file: string
  doc: Document.Parsed
  lc: LineCounter
  src: string
  /** Every anchor by name, in source order: an alias resolves to the last one before it. */
  anchors: Map<string, { at: number; node: unknown }[]>
  /** `get` results per map node and key: merge keys are resolved once per node, never re-expanded. */
  memo: WeakMap<object, Map<string, unknown>>
  budget: { steps: number; deadline: number }
}

/**
 * What one file may cost. A real compose file or workflow resolves a few hundred nodes; a merge-key or
 * alias bomb (472 bytes can ask for 10^7 expansions) stops here and becomes a parse-error finding.
 */
export const YAML_BUDGET = { steps: 200_000, millis: 250 }

/** Thrown by the helpers below when a file spends its budget; `lintYaml` turns it into a finding. */
export class YamlBudgetExceeded extends Error {
  constructor(readonly why: string) {
    super(why)
  }
}

function tick(y: YamlFile): void {
  if (--y.budget.steps < 0)
    throw new YamlBudgetExceeded(
      `YAML: aliases and merge keys expand to more than ${YAML_BUDGET.steps.toLocaleString('en-US')} nodes; not checked`
    )
  if ((y.budget.steps & 1023) === 0 && Date.now() > y.budget.deadline)
    throw new YamlBudgetExceeded(`YAML: resolving aliases took over ${YAML_BUDGET.millis} ms; not checked`)
}

/** Runs `fn` over a parsed file; a spent budget becomes a parse-error finding instead of a hang. */
export function withinBudget<T>(y: YamlFile, fallback: T, errors: Finding[], fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (!(e instanceof YamlBudgetExceeded)) throw e
    errors.push(
      parseError(
        y.file,
        1,
        e.why,
        'Anchors and merge keys in this file expand far beyond what a compose file or workflow needs ' +
          '(a YAML bomb, or a generated file): write the settings out, or exclude the file from `dockerfiles`.'
      )
    )
    return fallback
  }
}

function anchorsOf(doc: Document.Parsed): Map<string, { at: number; node: unknown }[]> {
  const out = new Map<string, { at: number; node: unknown }[]>()
  visit(doc, {
    Node(_, node) {
      const name = (node as { anchor?: string }).anchor
      if (!name) return
      const list = out.get(name) ?? []
      list.push({ at: node.range?.[0] ?? 0, node })
      out.set(name, list)
    }
  })
  return out
}

export function parseYaml(file: string, src: string): { y: YamlFile | null; errors: Finding[] } {
  const lc = new LineCounter()
  let doc: Document.Parsed
  try {
    doc = parseDocument(src, {
      lineCounter: lc,
      merge: true,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false
    })
  } catch (e) {
    return { y: null, errors: [parseError(file, 1, `YAML parser failed: ${(e as Error).message}`)] }
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.slice(0, 5).map(err => {
      const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line
      return parseError(file, line, `YAML: ${err.message.split('\n')[0]}`)
    })
    return { y: null, errors }
  }
  const budget = { steps: YAML_BUDGET.steps, deadline: Date.now() + YAML_BUDGET.millis }
  return { y: { file, doc, lc, src, anchors: anchorsOf(doc), memo: new WeakMap(), budget }, errors: [] }
}

/** yaml 2 represents `<<` (with merge: true) as a scalar whose value is a symbol. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  const v = key.value
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<')
}

export function lineOf(y: YamlFile, node: unknown): number {
  const r = (node as Node | null)?.range
  return r ? y.lc.linePos(r[0]).line : 1
}

/**
 * An alias's target from the anchor table built once per file. (`Alias.resolve(doc)` walks the whole
 * document on every call: 20,000 aliases cost a minute that way.)
 */
function resolveAlias(y: YamlFile, a: Alias): unknown {
  const list = y.anchors.get(a.source)
  if (!list) return undefined
  const at = a.range?.[0] ?? Infinity
  for (let i = list.length - 1; i >= 0; i--) if (list[i].at < at) return list[i].node
  return undefined
}

export function deref(y: YamlFile, node: unknown): unknown {
  let n = node
  for (let i = 0; i < 8 && isAlias(n); i++) {
    tick(y)
    n = resolveAlias(y, n)
  }
  return isAlias(n) ? undefined : n
}

/** The value node under `key` in a map, honouring `<<` merge keys (one level of aliases). */
export function get(y: YamlFile, map: unknown, key: string): unknown {
  const m = deref(y, map)
  if (!isMap(m)) return undefined
  let byKey = y.memo.get(m)
  if (!byKey) y.memo.set(m, (byKey = new Map()))
  if (byKey.has(key)) return byKey.get(key)
  // Marked before the merge sources are read, so `&a { <<: *a }` ends instead of recursing.
  byKey.set(key, undefined)
  const v = lookup(y, m as YAMLMap, key)
  byKey.set(key, v)
  return v
}

function lookup(y: YamlFile, m: YAMLMap, key: string): unknown {
  for (const item of m.items) {
    tick(y)
    if (!isPair(item)) continue
    const k = isScalar(item.key) ? String(item.key.value) : undefined
    if (k === key) return deref(y, item.value)
  }
  for (const item of m.items) {
    if (!isPair(item) || !isMergeKey(item.key)) continue
    const srcs = deref(y, item.value)
    const list = isSeq(srcs) ? srcs.items : [srcs]
    for (const s of list) {
      const v = get(y, s, key)
      if (v !== undefined) return v
    }
  }
  return undefined
}

export function entries(y: YamlFile, map: unknown): { key: string; keyNode: unknown; value: unknown }[] {
  const m = deref(y, map)
  if (!isMap(m)) return []
  const out: { key: string; keyNode: unknown; value: unknown }[] = []
  for (const item of (m as YAMLMap).items) {
    tick(y)
    if (!isPair(item) || !isScalar(item.key)) continue
    if (isMergeKey(item.key)) continue
    const key = String(item.key.value)
    out.push({ key, keyNode: item.key, value: deref(y, item.value) })
  }
  return out
}

export function items(y: YamlFile, seq: unknown): unknown[] {
  const s = deref(y, seq)
  if (!isSeq(s)) return []
  return s.items.map(i => {
    tick(y)
    return deref(y, i)
  })
}

/** A scalar's value as a string (numbers and booleans too), or null. */
export function str(y: YamlFile, node: unknown): string | null {
  const n = deref(y, node)
  if (!isScalar(n) || n.value === null || n.value === undefined) return null
  return String(n.value)
}

export function scalarValue(y: YamlFile, node: unknown): unknown {
  const n = deref(y, node)
  return isScalar(n) ? n.value : undefined
}

/**
 * The 1-based source line of each line of a (possibly block) scalar's value, so that a
 * `docker run` on the fifth line of a `run: |` block is reported on its own line.
 */
export function scalarLines(y: YamlFile, node: unknown, value: string): number[] {
  const n = deref(y, node)
  const lines = value.split('\n')
  const start = lineOf(y, n)
  if (!isScalar(n) || !n.range) return lines.map(() => start)
  if (n.type === 'BLOCK_LITERAL') return lines.map((_, i) => start + 1 + i)
  // Folded, plain or quoted multi-line scalars: find each line's text in the source, in order.
  const out: number[] = []
  let pos = n.range[0]
  const end = n.range[1]
  for (const l of lines) {
    const probe = l.trim().slice(0, 40)
    const at = probe ? y.src.indexOf(probe, pos) : -1
    if (at >= 0 && at <= end) {
      out.push(y.lc.linePos(at).line)
      pos = at + probe.length
    } else out.push(out.length > 0 ? out[out.length - 1] : start)
  }
  return out
}

/** `environment:` as a map or a `KEY=value` list. */
export function envMap(y: YamlFile, node: unknown): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>()
  const n = deref(y, node)
  if (isMap(n)) {
    for (const e of entries(y, n))
      out.set(e.key, { value: str(y, e.value) ?? '', line: lineOf(y, e.keyNode) })
  } else if (isSeq(n)) {
    for (const it of items(y, n)) {
      const s = str(y, it)
      if (!s) continue
      const eq = s.indexOf('=')
      out.set(eq < 0 ? s : s.slice(0, eq), { value: eq < 0 ? '' : s.slice(eq + 1), line: lineOf(y, it) })
    }
  }
  return out
}
