/**
 * Dockerfile -> DockerfileModel with dockerfile-ast (multi-stage, ARG/ENV substitution, heredocs,
 * continuations, parser directives). dockerfile-ast is lenient; what BuildKit would reject and we
 * can see (an unterminated heredoc, an unknown instruction, no FROM) is reported as a parse error
 * with its line instead of being skipped silently.
 */
import { DockerfileParser } from 'dockerfile-ast'
import type { Finding } from '../core/model.js'
import { parseError, skipped } from './findings.js'
import type { DockerfileModel, DockerInstruction, DockerStage, Located } from './model.js'

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

/** Build stages modelled per Dockerfile; the rest of the file is skipped with a finding. */
export const MAX_STAGES = 500

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
      if (stages.length >= MAX_STAGES) {
        // Each stage copies its parent's ENV: a chain of thousands of stages (an 800 KB file of
        // `FROM sN AS sN+1`) was quadratic, 8 s at 8,000 stages and out of memory (4 GB) at 16,000.
        errors.push(
          skipped(
            file,
            `more than ${MAX_STAGES} build stages; the stages from line ${line} on were not linted`,
            'Real Dockerfiles have a few stages: check that this file is what the glob meant to match.'
          )
        )
        break
      }
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
