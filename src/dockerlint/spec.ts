/** Builds ContainerSpecs from `docker run` options (workflow steps and job `container.options`). */
import type { ContainerOrigin, ContainerSpec, Located, Loc } from './model.js'
import { parseSize, parseUlimit, type DockerRunOption } from './shell.js'

export function emptySpec(origin: ContainerOrigin, name: string, loc: Loc): ContainerSpec {
  return {
    origin,
    name,
    file: loc.file,
    line: loc.line,
    image: null,
    builtFrom: null,
    command: '',
    goTestLine: null,
    race: null,
    env: new Map(),
    envOpaque: false,
    tmpfs: [],
    memory: null,
    cpus: null,
    pidsLimit: null,
    ulimits: [],
    shmSize: null,
    ipc: null,
    sysctls: [],
    securityOpts: [],
    privileged: null,
    capAdd: [],
    network: null,
    unparsed: []
  }
}

const at = <T>(file: string, line: number, value: T): Located<T> => ({ file, line, value })

/** Splits `--mount type=tmpfs,destination=/tmp,tmpfs-mode=1777` into its fields. */
export function parseMountFields(raw: string): Map<string, string> {
  const m = new Map<string, string>()
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=')
    if (eq < 0) m.set(part.trim().toLowerCase(), 'true')
    else m.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim())
  }
  return m
}

export function applyDockerOptions(
  spec: ContainerSpec,
  options: readonly DockerRunOption[],
  file: string
): void {
  let quota: number | null = null
  let period = 100_000
  let quotaLine = 0
  for (const o of options) {
    const v = o.value ?? ''
    const bad = (): void => void spec.unparsed.push(`--${o.name} ${v}`)
    switch (o.name) {
      case 'tmpfs': {
        const colon = v.indexOf(':')
        const path = colon < 0 ? v : v.slice(0, colon)
        const opts =
          colon < 0
            ? []
            : v
                .slice(colon + 1)
                .split(',')
                .map(s => s.trim())
                .filter(Boolean)
        spec.tmpfs.push({ file, line: o.line, path, options: opts, raw: `--tmpfs ${v}` })
        break
      }
      case 'mount': {
        const f = parseMountFields(v)
        if (f.get('type') === 'tmpfs') {
          const path = f.get('destination') ?? f.get('dst') ?? f.get('target') ?? ''
          // Docker 28 added `tmpfs-options` (a JSON-ish list); keep its words for the exec check.
          const extra = (f.get('tmpfs-options') ?? '')
            .replace(/[[\]"]/g, ' ')
            .split(/[\s,]+/)
            .filter(Boolean)
          spec.tmpfs.push({ file, line: o.line, path, options: extra, raw: `--mount ${v}` })
        }
        break
      }
      case 'memory': {
        const n = parseSize(v)
        if (n === null) bad()
        else spec.memory = at(file, o.line, n)
        break
      }
      case 'cpus': {
        const n = Number(v)
        if (!Number.isFinite(n) || n <= 0) bad()
        else spec.cpus = at(file, o.line, n)
        break
      }
      case 'cpu-quota':
        quota = Number(v)
        quotaLine = o.line
        break
      case 'cpu-period':
        period = Number(v) || 100_000
        break
      case 'pids-limit': {
        const n = Number(v)
        if (!Number.isFinite(n)) bad()
        else spec.pidsLimit = at(file, o.line, n)
        break
      }
      case 'ulimit': {
        const u = parseUlimit(v)
        if (!u) bad()
        else spec.ulimits.push({ file, line: o.line, ...u, raw: `--ulimit ${v}` })
        break
      }
      case 'shm-size': {
        const n = parseSize(v)
        if (n === null) bad()
        else spec.shmSize = at(file, o.line, n)
        break
      }
      case 'ipc':
        spec.ipc = at(file, o.line, v)
        break
      case 'sysctl': {
        const eq = v.indexOf('=')
        spec.sysctls.push({
          file,
          line: o.line,
          key: (eq < 0 ? v : v.slice(0, eq)).trim(),
          value: eq < 0 ? '' : v.slice(eq + 1)
        })
        break
      }
      case 'security-opt':
        spec.securityOpts.push(at(file, o.line, v))
        break
      case 'privileged':
        if (v === '' || v === 'true') spec.privileged = { file, line: o.line }
        break
      case 'cap-add':
        spec.capAdd.push(at(file, o.line, v))
        break
      case 'network':
      case 'net':
        spec.network = at(file, o.line, v)
        break
      case 'env': {
        const eq = v.indexOf('=')
        if (eq > 0) spec.env.set(v.slice(0, eq), at(file, o.line, v.slice(eq + 1)))
        else if (v) spec.env.set(v, at(file, o.line, '$' + v))
        break
      }
      case 'env-file':
        spec.envOpaque = true
        break
    }
  }
  if (quota !== null && quota > 0 && spec.cpus === null) spec.cpus = at(file, quotaLine, quota / period)
}
