import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
  {
    // The architecture's one-way flow: only src/host does I/O. Everything pure must not import fs or
    // child_process; the entry points and the I/O edges (publish, apply/restore) go through Host too.
    files: ['src/**/*.ts'],
    ignores: ['src/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'] }
      ]
    }
  }
)
