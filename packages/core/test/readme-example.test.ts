import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT_RE = /From your own script[\s\S]*?```js\n([\s\S]*?)```/;

// The README promises that this script runs with plain Node against the built package.
describe('the README script that imports @parallax/core', () => {
  it('runs with plain node from the repo root and prints the digest', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const script = SCRIPT_RE.exec(readme)?.[1];
    expect(script, 'README has a js block after "From your own script"').toBeDefined();
    expect(script?.trim().split('\n')).toHaveLength(5);
    const file = path.join(REPO_ROOT, `.readme-example-${process.pid}.mjs`);
    await writeFile(file, script ?? '');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: REPO_ROOT });
      expect(stdout.trim().length).toBeGreaterThan(0);
    } finally {
      await rm(file, { force: true });
    }
  });
});
