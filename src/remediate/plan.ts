/**
 * The tuning plan (docs/tuning.md): facts + what was found (preflight findings, diagnosed causes, or rule ids
 * the user names) -> the exact steps that would fix it. PURE: no I/O, no clock, no randomness; apply.ts
 * performs the steps and restore.ts puts them back.
 *
 * Three kinds of step:
 * - `sysctl`: an allow-listed kernel setting (./allowlist.ts), raised to its safe value, never lowered
 *   (the few keys whose safe value is lower are security relaxations: applied only for a diagnosed
 *   failure, with a warning);
 * - `env`: a variable for the following steps of the job (GITHUB_ENV), for what no sysctl can fix:
 *   GOTMPDIR on an exec-capable directory, GOCACHE, GOMEMLIMIT from the memory limit, GOMAXPROCS from
 *   the CPU quota where Go does not read it itself;
 * - `snippet`: a change to the runner service or the container (systemd drop-in, `docker run` flags),
 *   which a step cannot make for itself; shown, never applied.
 */
import { GOMEMLIMIT_PERCENT, gomemlimitMiB } from '../catalog/gomemlimit.js'
import { goDefaultAtLeast } from '../catalog/go-versions.js'
import {
  cgroupCpu,
  cgroupMemory,
  cgroupPids,
  isRoot,
  rlimit,
  whereRuns,
  type Where
} from '../catalog/fact-readers.js'
import { rules as catalog } from '../catalog/index.js'
import type { Fix } from '../catalog/fix.js'
import type { Facts, SysctlKey } from '../facts/types.js'
import { valueOf } from '../facts/types.js'
import type { Cause, Confidence, Finding, ReportFailure, Severity } from '../core/model.js'
import { ALLOWLIST, desiredValue, normalise, type SysctlSpec } from './allowlist.js'

export type StepKind = 'sysctl' | 'env' | 'snippet'

/** Where a step takes effect. */
export type StepScope = 'host' | 'network-namespace' | 'job' | 'runner-service' | 'container'

export interface PlanStep {
  kind: StepKind
  /** The sysctl key, the variable name, or a snippet id (`runner-service-nofile`). */
  key: string
  /** The value now (null: unknown, or not a value for snippets). */
  from: string | null
  /** The value the step sets (null for snippets). */
  to: string | null
  /** The exact command or setting, ready to paste. */
  command: string
  /** Why: the rule and the evidence that asked for it. */
  reason: string
  /** The rule id that needs the step. */
  rule: string
  scope: StepScope
  /** Whether `tune: apply` performs this step (snippets never; some sysctls only for diagnosed failures). */
  auto: boolean
  /** Why the step is not automatic, when it is not. */
  manual?: string
  /** What the change costs (security relaxations, side effects). */
  warning?: string
}

export interface TunePlan {
  steps: PlanStep[]
  /** Things the reader should know: what could not be planned, and why. */
  notes: string[]
  where: Where
}

/** Something that asks for a fix: a finding, a diagnosed cause, or an explicit request. */
export interface Trigger {
  rule: string
  source: 'finding' | 'cause' | 'request'
  severity?: Severity
  confidence?: Confidence
  /** Evidence, message and remedy, for `when` filters and for the reason. */
  evidence: string[]
  text: string
}

export interface PlanInput {
  /** null: nothing is known about the machine, so no value can be compared and nothing is planned. */
  facts: Facts | null
  /** Preflight findings (from facts alone). */
  findings?: readonly Finding[]
  /** Diagnosed failures: their causes of medium or high confidence count. */
  failures?: readonly ReportFailure[]
  /** Causes already extracted (same policy as `failures`). */
  causes?: readonly Cause[]
  /** Rule ids the user asks to fix (`tune --rule`): treated like diagnosed causes. */
  rules?: readonly string[]
  /** The environment the plan is for (RUNNER_TEMP, HOME, GOMAXPROCS...); data only. */
  env?: Readonly<Record<string, string | undefined>>
}

const MIB = 1024 * 1024

/** Collects triggers; low-confidence causes do not count (a wrong fix is worse than none). */
export function collectTriggers(input: PlanInput): { triggers: Trigger[]; ignored: string[] } {
  const triggers: Trigger[] = []
  const ignored: string[] = []
  for (const f of input.findings ?? []) {
    const evidence = f.evidence ?? []
    triggers.push({
      rule: f.rule,
      source: 'finding',
      severity: f.severity,
      evidence,
      text: [f.title, f.message, ...evidence, f.remedy].join('\n')
    })
  }
  const causes: Cause[] = [...(input.causes ?? [])]
  for (const fl of input.failures ?? []) causes.push(...(fl.causes ?? []))
  for (const c of causes) {
    if (c.confidence === 'low') {
      if (!ignored.includes(c.rule)) ignored.push(c.rule)
      continue
    }
    triggers.push({
      rule: c.rule,
      source: 'cause',
      confidence: c.confidence,
      evidence: c.evidence ?? [],
      text: [...(c.evidence ?? []), c.remedy].join('\n')
    })
  }
  for (const r of input.rules ?? []) triggers.push({ rule: r, source: 'request', evidence: [], text: '' })
  return { triggers, ignored: ignored.filter(r => !triggers.some(t => t.rule === r)) }
}

const shq = (s: string): string => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

/** `sudo sysctl -w key=value` (without sudo for root); quoted when the value has a space. */
export function sysctlCommand(key: string, value: string, root: boolean | null): string {
  return `${root ? '' : 'sudo '}sysctl -w ${shq(`${key}=${value}`)}`
}

function describe(t: Trigger): string {
  const what =
    t.source === 'finding'
      ? `preflight ${t.severity ?? 'finding'}`
      : t.source === 'cause'
        ? `diagnosed failure, ${t.confidence} confidence`
        : 'requested with --rule'
  return `${t.rule} (${what})`
}

function reasonFor(triggers: Trigger[], key: string | null): string {
  const t =
    triggers.find(x => x.source === 'cause') ?? triggers.find(x => x.source === 'request') ?? triggers[0]!
  const ev = (key ? t.evidence.find(e => e.includes(key)) : undefined) ?? t.evidence[0]
  return ev ? `${describe(t)}: ${ev}` : describe(t)
}

function sysctlSteps(facts: Facts, triggers: Trigger[], where: Where, notes: string[]): PlanStep[] {
  const steps: PlanStep[] = []
  const root = isRoot(facts)
  for (const spec of ALLOWLIST) {
    const mine = triggers.filter(
      t => spec.rules.includes(t.rule) && (!spec.when || t.source === 'request' || spec.when.test(t.text))
    )
    if (mine.length === 0) continue
    const fact = facts.sysctl?.[spec.key as SysctlKey]
    const current = valueOf(fact)
    if (current === undefined) {
      const why = fact && 'unknown' in fact ? fact.unknown : 'it was not probed'
      // An absent Debian/Ubuntu-only knob is not a problem to report; anything else is.
      if (!/not present on this kernel/.test(why)) notes.push(`${spec.key} cannot be tuned: ${why}.`)
      continue
    }
    const to = desiredValue(spec, current)
    if (to === null) continue
    steps.push(sysctlStep(spec, normalise(current), to, mine, where, root))
  }
  return steps
}

function sysctlStep(
  spec: SysctlSpec,
  from: string,
  to: string,
  mine: Trigger[],
  where: Where,
  root: boolean | null
): PlanStep {
  const diagnosed = mine.some(t => t.source !== 'finding')
  const step: PlanStep = {
    kind: 'sysctl',
    key: spec.key,
    from,
    to,
    command: sysctlCommand(spec.key, to, root),
    reason: reasonFor(mine, spec.key),
    rule: mine[0]!.rule,
    scope: spec.namespaced ? 'network-namespace' : 'host',
    auto: true
  }
  if (spec.warning) step.warning = spec.warning
  if (where === 'container' && !spec.namespaced) {
    step.auto = false
    step.manual = `${spec.key} is host-wide and cannot be changed from inside a container: run \`${sysctlCommand(spec.key, to, false)}\` on the host before the job's container starts`
  } else if (spec.causeOnly && !diagnosed) {
    step.auto = false
    step.manual =
      spec.better === 'lower'
        ? 'plan only: the safe value is lower than the current one, and tune never lowers a value unless a failing test was diagnosed with this cause'
        : 'plan only: a security relaxation, applied only when a failing test was diagnosed with this cause'
  }
  if (where === 'container' && spec.namespaced) {
    step.warning = [
      step.warning,
      `inside a container /proc/sys is usually read-only; the container-level fix is \`--sysctl ${shq(`${spec.key}=${to}`)}\` in the job's container.options`
    ]
      .filter(Boolean)
      .join('; ')
  }
  return step
}

/** Where job-scoped directories go: $RUNNER_TEMP (cleaned by the runner after each job), else ~/.cache. */
function jobDir(
  env: Readonly<Record<string, string | undefined>>,
  name: string
): { path: string; shell: string } | null {
  const rt = env['RUNNER_TEMP']
  if (rt && rt.startsWith('/'))
    return { path: `${rt.replace(/\/+$/, '')}/${name}`, shell: `$RUNNER_TEMP/${name}` }
  const home = env['HOME']
  if (home && home.startsWith('/'))
    return {
      path: `${home.replace(/\/+$/, '')}/.cache/go-env-guard/${name}`,
      shell: `$HOME/.cache/go-env-guard/${name}`
    }
  return null
}

const exportCommand = (name: string, shellValue: string, mkdir: boolean): string =>
  `${mkdir ? `mkdir -p "${shellValue}" && ` : ''}echo "${name}=${shellValue}" >> "$GITHUB_ENV"`

function alreadySet(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  facts: Facts
): string | null {
  const v = env[name]
  if (v !== undefined && v.trim() !== '') return v.trim()
  const go = valueOf(facts.go)
  const fromGo = go?.env?.[name as keyof NonNullable<typeof go>['env']]
  return typeof fromGo === 'string' && fromGo.trim() !== '' ? fromGo.trim() : null
}

function envStep(
  name: string,
  to: string,
  command: string,
  mine: Trigger[],
  env: Readonly<Record<string, string | undefined>>,
  facts: Facts
): PlanStep {
  const step: PlanStep = {
    kind: 'env',
    key: name,
    from: alreadySet(env, name, facts),
    to,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0]!.rule,
    scope: 'job',
    auto: true
  }
  if (step.from !== null) {
    step.auto = false
    step.manual = `${name} is already set to "${step.from}" by the workflow or the machine: tune does not override it; change it there`
  }
  return step
}

/** Each rule's fixes of one kind, with the triggers that ask for them. */
function fixesOf<K extends Fix['kind']>(
  triggers: Trigger[],
  kind: K
): { fix: Extract<Fix, { kind: K }>; mine: Trigger[] }[] {
  const out: { fix: Extract<Fix, { kind: K }>; mine: Trigger[] }[] = []
  for (const rule of catalog) {
    const mine = triggers.filter(t => t.rule === rule.id)
    if (mine.length === 0) continue
    for (const fix of rule.fixes) {
      if (fix.kind !== kind) continue
      const when = (fix as { when?: RegExp }).when
      const wanted = when ? mine.filter(t => t.source === 'request' || when.test(t.text)) : mine
      if (wanted.length > 0) out.push({ fix: fix as Extract<Fix, { kind: K }>, mine: wanted })
    }
  }
  return out
}

/** The rules' env fixes (GOTMPDIR, GOCACHE, GOMEMLIMIT, GOMAXPROCS): values from where the job runs. */
function envSteps(
  facts: Facts,
  triggers: Trigger[],
  env: Readonly<Record<string, string | undefined>>,
  notes: string[]
): PlanStep[] {
  const steps: PlanStep[] = []
  for (const { fix, mine } of fixesOf(triggers, 'env')) {
    if (typeof fix.value === 'object') {
      const dir = jobDir(env, fix.value.jobDir)
      if (dir)
        steps.push(envStep(fix.name, dir.path, exportCommand(fix.name, dir.shell, true), mine, env, facts))
      else
        notes.push(
          `${fix.name}: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.`
        )
    } else if (fix.value === 'memory-limit') {
      // The binding limit: the tightest of the cgroup's and its ancestors' (see cgroupMemory).
      const limit = cgroupMemory(facts)?.value.max ?? null
      const mib = limit && limit > 0 ? gomemlimitMiB(limit) : 0
      if (limit && mib >= 1) {
        const v = `${mib}MiB`
        const step = envStep(fix.name, v, exportCommand(fix.name, v, false), mine, env, facts)
        step.reason += `; ${GOMEMLIMIT_PERCENT} of the ${Math.floor(limit / MIB)} MiB memory limit (Go never derives GOMEMLIMIT from the cgroup)`
        steps.push(step)
      } else if (!limit)
        notes.push(
          `${fix.name}: no cgroup memory limit is known, so none is derived; lower the parallelism instead (\`go test -p 1\`).`
        )
    } else {
      const c = cgroupCpu(facts)?.value
      const cpus = c ? (c.effectiveLimitCpus ?? c.limitCpus) : null
      const aware = goDefaultAtLeast(facts, '1.25')
      if (cpus === null || cpus === undefined)
        notes.push(`${fix.name}: no CPU quota is known, so none is derived.`)
      else if (aware === true)
        notes.push(
          `${fix.name}: Go >= 1.25 with a go.mod at 1.25 or later already follows the CPU quota; nothing to set.`
        )
      else {
        const v = String(Math.max(1, Math.ceil(cpus - 1e-9)))
        const step = envStep(fix.name, v, exportCommand(fix.name, v, false), mine, env, facts)
        step.reason += `; the CPU quota allows ${cpus.toFixed(2)} CPUs and ${aware === false ? 'this Go (or its go.mod line) predates' : 'Go may not have'} the cgroup-aware default of Go 1.25`
        steps.push(step)
      }
    }
  }
  return steps
}

/** The runner service's systemd unit, found at run time (svc.sh names it actions.runner.<scope>.<name>.service). */
const FIND_SERVICE =
  "SVC=$(systemctl list-units --type=service --all --plain --no-legend 'actions.runner.*' | awk '{print $1; exit}')"

export function dropInSnippet(setting: string): string {
  return [
    FIND_SERVICE,
    // Without it, an empty $SVC writes /etc/systemd/system/.d and restarts "".
    '[ -n "$SVC" ] || { echo "no actions.runner.* service on this host" >&2; exit 1; }',
    'sudo mkdir -p "/etc/systemd/system/$SVC.d"',
    `printf '[Service]\\n${setting}\\n' | sudo tee "/etc/systemd/system/$SVC.d/go-env-guard.conf"`,
    'sudo systemctl daemon-reload && sudo systemctl restart "$SVC"'
  ].join('\n')
}

function snippet(
  key: string,
  command: string,
  mine: Trigger[],
  scope: StepScope,
  manual: string,
  from: string | null = null
): PlanStep {
  return {
    kind: 'snippet',
    key,
    from,
    to: null,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0]!.rule,
    scope,
    auto: false,
    manual
  }
}

const RESTART_NOTE =
  'a change to the runner service: run it on the runner host between jobs (restarting the service ends the running job)'

const RLIMIT_DIRECTIVE = { nofile: 'LimitNOFILE', nproc: 'LimitNPROC' } as const

/** The rules' fixes a step cannot make for itself: resource limits, pids, container options. */
function snippetSteps(facts: Facts, triggers: Trigger[], where: Where, notes: string[]): PlanStep[] {
  const steps: PlanStep[] = []
  const container = where === 'container'
  const containerNote = 'a container setting: the job cannot change it from inside; set it in the workflow'

  for (const { fix, mine } of fixesOf(triggers, 'rlimit')) {
    const lim = rlimit(facts, fix.name)?.value
    if (lim && lim.hard >= fix.value) continue
    // RLIMIT_NPROC is not enforced for root, and a known soft limit of thousands is not the cause.
    if (fix.name === 'nproc' && (isRoot(facts) !== false || !lim || lim.soft >= 4096)) continue
    const from = lim ? `soft ${lim.soft}, hard ${lim.hard}` : null
    const v = `${fix.value}:${fix.value}`
    if (container)
      steps.push(
        snippet(
          `container-ulimit-${fix.name}`,
          `container:\n  options: --ulimit ${fix.name}=${v}`,
          mine,
          'container',
          containerNote,
          from
        )
      )
    else if (where === 'github-hosted' && fix.name === 'nofile')
      steps.push(
        snippet(
          'step-nofile',
          `sudo prlimit --pid $$ --nofile=${v}  # in the step that runs go test, before it`,
          mine,
          'job',
          'a hard limit can only be raised by root for a running process; it must happen in the test step itself',
          from
        )
      )
    else if (where !== 'github-hosted')
      steps.push(
        snippet(
          `runner-service-${fix.name}`,
          dropInSnippet(`${RLIMIT_DIRECTIVE[fix.name]}=${fix.value}`),
          mine,
          'runner-service',
          RESTART_NOTE,
          from
        )
      )
    if (fix.name === 'nofile' && lim && lim.hard < 4096 && !container)
      steps.push(
        snippet(
          'docker-ulimit-nofile',
          `docker run --ulimit nofile=${v} ...`,
          mine,
          'container',
          'for tests that run in a container started by the job',
          from
        )
      )
  }

  for (const { fix, mine } of fixesOf(triggers, 'pids')) {
    const cur = cgroupPids(facts)?.value.max ?? null
    const want = Math.max(fix.min, (cur ?? 0) * 4)
    const from = cur === null ? null : String(cur)
    if (container)
      steps.push(
        snippet(
          'container-pids-limit',
          `container:\n  options: --pids-limit ${want}`,
          mine,
          'container',
          containerNote,
          from
        )
      )
    else if (where === 'github-hosted')
      // A hosted runner's service is GitHub's: no job can edit or restart it.
      notes.push(
        `pids: the runner's cgroup allows ${from ?? 'few'} tasks; a GitHub-hosted runner's service cannot be changed from a job: run the tests in a container with \`--pids-limit ${want}\`, or use a self-hosted or larger runner.`
      )
    else
      steps.push(
        snippet(
          'runner-service-tasksmax',
          dropInSnippet(`TasksMax=${want}`),
          mine,
          'runner-service',
          RESTART_NOTE,
          from
        )
      )
  }

  for (const { fix, mine } of fixesOf(triggers, 'container'))
    steps.push(
      snippet(
        `container-${fix.option.replace(/^--/, '').replace(/=.*$/, '')}`,
        container ? `container:\n  options: ${fix.option}` : `docker run ${fix.option} ...`,
        mine,
        'container',
        containerNote
      )
    )

  for (const { fix, mine } of fixesOf(triggers, 'sysctl')) {
    if (!fix.manual) continue
    steps.push(
      snippet(fix.key, `${sysctlCommand(fix.key, fix.value, isRoot(facts))}`, mine, 'host', fix.manual)
    )
  }
  return steps
}

/** The plan. Order: sysctls (allow-list order), then environment variables, then snippets. */
export function planTune(input: PlanInput): TunePlan {
  const notes: string[] = []
  if (!input.facts)
    return {
      steps: [],
      notes: ['Nothing is known about this machine (no facts), so nothing can be planned.'],
      where: 'unknown'
    }
  const facts = input.facts
  const env = input.env ?? {}
  const where = whereRuns(facts)
  const { triggers, ignored } = collectTriggers(input)
  const steps = [
    ...sysctlSteps(facts, triggers, where, notes),
    ...envSteps(facts, triggers, env, notes),
    ...snippetSteps(facts, triggers, where, notes)
  ]
  for (const r of ignored) notes.push(`${r}: only low-confidence causes; tune does not act on them.`)
  // One step per key: several triggers for the same fix are one step.
  const seen = new Set<string>()
  const unique = steps.filter(s => {
    const id = `${s.kind}:${s.key}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  return { steps: unique, notes, where }
}
