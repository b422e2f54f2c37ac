import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../ingest/index.ts';
import { CleanArticleSchema, type Article } from '../model/index.ts';
import { applyEdits, cleanArticle, cleanCorpus, revertEdits } from './index.ts';

const articleOf = (body: string, id = 'a'): Article => ({
  id,
  outletId: `outlet-${id}`,
  outlet: `Outlet ${id}`,
  title: body.split('\n')[0] ?? '',
  body,
  source: `${id}.txt`,
  sourcePath: `${id}.txt`,
  format: 'txt',
  credits: [],
});

// Characters that exercise every repair: look-alikes, odd spaces, marks, quotes, brackets, markup.
const NOISY_UNIT = fc.constantFrom(
  ...'abc KMT .,;:!?-\n\n\r\t"“”‘’[]()#*_&е о Ρ\u00A0\u200B\u0301ü Путин. U. S. p. m. [y] the the'.split(' '),
  ' ',
  ' ',
  'word ',
  'Word ',
);
const noisyText = fc.array(NOISY_UNIT, { maxLength: 60 }).map((units) => units.join(''));

describe('cleanArticle invariants', () => {
  it('is lossless: the edits restore the body byte for byte', () => {
    fc.assert(
      fc.property(noisyText, (body) => {
        const clean = cleanArticle(articleOf(body));
        expect(applyEdits(body, clean.edits)).toBe(clean.cleanText);
        expect(revertEdits(clean.cleanText, clean.edits)).toBe(body);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: cleaning clean text changes nothing', () => {
    fc.assert(
      fc.property(noisyText, (body) => {
        const once = cleanArticle(articleOf(body));
        const twice = cleanArticle(articleOf(once.cleanText));
        expect(twice.edits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is lossless and idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (body) => {
        const once = cleanArticle(articleOf(body));
        expect(revertEdits(once.cleanText, once.edits)).toBe(body);
        expect(cleanArticle(articleOf(once.cleanText)).edits).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('cleanCorpus on the embedded corpus', () => {
  let articles: Article[] = [];
  beforeAll(async () => {
    articles = (await loadCorpus()).articles;
  });

  it('returns schema-valid, lossless clean articles', () => {
    for (const clean of cleanCorpus(articles)) {
      expect(CleanArticleSchema.safeParse(clean).success).toBe(true);
      expect(revertEdits(clean.cleanText, clean.edits)).toBe(clean.article.body);
      for (const edit of clean.edits) expect(clean.article.body.slice(edit.start, edit.end)).toBe(edit.before);
    }
  });

  it('is idempotent across the corpus', () => {
    const once = cleanCorpus(articles);
    const again = cleanCorpus(once.map((clean) => ({ ...clean.article, body: clean.cleanText })));
    for (const clean of again) expect(clean.edits).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(cleanCorpus(articles))).toBe(JSON.stringify(cleanCorpus(articles)));
  });

  it('leaves no look-alike letter inside a Latin word', () => {
    for (const clean of cleanCorpus(articles)) expect(clean.cleanText).not.toMatch(/\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/u);
  });
});
