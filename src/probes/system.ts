import type { Host } from '../host/host.js'
import { known, unknown, type ContainerInfo, type Fact, type Facts, type RunnerInfo } from '../facts/types.js'
import { distroName, parseOsRelease } from '../facts/parse-os-release.js'
import { countCpuList } from '../facts/parse-status.js'
import { parseMeminfo } from '../facts/parse-proc.js'
import type { MountEntry } from '../facts/parse-mountinfo.js'
import { exists, failed, read } from './util.js'

/** Node's process.arch names -> uname -m names. */
const UNAME_ARCH: Record<string, string> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  arm: 'armv7l',
  ia32: 'i686',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loongarch64'
}

export async function probeKernel(host: Host): Promise<Fact<string>> {
  const r = await read(host, '/proc/sys/kernel/osrelease', 4096)
  if (!r.ok) return failed(r)
  return r.text.trim() ? known(r.text.trim()) : unknown('/proc/sys/kernel/osrelease is empty')
}

/** /proc/sys/kernel/arch (Linux 6.1+) is uname -m; older kernels fall back to the host's arch. */
export async function probeArch(host: Host): Promise<Fact<string>> {
  const r = await read(host, '/proc/sys/kernel/arch', 256)
  if (r.ok && r.text.trim()) return known(r.text.trim())
  const a = UNAME_ARCH[host.arch] ?? host.arch
  return a ? known(a) : unknown('architecture not reported')
}

export async function probeDistro(host: Host): Promise<Fact<string>> {
  let r = await read(host, '/etc/os-release', 64 * 1024)
  if (!r.ok && r.code === 'ENOENT') r = await read(host, '/usr/lib/os-release', 64 * 1024)
  if (!r.ok) return failed(r, 'neither /etc/os-release nor /usr/lib/os-release exists')
  const name = distroName(parseOsRelease(r.text))
  return name ? known(name) : unknown('os-release has neither PRETTY_NAME nor NAME')
}

/**
 * Runner kind from the Actions environment. RUNNER_ENVIRONMENT (github-hosted|self-hosted) is set by
 * runners since 2023; older runners lack it, and then RUNNER_NAME is the only hint (hosted runners
 * are named "GitHub Actions N"; ARC sets GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT).
 */
export function probeRunner(env: Readonly<Record<string, string | undefined>>): Fact<RunnerInfo> {
  const evidence: string[] = []
  const extra = (info: RunnerInfo): RunnerInfo => {
    if (env.RUNNER_NAME) info.name = env.RUNNER_NAME
    if (env.RUNNER_OS) info.os = env.RUNNER_OS
    if (env.RUNNER_ARCH) info.arch = env.RUNNER_ARCH
    return info
  }
  if (env.GITHUB_ACTIONS !== 'true') {
    evidence.push(
      env.GITHUB_ACTIONS === undefined ? 'GITHUB_ACTIONS is not set' : `GITHUB_ACTIONS=${env.GITHUB_ACTIONS}`
    )
    return known(extra({ kind: 'not-actions', evidence }))
  }
  evidence.push('GITHUB_ACTIONS=true')
  const re = env.RUNNER_ENVIRONMENT
  if (re === 'github-hosted' || re === 'self-hosted') {
    evidence.push(`RUNNER_ENVIRONMENT=${re}`)
    return known(extra({ kind: re, evidence }))
  }
  evidence.push(
    re === undefined
      ? 'RUNNER_ENVIRONMENT is not set (older runner versions do not set it); kind guessed from other variables'
      : `RUNNER_ENVIRONMENT=${re} (unrecognised); kind guessed from other variables`
  )
  const ua = env.GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT ?? ''
  if (ua.includes('actions-runner-controller/')) {
    evidence.push(`GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT mentions actions-runner-controller (ARC)`)
    return known(extra({ kind: 'self-hosted', evidence }))
  }
  if (env.RUNNER_NAME && /^(GitHub Actions \d+|Hosted Agent)$/.test(env.RUNNER_NAME)) {
    evidence.push(`RUNNER_NAME=${env.RUNNER_NAME} is a GitHub-hosted runner name`)
    return known(extra({ kind: 'github-hosted', evidence }))
  }
  evidence.push(
    env.RUNNER_NAME ? `RUNNER_NAME=${env.RUNNER_NAME} is not a hosted runner name` : 'RUNNER_NAME is not set'
  )
  return known(extra({ kind: 'self-hosted', evidence }))
}

const CGROUP_PATTERNS: { re: RegExp; runtime: string; what: string }[] = [
  { re: /\/actions_job\//, runtime: 'docker', what: 'GitHub Actions job container' },
  { re: /\/kubepods/, runtime: 'kubernetes', what: 'Kubernetes pod' },
  { re: /\/docker[-/]|\/docker\.service/, runtime: 'docker', what: 'Docker' },
  { re: /libpod|\/machine\.slice\/libpod/, runtime: 'podman', what: 'Podman' },
  { re: /\/lxc(\.payload)?[./]/, runtime: 'lxc', what: 'LXC' },
  { re: /\/containerd|cri-containerd/, runtime: 'containerd', what: 'containerd' }
]

/**
 * Container heuristics (none is proof on its own): marker files written by the engines
 * (/.dockerenv by Docker, /run/.containerenv by Podman), the `container` variable (Podman, systemd-nspawn,
 * LXC), PID 1's cgroup path, the root mount's type (overlay), /etc/hosts bind-mounted by the engine,
 * a private cgroup namespace and KUBERNETES_SERVICE_HOST. A lone /.dockerenv on a machine with
 * none of the others is reported but not believed: VM images built from container exports keep it.
 */
export async function probeContainer(
  host: Host,
  mounts: MountEntry[] | null,
  cgroupNamespaced: boolean | null
): Promise<Fact<ContainerInfo>> {
  const strong: string[] = []
  let runtime: string | undefined
  const [dockerenv, containerenv, pid1] = await Promise.all([
    exists(host, '/.dockerenv'),
    read(host, '/run/.containerenv', 16 * 1024),
    read(host, '/proc/1/cgroup', 64 * 1024)
  ])
  if (containerenv.ok) {
    const engine = /^engine="([^"]*)"/m.exec(containerenv.text)?.[1]
    strong.push(`/run/.containerenv exists${engine ? ` (engine="${engine}")` : ''}`)
    runtime = 'podman'
  }
  const cv = host.env.container
  if (cv) {
    strong.push(`container=${cv} in the environment`)
    runtime ??= cv === 'oci' ? undefined : cv
  }
  if (pid1.ok) {
    for (const line of pid1.text.split('\n').slice(0, 64)) {
      const p = CGROUP_PATTERNS.find(x => x.re.test(line))
      if (p) {
        strong.push(`/proc/1/cgroup: ${line.trim().slice(0, 200)} (${p.what})`)
        runtime ??= p.runtime
        break
      }
    }
  }
  if (mounts) {
    const root = [...mounts].reverse().find(m => m.mountPoint === '/')
    if (root && /^(overlay|fuse-overlayfs|aufs)$/.test(root.fsType)) {
      strong.push(`root filesystem is ${root.fsType}`)
    }
    const hosts = mounts.find(m => m.mountPoint === '/etc/hosts' || m.mountPoint === '/etc/hostname')
    if (hosts && /containers|docker|kubelet|pods|libpod|overlay-containers/.test(hosts.root)) {
      strong.push(`${hosts.mountPoint} is bind-mounted from ${hosts.root.slice(0, 200)}`)
      if (/kubelet|pods/.test(hosts.root)) runtime ??= 'kubernetes'
      else if (/docker/.test(hosts.root)) runtime ??= 'docker'
    }
  }
  if (cgroupNamespaced) strong.push('private cgroup namespace')
  if (host.env.KUBERNETES_SERVICE_HOST) {
    strong.push('KUBERNETES_SERVICE_HOST is set')
    runtime ??= 'kubernetes'
  }
  const hints = [...strong]
  if (dockerenv) {
    if (strong.length) {
      hints.unshift('/.dockerenv exists')
      runtime ??= 'docker'
    } else {
      hints.push(
        '/.dockerenv exists, but nothing else points to a container (PID 1 cgroups, root filesystem, ' +
          'bind mounts, cgroup namespace): treated as a leftover in the machine image'
      )
    }
  }
  const info: ContainerInfo = { inContainer: strong.length > 0, hints }
  if (info.inContainer && runtime) info.runtime = runtime
  return known(info)
}

export function probeUser(host: Host): Fact<{ uid: number; gid: number; root: boolean }> {
  if (host.uid === null || host.gid === null) return unknown('this platform has no numeric user ids')
  return known({ uid: host.uid, gid: host.gid, root: host.uid === 0 })
}

export async function probeCpus(
  host: Host,
  status: Record<string, string> | null
): Promise<Fact<{ online: number; affinity: number | null }>> {
  const r = await read(host, '/sys/devices/system/cpu/online', 4096)
  if (!r.ok) return failed(r)
  const online = countCpuList(r.text)
  if (online === null)
    return unknown(`cannot parse /sys/devices/system/cpu/online: ${r.text.trim().slice(0, 80)}`)
  const list = status?.Cpus_allowed_list
  return known({ online, affinity: list ? countCpuList(list) : null })
}

export async function probeMemory(host: Host): Promise<Facts['system']['memory']> {
  const r = await read(host, '/proc/meminfo', 64 * 1024)
  if (!r.ok) return failed(r)
  const m = parseMeminfo(r.text)
  if (m.MemTotal === undefined) return unknown('/proc/meminfo has no MemTotal line')
  return known({ totalBytes: m.MemTotal, availableBytes: m.MemAvailable ?? null })
}
