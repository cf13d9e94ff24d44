import type { Finding } from '../../core/model.js'
import { instructionCommands, runInstructions } from '../stages.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import type { SimpleCommand } from '../shell.js'
import { finding } from './common.js'

/** `ulimit -n 65536` (a setter, not a query) / `sysctl -w k=v` / `sysctl k=v` / `echo … > /proc/sys/…`. */
export function limitSetter(cmd: SimpleCommand): 'ulimit' | 'sysctl' | null {
  const w = cmd.map(t => t.text)
  const k = w[0] === 'sudo' ? 1 : 0
  if (w[k] === 'ulimit' && w.slice(k + 1).some(x => /^\d+$|^unlimited$/.test(x))) return 'ulimit'
  if (w[k] === 'sysctl' && w.slice(k + 1).some(x => /^[a-z0-9_./-]+=/.test(x))) return 'sysctl'
  if (w.some(x => x.startsWith('/proc/sys/')) && w.some(x => x === '>' || x.startsWith('>') || x === 'tee'))
    return 'sysctl'
  return null
}

export const rule: DockerRule = {
  id: 'docker-ulimit-in-run',
  title: '`ulimit` or `sysctl` in a Dockerfile RUN',
  severity: 'warning',
  docs: docsPath('docker-ulimit-in-run'),
  explains: ['nofile-limit', 'thread-limit'],
  check(ctx) {
    const out: Finding[] = []
    for (const { df, ins } of runInstructions(ctx.dockerfiles)) {
      const cmds = instructionCommands(ins)
      cmds.forEach((cmd, i) => {
        const kind = limitSetter(cmd)
        if (!kind) return
        // `RUN ulimit -n 65536 && go test ./...` does help that go test: only flag a setter with nothing after it.
        if (kind === 'ulimit' && i < cmds.length - 1) return
        const text = cmd.map(t => t.text).join(' ')
        out.push(
          finding(
            rule,
            { file: df.file, line: cmd[0].line },
            kind === 'ulimit'
              ? `\`${text}\` in a RUN only changes the limit of that RUN's shell; nothing after it in this RUN uses it, and neither later RUN steps nor containers from the image inherit it.`
              : `\`${text}\` in a RUN cannot change the kernel: /proc/sys is read-only in the build sandbox (the step fails, or is ignored with \`|| true\`), and a container does not get host sysctls from its image.`,
            [`${text} (${df.file}:${cmd[0].line})`],
            kind === 'ulimit'
              ? 'Set the limit where the tests run: `docker run --ulimit nofile=65536:65536`, compose `ulimits:`, job `container.options: --ulimit …`, or in the same command as the tests (`ulimit -n 65536 && go test ./...`, up to the hard limit).'
              : 'Set namespaced keys (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*) with `docker run --sysctl`/compose `sysctls:`, and host-wide keys on the host (`sudo sysctl -w …` in a workflow step).'
          )
        )
      })
    }
    return out
  }
}
