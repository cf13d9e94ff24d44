/**
 * The normalised view the docker/compose/workflow rules read. Parsers (dockerfile.ts, compose.ts,
 * workflow.ts) turn each file into these shapes; rules never see raw YAML or Dockerfile text.
 * Lines are 1-based; files are relative to the repository root with `/` separators.
 */
import type { Finding, Severity } from '../core/model.js'

export interface Loc {
  file: string
  line: number
}

export interface Located<T> extends Loc {
  value: T
}

export interface TmpfsMount extends Loc {
  path: string
  options: string[]
  /** How it was written, for evidence. */
  raw: string
}

export interface Ulimit extends Loc {
  name: string
  soft: number | null
  hard: number | null
  raw: string
}

/** Where a container's settings were written. */
export type ContainerOrigin = 'docker-run' | 'compose' | 'job-container' | 'job-service'

/**
 * One container that the repository starts: a `docker run` line in a workflow step, a compose
 * service, a workflow job's `container:` or one of its `services:`.
 */
export interface ContainerSpec extends Loc {
  origin: ContainerOrigin
  /** Service, job or step name, for messages. */
  name: string
  image: Located<string> | null
  /** The base image chain of the Dockerfile it is built from (compose `build:`), outermost first. */
  builtFrom: DockerStage | null
  /** What runs in it: docker run's command, compose command/entrypoint, or the job's step scripts. */
  command: string
  /** Line of the `go test` that runs in it, when seen. */
  goTestLine: Loc | null
  /** `-race` seen on a go test that runs in it. */
  race: Loc | null
  env: Map<string, Located<string>>
  /** An env file (`--env-file`, compose `env_file`) may set variables we cannot see. */
  envOpaque: boolean
  tmpfs: TmpfsMount[]
  memory: Located<number> | null
  cpus: Located<number> | null
  pidsLimit: Located<number> | null
  ulimits: Ulimit[]
  shmSize: Located<number> | null
  ipc: Located<string> | null
  sysctls: (Located<string> & { key: string })[]
  securityOpts: Located<string>[]
  privileged: Loc | null
  capAdd: Located<string>[]
  network: Located<string> | null
  /** Raw option strings that could not be parsed (bad size, unknown unit), for honesty in reports. */
  unparsed: string[]
}

export interface DockerInstruction {
  keyword: string
  /** 1-based first and last line (continuations and heredocs included). */
  line: number
  endLine: number
  /** Arguments with continuations joined and heredoc bodies included. */
  args: string
}

export interface DockerStage extends Loc {
  /** `AS name`, lower-cased, or null. */
  name: string | null
  index: number
  /** The FROM image with ARG defaults substituted (`golang:1.23-alpine`), as written when unresolved. */
  image: string
  /** The stage this one builds on (`FROM build AS test`), when the image names an earlier stage. */
  parent: DockerStage | null
  instructions: DockerInstruction[]
  /** ENV in effect at the end of the stage (inherited from the parent stage). */
  env: Map<string, Located<string>>
}

export interface DockerfileModel {
  file: string
  stages: DockerStage[]
}

export interface WorkflowStep extends Loc {
  name: string
  run: string | null
  /** 1-based line of each line of `run`, same length as run.split('\n'). */
  runLines: number[]
  env: Map<string, Located<string>>
}

export interface WorkflowJob extends Loc {
  id: string
  env: Map<string, Located<string>>
  steps: WorkflowStep[]
}

export interface WorkflowModel {
  file: string
  jobs: WorkflowJob[]
}

/** Everything the rules see for one repository. */
export interface LintContext {
  dockerfiles: DockerfileModel[]
  workflows: WorkflowModel[]
  containers: ContainerSpec[]
  /** The main module's `go` line (`1.24`, `1.25.0`), when known. */
  goModGo: string | null
}

export interface DockerRule {
  id: string
  title: string
  severity: Severity
  /** Path of the rule's documentation, relative to the repository root of go-env-guard. */
  docs: string
  /** Catalog rule ids (src/catalog) whose failures this finding can explain. */
  explains: string[]
  check(ctx: LintContext): Finding[]
}

export const docsPath = (id: string): string => `docs/rules/${id}.md`
