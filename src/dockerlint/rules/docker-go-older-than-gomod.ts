import type { Finding } from '../../core/model.js'
import type { DockerRule } from '../model.js'
import { docsPath } from '../model.js'
import { cmpVersion, fmtVersion, goVersionOfImage, isOfficialGolang } from '../goversion.js'
import { parseGoVersion } from '../../core/go-version.js'
import { finding } from './common.js'
import { imageUses } from './docker-go-eol.js'

export const rule: DockerRule = {
  id: 'docker-go-older-than-gomod',
  title: 'Go image older than go.mod requires',
  severity: 'error',
  docs: docsPath('docker-go-older-than-gomod'),
  explains: [],
  check(ctx) {
    const out: Finding[] = []
    const mod = parseGoVersion(ctx.goModGo)
    if (!mod) return out
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image)
      if (!gv?.version || cmpVersion(gv.version, mod) >= 0) continue
      const official = isOfficialGolang(use.image)
      out.push(
        finding(
          rule,
          use,
          `${use.where} has Go ${fmtVersion(gv.version)} but go.mod requires go ${ctx.goModGo}. ${official ? 'The official golang images set GOTOOLCHAIN=local, so' : 'Unless GOTOOLCHAIN allows a download,'} every go command fails with \`go: go.mod requires go >= ${ctx.goModGo} (running go ${fmtVersion(gv.version)}; GOTOOLCHAIN=local)\`.`,
          [`${use.image} (${use.file}:${use.line})`, `go.mod: go ${ctx.goModGo}`],
          `Use \`golang:${ctx.goModGo}\` or newer.`
        )
      )
    }
    return out
  }
}
