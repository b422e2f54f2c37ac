import type { Claim, Entity, SegmentedArticle } from '../model/index.ts';
import { analyseArticle } from './analyse.ts';
import { buildClaims } from './build-claims.ts';
import { resolveEntities, type EntityIndex } from './resolve-entities.ts';

export interface CorpusClaims {
  claims: Claim[];
  entities: Entity[];
}

export interface ClaimContext {
  /** Entities resolved across a corpus; without it the article's own names are resolved alone. */
  entities?: EntityIndex;
}

/**
 * Extract the claims of every article, resolving names across the whole corpus: `Kim Jong Un`,
 * `Kim Jong-un`, `Mr Kim` and `KJU` become one entity.
 *
 * @example
 * const { claims, entities } = extractCorpusClaims(segmentedArticles);
 */
export function extractCorpusClaims(articles: readonly SegmentedArticle[]): CorpusClaims {
  // Read every article first: entity resolution needs all names before any claim is cut.
  const analyses = articles.map(analyseArticle);
  const index = resolveEntities(analyses.flatMap((analysis) => analysis.mentions));
  const claims = analyses.flatMap((analysis) => buildClaims(analysis, index));
  return { claims, entities: index.entities };
}

/**
 * Extract the claims of one article: atomic statements with their sentence and span, entities,
 * quantities, times, quote and speaker, attribution, modality and check-worthiness.
 *
 * @example
 * extractClaims(segmentArticle(cleanArticle(article))).map((claim) => [claim.text, claim.modality]);
 */
export function extractClaims(article: SegmentedArticle, context: ClaimContext = {}): Claim[] {
  const analysis = analyseArticle(article);
  return buildClaims(analysis, context.entities ?? resolveEntities(analysis.mentions));
}

export { analyseArticle } from './analyse.ts';
export type { ArticleAnalysis } from './analyse.ts';
export { readModality } from './modality.ts';
export type { ModalityReading } from './modality.ts';
export { extractQuantities } from './quantities.ts';
export type { QuantityOptions } from './quantities.ts';
export { extractQuotes } from './quotes.ts';
export type { QuoteOptions } from './quotes.ts';
export { resolveEntities } from './resolve-entities.ts';
export type { EntityIndex } from './resolve-entities.ts';
export { resolveTimes } from './times.ts';
