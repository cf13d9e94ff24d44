import type { Io } from './cli.js'
import { rules as catalogRules } from '../catalog/index.js'
import { dockerRules } from '../dockerlint/index.js'
import type { Host } from '../host/host.js'
import { parseArgs, UsageError } from './args.js'
import { flagSpec } from './help.js'
import { terminalStyle } from './cli.js'
import { renderRuleDoc } from './rule-doc.js'

export interface RuleInfo {
  id: string
  title: string
  environmental: boolean
  severity: string
  kind: 'catalog' | 'container-lint'
  docs: string
}

export function listRules(): RuleInfo[] {
  const all: RuleInfo[] = [
    ...catalogRules.map(r => ({
      id: r.id,
      title: r.title,
      environmental: r.environmental,
      severity: r.severity,
      kind: 'catalog' as const,
      docs: `docs/rules/${r.id}.md`
    })),
    ...dockerRules.map(r => ({
      id: r.id,
      title: r.title,
      environmental: true,
      severity: r.severity,
      kind: 'container-lint' as const,
      docs: `docs/rules/${r.id}.md`
    }))
  ]
  return all.sort((a, b) => a.id.localeCompare(b.id))
}

/** The rule docs ship next to the bundle (dist/../docs) and next to the sources (src/commands/../../docs). */
async function readDoc(host: Host, id: string): Promise<string | null> {
  for (const rel of ['../docs/rules/', '../../docs/rules/']) {
    const path = new URL(`${rel}${id}.md`, import.meta.url).pathname
    const text = await host.readFile(path).catch(() => null)
    if (text !== null) return text
  }
  return null
}

export async function rulesCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagSpec('rules'))
  if (positionals.length > 1) throw new UsageError('rules takes at most one rule id')
  const all = listRules()
  const id = positionals[0]
  if (id === undefined) {
    if (flags['json']) io.out(JSON.stringify(all, null, 2) + '\n')
    else {
      const width = Math.max(...all.map(r => r.id.length))
      for (const r of all) {
        io.out(`${r.id.padEnd(width)}  ${r.environmental ? '' : '[code] '}${r.title}\n`)
      }
      io.out(
        `\n${all.length} rules. "go-env-guard rules ID" shows one; [code] marks look-alikes that point at the code.\n`
      )
    }
    return 0
  }
  const rule = all.find(r => r.id === id)
  if (!rule) throw new UsageError(`no rule "${id}" (run "go-env-guard rules" for the list)`)
  const doc = await readDoc(host, id)
  if (flags['json']) io.out(JSON.stringify({ ...rule, doc }, null, 2) + '\n')
  else {
    const { color, width } = terminalStyle(host.env, io)
    io.out(renderRuleDoc(doc ?? `# ${rule.id}\n\n${rule.title}\n`, { color, width: width ?? 100 }))
  }
  return 0
}
