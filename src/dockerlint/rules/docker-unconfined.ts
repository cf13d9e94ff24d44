import type { Finding } from '../../core/model.js'
import type { DockerRule, Loc } from '../model.js'
import { docsPath } from '../model.js'
import { parseImage } from '../goversion.js'
import { describe, finding, imageOf, runsGoTests, testsEvidence } from './common.js'

const NARROWER =
  "Grant only what the tests need: for namespaces (unshare, CLONE_NEWUSER) a seccomp profile that adds them (`--security-opt seccomp=./seccomp.json`, copied from Docker's default with `unshare`/`clone` flags allowed); for a debugger `--cap-add SYS_PTRACE`; for mounts `--cap-add SYS_ADMIN`; for limits `--ulimit`, `--shm-size`, `--sysctl net.*`. Otherwise skip such tests in containers. Then the tests keep failing loudly where the environment is locked down, instead of passing only here."

export const rule: DockerRule = {
  id: 'docker-unconfined',
  title: 'seccomp=unconfined or privileged used to make tests pass',
  severity: 'notice',
  docs: docsPath('docker-unconfined'),
  explains: [],
  check(ctx) {
    const out: Finding[] = []
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue
      const image = imageOf(spec)
      // Docker-in-Docker needs --privileged by design; that is not papering over a test problem.
      if (image && /dind/.test(parseImage(image).tag ?? '')) continue
      const hits: { what: string; at: Loc }[] = []
      for (const o of spec.securityOpts) {
        if (/^seccomp[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o })
        if (/^apparmor[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o })
      }
      if (spec.privileged) hits.push({ what: 'privileged', at: spec.privileged })
      for (const c of spec.capAdd)
        if (/^(CAP_)?(ALL|SYS_ADMIN)$/i.test(c.value)) hits.push({ what: `cap_add ${c.value}`, at: c })
      if (hits.length === 0) continue
      out.push(
        finding(
          rule,
          hits[0].at,
          `${describe(spec)} runs the tests with ${hits.map(h => h.what).join(', ')}. That switches off the sandbox the tests would meet elsewhere (seccomp, AppArmor, capabilities), so a test that needs a blocked syscall passes here and fails with \`operation not permitted\` on a developer's Docker or another runner, and the real requirement stays unnamed.`,
          [...hits.map(h => `${h.what} (${h.at.file}:${h.at.line})`), testsEvidence(spec)],
          NARROWER
        )
      )
    }
    return out
  }
}
