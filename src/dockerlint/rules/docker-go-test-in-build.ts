import type { Finding } from '../../core/model.js'
import { instructionCommands, runInstructions } from '../stages.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { findGoTests } from '../shell.js'
import { finding } from './common.js'

export const rule: DockerRule = {
  id: 'docker-go-test-in-build',
  title: '`go test` inside `docker build`',
  severity: 'notice',
  docs: docsPath('docker-go-test-in-build'),
  explains: [],
  check(ctx) {
    const out: Finding[] = []
    for (const { df, stage, ins } of runInstructions(ctx.dockerfiles)) {
      const tests = findGoTests(instructionCommands(ins)).filter(
        t => !/(^|\s)-c(\s|$)/.test(t.text) && !/(^|\s)-run[= ]\^\$/.test(t.text)
      )
      if (tests.length === 0) continue
      const t = tests[0]
      const flags = /^(--[a-z-]+(=\S+)?\s+)+/.exec(ins.args.trim())?.[0].trim()
      out.push(
        finding(
          rule,
          { file: df.file, line: t.line },
          `Tests run during \`docker build\` (RUN in stage ${stage.name ?? `#${stage.index}`}). The build sandbox is not the container the tests were written for: run-time options (--tmpfs, --shm-size, --ulimit, --sysctl, --cap-add, --security-opt, --memory) do not apply to RUN, limits come from the builder daemon, privileged steps need \`RUN --security=insecure\` plus an entitlement, and a cached layer skips the tests entirely when inputs are unchanged. A failure here is reported as a failed build step, far from the test.`,
          [`RUN ${flags ? flags + ' ' : ''}${t.text} (${df.file}:${t.line})`],
          'Build a test stage and run it as a container, where the usual options apply: `docker build --target test -t app-test . && docker run --rm app-test go test ./...`; or run go test on the runner before `docker build`. If it must stay in the build, give BuildKit the limits explicitly (`docker buildx build --ulimit nofile=65536:65536 --shm-size 1g`) and use `--progress=plain` to see the output.'
        )
      )
    }
    return out
  }
}
