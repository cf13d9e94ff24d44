import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { NodeHost } from '../../src/host/node-host.js'
import { GO_TEST_OOM_SCORE_ADJ, oomScoreNote } from '../../src/pipeline/go-test.js'

const host = new NodeHost()

async function drain(p: ReturnType<NodeHost['spawnStream']>): Promise<string> {
  let out = ''
  for await (const c of p.output) if (c.stream === 'stdout') out += c.chunk.toString()
  await p.exit
  return out
}

describe('oom_score_adj of a streamed child', () => {
  it('is written right after the child starts, and its children inherit it; ours stays', async () => {
    const own = readFileSync('/proc/self/oom_score_adj', 'utf8').trim()
    // The child waits a little, as the go command does before its first child, then reads its own value
    // and a grandchild's.
    const p = host.spawnStream(
      'sh',
      ['-c', 'sleep 0.2; cat /proc/self/oom_score_adj; sh -c "cat /proc/self/oom_score_adj"'],
      { oomScoreAdj: GO_TEST_OOM_SCORE_ADJ }
    )
    expect(p.oomScoreAdj).toEqual({ ok: true, value: 1000 })
    expect((await drain(p)).split('\n').filter(Boolean)).toEqual(['1000', '1000'])
    expect(readFileSync('/proc/self/oom_score_adj', 'utf8').trim()).toBe(own)
  })

  it('is left alone when not asked for, and a start failure says so', async () => {
    const p = host.spawnStream('sh', ['-c', 'cat /proc/self/oom_score_adj'], {})
    expect(p.oomScoreAdj).toBeUndefined()
    expect((await drain(p)).trim()).toBe(readFileSync('/proc/self/oom_score_adj', 'utf8').trim())
    const q = host.spawnStream('/nonexistent/go', [], { oomScoreAdj: 1000 })
    expect(q.oomScoreAdj).toEqual({ ok: false, reason: 'the process did not start' })
    await drain(q)
  })
})

describe('oomScoreNote', () => {
  const ok = { ok: true as const, value: 1000 }
  const killedCompile = {
    failures: [
      {
        package: 'p',
        test: null,
        kind: 'build' as const,
        excerpt: 'runtime: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed',
        output: ''
      }
    ]
  }
  it('says nothing on an ordinary run', () => {
    expect(oomScoreNote(ok, { code: 1, signal: null }, { failures: [] })).toBeNull()
    expect(oomScoreNote(undefined, { code: null, signal: 'SIGKILL' }, killedCompile)).toBeNull()
  })
  it('names the setting when something was killed', () => {
    expect(oomScoreNote(ok, { code: 1, signal: null }, killedCompile)).toMatch(
      /oom_score_adj 1000.*before go-env-guard.*a process it started was killed/
    )
    expect(oomScoreNote(ok, { code: null, signal: 'SIGKILL' }, { failures: [] })).toMatch(
      /the go command was killed \(SIGKILL\)/
    )
  })
  it('says when it could not be set', () => {
    expect(
      oomScoreNote(
        { ok: false, reason: 'could not write /proc/1/oom_score_adj: EACCES' },
        { code: 0, signal: null },
        { failures: [] }
      )
    ).toMatch(/EACCES.*may kill go-env-guard before the tests/)
  })
})
