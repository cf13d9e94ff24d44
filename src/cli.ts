export async function cli(_argv: string[]): Promise<number> {
  return 0
}

void cli(process.argv.slice(2)).then(code => {
  process.exitCode = code
})
