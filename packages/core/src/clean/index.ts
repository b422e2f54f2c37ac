import type { Article, CleanArticle } from '../model/index.ts';

/**
 * Clean every article of a corpus. Corpus-level evidence (repeated chrome, name spellings, shared
 * wire copy) needs all articles at once.
 */
export function cleanCorpus(articles: readonly Article[]): CleanArticle[] {
  return articles.map((article) => cleanArticle(article));
}

/** Clean one article on its own evidence. */
export function cleanArticle(article: Article): CleanArticle {
  return {
    article,
    title: article.title,
    cleanText: article.body,
    edits: [],
    flags: [],
    credits: [...article.credits],
    spin: { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] },
    editCounts: {},
    diagnostics: [],
  };
}
