import type { Finding } from '../../core/model.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { findGoTests, splitCommands } from '../shell.js'
import { finding } from './common.js'

const DOCKERISH = new Set(['docker', 'podman', 'docker-compose', 'kubectl', 'ssh'])

export const rule: DockerRule = {
  id: 'workflow-race-cgo-disabled',
  title: 'Workflow runs `go test -race` with CGO_ENABLED=0',
  severity: 'error',
  docs: docsPath('workflow-race-cgo-disabled'),
  explains: ['race-requires-cgo'],
  check(ctx) {
    const out: Finding[] = []
    for (const wf of ctx.workflows) {
      for (const job of wf.jobs) {
        for (const step of job.steps) {
          if (step.run === null) continue
          const cmds = splitCommands(step.run, step.runLines[0] ?? step.line, step.runLines).filter(c => {
            const first = c.find(t => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.text) && t.text !== 'sudo')
            return !first || !DOCKERISH.has(first.text.replace(/^.*\//, ''))
          })
          for (const t of findGoTests(cmds)) {
            if (!t.race) continue
            const inline = t.env.get('CGO_ENABLED')
            const src =
              inline !== undefined ? null : (step.env.get('CGO_ENABLED') ?? job.env.get('CGO_ENABLED'))
            const value = inline ?? src?.value
            if (value !== '0' && value !== 'false') continue
            out.push(
              finding(
                rule,
                { file: wf.file, line: t.line },
                `Job \`${job.id}\` runs \`go test -race\` with CGO_ENABLED=${value}; the race detector needs cgo, so go stops with \`go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\`.`,
                [
                  `${t.text} (${wf.file}:${t.line})`,
                  inline !== undefined
                    ? 'CGO_ENABLED set on the command'
                    : `env CGO_ENABLED: ${value} (${src?.file}:${src?.line})`
                ],
                'Override it for the race run: `CGO_ENABLED=1 go test -race ./...` (or set `env: CGO_ENABLED: 1` on that step). Keep CGO_ENABLED=0 for the release build only.'
              )
            )
          }
        }
      }
    }
    return out
  }
}
