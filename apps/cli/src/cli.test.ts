import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimSchema, CleanArticleSchema, DigestSchema } from '@parallax/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };

// These tests run the built binary (test/build-cli.ts builds it first), as a user or a script would.
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function parallax(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Another story, with a Cyrillic 'а' inside "sаil" and "ferrу" (Cyrillic у): look-alike letters.
const HARBOUR = 'Harbour ferries return\n\nThe harbour master said twelve ferries would sаil again on Tuesday.\nEach ferrу carries 300 passengers.\n';
const HARBOUR_OTHER = '# Ferries back on Tuesday\n\nOfficials said 12 ferries would sail again on Tuesday, each carrying 300 passengers.\n';
// 'Café' saved as Latin-1: 0xE9 is not UTF-8.
const LATIN1 = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners said the ferries were late.\n')]);

describe('parallax (built binary)', { timeout: 60_000 }, () => {
  let dir: string;
  let corpus: string;
  let cleanCorpus: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parallax-cli-'));
    corpus = path.join(dir, 'story');
    cleanCorpus = path.join(dir, 'clean-story');
    await mkdir(corpus);
    await mkdir(cleanCorpus);
    await writeFile(path.join(cleanCorpus, 'harbour.txt'), HARBOUR);
    await writeFile(path.join(cleanCorpus, 'ferries.md'), HARBOUR_OTHER);
    await writeFile(path.join(corpus, 'harbour.txt'), HARBOUR);
    await writeFile(path.join(corpus, 'ferries.md'), HARBOUR_OTHER);
    await writeFile(path.join(corpus, 'cafe-latin1.txt'), LATIN1);
    await writeFile(path.join(corpus, 'empty.txt'), '');
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR);
    await writeFile(path.join(dir, 'cafe-latin1.txt'), LATIN1);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('digest', () => {
    it('--json prints one Digest object on the embedded corpus and nothing else', () => {
      const { code, stdout } = parallax('digest', '--json');
      expect(code).toBe(0);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      const parsed = DigestSchema.safeParse(JSON.parse(stdout));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data?.articles.length).toBe(5);
    });

    it('prints a readable text digest without --json', () => {
      const { code, stdout } = parallax('digest', '--corpus', cleanCorpus);
      expect(code).toBe(0);
      for (const section of ['Summary', 'Clusters, most independently supported first', 'Conflicts', 'Outlets']) expect(stdout).toContain(`\n${section}\n`);
      expect(stdout).toContain('2 articles from 2 outlets');
    });

    it('follows each summary line with its sources: outlet · article · sentence', () => {
      const { code, stdout } = parallax('digest');
      expect(code).toBe(0);
      const summary = stdout.slice(stdout.indexOf('\nSummary\n') + 9, stdout.indexOf('\n\nClusters')).split('\n');
      const lines = summary.filter((line) => line.startsWith('  - '));
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(summary).toHaveLength(lines.length * 2);
      for (const [index, line] of summary.entries()) {
        if (index % 2 === 1) expect(line).toMatch(/^ {6}sources: [^·;]+ · [^·;]+ · sentences? \d+(, \d+)*(; [^·;]+ · [^·;]+ · sentences? \d+(, \d+)*)*$/);
      }
    });

    it('skips unreadable files in a folder, names each on stderr, exits 3 and still prints the rest', () => {
      const { code, stdout, stderr } = parallax('digest', '--json', '--corpus', corpus);
      expect(code).toBe(3);
      expect(stderr).toMatch(/skipped: cannot read article 'cafe-latin1\.txt': not valid UTF-8/);
      expect(stderr).toMatch(/skipped: cannot read article 'empty\.txt': the file is empty/);
      const digest = DigestSchema.parse(JSON.parse(stdout));
      expect(digest.articles.map((article) => article.id).sort()).toEqual(['ferries', 'harbour']);
    });

    it('fails with exit 1 and a message naming a missing folder, printing nothing on stdout', () => {
      const { code, stdout, stderr } = parallax('digest', '--json', '--corpus', '/missing');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain("'/missing'");
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('clean', () => {
    it('prints the clean text with look-alike letters repaired', () => {
      const { code, stdout } = parallax('clean', path.join(dir, 'harbour.txt'));
      expect(code).toBe(0);
      expect(stdout).toContain('would sail again on Tuesday');
      expect(stdout).not.toMatch(/[\u0400-\u04FF]/);
    });

    it('--edits lists each edit with its span, before -> after, and counts them by kind', () => {
      const { code, stdout } = parallax('clean', path.join(dir, 'harbour.txt'), '--edits');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^== harbour\.txt: Harbour ferries return$/m);
      expect(stdout).toMatch(/^homoglyph\s+\d+-\d+\s+"sаil" -> "sail"/m);
      expect(stdout).toMatch(/^\s+\d+ edits: .*homoglyph [2-9]/m);
    });

    it('--report counts edits by kind per article', () => {
      const { code, stdout } = parallax('clean', path.join(dir, 'harbour.txt'), '--report');
      expect(code).toBe(0);
      expect(stdout).toMatch(/edits?: .*homoglyph \d/);
      expect(stdout).toMatch(/\d+ flags? · spin \d\.\d\d/);
    });

    it('--json prints { article, cleanText, edits, spin, … } that passes its schema', () => {
      const { code, stdout } = parallax('clean', path.join(dir, 'harbour.txt'), '--json');
      expect(code).toBe(0);
      const clean = CleanArticleSchema.parse(JSON.parse(stdout));
      expect(clean.article.id).toBe('harbour');
      expect(clean.edits.some((edit) => edit.kind === 'homoglyph' && edit.before === 'sаil' && edit.after === 'sail')).toBe(true);
      expect(Object.keys(JSON.parse(stdout))).toEqual(expect.arrayContaining(['article', 'cleanText', 'edits', 'spin']));
    });

    it('exits 3 naming a file it could not read, and still cleans the others', () => {
      const { code, stdout, stderr } = parallax('clean', path.join(dir, 'harbour.txt'), path.join(dir, 'cafe-latin1.txt'));
      expect(code).toBe(3);
      expect(stderr).toContain(`cannot read article '${path.join(dir, 'cafe-latin1.txt')}': not valid UTF-8`);
      expect(stdout).toContain('would sail again');
    });

    it('exits 1 when no file could be read', () => {
      const { code, stdout, stderr } = parallax('clean', path.join(dir, 'no-such-file.txt'));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain("no-such-file.txt': no such file");
    });
  });

  describe('claims', () => {
    it('FILE --json prints the file’s claims, each passing ClaimSchema', () => {
      const { code, stdout } = parallax('claims', path.join(dir, 'harbour.txt'), '--json');
      expect(code).toBe(0);
      const claims = z.array(ClaimSchema).parse(JSON.parse(stdout));
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((claim) => claim.articleId === 'harbour')).toBe(true);
    });

    it('--corpus DIR --json prints the folder’s claims and exits 3 for its skipped files', () => {
      const { code, stdout, stderr } = parallax('claims', '--corpus', corpus, '--json');
      expect(code).toBe(3);
      expect(stderr).toContain('empty.txt');
      const claims = z.array(ClaimSchema).parse(JSON.parse(stdout));
      expect(new Set(claims.map((claim) => claim.articleId))).toEqual(new Set(['ferries', 'harbour']));
    });
  });

  describe('usage', () => {
    it('--help prints the usage on stdout', () => {
      const { code, stdout } = parallax('--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: parallax/);
    });

    it('--version prints the version', () => {
      expect(parallax('--version')).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
    });

    it.each([['frobnicate'], ['digest', '--nope'], ['clean']])('%j prints the usage on stderr and exits 2', (...args) => {
      const { code, stdout, stderr } = parallax(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: parallax');
    });
  });

  describe('without a terminal', () => {
    it('prints the text digest instead of starting the UI, and exits 0', () => {
      const { code, stdout } = parallax();
      expect(code).toBe(0);
      expect(stdout).toContain('Clusters, most independently supported first');
    });

    it('names a missing --corpus folder and exits 1', () => {
      const { code, stderr } = parallax('--corpus', '/missing');
      expect(code).toBe(1);
      expect(stderr).toContain("cannot load corpus '/missing'");
    });
  });
});
