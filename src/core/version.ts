// Kept in step with package.json by __tests__/meta.test.ts.
export const VERSION = '0.1.0'
