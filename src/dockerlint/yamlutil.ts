/** Position-aware helpers over `yaml` documents (parseDocument + LineCounter; lines are 1-based). */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap
} from 'yaml'
import type { Finding } from '../report/model.js'
import { parseError } from './findings.js'

export interface YamlFile {
  file: string
  doc: Document.Parsed
  lc: LineCounter
  src: string
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
  return { y: { file, doc, lc, src }, errors: [] }
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

export function deref(y: YamlFile, node: unknown): unknown {
  let n = node
  for (let i = 0; i < 8 && isAlias(n); i++) n = n.resolve(y.doc)
  return n
}

/** The value node under `key` in a map, honouring `<<` merge keys (one level of aliases). */
export function get(y: YamlFile, map: unknown, key: string): unknown {
  const m = deref(y, map)
  if (!isMap(m)) return undefined
  for (const item of (m as YAMLMap).items) {
    if (!isPair(item)) continue
    const k = isScalar(item.key) ? String(item.key.value) : undefined
    if (k === key) return deref(y, item.value)
  }
  for (const item of (m as YAMLMap).items) {
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
    if (!isPair(item) || !isScalar(item.key)) continue
    if (isMergeKey(item.key)) continue
    const key = String(item.key.value)
    out.push({ key, keyNode: item.key, value: deref(y, item.value) })
  }
  return out
}

export function items(y: YamlFile, seq: unknown): unknown[] {
  const s = deref(y, seq)
  return isSeq(s) ? s.items.map(i => deref(y, i)) : []
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
