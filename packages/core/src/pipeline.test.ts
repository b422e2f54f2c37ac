import { describe, expect, it } from 'vitest';
import { loadCorpus } from './ingest/index.ts';
import { DigestSchema } from './model/index.ts';
import { buildDigest } from './pipeline.ts';

describe('buildDigest on the embedded corpus', async () => {
  const corpus = await loadCorpus();
  const digest = buildDigest(corpus);

  it('emits JSON that passes the Digest schema', () => {
    const parsed = DigestSchema.safeParse(JSON.parse(JSON.stringify(digest)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is deterministic: two runs give byte-identical JSON', async () => {
    const again = buildDigest(await loadCorpus());
    expect(JSON.stringify(again)).toBe(JSON.stringify(digest));
  });

  it('keeps every article, outlet and sentence traceable', () => {
    expect(digest.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    expect(digest.outlets.flatMap((o) => o.articleIds).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    for (const article of digest.articles) {
      for (const sentence of article.sentences) {
        expect(article.cleanText.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
    const sentenceIds = new Set(digest.articles.flatMap((a) => a.sentences.map((s) => s.id)));
    for (const claim of digest.claims) expect(sentenceIds.has(claim.sentenceId)).toBe(true);
  });

  it('accepts a plain list of articles as well as a corpus', () => {
    expect(buildDigest(corpus.articles).articles).toHaveLength(corpus.articles.length);
  });
});
