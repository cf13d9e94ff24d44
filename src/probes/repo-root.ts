import type { Host } from '../host/host.js'

/** The repository root: GITHUB_WORKSPACE when DIR is inside it, else the nearest parent with .git, else DIR. */
export async function findRepoRoot(host: Host, dir: string): Promise<string> {
  const abs = await host.realpath(dir).catch(() => dir)
  const ws = host.env['GITHUB_WORKSPACE']
  if (ws) {
    const root = await host.realpath(ws).catch(() => ws)
    if (abs === root || abs.startsWith(root.endsWith('/') ? root : root + '/')) return root
  }
  for (let d = abs; ;) {
    const hasGit = await host.lstat(`${d === '/' ? '' : d}/.git`).then(
      () => true,
      () => false
    )
    if (hasGit) return d
    const parent = d.replace(/\/[^/]*$/, '') || '/'
    if (parent === d) break
    d = parent
  }
  return abs
}
