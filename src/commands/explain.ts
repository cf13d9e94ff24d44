import type { Io } from '../cli.js'
import type { Facts } from '../facts/types.js'
import type { Host } from '../host/host.js'
import { explainFilesJson, explainRun, factsFromJson, parseOutputFiles, runPreflight } from '../pipeline.js'
import { renderTerminal } from '../report/render-terminal.js'
import { parseArgs, str, UsageError } from './args.js'

export async function explainCommand(argv: readonly string[], host: Host, io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    values: ['dir', 'facts'],
    booleans: ['no-probe', 'json']
  })
  if (flags['facts'] && flags['no-probe']) throw new UsageError('--facts and --no-probe exclude each other')
  const files = positionals.length ? positionals : ['-']
  if (files.filter(f => f === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once')
  for (const f of files) {
    if (f === '-') continue
    const st = await host.lstat(f).catch(() => null)
    if (!st) throw new Error(`cannot read ${f}: no such file`)
    if (st.kind === 'dir') throw new Error(`cannot read ${f}: it is a directory`)
  }
  const dir = str(flags['dir']) ?? '.'
  let facts: Facts | null = null
  if (typeof flags['facts'] === 'string') {
    const path = flags['facts']
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`)
    })
    facts = factsFromJson(text, path)
  } else if (!flags['no-probe']) {
    facts = (await runPreflight(host, { dir, goProbe: 'auto', dockerfiles: [] })).facts
  }
  if (flags['json']) {
    await explainFilesJson(host, files, { dir, facts }, t => io.out(t))
    return 0
  }
  const run = await parseOutputFiles(host, files, dir)
  io.out(renderTerminal(explainRun(run, facts, []).report, { color: host.isTTY }))
  return 0
}
