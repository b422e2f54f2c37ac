import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Command tests run the built binary: build it once before any test file runs.
    globalSetup: ['./test/build-cli.ts'],
  },
});
