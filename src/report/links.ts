/** Where the report links: source lines at the run's commit, rule docs at the action's ref, the run. */
export interface LinkContext {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string
  /** The commit the run is for (GITHUB_SHA). */
  sha: string
  /** Base URL of the rule docs, ending in `/`; `<base><id>.md`. */
  docsBase: string
  /** Link to this workflow run, when known. */
  runUrl?: string
}

/** A repository-relative path we are willing to link to: no absolute paths, no `..`. */
export function safeRelativePath(file: string | undefined): string | null {
  if (!file) return null
  const p = file.replace(/\\/g, '/').replace(/^\.\//, '')
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').some(s => s === '..' || s === '')) return null
  return p
}

/** `https://github.com/<repo>/blob/<sha>/<file>#L<line>`, or null when it cannot be built safely. */
export function sourceUrl(
  links: LinkContext | null,
  file: string | undefined,
  line: number | undefined
): string | null {
  const rel = safeRelativePath(file)
  if (!links || !rel || !links.repository || !links.sha) return null
  const path = rel.split('/').map(encodeURIComponent).join('/')
  const anchor = line && line > 0 ? `#L${Math.floor(line)}` : ''
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}${anchor}`
}

export function ruleDocUrl(links: LinkContext | null, rule: string): string | null {
  if (!links || !/^[a-z0-9][a-z0-9-]*$/.test(rule)) return null
  return `${links.docsBase}${rule}.md`
}

/**
 * Links from the runner's environment. The rule docs live in the action's own repository at the ref
 * the workflow used (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF, set for `uses: owner/repo@ref`);
 * for a local `uses: ./` they are in the repository under test at its commit.
 */
export function linksFromEnv(env: Readonly<Record<string, string | undefined>>): LinkContext | null {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const sha = env.GITHUB_SHA ?? ''
  if (!repository || !sha) return null
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const actionRepo = env.GITHUB_ACTION_REPOSITORY
  const actionRef = env.GITHUB_ACTION_REF
  const docsBase =
    actionRepo && actionRef
      ? `${serverUrl}/${actionRepo}/blob/${encodeURIComponent(actionRef)}/docs/rules/`
      : `${serverUrl}/${repository}/blob/${sha}/docs/rules/`
  const runId = env.GITHUB_RUN_ID
  const attempt = env.GITHUB_RUN_ATTEMPT
  const runUrl = runId
    ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
    : undefined
  return { serverUrl, repository, sha, docsBase, runUrl }
}
