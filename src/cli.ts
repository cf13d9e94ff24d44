#!/usr/bin/env node
/** The `go-env-guard` executable (dist/cli.js): src/commands/cli.ts on this process's arguments and streams. */
import { cli, type Io } from './commands/cli.js'
import { NodeHost } from './host/node-host.js'

const isMain = process.argv[1] !== undefined && /(^|[\\/])cli\.(js|ts)$/.test(process.argv[1])
if (isMain) {
  // A reader that goes away (`go-env-guard rules | head`) is not an error: stop quietly, as a shell
  // tool killed by SIGPIPE would, instead of an unhandled EPIPE stack trace.
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e
      process.exit(process.exitCode ?? 0)
    })
  }
  const io: Io = {
    out: t => void process.stdout.write(t),
    err: t => void process.stderr.write(t),
    tty: {
      stdout: Boolean(process.stdout.isTTY),
      stdin: Boolean(process.stdin.isTTY),
      columns: process.stdout.columns ?? null
    }
  }
  void cli(process.argv.slice(2), new NodeHost(), io).then(code => {
    process.exitCode = code
  })
}
