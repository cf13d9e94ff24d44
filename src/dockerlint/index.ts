/**
 * Dockerfile, compose and workflow lint (issue 6). Discovery and reads go through the Host; the
 * rest is pure. Findings carry the file (relative to the repository root) and 1-based line.
 *
 *   lintRepository(host, { root, globs, goModGo })  -> findings, files linted, errors (skipped / unparsable)
 *   dockerRules                                     -> id, title, severity, docs (for `go-env-guard rules`)
 *   correlate(findings, failures)                   -> which findings explain which failures
 */
import type { Host } from '../host/host.js'
import { HostError } from '../host/host.js'
import type { Finding, ReportFailure, Severity } from '../report/model.js'
import { parseCompose, type ComposeService } from './compose.js'
import { discoverFiles } from './discover.js'
import { instructionCommands, parseDockerfile } from './dockerfile.js'
import { PARSE_ERROR_ID, SKIPPED_ID, skipped } from './findings.js'
import type { ContainerSpec, DockerfileModel, DockerStage, LintContext, WorkflowModel } from './model.js'
import { docsPath } from './model.js'
import { RULES } from './rules/index.js'
import { findGoTests, runsTestBinary } from './shell.js'
import { parseWorkflow, type ComposeRun } from './workflow.js'

export { compileGlob, matchGlob, parseGlobList } from './glob.js'
export { discoverFiles } from './discover.js'
export type { LintContext, DockerRule } from './model.js'

export const DEFAULT_MAX_FILE_BYTES = 1 << 20

/** The defaults of the `dockerfiles` input (action.yml); one list, kept equal to action.yml by a test. */
export { DEFAULT_DOCKERFILE_GLOBS as DEFAULT_GLOBS } from '../defaults.js'

export const dockerRules: {
  id: string
  title: string
  severity: Severity
  docs: string
  explains: string[]
}[] = [
  ...RULES.map(r => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    docs: r.docs,
    explains: [...r.explains]
  })),
  { id: SKIPPED_ID, title: 'File not linted', severity: 'notice', docs: docsPath(SKIPPED_ID), explains: [] },
  {
    id: PARSE_ERROR_ID,
    title: 'File could not be parsed',
    severity: 'warning',
    docs: docsPath(PARSE_ERROR_ID),
    explains: []
  }
]

/** Docker rule id -> catalog rule ids (src/catalog) whose failures it can explain. */
export const DOCKER_EXPLAINS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RULES.map(r => [r.id, r.explains])
)

export type FileKind = 'dockerfile' | 'compose' | 'workflow'

export function classify(path: string, text?: string): FileKind {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow'
  if (/\.ya?ml$/.test(base)) {
    if (/compose/.test(base)) return 'compose'
    if (text !== undefined && /^jobs:/m.test(text) && !/^services:/m.test(text)) return 'workflow'
    return 'compose'
  }
  return 'dockerfile'
}

function findStage(df: DockerfileModel, target: string | null): DockerStage | null {
  if (df.stages.length === 0) return null
  if (target) return df.stages.find(s => s.name === target.toLowerCase()) ?? null
  return df.stages[df.stages.length - 1]
}

/** Links compose `build:` to the Dockerfile models and `docker compose run svc go test` to services. */
function link(
  services: ComposeService[],
  dockerfiles: Map<string, DockerfileModel>,
  runs: ComposeRun[]
): void {
  for (const svc of services) {
    const spec = svc.spec
    if (svc.build) {
      const df = dockerfiles.get(svc.build.dockerfile)
      const stage = df ? findStage(df, svc.build.target) : null
      if (stage) {
        spec.builtFrom = stage
        for (let s: DockerStage | null = stage; s; s = s.parent) {
          for (const [k, v] of s.env) if (!spec.env.has(k)) spec.env.set(k, v)
        }
        if (!svc.hasCommand) {
          for (const ins of stage.instructions) {
            if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue
            const cmds = instructionCommands(ins)
            for (const t of findGoTests(cmds)) {
              spec.goTestLine ??= { file: stage.file, line: t.line }
              if (t.race) spec.race ??= { file: stage.file, line: t.line }
            }
            if (!spec.goTestLine && runsTestBinary(cmds))
              spec.goTestLine = { file: stage.file, line: ins.line }
          }
        }
      }
    }
  }
  for (const run of runs) {
    for (const svc of services) {
      if (svc.spec.name !== run.service) continue
      for (const t of findGoTests([run.command])) {
        svc.spec.goTestLine ??= { file: run.file, line: t.line }
        if (t.race) svc.spec.race ??= { file: run.file, line: t.line }
      }
    }
  }
}

export interface LintOptions {
  root: string
  globs: string[]
  goModGo?: string | null
  maxFileBytes?: number
}

export async function lintRepository(
  host: Host,
  opts: LintOptions
): Promise<{ findings: Finding[]; files: string[]; errors: Finding[] }> {
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const globs = opts.globs.map(g => g.trim()).filter(g => g !== '' && !g.startsWith('#'))
  if (globs.length === 0) return { findings: [], files: [], errors: [] }
  const { files, errors } = await discoverFiles(host, opts.root, globs)
  const linted: string[] = []
  const dockerfiles = new Map<string, DockerfileModel>()
  const workflows: WorkflowModel[] = []
  const containers: ContainerSpec[] = []
  const services: ComposeService[] = []
  const composeRuns: ComposeRun[] = []

  const texts: { path: string; text: string }[] = []
  for (const f of files) {
    try {
      const st = await host.lstat(f.abs)
      if (st.size > maxBytes) {
        errors.push(
          skipped(
            f.path,
            `${st.size} bytes is over the ${maxBytes}-byte limit; not read`,
            'Container files this large are unusual: check that the glob matches what you meant, or raise the limit.'
          )
        )
        continue
      }
      const text = await host.readFile(f.abs, maxBytes + 1)
      if (text.length > maxBytes) {
        errors.push(
          skipped(
            f.path,
            `grew past the ${maxBytes}-byte limit while being read; not linted`,
            'Lint it once it is complete.'
          )
        )
        continue
      }
      if (text.includes('\u0000')) {
        errors.push(
          skipped(
            f.path,
            'binary content (NUL bytes); not a text file',
            'Exclude it from the `dockerfiles` globs.'
          )
        )
        continue
      }
      texts.push({ path: f.path, text })
    } catch (e) {
      const code = e instanceof HostError ? e.code : 'EUNKNOWN'
      errors.push(skipped(f.path, `could not be read (${code})`, 'Make it readable by the runner user.'))
    }
  }

  for (const { path, text } of texts) {
    const kind = classify(path, text)
    linted.push(path)
    if (kind === 'dockerfile') {
      const r = parseDockerfile(path, text)
      errors.push(...r.errors)
      dockerfiles.set(path, r.model)
    } else if (kind === 'compose') {
      const r = parseCompose(path, text)
      errors.push(...r.errors)
      services.push(...r.services)
      containers.push(...r.services.map(s => s.spec))
    } else {
      const r = parseWorkflow(path, text)
      errors.push(...r.errors)
      workflows.push(r.parsed.model)
      containers.push(...r.parsed.containers)
      composeRuns.push(...r.parsed.composeRuns)
    }
  }
  link(services, dockerfiles, composeRuns)

  const ctx: LintContext = {
    dockerfiles: [...dockerfiles.values()],
    workflows,
    containers,
    goModGo: opts.goModGo ?? null
  }
  return { findings: runRules(ctx), files: linted, errors }
}

/** Runs every rule; a rule that throws becomes a finding instead of breaking the report. */
export function runRules(ctx: LintContext): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const r of RULES) {
    let found: Finding[]
    try {
      found = r.check(ctx)
    } catch (e) {
      found = [
        {
          rule: r.id,
          severity: 'notice',
          title: r.title,
          message: `rule ${r.id} failed: ${(e as Error).message}`,
          evidence: [],
          remedy: 'Please report this as a go-env-guard bug.'
        }
      ]
    }
    for (const f of found) {
      const key = `${f.rule}\u0000${f.file}\u0000${f.line}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(f)
    }
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
  return out.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0)
  )
}

export interface Correlation {
  /** Index into the failures passed in. */
  failure: number
  /** The catalog cause the failure was attributed to. */
  cause: string
  findings: Finding[]
}

/**
 * Pure: which docker/compose/workflow findings explain which diagnosed failures, via the cause
 * rule ids attributed to each failure (e.g. docker-tmpfs-noexec <-> noexec-tmp).
 */
export function correlate(
  findings: readonly Finding[],
  failures: readonly Pick<ReportFailure, 'causes'>[]
): Correlation[] {
  const out: Correlation[] = []
  failures.forEach((f, i) => {
    for (const c of f.causes) {
      const hits = findings.filter(x => (DOCKER_EXPLAINS[x.rule] ?? []).includes(c.rule))
      if (hits.length > 0) out.push({ failure: i, cause: c.rule, findings: hits })
    }
  })
  return out
}
