/**
 * Defaults shared by the action and the CLI. The action's defaults live in action.yml; the CLI uses these,
 * and __tests__/defaults.test.ts keeps the two equal.
 */
export const DEFAULT_DOCKERFILE_GLOBS: readonly string[] = [
  '**/Dockerfile',
  '**/*.Dockerfile',
  '**/Dockerfile.*',
  '**/Containerfile',
  '**/compose.yml',
  '**/compose.yaml',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml'
]
