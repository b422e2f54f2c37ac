import type { Digest, DigestArticle, Sentence } from '@parallax/core';
import { TRPCError } from '@trpc/server';

/** A source sentence with the article and outlet it came from: the receipt behind a digest line. */
export interface SentenceReceipt {
  sentenceId: string;
  articleId: string;
  outletId: string;
  text: string;
  start: number;
  end: number;
}

/** Index sentences by id across the digest's articles. */
export function indexSentences(digest: Digest): Map<string, { article: DigestArticle; sentence: Sentence }> {
  const index = new Map<string, { article: DigestArticle; sentence: Sentence }>();
  for (const article of digest.articles) {
    for (const sentence of article.sentences) index.set(sentence.id, { article, sentence });
  }
  return index;
}

export function receiptsFor(digest: Digest, sentenceIds: readonly string[]): SentenceReceipt[] {
  const index = indexSentences(digest);
  return [...new Set(sentenceIds)].flatMap((id) => {
    const found = index.get(id);
    if (!found) return [];
    const { article, sentence } = found;
    return [{ sentenceId: id, articleId: article.id, outletId: article.outletId, text: sentence.text, start: sentence.start, end: sentence.end }];
  });
}

export function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `no ${what} with id '${id}'` });
}
