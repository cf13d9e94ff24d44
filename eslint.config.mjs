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
