import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The public test data lives beside the repo (`../shared/data`), never inside it.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of the shared data folder, or null when this machine does not have it. */
export function sharedDataDir(): string | null {
  const dir = process.env.PARALLAX_SHARED_DATA ?? path.resolve(REPO_ROOT, '..', 'shared', 'data');
  return existsSync(dir) ? dir : null;
}

/** Absolute path of one file or folder of the shared data, or null when absent. */
export function sharedDataPath(...parts: string[]): string | null {
  const dir = sharedDataDir();
  if (!dir) return null;
  const full = path.join(dir, ...parts);
  return existsSync(full) ? full : null;
}
