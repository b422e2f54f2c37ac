import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCorpusError } from '../errors.ts';
import { ArticleSchema } from '../model/index.ts';
import { loadCorpus } from './load-corpus.ts';

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-corpus-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

describe('loadCorpus', () => {
  it('loads the embedded corpus with its manifest when given no folder', async () => {
    const corpus = await loadCorpus();
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.diagnostics).toEqual([]);
    expect(new Set(corpus.articles.map((a) => a.outletId)).size).toBe(5);
    for (const article of corpus.articles) {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('skips unreadable files with a message naming each, and loads the rest', async () => {
    const dir = await folder({
      'good.txt': 'Headline\n\nA sentence.',
      'empty.txt': '',
      'latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]),
      'image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      'notes.pdf': 'not an article',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.diagnostics.map((d) => [d.file, d.severity, d.message])).toEqual([
      ['empty.txt', 'error', "cannot read article 'empty.txt': the file is empty"],
      ['image.md', 'error', "cannot read article 'image.md': binary data, not text (NUL byte at offset 4)"],
      ['latin1.txt', 'error', "cannot read article 'latin1.txt': not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8 and try again"],
      ['notes.pdf', 'info', "skipped 'notes.pdf': not a .txt, .md, .json or .html file"],
    ]);
  });

  it('gives duplicate ids a suffix and says so', async () => {
    const corpus = await loadCorpus(await folder({ 'story.md': '# A\n\nOne.', 'story.txt': 'B\n\nTwo.' }));
    expect(corpus.articles.map((a) => a.id)).toEqual(['story', 'story-2']);
    expect(corpus.diagnostics[0]?.message).toMatch(/'story.txt' shares the id 'story'/);
  });

  it('reports a bad manifest and still loads the articles', async () => {
    const corpus = await loadCorpus(await folder({ 'manifest.json': '{"articles": [{"outlet": 3}]}', 'a.txt': 'T\n\nBody.' }));
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ file: 'manifest.json', severity: 'warning' });
  });

  it('ignores sub-folders', async () => {
    const dir = await folder({ 'a.txt': 'T\n\nBody.' });
    await mkdir(path.join(dir, 'archive'));
    expect((await loadCorpus(dir)).articles).toHaveLength(1);
  });

  it('throws a CorpusError naming a missing folder', async () => {
    const error = await loadCorpus('/no/such/place').catch((e: unknown) => e);
    expect(isCorpusError(error)).toBe(true);
    expect((error as Error).message).toBe("cannot load corpus '/no/such/place': no such folder");
  });
});
