// Native ESM jest, as in actions/typescript-action: ts-jest in ESM mode plus ts-jest-resolver for
// the `.js` suffixes in relative imports. Type checking is `npm run typecheck`'s job, so ts-jest only
// transpiles (isolatedModules), which keeps the suite fast on a 2-core runner.
export default {
  preset: 'ts-jest/presets/default-esm',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true, isolatedModules: true }]
  },
  collectCoverageFrom: ['src/**/*.ts'],
  testTimeout: 30000
}
