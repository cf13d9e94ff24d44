import type { Finding } from '../../core/model.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { splitCommands } from '../shell.js'
import { finding } from './common.js'

export const rule: DockerRule = {
  id: 'workflow-ulimit-lost',
  title: '`ulimit` in a step of its own',
  severity: 'warning',
  docs: docsPath('workflow-ulimit-lost'),
  explains: ['nofile-limit', 'thread-limit'],
  check(ctx) {
    const out: Finding[] = []
    for (const wf of ctx.workflows) {
      for (const job of wf.jobs) {
        job.steps.forEach((step, idx) => {
          if (step.run === null) return
          const cmds = splitCommands(step.run, step.runLines[0] ?? step.line, step.runLines)
          const last = cmds[cmds.length - 1]
          if (!last) return
          const w = last.map(t => t.text)
          const k = w[0] === 'sudo' ? 1 : 0
          if (w[k] !== 'ulimit' || !w.slice(k + 1).some(x => /^\d+$|^unlimited$/.test(x))) return
          const later = job.steps
            .slice(idx + 1)
            .some(s => s.run !== null && /\bgo\s+test\b|gotestsum/.test(s.run))
          if (!later) return
          out.push(
            finding(
              rule,
              { file: wf.file, line: last[0].line },
              `\`${w.join(' ')}\` is the last command of step "${step.name}". Every \`run:\` step is a new shell, so the limit is gone before the go test in a later step starts.`,
              [`${w.join(' ')} (${wf.file}:${last[0].line})`, `job ${job.id} runs go test in a later step`],
              'Put it in the same step as the tests: `run: ulimit -n 65536 && go test ./...` (a non-root user can raise the soft limit only up to the hard limit; `sudo prlimit --pid $$ --nofile=65536:65536` raises both).'
            )
          )
        })
      }
    }
    return out
  }
}
