import type { Finding } from '../../core/model.js'
import type { ContainerSpec, DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { describe, finding } from './common.js'

/**
 * The sysctls a container may set, from runc's validator (libcontainer/configs/validate) and the
 * docker CLI's ValidateSysctl (opts/opts.go): the IPC-namespace keys below and `fs.mqueue.*`
 * (needs a private IPC namespace), and `net.*` (needs a private network namespace). Everything
 * else (vm.*, fs.*, kernel.* such as kernel.pid_max) is host-wide and is refused.
 */
const IPC_KEYS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced'
])

export type SysctlVerdict = 'ok' | 'not-namespaced' | 'host-ipc' | 'host-net'

export function classifySysctl(key: string, spec: Pick<ContainerSpec, 'ipc' | 'network'>): SysctlVerdict {
  const k = key.replace(/\//g, '.')
  if (IPC_KEYS.has(k) || k.startsWith('fs.mqueue.')) return spec.ipc?.value === 'host' ? 'host-ipc' : 'ok'
  if (k.startsWith('net.')) return spec.network?.value === 'host' ? 'host-net' : 'ok'
  return 'not-namespaced'
}

export const rule: DockerRule = {
  id: 'docker-sysctl-rejected',
  title: 'sysctl that Docker refuses to set in a container',
  severity: 'error',
  docs: docsPath('docker-sysctl-rejected'),
  explains: [],
  check(ctx) {
    const out: Finding[] = []
    for (const spec of ctx.containers) {
      for (const s of spec.sysctls) {
        const v = classifySysctl(s.key, spec)
        if (v === 'ok') continue
        const why =
          v === 'not-namespaced'
            ? `${s.key} is not namespaced: it belongs to the host kernel, so Docker refuses it (docker CLI: \`sysctl '${s.key}' is not whitelisted\`; runc: \`sysctl "${s.key}" is not in a separate kernel namespace\`) and the container does not start`
            : v === 'host-ipc'
              ? `${s.key} is an IPC-namespace sysctl but the container shares the host IPC namespace (ipc: host), so runc refuses it`
              : `${s.key} is a network-namespace sysctl but the container uses the host network, so runc refuses it (\`sysctl "${s.key}" not allowed in host network namespace\`)`
        out.push(
          finding(
            rule,
            s,
            `${describe(spec)}: ${why}.`,
            [`${s.key}=${s.value} (${s.file}:${s.line})`],
            v === 'not-namespaced'
              ? `Remove it from the container and set it on the host before the containers start, e.g. a workflow step \`sudo sysctl -w ${s.key}=${s.value || '<value>'}\` (GitHub-hosted runners allow sudo; vm.max_map_count is already 262144 there).`
              : v === 'host-ipc'
                ? 'Drop `ipc: host`, or set the value on the host instead.'
                : 'Drop the host network mode, or set the value on the host with `sudo sysctl -w`.'
          )
        )
      }
    }
    return out
  }
}
