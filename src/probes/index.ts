import { posix } from 'node:path'
import type { Host } from '../host/host.js'
import { emptyCounters, unknown, type CounterSnapshot, type Facts } from '../facts/types.js'
import { parseMountinfo, type MountEntry } from '../facts/parse-mountinfo.js'
import { parseStatus } from '../facts/parse-status.js'
import { probeCgroup, probeCgroupNamespaced } from './cgroup.js'
import { probeCounters as readCounters } from './counters.js'
import { probeGo } from './go-toolchain.js'
import { probeRlimits, probeSysctls } from './limits.js'
import { probeMounts } from './mounts.js'
import { probeIpv6Loopback, probePortRange } from './network.js'
import { probeAppArmor, probeCapabilities, probeNoNewPrivs, probeSeccomp, probeUserns } from './security.js'
import {
  probeArch,
  probeContainer,
  probeCpus,
  probeDistro,
  probeKernel,
  probeMemory,
  probeRunner,
  probeUser
} from './system.js'
import { guard, read } from './util.js'

export interface ProbeOptions {
  workingDirectory: string
  /** `auto`: run the Go runtime probe (src/goprobe) and set `facts.goProbe`; otherwise it stays undefined. */
  goProbe?: 'auto' | 'off'
}

const f = <T>(what: string, p: Promise<T>, fallback: (reason: string) => T): Promise<T> =>
  p.catch(e => fallback(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`))

/**
 * Probes this machine. Never throws: every fact is a value or `{unknown: reason}`. Independent reads
 * run concurrently; the slow part is `go env -json` (one exec, 10 s bound) and, in parallel with it,
 * `unshare -Ur true` (3 s bound).
 */
export async function probeFacts(host: Host, opts: ProbeOptions): Promise<Facts> {
  const collectedAt = new Date(host.now()).toISOString()
  const wd = await workingDir(host, opts.workingDirectory || '.')
  const workspace = host.env.GITHUB_WORKSPACE || wd

  const mountinfoP = read(host, '/proc/self/mountinfo', 4 << 20)
  const statusP = read(host, '/proc/self/status', 64 * 1024)
  const goP = f('go', probeGo(host, wd), reason => ({
    go: unknown(reason),
    dirs: { gotmpdir: null, gocache: null, gomodcache: null }
  }))

  const mi = await mountinfoP
  let mounts: MountEntry[] | null = null
  let mountsReason: string | null = null
  if (mi.ok) {
    mounts = parseMountinfo(mi.text)
    if (mounts.length === 0) {
      mounts = null
      mountsReason = '/proc/self/mountinfo has no parseable lines'
    }
  } else mountsReason = mi.reason
  const st = await statusP
  const status = st.ok
    ? ({ ok: true, fields: parseStatus(st.text) } as const)
    : ({ ok: false, reason: st.reason } as const)

  const namespacedP = probeCgroupNamespaced(host, mounts).catch(() => null)
  const sysctlP = probeSysctls(host) // read() never throws, so neither does this

  const [kernel, arch, distro, container, cpus, memory, rlimits, sysctl, cgroup, apparmor, userns, goRes] =
    await Promise.all([
      guard('kernel', () => probeKernel(host)),
      guard('arch', () => probeArch(host)),
      guard('distro', () => probeDistro(host)),
      guard('container', async () => probeContainer(host, mounts, await namespacedP)),
      guard('cpus', () => probeCpus(host, status.ok ? status.fields : null)),
      guard('memory', () => probeMemory(host)),
      probeRlimits(
        host,
        status.ok && /^\d+$/.test(status.fields.PPid ?? '') ? Number(status.fields.PPid) : null
      ),
      sysctlP,
      guard('cgroup', async () => probeCgroup(host, mounts, mountsReason, await namespacedP)),
      guard('apparmor', () => probeAppArmor(host)),
      guard('userns', () => probeUserns(host)),
      goP
    ])

  const [mountFacts, ipv6Loopback] = await Promise.all([
    probeMounts(host, mounts, mountsReason, {
      gotmpdir: goRes.dirs.gotmpdir,
      gocache: goRes.dirs.gocache,
      gomodcache: goRes.dirs.gomodcache,
      workspace
    }).catch(e => ({
      tempDirs: [],
      devShm: unknown(`mount probe failed: ${e instanceof Error ? e.message : String(e)}`),
      storage: []
    })),
    guard('ipv6', () => probeIpv6Loopback(host, sysctl))
  ])

  return {
    collectedAt,
    system: {
      kernel,
      arch,
      distro,
      runner: probeRunner(host.env),
      container,
      user: (() => {
        try {
          return probeUser(host)
        } catch (e) {
          return unknown(String(e))
        }
      })(),
      cpus,
      memory
    },
    rlimits,
    sysctl,
    cgroup,
    security: {
      seccomp: probeSeccomp(status),
      noNewPrivs: probeNoNewPrivs(status),
      capabilities: probeCapabilities(status),
      apparmor,
      userns
    },
    mounts: mountFacts,
    network: { ipv6Loopback, portRange: probePortRange(sysctl) },
    go: goRes.go,
    // The Go runtime probe (src/goprobe, docs/go-probe.md). Never throws.
    // Loaded only when asked for: it embeds the probe's Go source. It runs after the other probes, so
    // that their commands do not count against the limits it measures.
    ...(opts.goProbe === 'auto' ? { goProbe: await goRuntimeProbe(host, wd) } : {})
  }
}

/**
 * The Go runtime probe on its own, for a caller that runs it later than the other probes: after
 * `go test`, whose build left the standard library in GOCACHE, the probe builds in well under a second
 * where a fresh runner's empty cache costs it 8-13 s (issue 21; docs/go-probe.md).
 */
export async function probeGoRuntime(host: Host, dir: string): Promise<NonNullable<Facts['goProbe']>> {
  return goRuntimeProbe(host, await workingDir(host, dir || '.'))
}

async function goRuntimeProbe(host: Host, wd: string): Promise<NonNullable<Facts['goProbe']>> {
  try {
    const { runGoProbe } = await import('../goprobe/index.js')
    return await runGoProbe(host, { workingDirectory: wd })
  } catch (e) {
    return unknown(`the Go probe could not be loaded: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** The counters diagnosis compares before and after a test run. Never throws. */
export async function probeCounters(host: Host, cgroup: Facts['cgroup']): Promise<CounterSnapshot> {
  try {
    return await readCounters(host, cgroup)
  } catch {
    return emptyCounters(new Date(host.now()).toISOString())
  }
}

/**
 * The facts with the counters read before the tests (null: not read) and now, which diagnosis compares
 * (the action's go-test and results modes, the CLI's `test`).
 */
export async function withCountersNow(
  host: Host,
  facts: Facts,
  before: CounterSnapshot | null
): Promise<Facts> {
  const after = await probeCounters(host, facts.cgroup)
  return { ...facts, counters: { ...(before ? { before } : {}), after } }
}

/** Absolute working directory: as given when absolute, else resolved by the host (its cwd). */
async function workingDir(host: Host, dir: string): Promise<string> {
  if (dir.startsWith('/')) return posix.resolve(dir)
  try {
    return await host.realpath(dir)
  } catch {
    return posix.resolve(host.env.PWD || '/', dir)
  }
}
