// Builds the committed bundles: the entry points dist/index.js (main), dist/post.js and dist/cli.js,
// and the chunks they share in dist/chunks/. Code splitting lets the CLI load a command, the
// Dockerfile and YAML parsers and the Go probe only when they are used (start-up time is most of what
// doctor costs).
// esbuild is pinned exactly in package.json so that the dist/ check (`.ci/run`) compares byte for
// byte; chunk names carry a content hash, and stale chunks are removed before each build. The
// createRequire banner is needed because CJS dependencies of @actions/http-client call require() on
// Node builtins inside an ESM bundle (esbuild issue #1921; seen crashing with "Dynamic require of
// "net" is not supported"). src/cli.ts starts with its own `#!/usr/bin/env node`, which esbuild keeps
// above the banner.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'

const banner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
}
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist', { recursive: true })
await build({
  entryPoints: ['src/index.ts', 'src/post.ts', 'src/cli.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  // yaml's `node` export is CommonJS, which esbuild wraps whole; its ESM build (the package's `default`
  // export, the same code) can be tree-shaken and is evaluated lazily, which halves its start-up cost.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  legalComments: 'none',
  logLevel: 'warning'
})
const chunks = readdirSync('dist/chunks')
if (chunks.length > 64) throw new Error(`bundle: ${chunks.length} chunks; check the dynamic imports`)
