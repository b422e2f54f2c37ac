import type { Claim, Entity, SegmentedArticle } from '../model/index.ts';

export interface CorpusClaims {
  claims: Claim[];
  entities: Entity[];
}

/** Extract claims from every article, resolving entities across the corpus. */
export function extractCorpusClaims(articles: readonly SegmentedArticle[]): CorpusClaims {
  return { claims: articles.flatMap((article) => extractClaims(article)), entities: [] };
}

/** Extract the claims of one article: one per non-heading sentence for now. */
export function extractClaims(article: SegmentedArticle): Claim[] {
  return article.sentences
    .filter((sentence) => !sentence.isHeading)
    .map((sentence) => ({
      id: `${sentence.id}#c0`,
      articleId: article.article.id,
      outletId: article.article.outletId,
      sentenceId: sentence.id,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      entities: [],
      quantities: [],
      times: [],
      quote: null,
      attribution: null,
      modality: 'asserted' as const,
      modalityCues: [],
      checkworthiness: 0.5,
      normalizedText: sentence.text.toLowerCase(),
    }));
}
