import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/cli.tsx'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  // Dependencies load from node_modules at run time; only our own source is bundled.
  banner: { js: '#!/usr/bin/env node' },
});
