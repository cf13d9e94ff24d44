import type { Finding } from '../../core/model.js'
import { instructionCommands, installedPackages, rootImage } from '../stages.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { findGoTests } from '../shell.js'
import { describe, envValue, finding, hasCCompiler, imageOf, isAlpineImage, packagesOf } from './common.js'

const REMEDY_ALPINE =
  'Install a C toolchain in the image (`apk add --no-cache gcc musl-dev`) and keep CGO_ENABLED=1, or use a Debian-based `golang:<version>` image, which ships gcc.'
const REMEDY_ENV =
  'Set CGO_ENABLED=1 for the `go test -race` command (e.g. `CGO_ENABLED=1 go test -race ./...`), and make sure a C compiler is installed.'

export const rule: DockerRule = {
  id: 'docker-race-without-cgo',
  title: '`go test -race` where cgo is disabled or there is no C compiler',
  severity: 'error',
  docs: docsPath('docker-race-without-cgo'),
  explains: ['race-requires-cgo'],
  check(ctx) {
    const out: Finding[] = []
    // Dockerfile stages: RUN/CMD/ENTRYPOINT with `go test -race`.
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        const image = rootImage(stage)
        const pkgs = installedPackages(stage)
        for (const ins of stage.instructions) {
          if (ins.keyword !== 'RUN' && ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue
          for (const t of findGoTests(instructionCommands(ins))) {
            if (!t.race) continue
            const inline = t.env.get('CGO_ENABLED')
            const env = inline ?? stage.env.get('CGO_ENABLED')?.value
            const where = { file: df.file, line: t.line }
            if (env === '0') {
              out.push(
                finding(
                  rule,
                  where,
                  `\`go test -race\` runs with CGO_ENABLED=0; the race detector needs cgo, so go stops with \`go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\`.`,
                  [
                    `${t.text} (${df.file}:${t.line})`,
                    inline !== undefined
                      ? 'CGO_ENABLED=0 on the command'
                      : `ENV CGO_ENABLED=0 (${df.file}:${stage.env.get('CGO_ENABLED')?.line})`
                  ],
                  REMEDY_ENV
                )
              )
            } else if (isAlpineImage(image) && !hasCCompiler(pkgs)) {
              out.push(
                finding(
                  rule,
                  where,
                  `\`go test -race\` runs in an Alpine image (${image}) without gcc and musl-dev. cgo is off by default without a C compiler (Go 1.20+), so go stops with \`-race requires cgo\`; with CGO_ENABLED=1 it fails with \`cgo: C compiler "gcc" not found\`.`,
                  [
                    `FROM ${image} (${df.file}:${stage.line})`,
                    `${t.text} (${df.file}:${t.line})`,
                    `installed packages seen: ${[...pkgs].join(' ') || 'none'}`
                  ],
                  REMEDY_ALPINE
                )
              )
            }
          }
        }
      }
    }
    // Containers started by compose, workflows and docker run.
    for (const spec of ctx.containers) {
      if (!spec.race) continue
      const image = imageOf(spec)
      const cgo = envValue(spec, 'CGO_ENABLED')
      if (cgo === '0' && spec.origin !== 'job-container') {
        const e = spec.env.get('CGO_ENABLED')
        out.push(
          finding(
            rule,
            spec.race,
            `${describe(spec)} runs \`go test -race\` with CGO_ENABLED=0; go stops with \`go: -race requires cgo\`.`,
            [`CGO_ENABLED=0 (${e?.file}:${e?.line})`, `go test -race (${spec.race.file}:${spec.race.line})`],
            REMEDY_ENV
          )
        )
      } else if (isAlpineImage(image) && !hasCCompiler(packagesOf(spec))) {
        out.push(
          finding(
            rule,
            spec.race,
            `${describe(spec)} runs \`go test -race\` in an Alpine image (${image}) with no gcc/musl-dev installed; cgo is unavailable, so \`-race\` cannot build.`,
            [
              `image ${image}${spec.builtFrom ? ` (built from ${spec.builtFrom.file}:${spec.builtFrom.line})` : ''}`,
              `go test -race (${spec.race.file}:${spec.race.line})`
            ],
            REMEDY_ALPINE
          )
        )
      }
    }
    return out
  }
}
