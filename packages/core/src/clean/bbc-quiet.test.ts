import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../test/shared-data.ts';
import { readBbc } from '../../test/fixtures/noise/bbc.ts';
import type { CleanArticle } from '../model/index.ts';
import { cleanCorpus } from './index.ts';
import { lineSpans } from './text-units.ts';

// 2,225 clean, professionally edited BBC articles: every change the cleaner makes here is suspect.
const BBC_DIR = sharedDataPath('bbc-news');

/** Lines of the body that deletions cover for the most part: lines the cleaner dropped. */
function droppedLines(clean: CleanArticle): string[] {
  const covered = new Uint8Array(clean.article.body.length);
  for (const edit of clean.edits) if (edit.after.length < edit.before.length) covered.fill(1, edit.start, edit.end);
  return lineSpans(clean.article.body).filter((line) => {
    const letters = [...line.text.matchAll(/\p{L}/gu)].map((m) => line.start + (m.index ?? 0));
    return letters.length > 0 && letters.filter((at) => covered[at] === 1).length * 2 > letters.length;
  }).map((line) => line.text);
}

describe.skipIf(BBC_DIR === null)('quiet on clean text: the BBC news corpus', () => {
  let cleaned: CleanArticle[] = [];
  let skipped = 0;
  beforeAll(async () => {
    const bbc = await readBbc(BBC_DIR ?? '');
    skipped = bbc.skipped;
    cleaned = cleanCorpus(bbc.articles);
  }, 120_000);

  it('reads every article but the Latin-1 one', () => {
    expect(cleaned.length).toBe(2224);
    expect(skipped).toBe(1);
  });

  it('changes well under 0.1% of the characters', async ({ annotate }) => {
    const total = cleaned.reduce((sum, c) => sum + c.article.body.length, 0);
    const changed = cleaned.reduce((sum, c) => sum + c.edits.reduce((s, e) => s + Math.max(e.before.length, e.after.length), 0), 0);
    const share = changed / total;
    await annotate(`${changed} of ${total} characters changed (${(100 * share).toFixed(4)}%)`);
    expect(share).toBeLessThan(0.0002);
  });

  it('drops no genuine line', () => {
    const dropped = cleaned.flatMap((c) => droppedLines(c).map((line) => `${c.article.id}: ${line}`));
    expect(dropped).toEqual([]);
  });
});

describe.skipIf(BBC_DIR !== null)('quiet on clean text: the BBC news corpus', () => {
  it.skip('skipped: ../shared/data/bbc-news is absent on this machine', () => {});
});
