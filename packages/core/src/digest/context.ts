import type { Claim, Entity, SegmentedArticle, Sentence } from '../model/index.ts';
import { articleNoise } from './integrity.ts';
import { foldText } from './provenance.ts';
import { contentStems } from './text.ts';
import { idf } from './vectors.ts';

/** Lookups every digest step shares, built once. */
export interface DigestContext {
  articles: readonly SegmentedArticle[];
  claims: readonly Claim[];
  entities: readonly Entity[];
  articleById: ReadonlyMap<string, SegmentedArticle>;
  claimById: ReadonlyMap<string, Claim>;
  sentenceById: ReadonlyMap<string, Sentence>;
  /** Outlet id -> display name. */
  outletNames: ReadonlyMap<string, string>;
  /** Outlet ids in first-seen order of the articles. */
  outletIds: readonly string[];
  /** Article id -> share of its raw text the cleaner changed. */
  noise: ReadonlyMap<string, number>;
  /** Article id -> clean text with quotation marks folded, for provenance checks. */
  folded: ReadonlyMap<string, string>;
  /** Stem -> inverse document frequency over the claims: how telling a word is in this story. */
  stemIdf: ReadonlyMap<string, number>;
}

/** Index the earlier stages' output for the digest steps. */
export function buildContext(
  articles: readonly SegmentedArticle[],
  claims: readonly Claim[],
  entities: readonly Entity[],
): DigestContext {
  const outletNames = new Map<string, string>();
  const sentenceById = new Map<string, Sentence>();
  const noise = new Map<string, number>();
  for (const article of articles) {
    if (!outletNames.has(article.article.outletId)) outletNames.set(article.article.outletId, article.article.outlet);
    for (const sentence of article.sentences) sentenceById.set(sentence.id, sentence);
    noise.set(article.article.id, articleNoise(article));
  }
  return {
    articles,
    claims,
    entities,
    articleById: new Map(articles.map((article) => [article.article.id, article])),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    sentenceById,
    outletNames,
    outletIds: [...outletNames.keys()],
    noise,
    folded: new Map(articles.map((article) => [article.article.id, foldText(article.cleanText)])),
    stemIdf: idf(claims.map((claim) => contentStems(claim.text))),
  };
}

/** The clean text a claim was taken from, or its own text when the article is unknown. */
export function claimSourceText(context: DigestContext, claim: Claim): string {
  const article = context.articleById.get(claim.articleId);
  if (!article || claim.end <= claim.start || claim.end > article.cleanText.length) return claim.text;
  return article.cleanText.slice(claim.start, claim.end);
}
