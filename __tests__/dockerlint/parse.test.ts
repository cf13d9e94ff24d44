import { describe, expect, it } from '@jest/globals'
import { parseWorkflow } from '../../src/dockerlint/workflow.js'
import { parseCompose } from '../../src/dockerlint/compose.js'
import { parseDockerfile } from '../../src/dockerlint/dockerfile.js'
import { parseSize, splitCommands, findGoTests } from '../../src/dockerlint/shell.js'
import { classify, DOCKER_EXPLAINS, dockerRules } from '../../src/dockerlint/index.js'
import { findingsAttacher } from '../../src/pipeline/explain.js'

describe('parsers keep lines', () => {
  it('puts a docker run inside a block scalar on its own line, with options on theirs', () => {
    const src =
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - name: a\n        run: |\n          echo one\n\n          docker run --rm \\\n            --memory 1g \\\n            golang:1.26 go test ./...\n'
    const { parsed, errors } = parseWorkflow('w.yml', src)
    expect(errors).toEqual([])
    const c = parsed.containers[0]
    expect([c.line, c.memory?.line, c.image?.line, c.goTestLine?.line]).toEqual([10, 11, 12, 12])
    expect(c.memory?.value).toBe(1024 ** 3)
  })
  it('reads job container options and services with their lines', () => {
    const src =
      'jobs:\n  t:\n    container:\n      image: golang:1.24\n      options: --cpus 2 --ulimit nofile=1024:2048\n    services:\n      pg:\n        image: postgres\n        options: >-\n          --shm-size 256m\n    steps:\n      - run: go test -race ./...\n'
    const { parsed } = parseWorkflow('w.yml', src)
    const [job, svc] = parsed.containers
    expect(job.cpus).toMatchObject({ value: 2, line: 5 })
    expect(job.ulimits[0]).toMatchObject({ soft: 1024, hard: 2048, line: 5 })
    expect(job.race?.line).toBe(12)
    expect(svc.shmSize?.value).toBe(256 * 1024 * 1024)
  })
  it('reads compose with merge keys and list/map forms', () => {
    const src =
      'x-base: &base\n  mem_limit: 512m\n  environment:\n    GOMAXPROCS: "2"\nservices:\n  t:\n    <<: *base\n    image: golang:1.26\n    environment:\n      - CGO_ENABLED=0\n    sysctls:\n      - net.core.somaxconn=1024\n'
    const { services } = parseCompose('c.yml', src)
    const s = services[0].spec
    expect(s.memory).toMatchObject({ value: 512 * 1024 * 1024, line: 2 })
    expect(s.env.get('CGO_ENABLED')?.line).toBe(10)
    expect(s.sysctls[0]).toMatchObject({ key: 'net.core.somaxconn', value: '1024', line: 12 })
  })
  it('Dockerfile: stages, inheritance, continuations', () => {
    const { model, errors } = parseDockerfile(
      'D',
      'FROM golang:1.26 AS base\nENV A=1 \\\n    B=2\nFROM base AS t\nRUN go \\\n  test -race ./...\n'
    )
    expect(errors).toEqual([])
    expect(model.stages[1].parent?.name).toBe('base')
    expect(model.stages[1].env.get('B')?.value).toBe('2')
    expect(model.stages[1].instructions[0]).toMatchObject({ line: 5, endLine: 6 })
  })
  it('shell: quotes, sh -c, sizes', () => {
    const cmds = splitCommands(`FOO=1 bash -lc 'cd x && CGO_ENABLED=0 go test -race ./...' ; echo "a b"`, 3)
    const t = findGoTests(cmds)
    expect(t).toHaveLength(1)
    expect(t[0].race).toBe(true)
    expect(parseSize('1g')).toBe(1024 ** 3)
    expect(parseSize('512MB')).toBe(512 * 1024 ** 2)
    expect(parseSize('100')).toBe(100)
    expect(parseSize('lots')).toBeNull()
  })
  it('classifies files', () => {
    expect(classify('.github/workflows/a.yaml')).toBe('workflow')
    expect(classify('deploy/docker-compose.ci.yml')).toBe('compose')
    expect(classify('x/Containerfile')).toBe('dockerfile')
  })
})

describe('rule registry and the causes findings explain', () => {
  it('lists every rule with a docs path and a prefixed id', () => {
    for (const r of dockerRules) {
      expect(r.id).toMatch(/^(docker|compose|workflow)-/)
      expect(r.docs).toBe(`docs/rules/${r.id}.md`)
    }
  })
  it('maps docker findings to the catalog causes they explain', () => {
    expect(DOCKER_EXPLAINS['docker-tmpfs-noexec']).toEqual(['noexec-tmp'])
    const f = {
      rule: 'docker-tmpfs-noexec',
      severity: 'error' as const,
      title: '',
      message: 'tmpfs is noexec',
      evidence: [],
      remedy: ''
    }
    const g = { ...f, rule: 'docker-go-eol', message: 'Go is past its end of life' }
    const failure = (rule: string) => ({
      package: null,
      test: null,
      kind: 'test' as const,
      excerpt: '',
      causes: [{ rule, confidence: 'high' as const, evidence: [], remedy: '' }]
    })
    const attach = findingsAttacher([f, g])
    expect(attach(failure('noexec-tmp')).causes[0]?.explainedBy).toEqual(['tmpfs is noexec'])
    expect(attach(failure('oom-kill')).causes[0]?.explainedBy).toBeUndefined()
  })
})
