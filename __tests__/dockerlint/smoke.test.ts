import { describe, expect, it } from '@jest/globals'
import { lintFiles } from './helpers.js'

describe('smoke', () => {
  it('lints a workflow, a compose file and a Dockerfile', async () => {
    const r = await lintFiles(
      {
        '.github/workflows/ci.yml': `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: tests
        run: |
          echo start
          docker run --rm --tmpfs /tmp -m 1g --cpus 1.5 -v $PWD:/src -w /src golang:1.23 go test -race ./...
`,
        'docker-compose.yml': `services:
  test:
    build: .
    tmpfs:
      - /tmp
    sysctls:
      vm.max_map_count: 262144
`,
        Dockerfile: `FROM golang:1.22-alpine
ENV CGO_ENABLED=0
RUN ulimit -n 65536
CMD go test -race ./...
`
      },
      '1.22'
    )
    for (const f of [...r.findings, ...r.errors]) console.log(f.rule, f.file, f.line, f.message.slice(0, 100))
    expect(r.files.length).toBe(3)
  })
})
