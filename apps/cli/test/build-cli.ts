import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** vitest globalSetup: build `dist/cli.js` from the current source, so command tests never run a stale binary. */
export default function setup(): void {
  const api = path.join(PACKAGE_DIR, 'node_modules/@parallax/api/dist/index.js');
  if (!existsSync(api)) throw new Error(`@parallax/api is not built (${api} is missing): run 'pnpm build' at the repository root first`);
  execFileSync(path.join(PACKAGE_DIR, 'node_modules/.bin/tsup'), ['--silent'], { cwd: PACKAGE_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
}
