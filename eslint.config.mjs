import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process']

/**
 * The stages of src/, earliest first (docs/architecture.md). A folder may import its own stage and the
 * earlier ones; `later` lists what it may not import (top-level names under src/). The action's steps
 * and the CLI's commands are siblings: neither imports the other.
 */
const ORDER = [
  ['host'],
  ['facts'],
  ['probes', 'goprobe'],
  ['gotest'],
  ['evidence'],
  ['core'],
  ['catalog'],
  ['dockerlint'],
  ['diagnose'],
  ['remediate'],
  ['report'],
  ['pipeline'],
  ['action', 'commands'],
  ['index', 'post', 'cli']
]
const STAGES = ORDER.flatMap((names, i) =>
  names.map(name => {
    // The entry files themselves are left out of `later`: `../index.js` is also each folder's own index.
    const later = ORDER.slice(i + 1, ORDER.length - 1).flat()
    if (name === 'action') later.push('commands')
    if (name === 'commands') later.push('action')
    return {
      files: ORDER.length - 1 === i ? [`src/${name}.ts`] : [`src/${name}/**/*.ts`],
      later
    }
  })
)

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '__tests__/fixtures/', 'testdata/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off'
    }
  },
  {
    // Everything printed in a workflow step may be read by the runner as a workflow command, so text
    // reaches the log only through inertText (core.info) or the CLI's InertWriter (src/cli.ts); the
    // toolkit's annotation and group commands escape their own data.
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='core'][callee.property.name='info']:not([arguments.0.callee.name='inertText'])",
          message: 'core.info(inertText(...)): text in the log must be made inert first.'
        },
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name=/^(stdout|stderr)$/][property.name='write']",
          message: 'Write to the log through the CLI Io (InertWriter in CI) or core.info(inertText(...)).'
        },
        {
          selector: "MemberExpression[object.name='console']",
          message: 'No console output: see src/cli.ts Io.'
        }
      ]
    }
  },
  // The architecture's one-way flow (docs/architecture.md): only src/host does I/O, and no folder imports
  // a later stage. Each override repeats the I/O ban because a later `no-restricted-imports` replaces
  // an earlier one.
  ...STAGES.map(({ files, later }, i) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: i === 0 ? [] : IO_MODULES,
          patterns: later.length
            ? [
                {
                  regex: `^(\\.\\./)+(${later.join('|')})/`,
                  message: `a later stage (${later.join(', ')}): see docs/architecture.md`
                }
              ]
            : []
        }
      ]
    }
  }))
)
