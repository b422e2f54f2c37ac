import type { DigestArticle, SummaryLine } from '@parallax/core';

/** A source sentence behind a summary line, with where it sits. */
export interface SourceSentence {
  sentenceId: string;
  articleId: string;
  outletId: string;
  text: string;
}

/** The sentences behind a summary line, outlet by outlet, in the order the line's receipts give them. */
export interface OutletSources {
  outletId: string;
  sentences: SourceSentence[];
}

/** Index every sentence of the digest by id, once per page. */
export function indexSentences(articles: readonly Pick<DigestArticle, 'id' | 'outletId' | 'sentences'>[]): ReadonlyMap<string, SourceSentence> {
  const index = new Map<string, SourceSentence>();
  for (const article of articles) {
    for (const sentence of article.sentences) index.set(sentence.id, { sentenceId: sentence.id, articleId: article.id, outletId: article.outletId, text: sentence.text });
  }
  return index;
}

/**
 * The source sentences a summary line rests on, grouped by outlet in first-seen order. The line names
 * its sentences itself (`summaryLines[i].sentenceIds`); ids the digest does not hold are left out.
 *
 * @example
 * sourcesOf({ sentenceIds: ['a1#s1', 'a2#s3'], … }, sentences)
 * // [{ outletId: 'wire-desk', sentences: [a1#s1] }, { outletId: 'coast-tv', sentences: [a2#s3] }]
 */
export function sourcesOf(line: Pick<SummaryLine, 'sentenceIds'>, sentences: ReadonlyMap<string, SourceSentence>): OutletSources[] {
  const byOutlet = new Map<string, SourceSentence[]>();
  for (const id of line.sentenceIds) {
    const sentence = sentences.get(id);
    if (!sentence) continue;
    byOutlet.set(sentence.outletId, [...(byOutlet.get(sentence.outletId) ?? []), sentence]);
  }
  return [...byOutlet].map(([outletId, found]) => ({ outletId, sentences: found }));
}
