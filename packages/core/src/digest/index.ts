import type { Corpus } from '../ingest/index.ts';
import type { Claim, Digest, Entity, Outlet, SegmentedArticle } from '../model/index.ts';
import { buildClusters } from './build-clusters.ts';
import { groupClaims } from './cluster.ts';
import { findConflicts } from './conflicts.ts';
import { buildContext } from './context.ts';
import { claimVectors } from './features.ts';
import { propositionSimilarity } from './claim-similarity.ts';
import { copyEvidence } from './lineage.ts';
import { buildMatrix } from './matrix.ts';
import { digestArticles } from './articles.ts';
import { summariseOutlets } from './outlet-summaries.ts';
import { alignQuotes } from './quotes.ts';
import { scoreSentences } from './sentence-scores.ts';
import { summariseDigest } from './summary.ts';
import { buildTimeline } from './timeline.ts';

export interface DigestInput {
  corpus: Pick<Corpus, 'name' | 'title' | 'diagnostics'>;
  articles: readonly SegmentedArticle[];
  claims: readonly Claim[];
  entities: readonly Entity[];
}

/**
 * Assemble the cross-source digest from the earlier stages' output: a ledger of claims across
 * outlets with support, independence, conflicts, quotes, a timeline and summaries. Pure and
 * deterministic: the same input gives the same bytes.
 *
 * @example
 * const digest = assembleDigest({ corpus, articles: segmented, claims, entities });
 * digest.clusters[0]; // the claim the most independent outlets carry
 */
export function assembleDigest(input: DigestInput): Digest {
  const context = buildContext(input.articles, input.claims, input.entities);
  // Clusters come first: conflicts, the matrix, the timeline and the summaries all hang off them.
  const vectors = claimVectors(context.claims, context.entities);
  const groups = groupClaims(context.claims, vectors);
  const ranked = buildClusters(context, groups, copyEvidence(input.articles));
  // Conflicts mark clusters disputed, so every later step reads the updated clusters.
  const { conflicts, clusters } = findConflicts(context, ranked, propositionSimilarity(context.claims, vectors));
  const scores = scoreSentences(context, clusters);
  const summaryLines = summariseDigest(context, clusters, conflicts);
  const digest: Digest = {
    schemaVersion: 1,
    corpus: { name: input.corpus.name, articleCount: input.articles.length },
    articles: digestArticles(context, scores),
    outlets: outletsOf(input.articles),
    entities: [...input.entities],
    claims: [...input.claims],
    clusters,
    conflicts,
    quotes: alignQuotes(context),
    timeline: buildTimeline(context, clusters, conflicts),
    matrix: buildMatrix(context, clusters, conflicts),
    outletSummaries: summariseOutlets(context, clusters, scores),
    summary: summaryLines.map((line) => line.text),
    summaryLines,
    diagnostics: [...input.corpus.diagnostics],
  };
  if (input.corpus.title) digest.corpus.title = input.corpus.title;
  return digest;
}

function outletsOf(articles: readonly SegmentedArticle[]): Outlet[] {
  const outlets = new Map<string, Outlet>();
  for (const { article } of articles) {
    const outlet = outlets.get(article.outletId) ?? { id: article.outletId, name: article.outlet, articleIds: [] };
    outlet.articleIds.push(article.id);
    outlets.set(article.outletId, outlet);
  }
  return [...outlets.values()];
}

export { checkProvenance, isTraceable, quotedStrings } from './provenance.ts';
export type { ProvenanceProblem } from './provenance.ts';
export { compareQuantities, relativeGap } from './compare-quantities.ts';
export { wordDifferences } from './word-diff.ts';
