import { describe, expect, it } from '@jest/globals'
import { tmpfsIsNoexec } from '../../../src/dockerlint/rules/docker-tmpfs-noexec.js'
import { fixtureHits, inlineHits } from './cases.js'

const R = 'docker-tmpfs-noexec'
describe(R, () => {
  it('fires on compose `tmpfs: - /tmp` where go test runs (pattern from umlx5h/gtrash)', async () => {
    expect(await fixtureHits('pattern/tmpfs-compose', R)).toEqual(['docker-compose.yaml:9'])
  })
  it('does not fire on the real gtrash compose file: its tmpfs mounts are not where test binaries go', async () => {
    expect(await fixtureHits('real/gtrash', R)).toEqual([])
  })
  it('does not fire with `/tmp:exec`', async () => {
    expect(await fixtureHits('pattern/tmpfs-compose-exec', R)).toEqual([])
  })
  it('does not fire on `--tmpfs /tmp:exec,size=250M` (pattern/pids)', async () => {
    expect(await fixtureHits('pattern/pids', R)).toEqual([])
  })
  it('fires on `docker run --tmpfs /tmp` in a run: block, on the docker run line', async () => {
    const wf =
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |\n          set -e\n          docker run --rm --tmpfs /tmp golang:1.26 go test ./...\n'
    expect(await inlineHits({ '.github/workflows/a.yml': wf }, R)).toEqual(['.github/workflows/a.yml:8'])
  })
  it('follows GOTMPDIR: no finding when test binaries go elsewhere, a finding when GOTMPDIR is on the tmpfs', async () => {
    const run = (env: string, mount: string) =>
      `on: push\njobs:\n  t:\n    runs-on: x\n    container:\n      image: golang:1.26\n      options: --tmpfs ${mount} ${env}\n    steps:\n      - run: go test ./...\n`
    expect(await inlineHits({ '.github/workflows/a.yml': run('-e GOTMPDIR=/work/tmp', '/tmp') }, R)).toEqual(
      []
    )
    expect(
      await inlineHits({ '.github/workflows/a.yml': run('-e GOTMPDIR=/scratch/go', '/scratch') }, R)
    ).toEqual(['.github/workflows/a.yml:7'])
  })
  it('does not fire when no go test runs in the container', async () => {
    expect(
      await inlineHits({ 'compose.yml': 'services:\n  db:\n    image: postgres:17\n    tmpfs: /tmp\n' }, R)
    ).toEqual([])
  })
  it('merges options like Docker: the last of exec/noexec wins over the noexec default', () => {
    expect(tmpfsIsNoexec([])).toBe(true)
    expect(tmpfsIsNoexec(['rw', 'size=64m'])).toBe(true)
    expect(tmpfsIsNoexec(['exec'])).toBe(false)
    expect(tmpfsIsNoexec(['exec', 'noexec'])).toBe(true)
    expect(tmpfsIsNoexec(['noexec', 'exec'])).toBe(false)
  })
})
