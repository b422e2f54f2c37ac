import type { Claim, ClaimCluster, Digest, DigestArticle, OutletSummary, Sentence } from '@parallax/core';

/** Lookups by id over one digest, built once per digest. */
export interface DigestIndex {
  outletName(id: string): string;
  article(id: string): DigestArticle | undefined;
  sentence(id: string): { sentence: Sentence; article: DigestArticle } | undefined;
  claim(id: string): Claim | undefined;
  cluster(id: string): ClaimCluster | undefined;
  outletSummary(outletId: string): OutletSummary | undefined;
}

const cache = new WeakMap<Digest, DigestIndex>();

export function indexDigest(digest: Digest): DigestIndex {
  const cached = cache.get(digest);
  if (cached) return cached;
  const outlets = new Map(digest.outlets.map((outlet) => [outlet.id, outlet.name]));
  const articles = new Map(digest.articles.map((article) => [article.id, article]));
  const sentences = new Map<string, { sentence: Sentence; article: DigestArticle }>();
  for (const article of digest.articles) {
    for (const sentence of article.sentences) sentences.set(sentence.id, { sentence, article });
  }
  const claims = new Map(digest.claims.map((claim) => [claim.id, claim]));
  const clusters = new Map(digest.clusters.map((cluster) => [cluster.id, cluster]));
  const summaries = new Map(digest.outletSummaries.map((summary) => [summary.outletId, summary]));
  const index: DigestIndex = {
    outletName: (id) => outlets.get(id) ?? id,
    article: (id) => articles.get(id),
    sentence: (id) => sentences.get(id),
    claim: (id) => claims.get(id),
    cluster: (id) => clusters.get(id),
    outletSummary: (id) => summaries.get(id),
  };
  cache.set(digest, index);
  return index;
}
