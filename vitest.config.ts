import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['policy/**/*.test.ts', 'src/**/*.test.ts', 'stacks/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
