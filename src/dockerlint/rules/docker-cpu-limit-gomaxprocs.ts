import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { cmpMinor, fmtMinor, fmtVersion, goVersionOfImage } from '../goversion.js'
import { parseGoVersion, type GoVersion } from '../../core/go-version.js'
import { describe, finding, imageOf, runsGoTests, testsEvidence } from './common.js'

const GO125: GoVersion = { major: 1, minor: 25, patch: null }

export const rule: DockerRule = {
  id: 'docker-cpu-limit-gomaxprocs',
  title: 'CPU limit that GOMAXPROCS does not see',
  severity: 'warning',
  docs: docsPath('docker-cpu-limit-gomaxprocs'),
  explains: ['cpu-throttling-timeout'],
  check(ctx) {
    const out = []
    const mod = parseGoVersion(ctx.goModGo)
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec) || !spec.cpus || spec.cpus.value <= 0) continue
      if (spec.env.has('GOMAXPROCS') || spec.envOpaque) continue
      const image = imageOf(spec)
      const gv = image ? goVersionOfImage(image) : null
      const toolchain = gv?.version ?? null
      let why: string | null = null
      if (mod && cmpMinor(mod, GO125) < 0) {
        why = `go.mod says \`go ${ctx.goModGo}\`: the cgroup-aware GOMAXPROCS default (Go 1.25, GODEBUG containermaxprocs) follows the main module's go line, so even a newer toolchain keeps GOMAXPROCS = the number of host CPUs`
      } else if (toolchain && cmpMinor(toolchain, GO125) < 0 && !(mod && cmpMinor(toolchain, mod) < 0)) {
        why = `the image ${image} has Go ${fmtMinor(toolchain)}; only Go 1.25 and later size GOMAXPROCS from the cgroup CPU limit`
      }
      if (!why) continue
      const quota = spec.cpus.value
      out.push(
        finding(
          rule,
          spec.cpus,
          `${describe(spec)} is limited to ${quota} ${quota === 1 ? 'CPU' : 'CPUs'}, but ${why}. Go then schedules more runnable threads than the quota allows and the container is throttled; slow or timing-sensitive tests time out (\`panic: test timed out\`).`,
          [
            `CPU limit ${quota} (${spec.cpus.file}:${spec.cpus.line})`,
            mod ? `go.mod go ${fmtVersion(mod)}` : 'go.mod go line unknown',
            toolchain
              ? `toolchain Go ${fmtMinor(toolchain)} (${image})`
              : `toolchain: ${image ?? 'unknown image'}`,
            'GOMAXPROCS not set',
            testsEvidence(spec)
          ],
          `Set \`GOMAXPROCS=${Math.max(1, Math.ceil(quota))}\` in the container environment, or move go.mod to \`go 1.25\` or later and build with Go 1.25+ (or add \`//go:debug containermaxprocs=1\` to the main package).`
        )
      )
    }
    return out
  }
}
