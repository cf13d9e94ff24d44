import type { Finding } from '../../core/model.js'
import { instructionCommands, installedPackages, rootImage, stageChain } from '../stages.js'
import type { DockerRule, DockerStage } from '../model.js'
import { docsPath } from '../model.js'
import { parseImage } from '../goversion.js'
import { findGoTests, runsTestBinary } from '../shell.js'
import { finding, isAlpineImage } from './common.js'

function copies(stage: DockerStage, re: RegExp): boolean {
  return stageChain(stage).some(s =>
    s.instructions.some(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && re.test(i.args))
  )
}

export const rule: DockerRule = {
  id: 'docker-missing-tzdata-certs',
  title: 'Test image without time zone data or CA certificates',
  severity: 'notice',
  docs: docsPath('docker-missing-tzdata-certs'),
  explains: ['tzdata-missing'],
  check(ctx) {
    const out: Finding[] = []
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        const base = parseImage(rootImage(stage))
        const scratch = base.repo === 'scratch'
        const busybox = base.repo === 'busybox'
        const alpine = isAlpineImage(rootImage(stage)) && base.repo !== 'golang'
        if (!scratch && !busybox && !alpine) continue
        const runs = stage.instructions.filter(i => ['RUN', 'CMD', 'ENTRYPOINT'].includes(i.keyword))
        const testIns = runs.find(i => {
          const cmds = instructionCommands(i)
          return findGoTests(cmds).length > 0 || runsTestBinary(cmds)
        })
        if (!testIns) continue
        const pkgs = installedPackages(stage)
        const hasTz =
          pkgs.has('tzdata') ||
          copies(stage, /zoneinfo/) ||
          stageChain(stage).some(s => s.env.has('ZONEINFO'))
        const hasCa =
          pkgs.has('ca-certificates') ||
          pkgs.has('ca-certificates-bundle') ||
          copies(stage, /(ca-certificates|\/etc\/ssl\/certs)/) ||
          alpine
        const missing = [!hasTz && 'time zone data (tzdata)', !hasCa && 'CA certificates'].filter(
          Boolean
        ) as string[]
        if (missing.length === 0) continue
        out.push(
          finding(
            rule,
            { file: df.file, line: testIns.line },
            `Tests run in stage ${stage.name ?? `#${stage.index}`} based on ${rootImage(stage)}, which has no ${missing.join(' and no ')}. Tests that load a time zone fail with \`unknown time zone …\`; tests that make TLS connections fail with \`x509: certificate signed by unknown authority\`. (Inside a golang image Go falls back to $GOROOT/lib/time/zoneinfo.zip; a copied test binary does not have it.)`,
            [
              `FROM ${rootImage(stage)} (${df.file}:${stage.line})`,
              `${testIns.keyword} ${testIns.args.slice(0, 120)} (${df.file}:${testIns.line})`
            ],
            `${alpine ? 'Add `apk add --no-cache tzdata`' : 'Copy them from the build stage (`COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo` and `/etc/ssl/certs/ca-certificates.crt`)'}, or embed the zone database with \`import _ "time/tzdata"\` / \`-tags timetzdata\` (Go 1.15+).`
          )
        )
      }
    }
    return out
  }
}
