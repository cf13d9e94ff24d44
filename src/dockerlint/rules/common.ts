/** Helpers shared by the docker/compose/workflow rules. Pure. */
import type { Finding, Severity } from '../../core/model.js'
import { installedPackages, rootImage } from '../stages.js'
import type { ContainerSpec, DockerRule, Loc } from '../model.js'
import { parseImage } from '../goversion.js'

export function finding(
  rule: Pick<DockerRule, 'id' | 'title' | 'severity'>,
  loc: Loc,
  message: string,
  evidence: string[],
  remedy: string,
  severity: Severity = rule.severity
): Finding {
  return {
    rule: rule.id,
    severity,
    title: rule.title,
    message,
    evidence,
    remedy,
    file: loc.file,
    line: loc.line
  }
}

/** The image a container runs: its own `image:` or the base of the Dockerfile it is built from. */
export function imageOf(spec: ContainerSpec): string | null {
  if (spec.builtFrom) return rootImage(spec.builtFrom)
  return spec.image?.value ?? null
}

export function runsGoTests(spec: ContainerSpec): boolean {
  return spec.goTestLine !== null
}

export function describe(spec: ContainerSpec): string {
  switch (spec.origin) {
    case 'compose':
      return `compose service \`${spec.name}\``
    case 'job-container':
      return `job \`${spec.name}\` container`
    case 'job-service':
      return `service container \`${spec.name}\``
    default:
      return `\`docker run\` (${spec.name})`
  }
}

export function testsEvidence(spec: ContainerSpec): string {
  const l = spec.goTestLine
  return l ? `go test runs in it (${l.file}:${l.line})` : 'no go test seen'
}

export function isAlpineImage(ref: string | null): boolean {
  if (!ref) return false
  const img = parseImage(ref)
  return img.repo === 'alpine' || /(^|[-.])alpine/.test(img.tag ?? '') || img.repo.endsWith('/alpine')
}

/** Whether a C toolchain usable by cgo is installed in the image the spec builds from. */
export function hasCCompiler(packages: Set<string>): boolean {
  const cc = ['gcc', 'clang', 'build-base', 'alpine-sdk', 'build-essential', 'g++']
  const libc = [
    'musl-dev',
    'build-base',
    'alpine-sdk',
    'libc-dev',
    'libc6-dev',
    'build-essential',
    'glibc-devel'
  ]
  return cc.some(p => packages.has(p)) && libc.some(p => packages.has(p))
}

export function packagesOf(spec: ContainerSpec): Set<string> {
  return spec.builtFrom ? installedPackages(spec.builtFrom) : new Set()
}

export function envValue(spec: ContainerSpec, name: string): string | undefined {
  return spec.env.get(name)?.value
}

export const loc = (spec: ContainerSpec): Loc => ({ file: spec.file, line: spec.line })
