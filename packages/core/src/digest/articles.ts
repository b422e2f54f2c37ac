import type { DigestArticle, SegmentedArticle } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { selectByMmr, summaryLength } from './mmr.ts';
import { sentenceTexts, summaryCandidates, type SentenceScores } from './sentence-scores.ts';

/**
 * The digest's articles, each with its own 3–5 sentence MMR summary.
 *
 * @example
 * digestArticles(context, scores)[0].summary.length; // 4
 */
export function digestArticles(context: DigestContext, scores: SentenceScores): DigestArticle[] {
  return context.articles.map((article: SegmentedArticle) => {
    const candidates = summaryCandidates([article], scores);
    const ids = selectByMmr(candidates, summaryLength(candidates.length));
    const entry: DigestArticle = {
      id: article.article.id,
      outletId: article.article.outletId,
      title: article.title,
      source: article.article.source,
      cleanText: article.cleanText,
      sentences: article.sentences,
      edits: article.edits,
      flags: article.flags,
      credits: article.credits,
      spin: article.spin,
      summary: sentenceTexts(context, ids),
    };
    if (article.article.url) entry.url = article.article.url;
    if (article.article.publishedAt) entry.publishedAt = article.article.publishedAt;
    return entry;
  });
}
