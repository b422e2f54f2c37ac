import { defineConfig } from 'vitest/config';

// The browser test drives the BUILT app (`next build` first; turbo's test:e2e depends on build).
export default defineConfig({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.e2e.test.ts', 'e2e/**/*.e2e.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One server, one browser: run files one after another.
    fileParallelism: false,
    // Every test by name, so a skipped browser check shows its reason.
    reporters: ['verbose'],
  },
});
