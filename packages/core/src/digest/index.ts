import type { Corpus } from '../ingest/index.ts';
import type { Claim, Digest, Entity, Outlet, SegmentedArticle } from '../model/index.ts';

export interface DigestInput {
  corpus: Pick<Corpus, 'name' | 'title' | 'diagnostics'>;
  articles: readonly SegmentedArticle[];
  claims: readonly Claim[];
  entities: readonly Entity[];
}

/** Assemble the cross-source digest from the earlier stages' output. */
export function assembleDigest(input: DigestInput): Digest {
  const outlets = new Map<string, Outlet>();
  for (const { article } of input.articles) {
    const outlet = outlets.get(article.outletId) ?? { id: article.outletId, name: article.outlet, articleIds: [] };
    outlet.articleIds.push(article.id);
    outlets.set(article.outletId, outlet);
  }
  const digest: Digest = {
    schemaVersion: 1,
    corpus: { name: input.corpus.name, articleCount: input.articles.length },
    articles: input.articles.map((a) => ({
      id: a.article.id,
      outletId: a.article.outletId,
      title: a.title,
      source: a.article.source,
      cleanText: a.cleanText,
      sentences: a.sentences,
      edits: a.edits,
      flags: a.flags,
      credits: a.credits,
      spin: a.spin,
      summary: a.sentences.filter((s) => !s.isHeading).slice(0, 3).map((s) => s.text),
    })),
    outlets: [...outlets.values()],
    entities: [...input.entities],
    claims: [...input.claims],
    clusters: [],
    conflicts: [],
    quotes: [],
    timeline: [],
    matrix: [],
    outletSummaries: [],
    summary: [],
    diagnostics: [...input.corpus.diagnostics],
  };
  if (input.corpus.title) digest.corpus.title = input.corpus.title;
  return digest;
}
