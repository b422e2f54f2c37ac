import type { DigestArticle, EditKind, OutletSummary } from '@parallax/core';

export interface Integrity {
  editsByKind: Partial<Record<EditKind, number>>;
  flagCount: number;
  spinScore: number;
  /** Share of the raw text the cleaner changed; unknown unless the digest's outlet summary gives it. */
  noise: number | undefined;
}

/**
 * An outlet's integrity profile: the digest's own when it has one, else counted from its articles.
 *
 * @example
 * integrityOf(outletArticles, undefined).editsByKind // { homoglyph: 1, chrome: 1 }
 */
export function integrityOf(articles: readonly Pick<DigestArticle, 'edits' | 'flags' | 'spin'>[], summary: OutletSummary | undefined): Integrity {
  if (summary) return { ...summary.integrity };
  const editsByKind: Partial<Record<EditKind, number>> = {};
  for (const article of articles) {
    for (const edit of article.edits) editsByKind[edit.kind] = (editsByKind[edit.kind] ?? 0) + 1;
  }
  return {
    editsByKind,
    flagCount: articles.reduce((sum, article) => sum + article.flags.length, 0),
    spinScore: articles.reduce((max, article) => Math.max(max, article.spin.score), 0),
    noise: undefined,
  };
}

/** Edit kinds by count, most first; ties by name. */
export function editKindsByCount(editsByKind: Partial<Record<EditKind, number>>): [EditKind, number][] {
  return (Object.entries(editsByKind) as [EditKind, number][])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
