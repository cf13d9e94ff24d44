/**
 * What rules ask of a parsed Dockerfile model: the stage chain, the root image, the shell commands of
 * an instruction, the packages installed. Kept apart from dockerfile.ts so that rules do not pull the
 * Dockerfile parser (dockerfile-ast) into the bundle's start-up path; the parser is loaded only when a
 * Dockerfile is found.
 */
import type { DockerfileModel, DockerInstruction, DockerStage } from './model.js'
import { splitCommands, type SimpleCommand } from './shell.js'

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

/** Every RUN instruction of these Dockerfiles, with its file and stage, in file order. */
export function* runInstructions(
  dockerfiles: readonly DockerfileModel[]
): Generator<{ df: DockerfileModel; stage: DockerStage; ins: DockerInstruction }> {
  for (const df of dockerfiles)
    for (const stage of df.stages)
      for (const ins of stage.instructions) if (ins.keyword === 'RUN') yield { df, stage, ins }
}
