/**
 * A rule's fixes as data. The cause's remedy text, the tuning plan (src/remediate/plan.ts) and the
 * tuning allow-list (src/remediate/allowlist.ts) are all made from these records, so a value is written
 * once, in the rule, and the three cannot disagree (__tests__/catalog/integrity.test.ts checks it).
 */
import type { Facts, SysctlKey } from '../facts/types.js'
import { gomemlimitMiB, GOMEMLIMIT_PERCENT } from './gomemlimit.js'
import { goDefaultAtLeast } from './go-versions.js'
import { cgroupCpu, cgroupMemory, whereRuns, type Where } from './fact-readers.js'

/** Which direction of a sysctl relaxes the limit. */
export type Better = 'higher' | 'lower' | 'wider'

export interface SysctlFix {
  kind: 'sysctl'
  key: SysctlKey
  /** The safe value: the catalog's vetted one (mostly what GitHub-hosted images configure). */
  value: string
  better: Better
  /**
   * Applied by `tune: apply` only for a diagnosed failure (medium or high), never from a preflight finding
   * alone: security relaxations and keys whose safe value is lower.
   */
  causeOnly?: boolean
  /** What the change costs, printed with it. */
  warning?: string
  /** Only for causes and findings whose text matches (fs.file-max is ENFILE's, not EMFILE's). */
  when?: RegExp
  /**
   * Never applied by tune, only shown, with this reason (a security setting with a narrower fix, such
   * as kernel.yama.ptrace_scope): such a key is not on the tuning allow-list.
   */
  manual?: string
}

/** Environment variables the tuner exports for the job; their value comes from where the job runs. */
export interface EnvFix {
  kind: 'env'
  name: 'GOTMPDIR' | 'GOCACHE' | 'GOMEMLIMIT' | 'GOMAXPROCS'
  /** A directory of the job (`$RUNNER_TEMP/<dir>`), a share of the memory limit, or the CPU quota. */
  value: { jobDir: string } | 'memory-limit' | 'cpu-quota'
}

/** A resource limit: `ulimit`/`prlimit` in the step, `--ulimit` for a container, a systemd directive. */
export interface RlimitFix {
  kind: 'rlimit'
  name: 'nofile' | 'nproc'
  value: number
  /** Only for causes and findings whose text matches. */
  when?: RegExp
}

/** The cgroup's process limit: `--pids-limit` for a container, `TasksMax=` for the runner service. */
export interface PidsFix {
  kind: 'pids'
  /** At least this many, and at least four times the current limit. */
  min: number
}

/** A container option with no host equivalent (`--shm-size=1g`). */
export interface ContainerFix {
  kind: 'container'
  option: string
}

export type Fix = SysctlFix | EnvFix | RlimitFix | PidsFix | ContainerFix

/** Free text a rule adds to its remedy, for one kind of runner or always. */
export interface Advice {
  githubHosted?: string
  selfHosted?: string
  container?: string
  always?: string
}

export const isNamespaced = (key: string): boolean => key.startsWith('net.')

const LABEL: Record<Exclude<Where, 'unknown'>, string> = {
  'github-hosted': 'GitHub-hosted runner',
  'self-hosted': 'Self-hosted runner',
  container: 'In a container job',
  local: 'Locally'
}

const RLIMIT_DIRECTIVE = { nofile: 'LimitNOFILE', nproc: 'LimitNPROC' } as const
const RLIMIT_FLAG = { nofile: 'n', nproc: 'u' } as const

/** The value an env fix takes on this machine, or null when the facts do not give one. */
export function envValue(fix: EnvFix, facts: Facts | null): string | null {
  if (typeof fix.value === 'object') return `$RUNNER_TEMP/${fix.value.jobDir}`
  if (fix.value === 'memory-limit') {
    const max = cgroupMemory(facts)?.value.max ?? null
    return max && max > 0 ? `${gomemlimitMiB(max)}MiB` : null
  }
  const c = cgroupCpu(facts)?.value
  const cpus = c ? (c.effectiveLimitCpus ?? c.limitCpus) : null
  if (cpus === null || cpus === undefined) return null
  if (goDefaultAtLeast(facts, '1.25') === true) return null
  return String(Math.max(1, Math.ceil(cpus - 1e-9)))
}

function envText(fix: EnvFix, facts: Facts | null): string {
  const v = envValue(fix, facts)
  if (v) return `\`${fix.name}=${v}\` in the job env`
  if (fix.value === 'memory-limit')
    return `\`${fix.name}\` at ${GOMEMLIMIT_PERCENT} of the memory limit in the job env (Go never derives it from the cgroup)`
  if (fix.value === 'cpu-quota')
    return goDefaultAtLeast(facts, '1.25') === true
      ? `no \`${fix.name}\` to set: Go >= 1.25 with \`go 1.25\` (or later) in go.mod already follows the quota`
      : `\`${fix.name}=<CPUs of the quota>\` in the job env`
  return `\`${fix.name}\` pointing at a directory of the job`
}

/** One fix as a sentence for a kind of runner; null when it does not apply there. */
function fixText(fix: Fix, where: Exclude<Where, 'unknown'>, facts: Facts | null): string | null {
  switch (fix.kind) {
    case 'sysctl': {
      const set = `sudo sysctl -w ${fix.key}=${/\s/.test(fix.value) ? `"${fix.value}"` : fix.value}`
      if (where === 'github-hosted') return `add a step before the tests: \`${set}\`.`
      if (where === 'container')
        return isNamespaced(fix.key)
          ? `add \`--sysctl ${/\s/.test(fix.value) ? `"${fix.key}=${fix.value}"` : `${fix.key}=${fix.value}`}\` to the job's \`container.options\` (or \`docker run\`).`
          : `\`${fix.key}\` is host-wide and cannot be set from inside a container; set it on the host (\`${set}\`) before the container starts.`
      return `on the host: \`${set}\`, and persist it in \`/etc/sysctl.d/90-go-tests.conf\` (\`${fix.key} = ${fix.value}\`).`
    }
    case 'rlimit':
      if (where === 'container')
        return `add \`--ulimit ${fix.name}=${fix.value}:${fix.value}\` to the job's \`container.options\` (or \`docker run\`).`
      if (where === 'github-hosted')
        return `raise it in the step that runs the tests: \`sudo prlimit --pid $$ --${fix.name}=${fix.value}:${fix.value}\` before \`go test\`.`
      return `raise the runner service's limit (\`${RLIMIT_DIRECTIVE[fix.name]}=${fix.value}\` in a systemd drop-in for it, then restart it), or \`ulimit -H${RLIMIT_FLAG[fix.name]} ${fix.value}\` as root before the tests.`
    case 'pids':
      if (where === 'container')
        return `raise \`--pids-limit\` (at least ${fix.min}) in \`container.options\` / \`docker run\`.`
      if (where === 'github-hosted') return null
      return `raise the runner service's \`TasksMax=\` (at least ${fix.min}; systemd's default is 15% of kernel.pid_max) in a drop-in, or the pod's pids limit.`
    case 'container':
      return where === 'container' || where === 'local' || where === 'self-hosted'
        ? `run the container with \`${fix.option}\` (\`container.options\` / \`docker run\`).`
        : null
    case 'env':
      return envText(fix, facts)
  }
}

/**
 * The remedy text of a cause or finding: the fixes and advice for where the job runs, or for every kind
 * of runner, labelled, when that is unknown. Env fixes and `always` advice apply everywhere.
 */
export function remedyText(fixes: readonly Fix[], advice: Advice, facts: Facts | null): string {
  const where = whereRuns(facts)
  const everywhere = fixes.filter(f => f.kind === 'env').map(f => fixText(f, 'local', facts)!)
  const per = (w: Exclude<Where, 'unknown'>): string => {
    const parts = fixes
      .filter(f => f.kind !== 'env')
      .map(f => fixText(f, w, facts))
      .filter((t): t is string => !!t)
    const extra =
      w === 'github-hosted' ? advice.githubHosted : w === 'container' ? advice.container : advice.selfHosted
    if (extra) parts.push(extra)
    return parts.join(' ')
  }
  const out: string[] = []
  if (where !== 'unknown') {
    const p = per(where)
    if (p) out.push(p)
  } else
    for (const w of ['github-hosted', 'self-hosted', 'container'] as const) {
      const p = per(w)
      if (p) out.push(`${LABEL[w]}: ${p}`)
    }
  if (everywhere.length) out.push(`Set ${everywhere.join(' and ')}.`)
  if (advice.always) out.push(advice.always)
  return out.join('\n')
}
