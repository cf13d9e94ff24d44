import { describe, expect, it } from '@jest/globals'
import { fixtureHits, inlineHits } from './cases.js'
import { lintFiles, ofRule } from '../helpers.js'

const R = 'docker-cpu-limit-gomaxprocs'
const wf = (image: string, extra = '') =>
  `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: docker run --rm --cpus 2 ${extra} ${image} go test ./...\n`
describe(R, () => {
  it('fires on --cpus=1.5 with golang:1.19; --cpuset-cpus is not a quota (GOMAXPROCS follows affinity)', async () => {
    expect(await fixtureHits('pattern/docker-run-limits', R)).toEqual(['.github/workflows/test.yml:34'])
  })
  it('fires when go.mod is older than 1.25 even with a 1.26 image', async () => {
    expect(await inlineHits({ '.github/workflows/a.yml': wf('golang:1.26') }, R, '1.24')).toEqual([
      '.github/workflows/a.yml:6'
    ])
  })
  it('does not fire with Go 1.26 and go.mod 1.25, or when GOMAXPROCS is set', async () => {
    expect(await inlineHits({ '.github/workflows/a.yml': wf('golang:1.26') }, R, '1.25.0')).toEqual([])
    expect(
      await inlineHits({ '.github/workflows/a.yml': wf('golang:1.24', '-e GOMAXPROCS=2') }, R, '1.24')
    ).toEqual([])
  })
  it('does not guess when neither toolchain nor go.mod is known', async () => {
    expect(await inlineHits({ '.github/workflows/a.yml': wf('myorg/ci:latest') }, R)).toEqual([])
  })
  it('reads --cpu-quota/--cpu-period and compose cpus', async () => {
    expect(
      await inlineHits(
        {
          'compose.yml':
            'services:\n  t:\n    image: golang:1.23\n    cpus: 0.5\n    command: go test ./...\n'
        },
        R
      )
    ).toEqual(['compose.yml:4'])
    expect(
      await inlineHits(
        { '.github/workflows/a.yml': wf('golang:1.23', '--cpu-quota 50000').replace('--cpus 2', '') },
        R
      )
    ).toEqual(['.github/workflows/a.yml:6'])
  })
  it('says "1 CPU" and "2 CPUs" (the message counts the quota)', async () => {
    const message = async (cpus: string): Promise<string> => {
      const r = await lintFiles(
        { '.github/workflows/a.yml': wf('golang:1.24').replace('--cpus 2', `--cpus ${cpus}`) },
        '1.24'
      )
      return ofRule(r.findings, R).map(f => f.message)[0] ?? ''
    }
    expect(await message('1')).toMatch(/ is limited to 1 CPU, but /)
    expect(await message('2')).toMatch(/ is limited to 2 CPUs, but /)
  })
})
