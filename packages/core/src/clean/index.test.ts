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

describe('cleanArticle diagnostics', () => {
  it('warns when most of an article reads as furniture', () => {
    const clean = cleanArticle(articleOf('Hi\n\nRelated Stories\n\nMost Read\n\nLeave a Comment\n\nYour email address will not be published.'));
    expect(clean.cleanText).toBe('Hi\n');
    expect(clean.diagnostics).toEqual([expect.objectContaining({ stage: 'clean', rule: 'mostly-removed', severity: 'warning' })]);
    expect(cleanArticle(articleOf('A title\n\nA full paragraph of text.')).diagnostics).toEqual([]);
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

  it('makes every kind of repair the seed corpus needs', () => {
    const cleaned = cleanCorpus(articles);
    const kinds = new Set(cleaned.flatMap((c) => c.edits.map((e) => e.kind)));
    for (const kind of ['homoglyph', 'chrome', 'credit', 'repetition', 'sentence', 'abbreviation', 'debris', 'quote', 'spelling', 'markup', 'whitespace']) {
      expect(kinds).toContain(kind);
    }
    const text = cleaned.map((c) => c.cleanText).join('\n');
    for (const repaired of ['parts of Ukraine in 2022.', 'former U.S. President', 'until 7 p.m.', 'The Kremlin noted', 'planning some kind of meeting.” “Based']) {
      expect(text).toContain(repaired);
    }
    for (const gone of ['[y]', 'Krelim', 'Leave a Comment', 'Editors Picks', 'Source:', 'PoliticsKim', 'a rare in July, when Russian Defense Minister Sergei Shoigu made North Korea a rare in July']) {
      expect(text).not.toContain(gone);
    }
    expect(cleaned.map((c) => c.title)).toContain('Kim Jong Un ‘to meet Putin for weapons negotiations’');
    expect(cleaned.flatMap((c) => c.credits.map((k) => k.kind))).toEqual(expect.arrayContaining(['wire', 'contributor', 'translator', 'publisher']));
  });

  it('gives the spun article the highest spin score', () => {
    const cleaned = cleanCorpus(articles);
    const top = [...cleaned].sort((a, b) => b.spin.score - a.spin.score)[0];
    expect(top?.spin.substitutions.map((s) => [s.original, s.common])).toContainEqual(['imaginable', 'possible']);
  });

  it('leaves no look-alike letter inside a Latin word', () => {
    for (const clean of cleanCorpus(articles)) expect(clean.cleanText).not.toMatch(/\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/u);
  });
});
