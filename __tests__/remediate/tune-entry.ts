// A minimal CLI entry for the tests when src/cli.ts does not bundle (other commands mid-edit):
// `node tune-entry.mjs tune ...` behaves like `go-env-guard tune ...`, exit codes included.
import { tuneCommand } from '../../src/commands/tune.js'
import { NodeHost } from '../../src/host/node-host.js'

const [command, ...args] = process.argv.slice(2)
const io = {
  out: (t: string) => void process.stdout.write(t),
  err: (t: string) => void process.stderr.write(t)
}
if (command !== 'tune') {
  io.err('tune-entry: only `tune` is supported\n')
  process.exitCode = 2
} else {
  tuneCommand(args, new NodeHost(), io).then(
    code => (process.exitCode = code),
    (e: unknown) => {
      io.err(`go-env-guard: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`)
      process.exitCode = 2
    }
  )
}
