import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { NodeHost } from '../../src/host/node-host.js'
import { DEFAULT_GLOBS, lintRepository } from '../../src/dockerlint/index.js'
import type { Finding } from '../../src/core/model.js'

export const FIXTURES = join(process.cwd(), 'testdata/docker')

/** Writes files into a fresh temp repository and returns its root. */
export function tempRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gedl-'))
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), text)
  }
  return root
}

export async function lintFiles(files: Record<string, string>, goModGo: string | null = null) {
  const root = tempRepo(files)
  return lintRepository(new NodeHost(), { root, globs: [...DEFAULT_GLOBS], goModGo })
}

export async function lintFixture(dir: string, goModGo: string | null = null) {
  return lintRepository(new NodeHost(), { root: join(FIXTURES, dir), globs: [...DEFAULT_GLOBS], goModGo })
}

export const ofRule = (fs: Finding[], id: string): Finding[] => fs.filter(f => f.rule === id)
