/**
 * Dockerfile, compose and workflow lint. Discovery and reads go through the Host; the
 * rest is pure. Findings carry the file (relative to the repository root) and 1-based line.
 *
 *   lintRepository(host, { root, globs, goModGo })  -> findings, files linted, errors (skipped / unparsable)
 *   dockerRules                                     -> id, title, severity, docs (for `go-env-guard rules`)
 *   DOCKER_EXPLAINS                                 -> the catalog causes each finding explains (src/pipeline/explain.ts findingsAttacher)
 */
import type { Host, PathStat } from '../host/host.js'
import { errorCode } from '../host/host.js'
import { severityRank, type Finding, type Severity } from '../core/model.js'
import type { ComposeService } from './compose.js'
import { discoverFiles } from './discover.js'
import { PARSE_ERROR_ID, SKIPPED_ID, skipped } from './findings.js'
import type { ContainerSpec, DockerfileModel, DockerStage, LintContext, WorkflowModel } from './model.js'
import { docsPath } from './model.js'
import { RULES } from './rules/index.js'
import { findGoTests, runsTestBinary } from './shell.js'
import { instructionCommands } from './stages.js'
import type { ComposeRun } from './workflow.js'

export { compileGlob, matchGlob, parseGlobList } from './glob.js'
export { discoverFiles } from './discover.js'
export type { LintContext, DockerRule } from './model.js'

export const DEFAULT_MAX_FILE_BYTES = 1 << 20
/** Bytes read by one lint in all (5,000 files of 1 MiB each would otherwise be 5 GB). */
export const DEFAULT_MAX_TOTAL_BYTES = 64 << 20

/** The defaults of the `dockerfiles` input (action.yml); one list, kept equal to action.yml by a test. */
export { DEFAULT_DOCKERFILE_GLOBS as DEFAULT_GLOBS } from './default-globs.js'

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

/**
 * Whether a workflow can hold anything the rules read. Every workflow input of a rule needs one of
 * these words in the file: a job `container:` or `services:`, a `docker`/`podman` command (compose
 * included: `docker compose`, `docker-compose`, `podman compose`), a `ulimit`, a `-race` build. A workflow with none of them (release, labeler, CodeQL, a Node build) is
 * listed as linted but not parsed: YAML parsing is the costliest part of the lint when the parser
 * starts cold (~10 ms for the first small file, ~1 ms for the next). Every rule test goes through this
 * filter, and __tests__/dockerlint/workflow-words.test.ts has, for each word, a workflow that holds only
 * that word and gets a finding.
 */
export const WORKFLOW_WORDS = /container|services|docker|podman|ulimit|race/i

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
  /**
   * The go.mod `go` line, for the rules that compare with it. May be a promise: discovery, reading
   * and parsing do not need it, so a caller can start the lint while it is still probing Go.
   */
  goModGo?: string | null | Promise<string | null>
  maxFileBytes?: number
  /** Bytes read in all; files past it are skipped with one finding (default DEFAULT_MAX_TOTAL_BYTES). */
  maxTotalBytes?: number
  /** How many files are read at once (default 8). */
  concurrency?: number
}

/** One discovered file, read or skipped. */
type ReadResult = { path: string; text: string } | { skip: Finding }

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

  const concurrency = opts.concurrency ?? 8
  const readOne = async (f: { path: string; abs: string }, st: PathStat | Error): Promise<ReadResult> => {
    try {
      if (st instanceof Error) throw st
      if (st.size > maxBytes) {
        return {
          skip: skipped(
            f.path,
            `${st.size} bytes is over the ${maxBytes}-byte limit; not read`,
            'Container files this large are unusual: check that the glob matches what you meant, or raise the limit.'
          )
        }
      }
      const text = await host.readFile(f.abs, maxBytes + 1)
      if (text.length > maxBytes) {
        return {
          skip: skipped(
            f.path,
            `grew past the ${maxBytes}-byte limit while being read; not linted`,
            'Lint it once it is complete.'
          )
        }
      }
      if (text.includes('\u0000')) {
        return {
          skip: skipped(
            f.path,
            'binary content (NUL bytes); not a text file',
            'Exclude it from the `dockerfiles` globs.'
          )
        }
      }
      return { path: f.path, text }
    } catch (e) {
      const code = errorCode(e)
      return { skip: skipped(f.path, `could not be read (${code})`, 'Make it readable by the runner user.') }
    }
  }
  // Sizes first, then the byte budget spent in discovery order (so which files it leaves out does not
  // depend on which lstat answered first), then the reads; results keep discovery order.
  const stats = await inPool(files, concurrency, f =>
    host.lstat(f.abs).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
  )
  const totalBytes = opts.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES
  let budget = totalBytes
  let overBudget = 0
  const wanted = stats.map(st => {
    if (st instanceof Error || st.size > maxBytes) return true // a finding of its own
    if (st.size > budget) {
      overBudget++
      return false
    }
    budget -= st.size
    return true
  })
  const results = await inPool(files, concurrency, (f, i) => (wanted[i] ? readOne(f, stats[i]!) : null))
  // `parse`: false for a workflow without any word the rules read (see WORKFLOW_WORDS).
  const texts: { path: string; text: string; kind: FileKind; parse: boolean }[] = []
  if (overBudget > 0)
    errors.push(
      skipped(
        '.',
        `${overBudget} matched file${overBudget === 1 ? '' : 's'} not read: the lint reads at most ${totalBytes >> 20} MiB in all`,
        'Narrow the `dockerfiles` globs to the container files that matter.'
      )
    )
  for (const r of results) {
    if (r === null) continue
    if ('skip' in r) errors.push(r.skip)
    else {
      const kind = classify(r.path, r.text)
      texts.push({ ...r, kind, parse: kind !== 'workflow' || WORKFLOW_WORDS.test(r.text) })
    }
  }

  // The parsers (dockerfile-ast, yaml: over half of the bundle) are loaded only for the kinds found.
  // One after the other: jest's ESM loader fails on concurrent imports that share a module ("request
  // for './shell.js' is not in cache"), and in Node the second import finds the shared chunk loaded.
  const dockerfileParser = texts.some(t => t.kind === 'dockerfile') ? await import('./dockerfile.js') : null
  const composeParser = texts.some(t => t.kind === 'compose') ? await import('./compose.js') : null
  const workflowParser = texts.some(t => t.kind === 'workflow' && t.parse)
    ? await import('./workflow.js')
    : null
  for (const { path, text, kind, parse } of texts) {
    linted.push(path)
    if (kind === 'dockerfile' && dockerfileParser) {
      const r = dockerfileParser.parseDockerfile(path, text)
      errors.push(...r.errors)
      dockerfiles.set(path, r.model)
    } else if (kind === 'compose' && composeParser) {
      const r = composeParser.parseCompose(path, text)
      errors.push(...r.errors)
      services.push(...r.services)
      containers.push(...r.services.map(s => s.spec))
    } else if (workflowParser && parse) {
      const r = workflowParser.parseWorkflow(path, text)
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
    goModGo: (await opts.goModGo) ?? null
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
  return out.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0)
  )
}

/** `fn` over `items` with at most `n` at once; the results in the items' order. */
async function inPool<T, R>(
  items: readonly T[],
  n: number,
  fn: (item: T, i: number) => Promise<R> | R
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker))
  return out
}
