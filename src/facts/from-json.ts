import type { Facts } from './types.js'

/** Reads `--facts`: either a JSON report (its `facts`) or a bare facts object. */
export function factsFromJson(text: string, source: string): Facts {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`${source} is not JSON: ${(e as Error).message}`, { cause: e })
  }
  const obj = parsed as { facts?: unknown; system?: unknown; rlimits?: unknown }
  const facts = (obj && typeof obj === 'object' && 'facts' in obj ? obj.facts : obj) as Facts
  if (!facts || typeof facts !== 'object' || !('system' in facts) || !('rlimits' in facts)) {
    throw new Error(`${source} holds neither a go-env-guard report nor a facts object`)
  }
  return facts
}
