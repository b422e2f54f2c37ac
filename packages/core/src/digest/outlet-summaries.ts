import type { ClaimCluster, OutletSummary } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { headlineSupport } from './headline.ts';
import { integrityProfile } from './integrity.ts';
import { selectByMmr, summaryLength } from './mmr.ts';
import { compareStrings } from './order.ts';
import { sentenceTexts, summaryCandidates, type SentenceScores } from './sentence-scores.ts';

/**
 * Per-outlet summaries: 3–5 sentences chosen by MMR over how widely their claims are carried, what only
 * this outlet reports, what most others report that it leaves out, whether its headline is borne out
 * by its own body, and its integrity profile from cleaning.
 *
 * @example
 * summariseOutlets(context, clusters, scores)[0].omittedClusterIds; // ['cluster-002']
 */
export function summariseOutlets(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  scores: SentenceScores,
): OutletSummary[] {
  return context.outletIds.map((outletId) => {
    const articles = context.articles
      .filter((a) => a.article.outletId === outletId)
      .sort((a, b) => compareStrings(a.article.id, b.article.id));
    const candidates = summaryCandidates(articles, scores);
    const ids = selectByMmr(candidates, summaryLength(candidates.length));
    const others = context.outletIds.length - 1;
    const lead = articles[0];
    return {
      outletId,
      summary: sentenceTexts(context, ids),
      summarySentenceIds: ids,
      exclusiveClusterIds: clusters
        .filter((c) => c.outletIds.length === 1 && c.outletIds[0] === outletId)
        .sort((a, b) => b.checkworthiness - a.checkworthiness || compareStrings(a.id, b.id))
        .map((c) => c.id),
      omittedClusterIds: clusters
        .filter((c) => !c.outletIds.includes(outletId) && c.outletIds.length >= 2 && c.outletIds.length > others / 2)
        .map((c) => c.id),
      headline: lead ? headlineSupport(lead) : { text: '', supported: false, supportingSentenceIds: [] },
      integrity: integrityProfile(articles),
    };
  });
}
