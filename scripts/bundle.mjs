// Builds the three committed bundles. esbuild is pinned exactly in package.json so that the
// dist/ check (`.ci/run`) compares byte for byte. The createRequire banner is needed because CJS
// dependencies of @actions/http-client call require() on Node builtins inside an ESM bundle
// (esbuild issue #1921; seen crashing with "Dynamic require of "net" is not supported").
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'

const banner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
}
mkdirSync('dist', { recursive: true })
for (const name of ['index', 'post', 'cli']) {
  await build({
    entryPoints: [`src/${name}.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: `dist/${name}.js`,
    banner: name === 'cli' ? { js: '#!/usr/bin/env node\n' + banner.js } : banner,
    legalComments: 'none',
    logLevel: 'warning'
  })
}
