/**
 * Dockerfile -> DockerfileModel with dockerfile-ast (multi-stage, ARG/ENV substitution, heredocs,
 * continuations, parser directives). dockerfile-ast is lenient; what BuildKit would reject and we
 * can see (an unterminated heredoc, an unknown instruction, no FROM) is reported as a parse error
 * with its line instead of being skipped silently.
 */
import { DockerfileParser } from 'dockerfile-ast'
import type { Finding } from '../report/model.js'
import { parseError } from './findings.js'
import type { DockerfileModel, DockerInstruction, DockerStage, Located } from './model.js'
import { splitCommands, type SimpleCommand } from './shell.js'

const KNOWN = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
])

export function parseDockerfile(file: string, text: string): { model: DockerfileModel; errors: Finding[] } {
  const errors: Finding[] = []
  const stages: DockerStage[] = []
  const byName = new Map<string, DockerStage>()
  let doc
  try {
    doc = DockerfileParser.parse(text)
  } catch (e) {
    errors.push(parseError(file, 1, `dockerfile parser failed: ${(e as Error).message}`))
    return { model: { file, stages }, errors }
  }
  let cur: DockerStage | null = null
  for (const ins of doc.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase()
    const range = ins.getRange()
    const line = range.start.line + 1
    const endLine = range.end.line + 1
    if (!KNOWN.has(keyword)) {
      errors.push(
        parseError(
          file,
          line,
          `unknown instruction: ${ins.getInstruction()} (BuildKit rejects it; a heredoc or continuation may be broken above)`
        )
      )
      continue
    }
    const heredocs =
      (
        ins as unknown as {
          getHeredocs?: () => {
            getName(): string
            getDelimiterRange(): unknown
            getStartRange(): { start: { line: number } } | null
          }[]
        }
      ).getHeredocs?.() ?? []
    for (const h of heredocs) {
      if (!h.getDelimiterRange()) {
        errors.push(
          parseError(
            file,
            line,
            `heredoc <<${h.getName()} is never terminated (no line with just ${h.getName()})`
          )
        )
      }
    }
    if (keyword === 'FROM') {
      const from = ins as unknown as {
        getExpandedArguments(): { getValue(): string }[]
        getBuildStage(): string | null
      }
      const args = from.getExpandedArguments().map(a => a.getValue())
      const image = args[0] ?? ''
      const name = from.getBuildStage()?.toLowerCase() ?? null
      const parent = byName.get(image.toLowerCase()) ?? null
      const env = new Map<string, Located<string>>(parent ? parent.env : [])
      cur = { file, line, name, index: stages.length, image, parent, instructions: [], env }
      stages.push(cur)
      if (name) byName.set(name, cur)
      continue
    }
    if (!cur) {
      if (keyword !== 'ARG') errors.push(parseError(file, line, `${keyword} before the first FROM`))
      continue
    }
    const instr: DockerInstruction = { keyword, line, endLine, args: ins.getArgumentsContent() ?? '' }
    cur.instructions.push(instr)
    if (keyword === 'ENV') {
      const env = ins as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }
      for (const p of env.getProperties()) cur.env.set(p.getName(), { file, line, value: p.getValue() ?? '' })
    }
  }
  if (stages.length === 0 && doc.getInstructions().length > 0)
    errors.push(parseError(file, 1, 'no FROM instruction'))
  return { model: { file, stages }, errors }
}

/** The stage and its ancestors (`FROM build AS test` inherits build), nearest first. */
export function stageChain(stage: DockerStage): DockerStage[] {
  const out: DockerStage[] = []
  for (let s: DockerStage | null = stage; s && out.length < 64; s = s.parent) out.push(s)
  return out
}

/** The external image a stage ultimately builds on. */
export function rootImage(stage: DockerStage): string {
  const chain = stageChain(stage)
  return chain[chain.length - 1].image
}

/** Shell commands of one instruction (RUN, CMD, ENTRYPOINT), JSON (exec) form included. */
export function instructionCommands(ins: DockerInstruction): SimpleCommand[] {
  const a = ins.args.trim()
  if (a.startsWith('[')) {
    try {
      const arr = JSON.parse(a) as unknown
      if (Array.isArray(arr) && arr.every(x => typeof x === 'string')) {
        const toks = (arr as string[]).map(text => ({ text, line: ins.line }))
        return [toks]
      }
    } catch {
      // Not valid JSON: Docker runs it with a shell, so do we.
    }
  }
  // Drop RUN flags (`--mount=...`, `--network=none`) before the command.
  const body = a.replace(/^(--[a-z-]+(=\S+)?\s+)+/, '')
  return splitCommands(body, ins.line)
}

/** Package names installed by apk/apt/dnf/yum/microdnf in the stage chain. */
export function installedPackages(stage: DockerStage): Set<string> {
  const out = new Set<string>()
  for (const s of stageChain(stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword !== 'RUN') continue
      for (const cmd of instructionCommands(ins)) {
        const words = cmd.map(t => t.text)
        const k = words.findIndex(w => w === 'add' || w === 'install')
        if (k < 1) continue
        const mgr = words.slice(0, k).map(w => w.replace(/^.*\//, ''))
        if (!mgr.some(w => ['apk', 'apt-get', 'apt', 'dnf', 'yum', 'microdnf', 'zypper', 'tdnf'].includes(w)))
          continue
        for (const w of words.slice(k + 1))
          if (!w.startsWith('-')) out.add(w.replace(/[=<>].*$/, '').toLowerCase())
      }
    }
  }
  return out
}
