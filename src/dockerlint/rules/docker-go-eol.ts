import type { Finding } from '../../core/model.js'
import type { DockerRule, Loc } from '../model.js'
import { docsPath } from '../model.js'
import {
  fmtMinor,
  fmtVersion,
  goVersionOfImage,
  GO_TABLE_DATE,
  isEndOfLife,
  supportedMinors
} from '../goversion.js'
import { describe, finding } from './common.js'

export interface ImageUse extends Loc {
  image: string
  where: string
}

/** Every image reference the repository names: Dockerfile FROM, compose/job/docker-run images. */
export function imageUses(ctx: Parameters<DockerRule['check']>[0]): ImageUse[] {
  const out: ImageUse[] = []
  for (const df of ctx.dockerfiles)
    for (const s of df.stages)
      if (!s.parent) out.push({ file: df.file, line: s.line, image: s.image, where: `FROM ${s.image}` })
  for (const spec of ctx.containers)
    if (spec.image)
      out.push({
        file: spec.image.file,
        line: spec.image.line,
        image: spec.image.value,
        where: describe(spec)
      })
  return out
}

export const rule: DockerRule = {
  id: 'docker-go-eol',
  title: 'Go image past end of life',
  severity: 'warning',
  docs: docsPath('docker-go-eol'),
  explains: [],
  check(ctx) {
    const out: Finding[] = []
    const sup = supportedMinors()
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image)
      if (!gv?.version || !isEndOfLife(gv.version)) continue
      out.push(
        finding(
          rule,
          use,
          `${use.where} uses Go ${fmtVersion(gv.version)}, which no longer gets security or bug fixes: Go supports the two newest minor releases, ${sup.map(fmtMinor).join(' and ')} as of ${GO_TABLE_DATE}. Runtime fixes for containers (cgroup-aware GOMAXPROCS in 1.25, for one) are missing too.`,
          [`${use.image} (${use.file}:${use.line})`, `supported: ${sup.map(fmtMinor).join(', ')}`],
          `Move to \`golang:${fmtMinor(sup[0])}\` (or ${fmtMinor(sup[1])}), matching the go line in go.mod.`
        )
      )
    }
    return out
  }
}
